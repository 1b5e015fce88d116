/// Every word the grammar gives a meaning to, besides entities (`Entity`), aggregate functions
/// (`Aggregate.Function`) and the model's own words (measures, acts, fields, names).
///
/// Keywords are contextual: a word is a keyword only where a rule names it, so names and values
/// may be written without quotes as long as they hold no keyword that would end them (see `role`).
public enum Keyword: String, CaseIterable, Sendable {
    case `where`, by, according, to, order, limit, with, `as`
    case and, or, not, possibly, `in`, contains, within
    case asc, desc
    case describe, show, history, of
    case chart, line, bars
    case sources, intervals
    case units, measures, acts, qualifiers, entities, fields, values

    /// What a keyword does where it may stand, which decides the words an unquoted name runs to.
    public enum Role: Sendable {
        /// Starts a clause of a listing or an aggregate, and so ends any unquoted name or value.
        case clause
        /// Joins or qualifies tests, and so ends an unquoted value.
        case condition
        /// Starts a query that asks about the model itself.
        case discovery
        /// Means something only right after another word: `according to`, `order by`, `desc`.
        case other
    }

    public var role: Role {
        switch self {
        case .where, .by, .according, .order, .limit, .with, .as: return .clause
        case .and, .or, .not, .possibly, .in, .contains, .within: return .condition
        case .units, .measures, .acts, .qualifiers, .entities, .fields, .values: return .discovery
        case .to, .asc, .desc, .describe, .show, .history, .of, .sources, .intervals, .chart, .line, .bars:
            return .other
        }
    }

    /// The clauses as a user types them: `according to`, `order by`.
    public var clausePhrase: String {
        switch self {
        case .according: return "according to"
        case .order: return "order by"
        case .as: return "as of"
        default: return rawValue
        }
    }

    static let clauses = allCases.filter { $0.role == .clause }
    static let discoveries = allCases.filter { $0.role == .discovery }

    /// The words that may start a query.
    static let queryStarts: [String] =
        Entity.allCases.map(\.rawValue) + Aggregate.Function.allCases.map(\.rawValue)
        + [Keyword.describe, .show, .history, .chart].map(\.rawValue) + discoveries.map(\.rawValue)

    init?(_ token: Token) {
        guard token.kind == .word, let keyword = Keyword(rawValue: token.text.lowercased()) else { return nil }
        self = keyword
    }
}

/// What `with` adds to a result.
enum Extra: String, CaseIterable {
    case sources, intervals

    /// The plural or the singular: `with source` is `with sources`.
    init?(word: String) {
        let key = word.lowercased()
        guard let extra = Extra.allCases.first(where: { $0.rawValue == key || $0.rawValue.dropLast() == key }) else {
            return nil
        }
        self = extra
    }
}
