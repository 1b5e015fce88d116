/// A problem found in what conflictq was given: a query, a script, a model file, a dot-command,
/// a file it could not read or write. Every layer reports through this one type, and one renderer
/// prints them all (`DiagnosticRenderer`).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable {
        case error, warning
    }

    public enum Kind: Hashable, Sendable {
        /// The input is wrong.
        case error
        /// A query stopped where more was needed: the shell reads another line rather than failing.
        case incompleteInput
        /// Evaluation stopped because the user asked it to (Ctrl-C). Only the query layer throws
        /// it, to unwind; it reaches callers as an outcome of its own, never as an error.
        case cancelled
    }

    public var severity: Severity
    public var kind: Kind
    public var message: String
    /// Where it is; nil for a problem with no place (a flag, a file that cannot be opened).
    public var location: Location?
    /// The file it is in, when that is not the text it is rendered with: a model file's path.
    public var file: String?
    /// In a model file, the field the problem is in, as keys and list positions counted from 0:
    /// `claims[2].qualifier`; empty for a problem with the whole file.
    public var field: String?
    /// Close candidates for a misspelt name, offered as "did you mean ...?".
    public var suggestions: [String]
    /// Further lines that explain it.
    public var notes: [String]

    /// Where a diagnostic points.
    public enum Location: Hashable, Sendable {
        /// A span of the text rendered with it, in UTF-8 bytes: a query's tokens.
        case range(SourceRange)
        /// A line and a column of a file, both from 1, the column in Unicode scalars.
        case position(line: Int, column: Int)
        /// A line of a script, for what is about the line as a whole (a dot-command).
        case line(Int)
    }

    /// A query's diagnostic, at a span of its text.
    public init(
        _ message: String, at range: SourceRange, kind: Kind = .error, suggestions: [String] = [], notes: [String] = []
    ) {
        self.init(message, location: .range(range), kind: kind, suggestions: suggestions, notes: notes)
    }

    public init(
        _ message: String, location: Location? = nil, file: String? = nil, field: String? = nil,
        severity: Severity = .error, kind: Kind = .error, suggestions: [String] = [], notes: [String] = []
    ) {
        self.severity = severity
        self.kind = kind
        self.message = message
        self.location = location
        self.file = file
        self.field = field
        self.suggestions = suggestions
        self.notes = notes
    }

    /// A problem at `line` and `column` (from 1, the column in Unicode scalars) of a file, in
    /// `field` (`claims[2].qualifier`; empty for a problem with the whole file, which is put at
    /// line 1, column 1).
    public init(file: String, line: Int, column: Int, field: String, message: String) {
        self.init(message, location: .position(line: line, column: column), file: file, field: field)
    }

    /// The span of the query text it is about; an empty span at the start for one placed otherwise.
    public var range: SourceRange {
        if case .range(let range) = location { return range }
        return SourceRange(0, 0)
    }

    /// The line it is on, when it is placed by line.
    public var line: Int? {
        switch location {
        case .position(let line, _), .line(let line): return line
        case .range, nil: return nil
        }
    }

    /// The column it is at, when it is placed by line and column.
    public var column: Int? {
        if case .position(_, let column) = location { return column }
        return nil
    }

    /// The message with its suggestions: `unknown measure "kiled"; did you mean "killed"?`
    public var fullMessage: String { message + Suggestions.phrase(suggestions) }
}

extension Diagnostic: CustomStringConvertible {
    /// On one line, without the text it points into: `f.yaml:3:7: error: claims[0].value: ...`.
    public var description: String { DiagnosticRenderer().render(self, in: nil) }
}
