import ConflictModel
import ConflictQuery

/// Draws a chart as horizontal bars, one for each figure, with the figure's words after it:
///
///     killed (people)
///     Attaullah Tarar on Afghan Taliban
///       2026-02-27  ██████▍ 133
///       2026-02-28  ████████████████████▏ at least 415 (at least +63)
///
/// A bar is solid as far as its figure certainly reaches (the low end of its interval) and
/// shaded from there to its high end, or ends in an arrow when it has none, so that "about 300"
/// and "at least 415" never look as certain as "297". All bars of a panel share one scale.
struct BarChartDrawing {
    let style: RenderStyle
    let glyphs: ChartGlyphs
    let width: Int

    /// Labels wider than this are cut, so that a long name leaves room for its bar.
    private static let widestLabel = 40
    /// Bars get at least this many columns, however long the words beside them.
    private static let narrowestBar = 10

    func draw(_ chart: Chart) -> [String] {
        var lines: [String] = []
        var used: Set<Part> = []
        for panel in chart.panels {
            lines.append(TerminalEscape.paint(ChartText.safe(panel.title), TerminalEscape.bold, when: style.color))
            lines += draw(panel, using: &used)
        }
        return lines + legend(used)
    }

    /// What a bar can be made of, for the legend to explain just those that were drawn.
    private enum Part: CaseIterable {
        case certain, possible, unbounded
    }

    private func draw(_ panel: Chart.Panel, using used: inout Set<Part>) -> [String] {
        let points = panel.series.flatMap(\.points)
        let labels = points.map { ChartText.fitted(ChartText.safe($0.label), width: Self.widestLabel, ellipsis: glyphs.ellipsis) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        let words = points.map(words)
        let wordsWidth = words.map(DisplayWidth.of).max() ?? 0
        let barWidth = max(Self.narrowestBar, width - 2 - labelWidth - 2 - 2 - wordsWidth)
        let top = points.map { max($0.quantity.value, $0.quantity.high ?? $0.quantity.low) }.max() ?? 0

        var lines: [String] = []
        var index = 0
        for series in panel.series {
            let indent = series.name.isEmpty ? "  " : "    "
            if !series.name.isEmpty { lines.append("  " + ChartText.safe(series.name)) }
            for _ in series.points {
                let (bar, parts) = self.bar(points[index].quantity, top: top, width: barWidth)
                used.formUnion(parts)
                lines.append(
                    indent + CellText.pad(labels[index], to: labelWidth, alignRight: false) + "  " + bar + " " + words[index])
                index += 1
            }
        }
        return lines
    }

    /// The figure as the table says it, and the change from the one before: "at least 415 (at least +63)".
    private func words(_ point: Chart.Point) -> String {
        let figure = point.quantity.chartLabel
        return point.remark.map { "\(figure) (\(ChartText.safe($0)))" } ?? figure
    }

    /// The bar of one figure on a scale where `top` takes `width` columns.
    private func bar(_ quantity: Quantity, top: Double, width: Int) -> (String, Set<Part>) {
        guard top > 0 else { return ("", []) }
        let eighthsPerColumn = glyphs.eighths.isEmpty ? 1 : 8
        let certainEighths = Int((quantity.low / top * Double(width * eighthsPerColumn)).rounded())
        var certain = String(repeating: glyphs.certain, count: certainEighths / eighthsPerColumn)
        let remainder = certainEighths % eighthsPerColumn
        if remainder > 0 { certain.append(glyphs.eighths[remainder - 1]) }
        var parts: Set<Part> = certain.isEmpty ? [] : [.certain]
        var possible = ""
        if let high = quantity.high {
            let possibleColumns = Int((high / top * Double(width)).rounded()) - certain.count
            if possibleColumns > 0 {
                possible = String(repeating: glyphs.possible, count: possibleColumns)
                parts.insert(.possible)
            }
        } else {
            possible = String(glyphs.unbounded)
            parts.insert(.unbounded)
        }
        let bar =
            TerminalEscape.paint(certain, TerminalEscape.cyan, when: style.color)
            + TerminalEscape.paint(possible, TerminalEscape.dim, when: style.color)
        return (bar, parts)
    }

    /// Only when a bar is more than solid: a chart of exact figures needs no key.
    private func legend(_ used: Set<Part>) -> [String] {
        guard used.contains(.possible) || used.contains(.unbounded) else { return [] }
        let entries = Part.allCases.filter(used.contains).map { part -> (text: String, width: Int) in
            let text: String
            switch part {
            case .certain: text = "\(glyphs.certain) certain"
            case .possible: text = "\(glyphs.possible) possible within the figure's interval"
            case .unbounded: text = "\(glyphs.unbounded) no upper bound"
            }
            return (text, DisplayWidth.of(text))
        }
        return ChartText.legend(entries, width: width)
    }
}
