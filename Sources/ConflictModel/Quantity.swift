/// A figure with its qualifier and the closed interval of values the qualifier allows.
///
/// Figures are counts of whole things or whole units (people, posts, kilometres), so "more than 450"
/// is the interval [451, ∞) and "about 300" is 300 ± 10 %, rounded: [270, 330].
public struct Quantity: Hashable, Sendable, CustomStringConvertible {
    public var value: Double
    public var qualifier: Qualifier
    public var low: Double
    /// nil when the qualifier sets no upper bound ("more than", "at least").
    public var high: Double?

    public init(_ value: Double, _ qualifier: Qualifier = .exact, low: Double? = nil, high: Double?? = nil) {
        let interval = Quantity.defaultInterval(value: value, qualifier: qualifier)
        self.value = value
        self.qualifier = qualifier
        self.low = low ?? interval.low
        self.high = high ?? interval.high
    }

    /// The interval each qualifier means when a model gives none.
    public static func defaultInterval(value v: Double, qualifier: Qualifier) -> (low: Double, high: Double?) {
        let margin = (v * 0.1).rounded()
        switch qualifier {
        case .exact: return (v, v)
        case .approximately, .around, .about: return (max(0, v - margin), v + margin)
        case .nearly: return (max(0, v - margin), v)
        case .moreThan: return (v + 1, nil)
        case .atLeast: return (v, nil)
        case .upTo: return (0, v)
        case .lessThan: return (0, max(0, v - 1))
        }
    }

    /// Why an interval cannot mean what its qualifier says, or nil when it can.
    public static func contradiction(value v: Double, qualifier: Qualifier, low: Double, high: Double?) -> String? {
        if low < 0 { return "the interval's low end \(format(low)) is negative" }
        if let high, high < low { return "the interval's high end \(format(high)) is below its low end \(format(low))" }
        let fits: Bool
        switch qualifier {
        case .exact: fits = low == v && high == v
        case .approximately, .around, .about: fits = low <= v && high.map { v <= $0 } == true
        case .nearly: fits = high.map { $0 <= v } == true
        case .moreThan: fits = low > v
        case .atLeast: fits = low >= v
        case .upTo: fits = high.map { $0 <= v } == true
        case .lessThan: fits = high.map { $0 < v } == true
        }
        if fits { return nil }
        return "the interval \(formatInterval(low, high)) contradicts \"\(qualifier.prefix)\(format(v))\""
    }

    /// "more than 450"
    /// The largest figure a model holds (10^15): every sum of a model's figures stays exact.
    public static let largestFigure = 1e15

    public var description: String { qualifier.prefix + Quantity.format(value) }

    /// "[451, ∞)"
    public var intervalDescription: String { Quantity.formatInterval(low, high) }

    public var isExact: Bool { qualifier == .exact }

    /// Whole numbers print without a fraction, every digit of them up to 2^53 (the sum of figures
    /// below 10^15 may reach past 10^15); others with as many decimals as they need.
    public static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 9_007_199_254_740_992 { return String(Int64(number)) }
        return String(number)
    }

    public static func formatInterval(_ low: Double, _ high: Double?) -> String {
        guard let high else { return "[\(format(low)), ∞)" }
        return "[\(format(low)), \(format(high))]"
    }
}
