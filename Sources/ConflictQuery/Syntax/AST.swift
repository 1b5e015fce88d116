import ConflictDiagnostics
import ConflictModel
/// The parsed form of a query. Every node keeps the span of text it came from, so that the
/// evaluator can place its errors ("no actor named ...") exactly.
public struct Query: Hashable, Sendable {
    public var kind: Kind
    public var range: SourceRange
    /// `chart [line | bars]` before a history or an aggregate: draw its figures.
    public var chart: ChartRequest? = nil

    public enum Kind: Hashable, Sendable {
        /// `claims where ...`, `actors offering mediation`
        case listing(Listing)
        /// `sum killed by party`
        case aggregate(Aggregate)
        /// `history killed according to Tarar`
        case history(History)
        /// `describe Iran`
        case describe(Name)
        /// `show claim 3`
        case show(entity: Entity, id: Name)
        /// `measures`, `fields of claims`, `values of party`
        case discovery(Discovery)
    }
}

extension Query {
    /// The clauses of a listing or an aggregate; nil for the queries that have none.
    var clauses: Clauses? {
        switch kind {
        case .listing(let listing): return listing.clauses
        case .aggregate(let aggregate): return aggregate.clauses
        case .history(let history): return history.clauses
        case .describe, .show, .discovery: return nil
        }
    }

    /// The query without its `as of`, once the model it runs on is the one of that day.
    var withoutAsOf: Query {
        var query = self
        switch kind {
        case .listing(var listing):
            listing.clauses.asOf = nil
            query.kind = .listing(listing)
        case .aggregate(var aggregate):
            aggregate.clauses.asOf = nil
            query.kind = .aggregate(aggregate)
        case .history(var history):
            history.clauses.asOf = nil
            query.kind = .history(history)
        case .describe, .show, .discovery: break
        }
        return query
    }
}

/// `chart`, `chart line` or `chart bars`, with where it was written.
public struct ChartRequest: Hashable, Sendable {
    /// nil when the query names none: a history is drawn as lines, an aggregate as bars.
    public var kind: Chart.Kind?
    public var range: SourceRange
}

/// What a listing or a count ranges over.
public enum Entity: String, Hashable, Sendable, CaseIterable {
    case actors, events, claims, statements, quotes, sources

    /// The singular, as `show claim 3` spells it.
    public var singular: String { self == .quotes ? "quote" : String(rawValue.dropLast()) }
}

/// A word or words naming something, as written, with where it was written.
public struct Name: Hashable, Sendable {
    public var text: String
    public var range: SourceRange
    /// True when it was a quoted string: a quoted name is never read as a keyword or field.
    public var quoted: Bool
}

public struct Listing: Hashable, Sendable {
    public var entity: Entity
    public var entityRange: SourceRange
    /// After `actors`: the words naming an act and, maybe, its target ("supporting Pakistan"), one
    /// list of words for each act joined by `or` ("urging de-escalation or contacting").
    public var actPhrases: [[Name]]
    public var clauses: Clauses
}

public struct Aggregate: Hashable, Sendable {
    public enum Function: String, Hashable, Sendable, CaseIterable {
        case sum, count, min, max, avg
    }

    public enum Target: Hashable, Sendable {
        /// One or more measures added together: `sum killed + injured`.
        case measures([Name])
        /// `count claims`
        case entity(Entity)
    }

    public var function: Function
    public var target: Target
    public var targetRange: SourceRange
    public var clauses: Clauses
    /// From the measure to the end of the last clause: quoted back when nothing matches.
    public var bodyRange: SourceRange
}

/// `history killed, injured where party = "Afghan Taliban"`: each running total with the ones it
/// revised, in time order.
public struct History: Hashable, Sendable {
    /// The measures whose series are listed; empty for every measure.
    public var measures: [Name]
    public var clauses: Clauses
}

/// The clauses that may follow a listing or an aggregate, in any order, each at most once.
public struct Clauses: Hashable, Sendable {
    public var filter: Condition?
    /// The text of the condition, to quote it back in a note.
    public var filterRange: SourceRange?
    /// `by party, claimant`: group by fields. `by` only ever groups; who said it is `according to`.
    public var groupBy: [Name] = []
    /// `according to Pakistan`: only what this actor or anyone speaking for it said or claimed.
    public var accordingTo: Name?
    public var order: [OrderKey] = []
    public var limit: Int?
    /// From `limit` to its number, for an error about it.
    public var limitRange: SourceRange?
    public var withSources = false
    public var withIntervals = false
    /// `as of 2026-03-02`: only what a reader on that day could have read.
    public var asOf: PartialDate?
    /// The day after `as of`, as written.
    public var asOfRange: SourceRange?
}

public struct OrderKey: Hashable, Sendable {
    public var field: Name
    public var descending: Bool
}

/// A condition is true, false, or, for a figure known only as an interval, possibly true: `value >
/// 130` of "approximately 135" ([121, 149]) is neither certainly true nor certainly false.
public indirect enum Condition: Hashable, Sendable {
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition)
    /// `possibly C`: true where C is true or possibly true.
    case possibly(Condition)
    case test(Test)
}

/// One comparison of a field with values: `party = "Afghan Taliban"`, `value > 100`, `act in (a, b)`.
public struct Test: Hashable, Sendable {
    public enum Operator: String, Hashable, Sendable {
        case equal = "="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case isIn = "in"
        case contains
        /// The actor itself or anyone under it: its parts, members and spokespeople.
        case within

        /// The operators written as symbols, longest first.
        static let comparisons: [Operator] = [.notEqual, .lessOrEqual, .greaterOrEqual, .equal, .less, .greater]
    }

    public var field: Name
    public var op: Operator
    /// `not in`, `not contains`
    public var negated: Bool
    public var values: [Literal]
    public var range: SourceRange
}

public struct Literal: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case string, word, number
    }

    public var kind: Kind
    public var text: String
    public var number: Double?
    public var range: SourceRange
}

public enum Discovery: Hashable, Sendable {
    case units
    case measures
    case acts
    case qualifiers
    case entities
    case fields(of: Entity?)
    /// `values of party`, `values of act in statements`
    case values(field: Name, entity: Entity?)
}
