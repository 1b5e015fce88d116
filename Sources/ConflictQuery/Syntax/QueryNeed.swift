/// What an unfinished query still needs where its text ends: the shell's continuation prompt says
/// it (`condition>` after `where`, `"...>` inside an open string), as psql's `%R` shows an open
/// quote or parenthesis.
///
/// Read from the parser's own expectations at the end of the input (`Expectation`), the same ones
/// Tab completion offers, so that the prompt names what the grammar wants there and cannot drift
/// from it.
public enum QueryNeed: Hashable, Sendable {
    /// A quoted string is open: only this quote ends it.
    case closingQuote(Character)
    /// A parenthesis is open and what is in it may end here: `)`, or more of the list or condition.
    case closingParenthesis
    /// A condition: after `where`, `and`, `or`, `not`, `possibly` or `(`.
    case condition
    /// A comparison after a field: `=`, `in`, `contains`...
    case comparison
    /// A value: after a comparison, or after a comma in a list.
    case value
    /// A field: after `by`, `order by`, `values of`.
    case field
    /// A measure: after `sum`, `max`, `+`, or a comma after `history`.
    case measure
    /// What to list or count: after `count`, `fields of`, `in`.
    case entity
    /// A name: after `according to` or `describe`.
    case name
    /// A day: after `as of`.
    case date
    /// An act: after `or` between the acts of `actors`.
    case act
    /// This one word or symbol: `to` after `according`, `(` after `in`.
    case word(String)
    /// More of the query, of no one kind: after `show`, `with`, `limit`.
    case more

    /// What `text` needs to be finished, or nil when it is finished, or wrong (an error is
    /// finished too: running it shows the error). Nil exactly when `QueryEngine.isIncomplete` is false.
    public static func of(_ text: String) -> QueryNeed? {
        Parser.need(after: text)
    }

    /// The need that the parser's expectations at the end of the input name, the most particular
    /// first: a value or a condition says more than the `)` that may also close it.
    init(expectations: [Expectation]) {
        // What could only go on what is there already (more words of an unquoted value, of an act)
        // is not needed.
        let needed = expectations.filter { expectation in
            switch expectation {
            case .value(_, _, let words), .actPhrase(let words): return words.isEmpty
            default: return true
            }
        }
        func has(_ test: (Expectation) -> Bool) -> Bool { needed.contains(where: test) }
        let comparisons = Set(Test.Operator.comparisons.map(\.rawValue))
        let comparisonWords: Set<Keyword> = [.in, .within, .contains]
        if has({ if case .value = $0 { return true } else { return false } }) {
            self = .value
        } else if has({ if case .field = $0 { return true } else { return false } }) {
            // A condition starts with a field, or with `not`, `possibly` or `(` before one.
            self = has({ $0 == .keyword(.not) || $0 == .symbol("(") }) ? .condition : .field
        } else if has({ if case .symbol(let symbol) = $0 { return comparisons.contains(symbol) } else { return false } })
            || has({ if case .keyword(let keyword) = $0 { return comparisonWords.contains(keyword) } else { return false } })
        {
            self = .comparison
        } else if has({ $0 == .measure }) {
            self = .measure
        } else if has({ $0 == .entity }) {
            self = .entity
        } else if has({ $0 == .actorName || $0 == .describable }) {
            self = .name
        } else if has({ $0 == .date }) {
            self = .date
        } else if has({ if case .actPhrase = $0 { return true } else { return false } }) {
            self = .act
        } else if has({ $0 == .symbol(")") }) {
            self = .closingParenthesis
        } else if needed.count == 1, case .keyword(let keyword) = needed[0] {
            self = .word(keyword.rawValue)
        } else if needed.count == 1, case .symbol(let symbol) = needed[0] {
            self = .word(symbol)
        } else {
            self = .more
        }
    }
}
