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
    /// The last day of a date range, when the event is known only to lie within one, as a data
    /// set's often is: `date` is then its first day.
    public var dateEnd: PartialDate?
    /// Where a data set places it: the country, the coordinates, and in words how precisely the
    /// place is known ("exact location", "first-order administrative division").
    public var country: String?
    public var coordinates: Coordinates?
    public var placePrecision: String?
    /// The data set's own types, which the model's kinds only approximate: UCDP's type of
    /// violence, ACLED's event type and sub-type.
    public var category: String?
    public var subcategory: String?
    /// The sides of a fight that no one is said to have started, as a data set's dyad is (UCDP's
    /// side A and side B): neither is made its initiator.
    public var sides: [String]
    /// The data set row it was imported from; nil for an event of a report.
    public var record: DataRecord?

    public init(
        id: String, name: String, kind: Kind, initiators: [String] = [], targets: [String] = [],
        date: PartialDate? = nil, dateNote: String? = nil, place: String? = nil, partOf: String? = nil,
        status: Status = .asserted, allegedBy: String? = nil, sources: [SourceRef] = [], dateEnd: PartialDate? = nil,
        country: String? = nil, coordinates: Coordinates? = nil, placePrecision: String? = nil, category: String? = nil,
        subcategory: String? = nil, sides: [String] = [], record: DataRecord? = nil
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
        self.dateEnd = dateEnd
        self.country = country
        self.coordinates = coordinates
        self.placePrecision = placePrecision
        self.category = category
        self.subcategory = subcategory
        self.sides = sides
        self.record = record
    }
}
