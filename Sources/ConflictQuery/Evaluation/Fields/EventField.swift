import ConflictModel

/// The fields of `events`. A new one is a compile error until `field` says how to read it.
enum EventField: String, CaseIterable {
    case id, name, kind, initiator, target, side, date, year
    case dateEnd = "date_end"
    case dateNote = "date_note"
    case place, country, latitude, longitude
    case placePrecision = "place_precision"
    case partOf = "part_of"
    case status
    case allegedBy = "alleged_by"
    case category, subcategory, dataset, release, record
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
        case .side: return Field(actor: rawValue, "a side of a fight no one is said to have started") { e, _ in .many(e.sides) }
        case .date: return Field(rawValue, .date, "when, to the day, month or year") { e, _ in .date(e.date) }
        case .year: return Field(rawValue, .integer, "the year of its date, as data sets count events by") { e, _ in .integer(e.date?.year) }
        case .dateNote: return Field(rawValue, .text, "what the report says of the date") { e, _ in .text(e.dateNote) }
        case .place: return Field(rawValue, .text, "where") { e, _ in .text(e.place) }
        case .partOf:
            return Field(
                rawValue, .text, "the larger event it belongs to", alsoKnownAs: { e, _ in e.partOf.map { [$0] } ?? [] }
            ) { e, m in .text(e.partOf.map { m.event(id: $0)?.name ?? $0 }) }
        case .status: return Field(rawValue, .text, "asserted, or only alleged") { e, _ in .text(e.status.rawValue) }
        case .allegedBy: return Field(actor: rawValue, "who alleges it") { e, _ in .one(e.allegedBy) }
        case .dateEnd:
            return Field(rawValue, .date, "the last day of its date range, when it is known only to lie within one") { e, _ in
                .date(e.dateEnd)
            }
        case .country: return Field(rawValue, .text, "the country a data set places it in") { e, _ in .text(e.country) }
        case .latitude:
            return Field(rawValue, .number, "where, in degrees north") { e, _ in e.coordinates.map { .number($0.latitude) } ?? .null }
        case .longitude:
            return Field(rawValue, .number, "where, in degrees east") { e, _ in e.coordinates.map { .number($0.longitude) } ?? .null }
        case .placePrecision:
            return Field(rawValue, .text, "how precisely the place is known") { e, _ in .text(e.placePrecision) }
        case .category:
            return Field(rawValue, .text, "the data set's type of it (UCDP's type of violence, ACLED's event type)") { e, _ in
                .text(e.category)
            }
        case .subcategory:
            return Field(rawValue, .text, "the data set's sub-type of it (ACLED's sub-event type)") { e, _ in .text(e.subcategory) }
        case .dataset:
            return Field(rawValue, .text, "the data set it was imported from (UCDP GED, ACLED, GDELT)") { e, _ in
                .text(e.record?.dataset)
            }
        case .release: return Field(rawValue, .text, "the data set's release it came in") { e, _ in .text(e.record?.release) }
        case .record: return Field(rawValue, .text, "the data set's id of its row") { e, _ in .text(e.record?.id) }
        case .source, .paragraph, .excerpt:
            return FieldCatalog.provenanceField(rawValue) { (r: RecordRef<Event>) in r.sources }
        }
    }
}
