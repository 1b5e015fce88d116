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

    /// Words that name no field of an entity but that users reach for, with what to use instead.
    static let hints: [Entity: [String: String]] = [
        .claims: [
            "date": "a claim's figure holds as_of a time, which is not when it was published: that is reported, "
                + "the date of its earliest source"
        ]
    ]

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
            listed: [ActorField.id, .name, .kind, .role, .represents].map(\.field), provenance: \.sources)
    }

    static func events(_ model: ConflictModel) -> RecordSet<Event> {
        RecordSet(
            entity: .events, records: model.events, fields: eventFields,
            listed: [EventField.id, .name, .kind, .initiator, .target, .status, .partOf].map(\.field),
            provenance: \.sources)
    }

    static func claims(_ model: ConflictModel) -> RecordSet<Claim> {
        RecordSet(
            entity: .claims, records: model.claims, fields: claimFields,
            listed: [ClaimField.id, .measure, .value, .unit, .counted, .party, .claimant, .stance, .asOf].map(\.field),
            provenance: \.sources, saidBy: ClaimField.claimant.field,
            interval: (ClaimField.low.field, ClaimField.high.field))
    }

    static func statements(_ model: ConflictModel, quotesOnly: Bool = false) -> RecordSet<Statement> {
        if quotesOnly {
            return RecordSet(
                entity: .quotes, records: model.statements.filter { $0.quote != nil }, fields: statementFields,
                listed: [StatementField.id, .speaker, .quote, .channel, .mode].map(\.field), provenance: \.sources,
                saidBy: StatementField.speaker.field)
        }
        return RecordSet(
            entity: .statements, records: model.statements, fields: statementFields,
            listed: [StatementField.id, .speaker, .act, .target, .participant, .content, .channel, .mode].map(\.field),
            provenance: \.sources, saidBy: StatementField.speaker.field)
    }

    static func sources(_ model: ConflictModel) -> RecordSet<Source> {
        RecordSet(
            entity: .sources, records: model.sources, fields: sourceFields,
            listed: [SourceField.id, .outlet, .date, .wireInputs, .title].map(\.field), provenance: { _ in [] })
    }

    private static let actorFields = ActorField.allCases.map(\.field)
    private static let eventFields = EventField.allCases.map(\.field)
    private static let claimFields = ClaimField.allCases.map(\.field)
    private static let statementFields = StatementField.allCases.map(\.field)
    private static let sourceFields = SourceField.allCases.map(\.field)

    /// `source`, `paragraph` and `excerpt`: where a record was reported, for filtering by it.
    static func provenanceField<Record>(_ name: String, _ refs: @escaping @Sendable (RecordRef<Record>) -> [SourceRef])
        -> Field<Record>
    {
        switch name {
        case "source": return Field(name, .list, "the sources that report it") { r, _ in .sourceIDs(refs(r)) }
        case "paragraph":
            return Field(name, .list, "the paragraphs that report it (0 is the headline)") { r, _ in
                .list(refs(r).map { .integer($0.paragraph) })
            }
        default: return Field(name, .list, "the words that carry it") { r, _ in .list(refs(r).map { .text($0.excerpt) }) }
        }
    }
}
