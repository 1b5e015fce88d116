import ConflictModel

/// The fields of `events`. A new one is a compile error until `field` says how to read it.
enum EventField: String, CaseIterable {
    case id, name, kind, initiator, target, date
    case dateNote = "date_note"
    case place
    case partOf = "part_of"
    case status
    case allegedBy = "alleged_by"
    case source, paragraph, excerpt

    var field: Field<Event> {
        switch self {
        case .id: return Field(rawValue, .text, "the event's id") { e, _ in .text(e.id) }
        case .name: return Field(rawValue, .text, "the event's name", alsoKnownAs: { e, _ in [e.id] }) { e, _ in .text(e.name) }
        case .kind:
            return Field(rawValue, .text, "conflict, operation, attack, air strike, clash or other") { e, _ in
                .text(e.kind.rawValue)
            }
        case .initiator: return Field(actor: rawValue, "who carried it out") { e, _ in .many(e.initiators) }
        case .target: return Field(actor: rawValue, "against whom") { e, _ in .many(e.targets) }
        case .date: return Field(rawValue, .date, "when, to the day, month or year") { e, _ in .date(e.date) }
        case .dateNote: return Field(rawValue, .text, "what the report says of the date") { e, _ in .text(e.dateNote) }
        case .place: return Field(rawValue, .text, "where") { e, _ in .text(e.place) }
        case .partOf:
            return Field(
                rawValue, .text, "the larger event it belongs to", alsoKnownAs: { e, _ in e.partOf.map { [$0] } ?? [] }
            ) { e, m in .text(e.partOf.map { m.event(id: $0)?.name ?? $0 }) }
        case .status: return Field(rawValue, .text, "asserted, or only alleged") { e, _ in .text(e.status.rawValue) }
        case .allegedBy: return Field(actor: rawValue, "who alleges it") { e, _ in .one(e.allegedBy) }
        case .source, .paragraph, .excerpt:
            return FieldCatalog.provenanceField(rawValue) { (r: RecordRef<Event>) in r.sources }
        }
    }
}
