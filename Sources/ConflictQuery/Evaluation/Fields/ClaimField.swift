import ConflictModel

/// The fields of `claims`. A new one is a compile error until `field` says how to read it.
enum ClaimField: String, CaseIterable {
    case id, event, country, year, dataset, measure, counted, unit, party, value, qualifier, low, high, claimant, stance, side
    case asOf = "as_of"
    case since, reported
    case runningTotal = "running_total"
    case note
    case partOf = "part_of"
    case source, paragraph, excerpt

    /// A claim about an air strike is about the operation the strike is part of: the events named,
    /// with their parts at any depth, found once for the query.
    private static func eventOrWhole(_ wanted: [String], _ model: ConflictModel) -> @Sendable (RecordRef<Claim>) -> Bool {
        let named = model.events.filter { wanted.contains(ConflictModel.nameKey($0.name)) || wanted.contains($0.id) }
        let events = model.eventsAndParts(Set(named.map(\.id)))
        return { claim in claim.event.map(events.contains) ?? false }
    }

    var field: Field<Claim> {
        switch self {
        case .id: return Field(rawValue, .integer, "the claim's number") { c, _ in .integer(c.id) }
        case .event:
            var field = Field<Claim>(rawValue, .text, "the event the figure is about; an operation takes in its strikes") {
                c, m in .text(c.event.map { m.event(id: $0)?.name ?? $0 })
            }
            field.matching = Self.eventOrWhole
            return field
        // A data set's figures are counted by place and year: the claim's event says both.
        case .country:
            return Field(rawValue, .text, "the country of the event it is about (a data set's)") { c, m in
                .text(c.event.flatMap { m.event(id: $0, \.country) ?? nil })
            }
        case .year:
            return Field(rawValue, .integer, "the year of the event it is about") { c, m in
                .integer(c.event.flatMap { m.event(id: $0, \.date)??.year })
            }
        case .dataset:
            return Field(rawValue, .text, "the data set its event was imported from (UCDP GED, ACLED, GDELT)") { c, m in
                .text(c.event.flatMap { m.event(id: $0, \.record)??.dataset })
            }
        case .measure:
            return Field(rawValue, .text, "killed, injured, destroyed... (see: measures)") { c, _ in .text(c.measure) }
        case .counted: return Field(rawValue, .text, "what was counted, in the report's words") { c, _ in .text(c.counted) }
        case .unit:
            return Field(rawValue, .text, "what the figure counts in: people, posts, vehicles... (see: units)") { c, _ in
                .text(c.unit)
            }
        case .party: return Field(actor: rawValue, "whose side the figure counts") { c, _ in .one(c.party) }
        case .value: return Field(rawValue, .quantity, "the figure with its qualifier") { c, _ in .quantity(c.quantity) }
        case .qualifier:
            return Field(rawValue, .text, "exact, approximately, nearly, more than... (see: qualifiers)") { c, _ in
                .text(c.quantity.qualifier.rawValue)
            }
        case .low:
            return Field(rawValue, .number, "the lowest value the qualifier allows") { c, _ in .number(c.quantity.low) }
        case .high:
            // Unbounded is infinity, not a missing value: `high > 100` is true of "more than 450".
            return Field(rawValue, .number, "the highest value the qualifier allows; ∞ when unbounded") { c, _ in
                .number(c.quantity.high ?? .infinity)
            }
        case .claimant: return Field(actor: rawValue, "who states the figure") { c, _ in .one(c.claimant) }
        case .stance:
            return Field(rawValue, .text, "asserted, alleged (an accusation) or denied") { c, _ in .text(c.stance.rawValue) }
        case .side:
            return Field(actor: rawValue, "the state or body the claimant speaks for") { c, m in .one(m.side(of: c.claimant)) }
        case .asOf:
            return Field(rawValue, .date, "when the figure holds (a date, and a time if the report gives one)") { c, _ in
                .date(c.asOf)
            }
        case .since:
            return Field(rawValue, .date, "the first day a running total covers, if the report says") { c, _ in
                .date(c.since)
            }
        case .reported:
            return Field(rawValue, .date, "when it was first published: the earliest date of its sources") { c, m in
                .date(m.firstReported(c.sources))
            }
        case .runningTotal:
            return Field(rawValue, .bool, "a total so far, revised by later ones rather than added to") { c, _ in
                .bool(c.runningTotal)
            }
        case .note: return Field(rawValue, .text, "a remark on the claim") { c, _ in .text(c.note) }
        case .partOf:
            return Field(rawValue, .integer, "the total it is a part of, when it is one of a breakdown") { c, _ in
                .integer(c.partOf)
            }
        case .source, .paragraph, .excerpt:
            return FieldCatalog.provenanceField(rawValue) { (r: RecordRef<Claim>) in r.sources }
        }
    }
}
