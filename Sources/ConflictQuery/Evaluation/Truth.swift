/// Whether a record passes a condition. A figure is an interval of values and a date an interval
/// of days, so a comparison may be neither certainly true nor certainly false: "approximately 135"
/// ([121, 149]) is possibly above 130, "more than 450" ([451, ∞)) certainly above 450.
///
/// `and`, `or` and `not` follow Kleene's three-valued logic: the least, the most, the reverse.
enum Truth: UInt8, Comparable, Sendable {
    case no = 0
    case possibly = 1
    case yes = 2

    static func < (lhs: Truth, rhs: Truth) -> Bool { lhs.rawValue < rhs.rawValue }

    static func of(_ flag: Bool) -> Truth { flag ? .yes : .no }

    var negated: Truth { Truth(rawValue: 2 - rawValue)! }

    /// The best outcome over several items (`value in (29, 53)`, a list field), stopping at the
    /// first certain one.
    static func best<Items: Sequence>(of items: Items, _ truth: (Items.Element) -> Truth) -> Truth {
        var best = Truth.no
        for item in items where best != .yes { best = max(best, truth(item)) }
        return best
    }

    /// `possibly C`: what might be true counts as true.
    var orPossibly: Truth { self == .no ? .no : .yes }

    /// Of a value known only as the interval [low, high] (high nil: no upper bound), whether it
    /// compares so with `number`.
    static func compare(low: Double, high: Double?, _ op: Test.Operator, _ number: Double) -> Truth {
        let high = high ?? .infinity
        switch op {
        case .greater: return low > number ? .yes : high <= number ? .no : .possibly
        case .greaterOrEqual: return low >= number ? .yes : high < number ? .no : .possibly
        case .less: return high < number ? .yes : low >= number ? .no : .possibly
        case .lessOrEqual: return high <= number ? .yes : low > number ? .no : .possibly
        case .equal, .notEqual, .isIn, .contains, .within:
            if low == number && high == number { return .yes }
            return number < low || number > high ? .no : .possibly
        }
    }
}
