import ConflictQuery

/// The REPL's prompts: `conflictq> `, and while a query is unfinished one that says what it still
/// needs, from the parser's own expectation where the text ended (`QueryNeed`): `condition> ` after
/// `where`, `     "...> ` inside an open string.
///
/// A continuation prompt is exactly as wide as the main one, its hint set to the right, so that
/// every line of a query starts in the same column. Neither is coloured: a prompt is read on every
/// line, and the main one has never needed colour to be found.
enum Prompt {
    static let main = "conflictq> "

    /// The columns a hint may fill: the main prompt's, less the `> ` after it.
    static let hintWidth = main.count - 2

    static func continuation(for need: QueryNeed?) -> String {
        var hint = hint(for: need)
        if hint.count > hintWidth { hint = "..." }
        return String(repeating: " ", count: hintWidth - hint.count) + hint + "> "
    }

    /// A word or two for what is needed; `...` for more of no one kind.
    static func hint(for need: QueryNeed?) -> String {
        switch need {
        case .closingQuote(let quote)?: return "\(quote)..."
        case .closingParenthesis?: return "(..."
        case .condition?: return "condition"
        case .comparison?: return "operator"
        case .value?: return "value"
        case .field?: return "field"
        case .measure?: return "measure"
        case .entity?: return "listing"
        case .name?: return "name"
        case .date?: return "date"
        case .act?: return "act"
        case .word(let word)?: return word
        case .more?, nil: return "..."
        }
    }
}
