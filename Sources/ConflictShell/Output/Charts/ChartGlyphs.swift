/// The characters a chart is drawn with: block and box-drawing characters on a UTF-8 terminal,
/// ASCII anywhere else, chosen with the table borders so that one destination gets one kind.
struct ChartGlyphs {
    /// The part of a bar the figure certainly reaches: up to the low end of its interval.
    let certain: Character
    /// Partial cells for the end of the certain part, in eighths from one to seven (Unicode only).
    let eighths: [Character]
    /// The part of a bar the figure may reach: from its low end to its high end.
    let possible: Character
    /// After a bar whose figure has no upper bound ("at least 415").
    let unbounded: Character
    /// Above a point of a line chart whose figure has no upper bound.
    let upward: Character
    /// What marks a point of each series of a line chart, in the order of the series.
    let markers: [Character]
    /// Between two points of a series.
    let connector: Character
    /// Above and below a point, over the interval its qualifier allows.
    let interval: Character
    let axis: Axis
    let ellipsis: String

    struct Axis {
        let vertical: Character
        let tick: Character
        let origin: Character
        let horizontal: Character
    }

    static let unicode = ChartGlyphs(
        certain: "█", eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], possible: "░", unbounded: "▶", upward: "↑",
        markers: ["●", "■", "◆", "▲", "○", "□", "◇", "△"], connector: "·", interval: "┊",
        axis: Axis(vertical: "│", tick: "┤", origin: "┼", horizontal: "─"), ellipsis: "…")

    static let ascii = ChartGlyphs(
        certain: "#", eighths: [], possible: ".", unbounded: ">", upward: "^",
        markers: ["*", "o", "x", "+", "@", "%", "&", "="], connector: ".", interval: ":",
        axis: Axis(vertical: "|", tick: "+", origin: "+", horizontal: "-"), ellipsis: "...")

    static func forStyle(_ style: RenderStyle) -> ChartGlyphs { style.borders == .unicode ? .unicode : .ascii }

    /// The marker of the series at `index`; with more series than markers they repeat, and the
    /// legend still tells them apart by order.
    func marker(_ index: Int) -> Character { markers[index % markers.count] }
}
