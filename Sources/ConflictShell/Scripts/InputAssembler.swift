import ConflictQuery

/// Gathers lines into units the way both the REPL and scripts read them: blank lines and `#`
/// comments between units are skipped, a line starting with `.` is a dot-command, and a query runs
/// on until it parses complete or ends with `;`.
///
/// "Complete" is the parser's own verdict (`QueryEngine.isIncomplete`), so the shell never second-
/// guesses the grammar, and a script splits into queries exactly as the same lines typed at the prompt.
struct InputAssembler {
    private var pending: [String] = []
    private var pendingFirstLine = 0

    /// True while a query has started and needs more lines: the REPL shows its continuation prompt.
    var isAccumulating: Bool { !pending.isEmpty }

    /// The query typed so far, for completion on a continuation line.
    var pendingText: String { pending.joined(separator: "\n") }

    /// Takes one line (numbered from 1 in its source) and returns the unit it completes, if any.
    mutating func add(_ line: String, lineNumber: Int) -> ScriptUnit? {
        if pending.isEmpty {
            let trimmed = line.trimmingBlanks()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            if trimmed.hasPrefix(".") { return ScriptUnit(kind: .dotCommand, text: trimmed, firstLine: lineNumber) }
            pendingFirstLine = lineNumber
        }
        pending.append(line)
        let text = pendingText
        guard Self.isComplete(text) else { return nil }
        pending = []
        return ScriptUnit(kind: .query, text: text, firstLine: pendingFirstLine)
    }

    /// At the end of input, an unfinished query is still run, so that its error says what was missing.
    mutating func finish() -> ScriptUnit? {
        guard !pending.isEmpty else { return nil }
        defer { pending = [] }
        return ScriptUnit(kind: .query, text: pendingText, firstLine: pendingFirstLine)
    }

    /// Drops an unfinished query (Ctrl-C at the continuation prompt).
    mutating func discard() {
        pending = []
    }

    static func isComplete(_ text: String) -> Bool {
        text.trimmingBlanks().hasSuffix(";") || !QueryEngine.isIncomplete(text)
    }
}
