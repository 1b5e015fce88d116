import ConflictQuery

/// Draws a result's chart for the table format, as lines or bars, in the glyphs and width of
/// the destination: a terminal's own width, or 80 columns in a file or pipe.
struct ChartDrawing {
    let style: RenderStyle

    /// Where the output has no width of its own, as much as a terminal usually has.
    static let widthWithoutTerminal = 80

    func draw(_ chart: Chart) -> String {
        let glyphs = ChartGlyphs.forStyle(style)
        let width = style.maxWidth ?? Self.widthWithoutTerminal
        let lines: [String]
        switch chart.kind {
        case .line: lines = LineChartDrawing(style: style, glyphs: glyphs, width: width).draw(chart)
        case .bars: lines = BarChartDrawing(style: style, glyphs: glyphs, width: width).draw(chart)
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
