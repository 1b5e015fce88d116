import ConflictQuery

/// Turns a query's result tables into text in one output format.
protocol ResultFormatter {
    /// Whether the format has a place for a table's notes; when it has not (CSV), the shell prints
    /// them on standard error so that they are neither lost nor mixed into the data.
    var includesNotes: Bool { get }

    /// The text for one query's tables, ending with a newline (empty only when there are no tables).
    func format(_ tables: [ResultTable]) -> String
}

extension OutputFormat {
    /// The formatter for this format, drawn in `style` where the format has any drawing to do.
    func formatter(style: RenderStyle) -> any ResultFormatter {
        switch self {
        case .table: return TableFormatter(style: style)
        case .csv: return CSVFormatter(toTerminal: style.toTerminal)
        case .json: return JSONFormatter()
        case .markdown: return MarkdownFormatter()
        }
    }
}

extension ValueType {
    /// Counts and figures line up on the right, as numbers do in print.
    var isNumeric: Bool { self == .integer || self == .number || self == .quantity }
}
