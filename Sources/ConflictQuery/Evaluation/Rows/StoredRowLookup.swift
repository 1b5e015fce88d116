import ConflictModel

/// `show event` and `show claim` of a store's row: the model's entries with that one row and what
/// it needs beside them (an event's figures, a claim's event), which `Description` then shows as it
/// shows an entry. Making the whole store into entries for one row would take a minute at a
/// million rows.
struct StoredRowLookup {
    let model: ConflictModel
    let rows: StoredRows

    init(_ model: ConflictModel, _ rows: StoredRows) {
        self.model = model
        self.rows = rows
    }

    /// The few entries to show `id` from; nil when an entry is the one asked for and its answer
    /// may take in rows (a conflict's figures are its rows'), which the whole model must give.
    func model(_ entity: Entity, _ id: String) -> ConflictModel? {
        switch entity {
        case .events:
            let key = ConflictModel.nameKey(id)
            if model.events.contains(where: { $0.id == key || ConflictModel.nameKey($0.name) == key }) { return nil }
            guard let event = (0..<rows.eventCount).first(where: { event in
                rows.text(.id, ofEvent: event) == key || ConflictModel.nameKey(rows.text(.name, ofEvent: event) ?? "") == key
            }) else { return entriesAlone }
            return with(event: event, claims: Array(rows.claims(ofEvent: event)))
        case .claims:
            guard let number = Int(id) else { return entriesAlone }
            if let claim = model.claim(id: number) {
                let event = claim.event.flatMap { wanted in (0..<rows.eventCount).first { rows.text(.id, ofEvent: $0) == wanted } }
                return event.map { with(event: $0, claims: []) } ?? entriesAlone
            }
            guard let claim = (0..<rows.claimCount).first(where: { rows.id(ofClaim: $0) == number }) else { return entriesAlone }
            return with(event: rows.event(ofClaim: claim), claims: [claim])
        case .statements, .quotes, .sources:
            return entriesAlone
        case .actors:
            // An actor is shown with the figures and events it is in, rows among them.
            return nil
        }
    }

    /// What `show` lists or suggests of the rows when the one asked for is not there: their
    /// events' ids and names, their claims' numbers.
    func candidates(_ entity: Entity) -> [String] {
        switch entity {
        case .events: return (0..<rows.eventCount).flatMap { [rows.text(.id, ofEvent: $0) ?? "", rows.text(.name, ofEvent: $0) ?? ""] }
        case .claims: return (0..<rows.claimCount).map { String(rows.id(ofClaim: $0)) }
        case .actors, .statements, .quotes, .sources: return []
        }
    }

    /// The entries without the rows: what a row that is not there is looked for in, so that the
    /// error names what the entries have.
    private var entriesAlone: ConflictModel {
        ConflictModel(
            vocabulary: model.vocabulary, sources: model.sources, actors: model.actors, events: model.events, claims: model.claims,
            statements: model.statements)
    }

    private func with(event: Int, claims: [Int]) -> ConflictModel {
        ConflictModel(
            vocabulary: model.vocabulary, sources: model.sources, actors: model.actors, events: model.events + [rows.event(event)],
            claims: model.claims + claims.map(rows.claim), statements: model.statements)
    }
}
