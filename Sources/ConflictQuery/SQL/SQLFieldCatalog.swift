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
                name: name, type: type, reading: .items(table: "claim_sources", owner: "claim = c.id", column: name))
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
        case .name: return SQLField(name: name, type: type, reading: .alsoKnownAs(.scalar("e.name"), [.scalar("e.id")]))
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
            return SQLField(name: name, type: type, reading: .alsoKnownAs(.scalar("COALESCE(pe.name, e.part_of)"), [.scalar("e.part_of")]))
        case .status: return scalar("e.status")
        case .allegedBy: return scalar("e.alleged_by")
        case .category: return scalar("e.category")
        case .subcategory: return scalar("e.subcategory")
        case .dataset: return scalar("r.dataset")
        case .release: return scalar("r.release")
        case .record: return scalar("r.row_id")
        case .source, .paragraph, .excerpt:
            return SQLField(
                name: name, type: type, reading: .items(table: "event_sources", owner: "event = e.id", column: name))
        }
    }

    static let actorTables = "actors a"

    static func actor(_ field: ActorField) -> SQLField {
        let name = field.rawValue
        let type = field.field.type
        func scalar(_ expression: String) -> SQLField { SQLField(name: name, type: type, reading: .scalar(expression)) }
        let aliases = SQLField.Reading.items(table: "actor_aliases", owner: "actor = a.id", column: "alias")
        switch field {
        case .id: return scalar("a.id")
        case .name: return SQLField(name: name, type: type, reading: .alsoKnownAs(.scalar("a.name"), [aliases, .scalar("a.id")]))
        case .alias: return SQLField(name: name, type: type, reading: aliases)
        case .kind: return scalar("a.kind")
        case .role: return scalar("a.role")
        case .represents: return scalar("a.represents")
        case .partOf: return scalar("a.part_of")
        case .note: return scalar("a.note")
        case .source, .paragraph, .excerpt:
            return SQLField(name: name, type: type, reading: .items(table: "actor_sources", owner: "actor = a.id", column: name))
        }
    }

    /// The statement, its speaker as an actor (for whom it speaks), and its data set record.
    static let statementTables = "statements s LEFT JOIN actors sp ON sp.id = s.speaker LEFT JOIN records r ON r.id = s.record"

    static func statement(_ field: StatementField) -> SQLField {
        let name = field.rawValue
        let type = field.field.type
        func scalar(_ expression: String) -> SQLField { SQLField(name: name, type: type, reading: .scalar(expression)) }
        func actors(_ role: String) -> SQLField {
            SQLField(name: name, type: type, reading: .actors(table: "statement_actors", owner: "statement = s.id", role: role))
        }
        switch field {
        case .id: return scalar("s.id")
        case .speaker: return scalar("s.speaker")
        // `ConflictModel.voice`: the body named, else the one a person speaking stands for, else the speaker.
        case .represents:
            return scalar("COALESCE(s.represents, CASE WHEN sp.kind = 'person' AND sp.represents IS NOT NULL THEN sp.represents ELSE s.speaker END)")
        case .act:
            return SQLField(
                name: name, type: type,
                reading: .alsoKnownAs(
                    .scalar("s.act"),
                    [.scalar("(SELECT label FROM acts WHERE id = s.act)"), .items(table: "act_verbs", owner: "act = s.act", column: "verb")]))
        case .cameo: return scalar("COALESCE(s.cameo, (SELECT cameo FROM acts WHERE id = s.act))")
        case .target: return actors("target")
        case .participant: return actors("participant")
        case .subject: return actors("subject")
        case .content: return scalar("s.content")
        case .channel: return scalar("s.channel")
        case .mode: return scalar("s.mode")
        case .quote: return scalar("s.quote")
        case .answers: return scalar("s.answers")
        case .date: return scalar("s.date")
        case .reportedBy: return scalar("s.reported_by")
        case .dataset: return scalar("r.dataset")
        case .record: return scalar("r.row_id")
        case .source, .paragraph, .excerpt:
            return SQLField(name: name, type: type, reading: .items(table: "statement_sources", owner: "statement = s.id", column: name))
        }
    }

    static let sourceTables = "sources so"

    static func source(_ field: SourceField) -> SQLField {
        let name = field.rawValue
        let type = field.field.type
        func scalar(_ expression: String) -> SQLField { SQLField(name: name, type: type, reading: .scalar(expression)) }
        switch field {
        case .id: return scalar("so.id")
        case .outlet: return scalar("so.outlet")
        case .date: return scalar("so.date")
        case .title: return scalar("so.title")
        case .wireInputs:
            return SQLField(name: name, type: type, reading: .items(table: "source_wire_inputs", owner: "source = so.id", column: "wire_input"))
        case .url: return scalar("so.url")
        }
    }
}
