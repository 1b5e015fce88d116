import ConflictModel

/// Every entity's fields, and the records a model holds for each.
enum FieldCatalog {
    /// Other names users reach for: `speaker` on claims means `claimant`, `aliases` means `alias`.
    static let synonyms: [String: String] = [
        "aliases": "alias", "targets": "target", "initiators": "initiator", "excerpts": "excerpt",
        "sources": "source", "claimants": "claimant", "parties": "party", "participants": "participant",
        "subjects": "subject", "units": "unit",
        "wire": "wire_inputs", "type": "kind", "figure": "value",
    ]

    /// Every field name of every entity: after `by`, one of these groups; anything else is who said it.
    static let allNames: Set<String> = {
        var names = Set(synonyms.keys)
        for entity in Entity.allCases { names.formUnion(fieldNames(of: entity)) }
        return names
    }()

    static func fieldNames(of entity: Entity) -> [String] {
        describe(entity).map(\.name)
    }

    /// (name, type, help) of each field, for `fields` and completion.
    static func describe(_ entity: Entity) -> [(name: String, type: ValueType, help: String)] {
        switch entity {
        case .actors: return actorFields.map { ($0.name, $0.type, $0.help) }
        case .events: return eventFields.map { ($0.name, $0.type, $0.help) }
        case .claims: return claimFields.map { ($0.name, $0.type, $0.help) }
        case .statements, .quotes: return statementFields.map { ($0.name, $0.type, $0.help) }
        case .sources: return sourceFields.map { ($0.name, $0.type, $0.help) }
        }
    }

    static func actors(_ model: ConflictModel) -> RecordSet<Actor> {
        RecordSet(
            entity: .actors, records: model.actors, fields: actorFields,
            listedFields: ["id", "name", "kind", "role", "represents"], provenance: \.sources)
    }

    static func events(_ model: ConflictModel) -> RecordSet<Event> {
        RecordSet(
            entity: .events, records: model.events, fields: eventFields,
            listedFields: ["id", "name", "kind", "initiator", "target", "status", "part_of"],
            provenance: \.sources)
    }

    static func claims(_ model: ConflictModel) -> RecordSet<Claim> {
        RecordSet(
            entity: .claims, records: model.claims, fields: claimFields,
            listedFields: ["id", "measure", "value", "unit", "counted", "party", "claimant", "stance", "date"],
            provenance: \.sources)
    }

    static func statements(_ model: ConflictModel, quotesOnly: Bool = false) -> RecordSet<Statement> {
        if quotesOnly {
            return RecordSet(
                entity: .quotes, records: model.statements.filter { $0.quote != nil },
                fields: statementFields, listedFields: ["id", "speaker", "quote", "channel", "mode"],
                provenance: \.sources)
        }
        return RecordSet(
            entity: .statements, records: model.statements, fields: statementFields,
            listedFields: ["id", "speaker", "act", "target", "participant", "content", "channel", "mode"],
            provenance: \.sources)
    }

    static func sources(_ model: ConflictModel) -> RecordSet<Source> {
        RecordSet(
            entity: .sources, records: model.sources, fields: sourceFields,
            listedFields: ["id", "outlet", "date", "wire_inputs", "title"], provenance: { _ in [] })
    }

    // MARK: - The fields

    private static let actorFields: [Field<Actor>] =
        [
            Field("id", .text, "the actor's id") { a, _ in .text(a.id) },
            Field("name", .text, "the actor's name", alsoKnownAs: { a, _ in a.aliases + [a.id] }) { a, _ in .text(a.name) },
            Field("alias", .list, "other names the reports use") { a, _ in .list(a.aliases.map(Value.text)) },
            Field("kind", .text, "state, government, armed force, armed group, organisation or person") { a, _ in
                .text(a.kind.rawValue)
            },
            Field("role", .text, "a person's office") { a, _ in .text(a.role) },
            Field(actor: "represents", "the state or body the actor speaks for") { a, _ in .one(a.represents) },
            Field(actor: "part_of", "the larger actor it belongs to") { a, _ in .one(a.partOf) },
            Field("note", .text, "a remark on the actor") { a, _ in .text(a.note) },
        ] + provenanceFields { (r: RecordRef<Actor>) in r.sources }

    private static let eventFields: [Field<Event>] =
        [
            Field("id", .text, "the event's id") { e, _ in .text(e.id) },
            Field("name", .text, "the event's name", alsoKnownAs: { e, _ in [e.id] }) { e, _ in .text(e.name) },
            Field("kind", .text, "conflict, operation, attack, air strike, clash or other") { e, _ in .text(e.kind.rawValue) },
            Field(actor: "initiator", "who carried it out") { e, _ in .many(e.initiators) },
            Field(actor: "target", "against whom") { e, _ in .many(e.targets) },
            Field("date", .date, "when, to the day, month or year") { e, _ in .date(e.date) },
            Field("date_note", .text, "what the report says of the date") { e, _ in .text(e.dateNote) },
            Field("place", .text, "where") { e, _ in .text(e.place) },
            Field("part_of", .text, "the larger event it belongs to", alsoKnownAs: { e, _ in e.partOf.map { [$0] } ?? [] }) {
                e, m in .text(e.partOf.map { m.event(id: $0)?.name ?? $0 })
            },
            Field("status", .text, "asserted, or only alleged") { e, _ in .text(e.status.rawValue) },
            Field(actor: "alleged_by", "who alleges it") { e, _ in .one(e.allegedBy) },
        ] + provenanceFields { (r: RecordRef<Event>) in r.sources }

    private static let claimFields: [Field<Claim>] =
        [
            Field("id", .integer, "the claim's number") { c, _ in .integer(c.id) },
            Field(
                "event", .text, "the event the figure is about; an operation takes in its strikes",
                alsoKnownAs: { c, m in c.event.map { m.eventAndAncestors($0).flatMap { [$0.id, $0.name] } } ?? [] }
            ) {
                c, m in .text(c.event.map { m.event(id: $0)?.name ?? $0 })
            },
            Field("measure", .text, "killed, injured, destroyed... (see: measures)") { c, _ in .text(c.measure) },
            Field("counted", .text, "what was counted, in the report's words") { c, _ in .text(c.counted) },
            Field("unit", .text, "what the figure counts in: people, posts, vehicles... (see: units)") { c, _ in .text(c.unit) },
            Field(actor: "party", "whose side the figure counts") { c, _ in .one(c.party) },
            Field("value", .quantity, "the figure with its qualifier") { c, _ in .quantity(c.quantity) },
            Field("qualifier", .text, "exact, approximately, nearly, more than... (see: qualifiers)") { c, _ in
                .text(c.quantity.qualifier.rawValue)
            },
            Field("low", .number, "the lowest value the qualifier allows") { c, _ in .number(c.quantity.low) },
            Field("high", .number, "the highest value the qualifier allows; empty when unbounded") { c, _ in
                c.quantity.high.map(Value.number) ?? .null
            },
            Field(actor: "claimant", "who states the figure") { c, _ in .one(c.claimant) },
            Field("stance", .text, "asserted, alleged (an accusation) or denied") { c, _ in .text(c.stance.rawValue) },
            Field(actor: "side", "the state or body the claimant speaks for") { c, m in .one(m.side(of: c.claimant)) },
            Field("date", .date, "when it was stated; for a running total, the time it is as of") { c, _ in .date(c.date) },
            Field("running_total", .bool, "a total so far, revised by later ones rather than added to") { c, _ in
                .bool(c.runningTotal)
            },
            Field("note", .text, "a remark on the claim") { c, _ in .text(c.note) },
        ] + provenanceFields { (r: RecordRef<Claim>) in r.sources }

    private static let statementFields: [Field<Statement>] =
        [
            Field("id", .integer, "the statement's number") { s, _ in .integer(s.id) },
            Field(actor: "speaker", "who said or did it; for a call or consultation, whose words are quoted") { s, _ in
                .one(s.speaker)
            },
            Field(actor: "represents", "the state or body the statement speaks for (a state speaks for itself)") { s, m in
                .one(m.voice(represents: s.represents, speaker: s.speaker))
            },
            Field(
                "act", .text, "what kind of act (see: acts)",
                alsoKnownAs: { s, m in
                    m.vocabulary.act(s.act).map { [$0.label] + $0.verbs } ?? []
                }
            ) { s, _ in .text(s.act) },
            Field("cameo", .text, "the CAMEO event code") { s, m in .text(s.cameo ?? m.vocabulary.act(s.act)?.cameo) },
        ] + statementPartyFields + provenanceFields { (r: RecordRef<Statement>) in r.sources }

    /// Who a statement involves and what it says, apart so that the compiler checks each list quickly.
    private static let statementPartyFields: [Field<Statement>] =
        [
            Field(actor: "target", "to whom it was said or done") { s, _ in .many(s.targets) },
            Field(actor: "participant", "who took part in a call or consultation") { s, _ in .many(s.participants) },
            Field(actor: "subject", "whom it is about: the groups an ultimatum names, the group an accusation is about") {
                s, _ in .many(s.subjects)
            },
            Field("content", .text, "what it alleges, demands, offers or rejects") { s, _ in .text(s.content) },
            Field("channel", .text, "press conference, X, phone call...") { s, _ in .text(s.channel) },
            Field("mode", .text, "done, offered or behind the scenes") { s, _ in .text(s.mode.rawValue) },
            Field("quote", .text, "the words quoted, if any") { s, _ in .text(s.quote) },
            Field("answers", .integer, "the statement this one answers") { s, _ in .integer(s.answers) },
            Field("date", .date, "when") { s, _ in .date(s.date) },
            Field(actor: "reported_by", "who relays it, when the report has it second hand") { s, _ in .one(s.reportedBy) },
        ]

    private static let sourceFields: [Field<Source>] = [
        Field("id", .text, "the source's id") { s, _ in .text(s.id) },
        Field("outlet", .text, "who published it") { s, _ in .text(s.outlet) },
        Field("date", .date, "when it was published") { s, _ in .date(s.date) },
        Field("title", .text, "its headline") { s, _ in .text(s.title) },
        Field("wire_inputs", .list, "wire services it carries") { s, _ in .list(s.wireInputs.map(Value.text)) },
        Field("url", .text, "where it can be read") { s, _ in .text(s.url) },
    ]

    /// `source`, `paragraph` and `excerpt`: where a record was reported, for filtering by it.
    private static func provenanceFields<Record>(_ refs: @escaping @Sendable (RecordRef<Record>) -> [SourceRef])
        -> [Field<Record>]
    {
        [
            Field("source", .list, "the sources that report it") { r, _ in .sourceIDs(refs(r)) },
            Field("paragraph", .list, "the paragraphs that report it (0 is the headline)") { r, _ in
                .list(refs(r).map { .integer($0.paragraph) })
            },
            Field("excerpt", .list, "the words that carry it") { r, _ in .list(refs(r).map { .text($0.excerpt) }) },
        ]
    }
}
