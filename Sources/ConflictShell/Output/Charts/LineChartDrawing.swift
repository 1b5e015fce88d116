import ConflictModel
import ConflictQuery

/// Draws a history as lines over time, one series for each claimant's word about one side:
///
///     killed (people)
///     800 ┤
///         │
///     600 ┤                                  ●641
///         │                    ●527 ·  ·  ·
///     400 ┤     ↑
///         │ · ●·at least 415
///     ...
///       0 ┼──────┬──────┬──────┬
///    2026  02-27  02-28  03-06
///
/// Each place on the time axis is an as-of time at which some series has a figure: places are in
/// time order but not spaced by the time between them, so that a day of three revisions stays
/// readable beside a week of none. A figure's interval shows as a dotted stem over the values it
/// allows, an arrow above it when it has no upper bound; no line joins two figures of a series
/// whose units are not comparable. Each point is labelled with its figure where there is room.
struct LineChartDrawing {
    let style: RenderStyle
    let glyphs: ChartGlyphs
    let width: Int

    /// Rows of the plot above the axis, about: the ticks decide the exact number.
    private static let plotHeight = 10
    /// Columns given to each place on the time axis, at most and at least.
    private static let widestSlot = 12
    private static let narrowestSlot = 2
    /// The colours of the series, in order, when colour is on; the markers tell them apart without.
    private static let colours = ["36", "33", "35", "32", "34", "31"]

    func draw(_ chart: Chart) -> [String] {
        var lines: [String] = []
        var legend = Legend()
        for panel in chart.panels {
            lines.append(TerminalEscape.paint(ChartText.safe(panel.title), TerminalEscape.bold, when: style.color))
            lines += draw(panel, legend: &legend)
        }
        return lines + legend.lines(glyphs, width: width)
    }

    /// What the key under the chart must explain.
    private struct Legend {
        var intervals = false
        var unbounded = false
        var breaks = false
        var unlabelled = 0

        func lines(_ glyphs: ChartGlyphs, width: Int) -> [String] {
            var entries: [String] = []
            if intervals { entries.append("\(glyphs.interval) values the figure's qualifier allows") }
            if unbounded { entries.append("\(glyphs.upward) no upper bound") }
            if breaks { entries.append("no line: not comparable with the figure before") }
            var lines = ChartText.legend(entries.map { ($0, DisplayWidth.of($0)) }, width: width)
            if unlabelled > 0 {
                lines.append(
                    "\(unlabelled) point\(unlabelled == 1 ? " is" : "s are") not labelled for lack of room: "
                        + "the figures are in the table (.format csv or json)")
            }
            return lines
        }
    }

    /// A grid of one-column cells, each with the colour it is painted in.
    private struct Canvas {
        var cells: [[Character]]
        var colours: [[String?]]

        init(width: Int, height: Int) {
            cells = Array(repeating: Array(repeating: " ", count: width), count: height)
            colours = Array(repeating: Array(repeating: nil, count: width), count: height)
        }

        func isBlank(_ row: Int, _ column: Int) -> Bool {
            cells.indices.contains(row) && cells[row].indices.contains(column) && cells[row][column] == " "
        }

        mutating func put(_ character: Character, _ row: Int, _ column: Int, colour: String?) {
            guard cells.indices.contains(row), cells[row].indices.contains(column) else { return }
            cells[row][column] = character
            colours[row][column] = colour
        }
    }

    private func draw(_ panel: Chart.Panel, legend: inout Legend) -> [String] {
        let points = panel.series.flatMap(\.points)
        let scale = Scale(top: points.map { max($0.quantity.value, $0.quantity.high ?? $0.quantity.low) }.max() ?? 0)
        let rows = scale.rows(Self.plotHeight)
        func row(_ value: Double) -> Int {
            scale.top > 0 ? Int((value / scale.top * Double(rows)).rounded()) : 0
        }
        let tickLabels = (0...rows).map { row in scale.label(atRow: row, of: rows) }
        let axisWidth = max(tickLabels.map { $0?.count ?? 0 }.max() ?? 1, 4)
        let slotCount = max(panel.slots.count, 1)
        let slotWidth = min(Self.widestSlot, max(Self.narrowestSlot, (width - axisWidth - 2) / slotCount))
        // Several series place their points side by side within a place, so that equal figures
        // of two claimants on one day do not hide each other.
        let seriesCount = panel.series.count
        let spacing = max(1, (slotWidth - 2) / max(seriesCount, 1))
        func column(_ slot: Int, _ series: Int) -> Int {
            let offset = seriesCount == 1 ? slotWidth / 2 : min(slotWidth - 1, 1 + series * spacing)
            return slot * slotWidth + offset
        }
        func column(_ slot: Int) -> Int { slot * slotWidth + slotWidth / 2 }
        var canvas = Canvas(width: slotCount * slotWidth + 1, height: rows + 1)

        for (seriesIndex, series) in panel.series.enumerated() {
            let colour = colour(seriesIndex)
            for (previous, point) in zip(series.points, series.points.dropFirst()) {
                if point.isNotComparableWithPrevious {
                    legend.breaks = true
                    continue
                }
                let (x1, y1) = (column(previous.slot, seriesIndex), row(previous.quantity.value))
                let (x2, y2) = (column(point.slot, seriesIndex), row(point.quantity.value))
                guard x2 > x1 + 1 else { continue }
                for x in (x1 + 1)..<x2 {
                    let y = Int((Double(y1) + Double(y2 - y1) * Double(x - x1) / Double(x2 - x1)).rounded())
                    if canvas.isBlank(y, x) { canvas.put(glyphs.connector, y, x, colour: colour) }
                }
            }
            for point in series.points {
                let x = column(point.slot, seriesIndex)
                let y = row(point.quantity.value)
                let low = row(point.quantity.low)
                let high = point.quantity.high.map(row) ?? y
                for stem in low...max(low, high) where stem != y {
                    canvas.put(glyphs.interval, stem, x, colour: colour)
                    legend.intervals = true
                }
                if point.quantity.high == nil {
                    canvas.put(glyphs.upward, max(y, high) + 1, x, colour: colour)
                    legend.unbounded = true
                }
            }
        }
        for (seriesIndex, series) in panel.series.enumerated() {
            for point in series.points {
                canvas.put(
                    glyphs.marker(seriesIndex), row(point.quantity.value), column(point.slot, seriesIndex),
                    colour: colour(seriesIndex))
            }
        }
        for (seriesIndex, series) in panel.series.enumerated() {
            for point in series.points
            where !label(
                point, at: row(point.quantity.value), column(point.slot, seriesIndex), on: &canvas, colour: colour(seriesIndex))
            {
                legend.unlabelled += 1
            }
        }

        var lines: [String] = []
        for row in stride(from: rows, through: 0, by: -1) {
            let tick = tickLabels[row]
            let axis = row == 0 ? glyphs.axis.origin : tick == nil ? glyphs.axis.vertical : glyphs.axis.tick
            let cells = canvas.cells[row].map { row == 0 && $0 == " " ? glyphs.axis.horizontal : $0 }
            lines.append(trimmed(CellText.pad(tick ?? "", to: axisWidth, alignRight: true) + " " + String(axis) + painted(cells, canvas.colours[row])))
        }
        lines.append(dates(panel.slots, axisWidth: axisWidth, slotWidth: slotWidth, column: column))
        let names = panel.series.enumerated().map { index, series -> (text: String, width: Int) in
            let name = ChartText.safe(series.name)
            let marker = TerminalEscape.paint(String(glyphs.marker(index)), colour(index) ?? "", when: style.color)
            return (marker + " " + name, 2 + DisplayWidth.of(name))
        }
        return lines + ChartText.legend(names, width: width)
    }

    /// Writes the figure's words beside its point where the cells are free: to the right, or on
    /// the row above or below; false when there is no room.
    private func label(_ point: Chart.Point, at row: Int, _ column: Int, on canvas: inout Canvas, colour: String?) -> Bool {
        let text = Array(point.quantity.chartLabel)
        for (dy, dx) in [(0, 1), (1, 1), (-1, 1), (1, -text.count), (0, -text.count)] {
            let (y, x) = (row + dy, column + dx)
            guard x >= 0, y >= 1, (x..<(x + text.count)).allSatisfy({ canvas.isBlank(y, $0) }),
                canvas.isBlank(y, x - 1) || x - 1 == column, canvas.isBlank(y, x + text.count) || x + text.count >= canvas.cells[y].count
            else { continue }
            for (offset, character) in text.enumerated() { canvas.put(character, y, x + offset, colour: colour) }
            return true
        }
        return false
    }

    /// The cells of a row as text, each run of one colour painted with one escape sequence.
    private func painted(_ cells: [Character], _ colours: [String?]) -> String {
        var text = ""
        var start = 0
        while start < cells.count {
            var end = start + 1
            while end < cells.count, colours[end] == colours[start] { end += 1 }
            let run = String(cells[start..<end])
            text += colours[start].map { TerminalEscape.paint(run, $0, when: style.color) } ?? run
            start = end
        }
        return text
    }

    private func colour(_ seriesIndex: Int) -> String? {
        style.color ? Self.colours[seriesIndex % Self.colours.count] : nil
    }

    /// The days under the axis, "02-27" when the panel's days share a year (shown once, at the
    /// left), each under its place where there is room and otherwise skipped.
    private func dates(_ slots: [String], axisWidth: Int, slotWidth: Int, column: (Int) -> Int) -> String {
        let years = Set(slots.map { $0.prefix(4) })
        let shortened = years.count == 1 && slots.allSatisfy { $0.count >= 10 }
        var line = shortened ? CellText.pad(String(years.first!), to: axisWidth, alignRight: true) : String(repeating: " ", count: axisWidth)
        line += "  "
        var written = 0
        var previous: String?
        for (index, slot) in slots.enumerated() {
            let day = shortened ? String(slot.dropFirst(5).prefix(5)) : String(slot.prefix(10))
            let start = max(0, column(index) - day.count / 2)
            // A day is written once for its run of places, and only where it does not touch the last.
            guard day != previous, start >= written + (written == 0 ? 0 : 1) else { continue }
            line += String(repeating: " ", count: start - written) + day
            written = start + day.count
            previous = day
        }
        return trimmed(line)
    }

    private func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}

/// The values axis: from zero to a round top, with ticks at round steps.
private struct Scale {
    let top: Double
    let step: Double

    /// The smallest top of the form n × step, step being 1, 2 or 5 times a power of ten, with at
    /// most five steps, that holds `largest`.
    init(top largest: Double) {
        guard largest > 0 else {
            (top, step) = (1, 1)
            return
        }
        var power = 1.0
        while power * 10 <= largest / 5 { power *= 10 }
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 * 5 >= largest } ?? power * 10
        self.step = step
        self.top = (largest / step).rounded(.up) * step
    }

    var steps: Int { Int((top / step).rounded()) }

    /// As many rows as make each step a whole number of rows, near `height`.
    func rows(_ height: Int) -> Int { steps * max(1, height / max(steps, 1)) }

    /// The value at a tick row, or nil between ticks.
    func label(atRow row: Int, of rows: Int) -> String? {
        let rowsPerStep = rows / max(steps, 1)
        guard rowsPerStep > 0, row % rowsPerStep == 0 else { return nil }
        return Quantity.format(Double(row / rowsPerStep) * step)
    }
}
