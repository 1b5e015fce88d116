/// One figure as one side states it: every number in the model is somebody's claim.
///
/// A figure reported several times at different precision ("about 300" in the headline, "297" in the
/// body) is one claim: the claimant's own wording is its quantity, and each wording is one of its
/// sources, the outlet's roundings marked as restatements.
public struct Claim: Hashable, Sendable {
    /// How the claimant puts the figure forward.
    public enum Stance: String, Hashable, Sendable, CaseIterable {
        /// Stated as fact by the claimant.
        case asserted
        /// Put forward as an accusation against another side ("alleging attacks on 53 locations").
        case alleged
        /// Denied: the claimant says the figure is not so.
        case denied
    }

    public var id: Int
    /// The event the figure is about, if any.
    public var event: String?
    /// What happened to what was counted: a measure of the vocabulary ("killed", "destroyed").
    public var measure: String
    /// What was counted, in the report's words ("Afghan operatives", "tanks and armoured vehicles").
    public var counted: String
    /// The unit the figure counts in, a unit of the vocabulary ("people", "vehicles"): only
    /// figures of one unit are ever added or compared.
    public var unit: String
    /// Whose side the figure counts: the actor whose people were killed or posts destroyed.
    public var party: String?
    public var quantity: Quantity
    /// Who states the figure.
    public var claimant: String
    public var stance: Stance
    /// The time the figure is "as of": when the claimant says it held, which is not when a report
    /// published it (a total "as of Saturday" may be printed on Monday). A date, with the time of
    /// day when the report gives one.
    public var asOf: PartialDate?
    /// For a running total, the first day its period covers ("since Thursday"); nil when the
    /// report does not say, and the total is taken to cover everything up to its as-of time.
    public var since: PartialDate?
    /// A running total ("killed so far") is revised by a later one from the same claimant, never
    /// added to it; a claim that is not one counts a single incident.
    public var runningTotal: Bool
    public var note: String?
    public var sources: [SourceRef]
    /// The id of the claim this one is a part of: a total given with its breakdown ("13 killed:
    /// eight civilians and five soldiers", or UCDP's deaths of each side within an event's best
    /// estimate). A sum never adds a total to its own parts.
    public var partOf: Int?

    public init(
        id: Int, event: String? = nil, measure: String, counted: String, unit: String, party: String? = nil,
        quantity: Quantity, claimant: String, stance: Stance = .asserted, asOf: PartialDate? = nil,
        since: PartialDate? = nil, runningTotal: Bool = false, note: String? = nil, sources: [SourceRef] = [],
        partOf: Int? = nil
    ) {
        self.id = id
        self.event = event
        self.measure = measure
        self.counted = counted
        self.unit = unit
        self.party = party
        self.quantity = quantity
        self.claimant = claimant
        self.stance = stance
        self.asOf = asOf
        self.since = since
        self.runningTotal = runningTotal
        self.note = note
        self.sources = sources
        self.partOf = partOf
    }
}
