import ConflictModel

/// `show` and `describe` on a store: the model's entries with the few rows the answer rests on (a
/// row with its figures, a claim's event, an actor's rows, a conflict's rows), which `Description`
/// then shows as it shows entries. Making the whole store into entries for them would take a
/// minute at a million rows.
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

    /// The few entries `describe NAME` needs: for an actor, the rows it is in (events it carried
    /// out or was the target of, figures it claimed or that count its side, it or anyone under
    /// it); for an event, the rows part of it, with their figures; for an act or a source, none.
    /// Nil for a measure, whose description lists every figure of it.
    func model(describing name: String) -> ConflictModel? {
        if let actor = model.actors(named: name).first {
            let members = model.members(of: actor.id).ids
            let places = rows.actorPlaces(of: members)
            let events = (0..<rows.eventCount).filter {
                rows.holdsActor(.initiators, ofEvent: $0, in: places) || rows.holdsActor(.targets, ofEvent: $0, in: places)
            }
            let claims = (0..<rows.claimCount).filter {
                places.contains(rows.place(.claimant, ofClaim: $0)) || places.contains(rows.place(.party, ofClaim: $0))
            }
            return with(events: events, claims: claims)
        }
        let key = ConflictModel.nameKey(name)
        if let event = model.events.first(where: { ConflictModel.nameKey($0.name) == key || $0.id == key }) {
            let wholes = model.eventsAndParts([event.id])
            let parts = (0..<rows.eventCount).filter { rows.text(.partOf, ofEvent: $0).map(wholes.contains) ?? false }
            return with(events: parts, claims: parts.flatMap { Array(rows.claims(ofEvent: $0)) })
        }
        if let event = (0..<rows.eventCount).first(where: {
            rows.text(.id, ofEvent: $0) == key || ConflictModel.nameKey(rows.text(.name, ofEvent: $0) ?? "") == key
        }) {
            return with(event: event, claims: Array(rows.claims(ofEvent: event)))
        }
        return model.vocabulary.measure(key) == nil ? entriesAlone : nil
    }

    /// The names of the rows' events, which `describe` suggests from when nothing is called so.
    func eventNames() -> [String] { (0..<rows.eventCount).compactMap { rows.text(.name, ofEvent: $0) } }

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

    private func with(event: Int, claims: [Int]) -> ConflictModel { with(events: [event], claims: claims) }

    private func with(events: [Int], claims: [Int]) -> ConflictModel {
        ConflictModel(
            vocabulary: model.vocabulary, sources: model.sources, actors: model.actors, events: model.events + events.map(rows.event),
            claims: model.claims + claims.map(rows.claim), statements: model.statements)
    }
}
