/// An error in a query, placed at the span of text it is about.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The query is wrong.
        case error
        /// The query stopped where more was needed: the shell reads another line rather than failing.
        case incompleteInput
        /// The query was stopped by the user (Ctrl-C).
        case cancelled
    }

    public var kind: Kind
    public var message: String
    public var range: SourceRange
    /// Close candidates for a misspelt name, offered as "did you mean ...?".
    public var suggestions: [String]

    public init(_ message: String, at range: SourceRange, kind: Kind = .error, suggestions: [String] = []) {
        self.kind = kind
        self.message = message
        self.range = range
        self.suggestions = suggestions
    }

    /// The message with its suggestions: `unknown measure "kiled"; did you mean "killed"?`
    public var fullMessage: String {
        guard !suggestions.isEmpty else { return message }
        let quoted = suggestions.map { "\"\($0)\"" }
        let choices = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return message + "; did you mean \(choices)?"
    }
}
