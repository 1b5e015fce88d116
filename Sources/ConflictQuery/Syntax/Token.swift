import ConflictDiagnostics
/// One lexical unit of a query, with the span of text it came from.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A bare word: a keyword, field, measure or unquoted name. Keywords are words too; the
        /// parser decides by position.
        case word
        case string
        case number
        case symbol
        case end
    }

    public var kind: Kind
    /// The word or symbol as written; for a string, its value with escapes resolved.
    public var text: String
    /// For a number, its value.
    public var number: Double?
    public var range: SourceRange

    /// Words compare without case: `WHERE` is `where`.
    public func isWord(_ word: String) -> Bool {
        kind == .word && text.lowercased() == word
    }

    func isKeyword(_ keyword: Keyword) -> Bool { isWord(keyword.rawValue) }

    public func isSymbol(_ symbol: String) -> Bool {
        kind == .symbol && text == symbol
    }

    /// How the token reads in an error message.
    var quoted: String {
        switch kind {
        case .end: return "the end of the query"
        case .string: return "the string \"\(text)\""
        default: return "\"\(text)\""
        }
    }
}
