import ConflictModel

/// Arithmetic on qualified figures: intervals add up, and the qualifier of a result is read back
/// from its interval, so 297 plus "more than 450" is "more than 747", never a bare 747.
enum QuantityArithmetic {
    /// 2^53: every whole number below it is held exactly, and a sum of figures (each below 10^15,
    /// and never negative) that stays below it is exact. At or past it a sum may be off by one or
    /// more without a sign of it, so no figure is given there (`isExact`).
    static let exactLimit: Double = 9_007_199_254_740_992

    /// Whether a sum is held exactly: its value and both ends of its interval are below
    /// `exactLimit`. Figures are 0 or more, so every partial sum on the way was below it too.
    static func isExact(_ sum: Quantity) -> Bool {
        sum.value < exactLimit && sum.low < exactLimit && (sum.high ?? 0) < exactLimit
    }

    static func sum(_ quantities: [Quantity]) -> Quantity {
        let value = quantities.reduce(0) { $0 + $1.value }
        let low = quantities.reduce(0) { $0 + $1.low }
        let high: Double? = quantities.allSatisfy { $0.high != nil } ? quantities.reduce(0) { $0 + $1.high! } : nil
        if quantities.count == 1 { return quantities[0] }
        return describe(value: value, low: low, high: high, qualifiers: Set(quantities.map(\.qualifier)))
    }

    static func average(_ quantities: [Quantity]) -> Quantity {
        guard !quantities.isEmpty else { return Quantity(0) }
        let total = sum(quantities)
        let n = Double(quantities.count)
        if quantities.count == 1 { return total }
        return describe(value: total.value / n, low: total.low / n, high: total.high.map { $0 / n }, qualifiers: Set(quantities.map(\.qualifier)))
    }

    /// The sum (or, with `average`, the mean) of `count` figures known only by their totals and the
    /// qualifiers they used, as an engine adds them up: the same figure `sum` and `average` give.
    static func combined(
        value: Double, low: Double, high: Double?, qualifiers: Set<Qualifier>, count: Int, average: Bool
    ) -> Quantity {
        let n = average ? Double(count) : 1
        let (value, low, high) = (value / n, low / n, high.map { $0 / n })
        if count == 1, let only = qualifiers.subtracting([.exact]).first ?? qualifiers.first {
            return Quantity(value, only, low: low, high: .some(high))
        }
        return describe(value: value, low: low, high: high, qualifiers: qualifiers)
    }

    /// The qualifier an interval deserves. When every part used the same word ("about" and "about")
    /// the result keeps it; otherwise the interval's shape decides.
    private static func describe(value: Double, low: Double, high: Double?, qualifiers: Set<Qualifier>) -> Quantity {
        let qualifiers = qualifiers.subtracting([.exact])
        if qualifiers.isEmpty { return Quantity(value) }
        if qualifiers.count == 1, let only = qualifiers.first,
            Quantity.contradiction(value: value, qualifier: only, low: low, high: high) == nil
        {
            return Quantity(value, only, low: low, high: .some(high))
        }
        let qualifier: Qualifier
        var shown = value
        switch high {
        case nil where low > value: qualifier = .moreThan
        case nil:
            // Some parts are only bounded below: "at least" the sum of the lowest values.
            qualifier = .atLeast
            shown = low
        case let high? where high < value: qualifier = .lessThan
        case let high? where high == value: qualifier = low == 0 ? .upTo : .nearly
        default: qualifier = .approximately
        }
        return Quantity(shown, qualifier, low: low, high: .some(high))
    }
}
