/// One figure as one side states it: every number in the model is somebody's claim.
///
/// A figure reported several times at different precision ("about 300" in the headline, "297" in the
/// body) is one claim: its most exact wording is its quantity, and each wording is one of its sources.
public struct Claim: Hashable, Sendable {
    public var id: Int
    /// The event the figure is about, if any.
    public var event: String?
    /// What happened to what was counted: a measure of the vocabulary ("killed", "destroyed").
    public var measure: String
    /// What was counted ("personnel", "posts", "tanks and armoured vehicles", "km").
    public var counted: String
    /// Whose side the figure counts: the actor whose people were killed or posts destroyed.
    public var party: String?
    public var quantity: Quantity
    /// Who states the figure.
    public var claimant: String
    /// When the figure was stated; for a running total, the time it is "as of".
    public var date: PartialDate?
    /// A running total ("killed so far") is revised by a later one from the same claimant, never added to it.
    public var runningTotal: Bool
    public var note: String?
    public var sources: [SourceRef]

    public init(
        id: Int, event: String? = nil, measure: String, counted: String, party: String? = nil,
        quantity: Quantity, claimant: String, date: PartialDate? = nil, runningTotal: Bool = false,
        note: String? = nil, sources: [SourceRef] = []
    ) {
        self.id = id
        self.event = event
        self.measure = measure
        self.counted = counted
        self.party = party
        self.quantity = quantity
        self.claimant = claimant
        self.date = date
        self.runningTotal = runningTotal
        self.note = note
        self.sources = sources
    }
}
