/// How exact a reported figure is, in the report's own words.
///
/// Each qualifier means an interval around the stated value; `Quantity.defaultInterval` says which,
/// and a model file that gives an interval of its own must not contradict its qualifier.
public enum Qualifier: String, Hashable, Sendable, CaseIterable {
    case exact
    case approximately
    case around
    case about
    case nearly
    case moreThan = "more than"
    case atLeast = "at least"
    case upTo = "up to"
    case lessThan = "less than"

    /// The words put before the value when it is shown: "more than 450", and "exactly 297" for a
    /// figure stated with no word of doubt, so that it is never mistaken for one whose exactness
    /// was not said.
    public var prefix: String { self == .exact ? "exactly " : rawValue + " " }

    /// The three words for "roughly" mean the same interval; they are kept apart only to quote the report.
    public var isApproximate: Bool { self == .approximately || self == .around || self == .about }
}
