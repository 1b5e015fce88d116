import ConflictQuery

/// Gathers lines into units the way both the REPL and scripts read them: blank lines and `#`
/// comments between units are skipped, a line starting with `.` is a dot-command, and a query runs
/// on until it parses complete or ends with `;`.
///
/// "Complete" is the parser's own verdict (`QueryNeed.of`), so the shell never second-guesses the
/// grammar, and a script splits into queries exactly as the same lines typed at the prompt.
struct InputAssembler {
    /// Puts a saved query's parameter values into each query before the parser sees it (a
    /// query with `$party` left in is no query); nil leaves queries as written.
    private let filling: ((String) -> String)?
    private var pending = ""
    private var pendingLines = 0
    private var pendingFirstLine = 0
    /// What the query so far needs, as the parser last said; nil when a line that was not parsed
    /// may have changed it (see `need`).
    private var lastNeed: QueryNeed?

    init(filling: ((String) -> String)? = nil) {
        self.filling = filling
    }

    /// True while a query has started and needs more lines: the REPL shows its continuation prompt.
    var isAccumulating: Bool { pendingLines > 0 }

    /// What the unfinished query needs, for the continuation prompt; nil when none is unfinished.
    ///
    /// Only a line ending in a comma is taken without parsing and yet may change the need (from
    /// the measure after `history` to the value after `in (a,`); then it is parsed now, once. The
    /// REPL asks this once a line, a script never, so scripts keep their one parse per line that
    /// could finish a query.
    mutating func need() -> QueryNeed? {
        guard pendingLines > 0 else { return nil }
        if lastNeed == nil { lastNeed = QueryNeed.of(query) }
        return lastNeed
    }

    /// The query typed so far, for completion on a continuation line.
    var pendingText: String { pending }

    /// Takes one line (numbered from 1 in its source) and returns the unit it completes, if any.
    ///
    /// The query is kept as one text that lines are appended to, and it is parsed again only when a
    /// line could change the verdict: a blank line never can, nor can a line without a quote
    /// inside an open string. So a query spread over thousands of lines costs what its words do,
    /// not the square of its line count.
    mutating func add(_ line: String, lineNumber: Int) -> ScriptUnit? {
        if pendingLines == 0 {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            // The line as it is, as a query's is, so that an error's column is the file's.
            if trimmed.hasPrefix(".") { return ScriptUnit(kind: .dotCommand, text: line, firstLine: lineNumber) }
            pendingFirstLine = lineNumber
        } else {
            pending += "\n"
        }
        pending += line
        pendingLines += 1
        if pendingLines > 1 && Self.cannotChangeTheVerdict(line, insideString: endsInString) {
            // Blanks, a comment or more of an open string leave the need as it was; a comma may not.
            if !endsInString && !line.trimmingBlanks().isEmpty && !line.trimmingBlanks().hasPrefix("#") { lastNeed = nil }
            return nil
        }
        let text = query
        lastNeed = Self.need(text)
        guard lastNeed == nil else { return nil }
        defer { reset() }
        return ScriptUnit(kind: .query, text: text, firstLine: pendingFirstLine)
    }

    /// At the end of input, an unfinished query is still run, so that its error says what was missing.
    mutating func finish() -> ScriptUnit? {
        guard pendingLines > 0 else { return nil }
        defer { reset() }
        return ScriptUnit(kind: .query, text: query, firstLine: pendingFirstLine)
    }

    /// The query so far, its parameters filled: lines are filled together, as a string may span them.
    private var query: String { filling?(pending) ?? pending }

    /// Drops an unfinished query (Ctrl-C at the continuation prompt).
    mutating func discard() {
        reset()
    }

    private mutating func reset() {
        pending = ""
        pendingLines = 0
        lastNeed = nil
    }

    /// Whether the query so far ends inside a quoted string, as the parser last said.
    private var endsInString: Bool {
        if case .closingQuote? = lastNeed { return true }
        return false
    }

    static func isComplete(_ text: String) -> Bool { need(text) == nil }

    /// What `text` needs to be finished; nil when it is, or ends at `;`.
    private static func need(_ text: String) -> QueryNeed? {
        if text.trimmingBlanks().hasSuffix(";") { return nil }
        return QueryNeed.of(text)
    }

    /// A line that leaves an unfinished query unfinished whatever it holds: blanks only; outside a
    /// string, a comment, or a line that ends in a comma, as each line of a long list does (a
    /// comma always asks for more, so the query cannot be finished there; a mistake earlier on the
    /// line is reported when the list ends); inside an open string, text with no quote.
    private static func cannotChangeTheVerdict(_ line: String, insideString: Bool) -> Bool {
        let trimmed = line.trimmingBlanks()
        if trimmed.isEmpty { return true }
        let hasQuote = line.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        if insideString { return !hasQuote }
        // A quote or a comment could hide where the line really ends; then it is parsed.
        let hasComment = line.utf8.contains(UInt8(ascii: "#"))
        return trimmed.hasPrefix("#") || (trimmed.hasSuffix(",") && !hasQuote && !hasComment)
    }
}
