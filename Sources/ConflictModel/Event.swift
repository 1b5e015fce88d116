/// Something that happened, or is said to have happened: an operation, an attack, an air strike.
public struct Event: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case conflict
        case operation
        case attack
        case airStrike = "air strike"
        case clash
        case other
    }

    /// Whether the report states the event as fact or only relays one side's allegation of it.
    public enum Status: String, Sendable, CaseIterable {
        case asserted
        case alleged
    }

    public var id: String
    public var name: String
    public var kind: Kind
    public var initiators: [String]
    public var targets: [String]
    public var date: PartialDate?
    /// What the report says of the date when it gives none ("ongoing on 2026-02-28").
    public var dateNote: String?
    public var place: String?
    /// The larger event this one belongs to.
    public var partOf: String?
    public var status: Status
    /// For an alleged event: who alleges it.
    public var allegedBy: String?
    public var sources: [SourceRef]

    public init(
        id: String, name: String, kind: Kind, initiators: [String] = [], targets: [String] = [],
        date: PartialDate? = nil, dateNote: String? = nil, place: String? = nil, partOf: String? = nil,
        status: Status = .asserted, allegedBy: String? = nil, sources: [SourceRef] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.initiators = initiators
        self.targets = targets
        self.date = date
        self.dateNote = dateNote
        self.place = place
        self.partOf = partOf
        self.status = status
        self.allegedBy = allegedBy
        self.sources = sources
    }
}
