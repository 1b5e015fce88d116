import ConflictModel

/// The fields of stored events read from their columns. Each gives the value `EventField` gives
/// of the same event made whole (the differential tests hold them to it); a field left out here
/// is read from the event made whole.
enum StoredEventFields {
    static func reader(_ field: EventField) -> StoredReader? {
        func text(_ column: StoredRows.EventText) -> StoredReader {
            StoredReader(
                value: { index, model in .text(model.rows!.text(column, ofEvent: index)) },
                place: { index, model in model.rows!.place(column, ofEvent: index) })
        }
        func actors(_ list: StoredRows.EventList) -> StoredReader {
            var reader = StoredReader(value: nil, actorIDs: { index, model in .many(model.rows!.actorIDs(list, ofEvent: index)) })
            reader.idsMatch = { ids, model in
                let rows = model.rows!
                let wanted = rows.actorPlaces(of: ids)
                return { index in rows.holdsActor(list, ofEvent: index, in: wanted) }
            }
            return reader
        }
        switch field {
        case .id: return text(.id)
        case .name:
            var reader = text(.name)
            reader.alsoKnownAs = { index, model in [model.rows!.text(.id, ofEvent: index) ?? ""] }
            return reader
        case .kind: return text(.kind)
        case .initiator: return actors(.initiators)
        case .target: return actors(.targets)
        case .side: return actors(.sides)
        case .date: return StoredReader(value: { index, model in .date(model.rows!.date(.date, ofEvent: index)) })
        case .year: return StoredReader(value: { index, model in .integer(model.rows!.year(ofEvent: index)) })
        case .dateEnd: return StoredReader(value: { index, model in .date(model.rows!.date(.dateEnd, ofEvent: index)) })
        case .dateNote: return text(.dateNote)
        case .place: return text(.place)
        case .country: return text(.country)
        case .placePrecision: return text(.placePrecision)
        case .category: return text(.category)
        case .subcategory: return text(.subcategory)
        case .status: return text(.status)
        case .dataset: return text(.dataset)
        case .release: return text(.release)
        case .record: return text(.record)
        case .allegedBy:
            return StoredReader(value: nil, actorIDs: { index, model in .one(model.rows!.text(.allegedBy, ofEvent: index)) })
        case .partOf:
            return StoredReader(
                value: { index, model in .text(model.rows!.text(.partOf, ofEvent: index).map { model.event(id: $0, \.name) ?? $0 }) },
                alsoKnownAs: { index, model in model.rows!.text(.partOf, ofEvent: index).map { [$0] } ?? [] })
        case .latitude, .longitude:
            return StoredReader(value: { index, model in
                guard let place = model.rows!.coordinates(ofEvent: index) else { return .null }
                return .number(field == .latitude ? place.latitude : place.longitude)
            })
        case .source, .paragraph, .excerpt: return nil
        }
    }
}

/// The fields of stored claims read from their columns, as `StoredEventFields`.
enum StoredClaimFields {
    static func reader(_ field: ClaimField) -> StoredReader? {
        func text(_ column: StoredRows.ClaimText) -> StoredReader {
            StoredReader(
                value: { index, model in .text(model.rows!.text(column, ofClaim: index)) },
                place: { index, model in model.rows!.place(column, ofClaim: index) })
        }
        // A text of the event the claim is about.
        func ofEvent(_ column: StoredRows.EventText) -> StoredReader {
            StoredReader(
                value: { index, model in
                    let rows = model.rows!
                    return .text(rows.text(column, ofEvent: rows.event(ofClaim: index)))
                },
                place: { index, model in
                    let rows = model.rows!
                    return rows.place(column, ofEvent: rows.event(ofClaim: index))
                })
        }
        switch field {
        case .id: return StoredReader(value: { index, model in .integer(model.rows!.id(ofClaim: index)) })
        case .event:
            var reader = ofEvent(.name)
            reader.matching = eventOrWhole
            return reader
        case .country: return ofEvent(.country)
        case .year:
            return StoredReader(value: { index, model in
                let rows = model.rows!
                return .integer(rows.year(ofEvent: rows.event(ofClaim: index)))
            })
        case .dataset: return ofEvent(.dataset)
        case .measure: return text(.measure)
        case .counted: return text(.counted)
        case .unit: return text(.unit)
        case .party, .claimant:
            let column: StoredRows.ClaimText = field == .party ? .party : .claimant
            var reader = StoredReader(value: nil, actorIDs: { index, model in .one(model.rows!.text(column, ofClaim: index)) })
            reader.idsMatch = { ids, model in
                let rows = model.rows!
                let wanted = rows.actorPlaces(of: ids)
                return { index in wanted.contains(rows.place(column, ofClaim: index)) }
            }
            return reader
        case .side:
            return StoredReader(value: nil, actorIDs: { index, model in
                .one(model.rows!.text(.claimant, ofClaim: index).map(model.side(of:)))
            })
        case .value: return StoredReader(value: { index, model in .quantity(model.rows!.quantity(ofClaim: index)) })
        case .qualifier:
            return StoredReader(value: { index, model in .text(model.rows!.qualifier(ofClaim: index).rawValue) })
        case .low: return StoredReader(value: { index, model in .number(model.rows!.quantity(ofClaim: index).low) })
        case .high: return StoredReader(value: { index, model in .number(model.rows!.quantity(ofClaim: index).high ?? .infinity) })
        case .stance: return StoredReader(value: { index, model in .text(model.rows!.stance(ofClaim: index).rawValue) })
        case .asOf: return StoredReader(value: { index, model in .date(model.rows!.date(.asOf, ofClaim: index)) })
        case .since: return StoredReader(value: { index, model in .date(model.rows!.date(.since, ofClaim: index)) })
        case .runningTotal: return StoredReader(value: { _, _ in .bool(false) })
        case .note: return text(.note)
        case .partOf: return StoredReader(value: { index, model in .integer(model.rows!.partOf(ofClaim: index)) })
        case .reported, .source, .paragraph, .excerpt: return nil
        }
    }

    /// `event = X` of stored claims, as `ClaimField.event` tests entries: the events named (by
    /// name or id), entries or rows, with their parts; a stored event is part of an entry, never
    /// the other way round.
    private static func eventOrWhole(_ wanted: [String], _ model: ConflictModel) -> @Sendable (Int) -> Bool {
        let rows = model.rows!
        let named = model.events.filter { wanted.contains(ConflictModel.nameKey($0.name)) || wanted.contains($0.id) }
        let wholes = model.eventsAndParts(Set(named.map(\.id)))
        var chosen = [Bool](repeating: false, count: rows.eventCount)
        for event in 0..<rows.eventCount {
            if let whole = rows.text(.partOf, ofEvent: event), wholes.contains(whole) {
                chosen[event] = true
            } else if let id = rows.text(.id, ofEvent: event), wanted.contains(id) {
                chosen[event] = true
            } else if wanted.contains(ConflictModel.nameKey(rows.text(.name, ofEvent: event) ?? "")) {
                chosen[event] = true
            }
        }
        return { [chosen] index in chosen[rows.event(ofClaim: index)] }
    }
}
