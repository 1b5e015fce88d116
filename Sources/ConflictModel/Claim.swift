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
    /// When the figure was stated; for a running total, the time it is "as of".
    public var date: PartialDate?
    /// A running total ("killed so far") is revised by a later one from the same claimant, never added to it.
    public var runningTotal: Bool
    public var note: String?
    public var sources: [SourceRef]

    public init(
        id: Int, event: String? = nil, measure: String, counted: String, unit: String, party: String? = nil,
        quantity: Quantity, claimant: String, stance: Stance = .asserted, date: PartialDate? = nil,
        runningTotal: Bool = false, note: String? = nil, sources: [SourceRef] = []
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
        self.date = date
        self.runningTotal = runningTotal
        self.note = note
        self.sources = sources
    }
}
