/// Every field of claims and events in the relational layout, by the same enums the built-in
/// evaluator's fields are: a new field is a compile error here until it says how SQL reads it.
enum SQLFieldCatalog {
    /// The FROM clause the claim fields read: the claim, its event, the event's record and larger
    /// event, and the claimant as an actor (for `side`).
    static let claimTables = """
        claims c LEFT JOIN events e ON e.id = c.event LEFT JOIN records r ON r.id = e.record \
        LEFT JOIN actors cs ON cs.id = c.claimant
        """

    static let eventTables = "events e LEFT JOIN events pe ON pe.id = e.part_of LEFT JOIN records r ON r.id = e.record"

    static func claim(_ field: ClaimField) -> SQLField {
        let name = field.rawValue
        let type = field.field.type
        func scalar(_ expression: String) -> SQLField { SQLField(name: name, type: type, reading: .scalar(expression)) }
        switch field {
        case .id: return scalar("c.id")
        case .event: return scalar("COALESCE(e.name, c.event)")
        case .country: return scalar("e.country")
        case .year: return scalar("CAST(substr(e.date, 1, 4) AS INTEGER)")
        case .dataset: return scalar("r.dataset")
        case .measure: return scalar("c.measure")
        case .counted: return scalar("c.counted")
        case .unit: return scalar("c.unit")
        case .party: return scalar("c.party")
        case .value: return SQLField(name: name, type: type, reading: .quantity)
        case .qualifier: return scalar("c.qualifier")
        case .low: return scalar("c.low")
        case .high: return SQLField(name: name, type: type, reading: .unbounded("c.high"))
        case .claimant: return scalar("c.claimant")
        case .stance: return scalar("c.stance")
        case .side: return scalar("COALESCE(cs.side, c.claimant)")
        case .asOf: return scalar("c.as_of")
        case .since: return scalar("c.since")
        case .reported:
            return scalar("(SELECT min(s.date) FROM claim_sources k JOIN sources s ON s.id = k.source WHERE k.claim = c.id)")
        case .runningTotal: return scalar("c.running_total")
        case .note: return scalar("c.note")
        case .partOf: return scalar("c.part_of")
        case .source, .paragraph, .excerpt:
            return SQLField(
                name: name, type: type, reading: .provenance(table: "claim_sources", owner: "claim = c.id", column: name))
        }
    }

    static func event(_ field: EventField) -> SQLField {
        let name = field.rawValue
        let type = field.field.type
        func scalar(_ expression: String) -> SQLField { SQLField(name: name, type: type, reading: .scalar(expression)) }
        func actors(_ role: String) -> SQLField {
            SQLField(name: name, type: type, reading: .actors(table: "event_actors", owner: "event = e.id", role: role))
        }
        switch field {
        case .id: return scalar("e.id")
        case .name: return SQLField(name: name, type: type, reading: .alsoKnownAs(.scalar("e.name"), ["e.id"]))
        case .kind: return scalar("e.kind")
        case .initiator: return actors("initiator")
        case .target: return actors("target")
        case .side: return actors("side")
        case .date: return scalar("e.date")
        case .year: return scalar("CAST(substr(e.date, 1, 4) AS INTEGER)")
        case .dateEnd: return scalar("e.date_end")
        case .dateNote: return scalar("e.date_note")
        case .place: return scalar("e.place")
        case .country: return scalar("e.country")
        case .latitude: return scalar("e.latitude")
        case .longitude: return scalar("e.longitude")
        case .placePrecision: return scalar("e.place_precision")
        case .partOf:
            return SQLField(name: name, type: type, reading: .alsoKnownAs(.scalar("COALESCE(pe.name, e.part_of)"), ["e.part_of"]))
        case .status: return scalar("e.status")
        case .allegedBy: return scalar("e.alleged_by")
        case .category: return scalar("e.category")
        case .subcategory: return scalar("e.subcategory")
        case .dataset: return scalar("r.dataset")
        case .release: return scalar("r.release")
        case .record: return scalar("r.row_id")
        case .source, .paragraph, .excerpt:
            return SQLField(
                name: name, type: type, reading: .provenance(table: "event_sources", owner: "event = e.id", column: name))
        }
    }
}
