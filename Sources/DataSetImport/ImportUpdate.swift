import ConflictModel

/// A newer import of a data set brought into an earlier one: a row the new files give again
/// replaces the old row's event and figures (a revision), a new row is added, and, when the new
/// files are the data set's whole release, an old row they no longer give is removed (the data
/// set deleted it). Nothing of the old file that is not of this data set is touched.
public struct ImportUpdate {
    public let model: ConflictModel
    public let revised: Int
    public let removed: Int
    public let added: Int

    public init(_ old: ConflictModel, with new: DataSetImporter.Result, kind: DataSetImporter.Kind, wholeRelease: Bool) {
        let dataset = kind.dataset
        // A row's event (never a conflict, which is the larger event rows are part of) or
        // statement, by the data set's id of the row.
        func row(_ event: Event) -> String? { event.record?.dataset == dataset && event.kind != .conflict ? event.record?.id : nil }
        func row(_ statement: Statement) -> String? { statement.record?.dataset == dataset ? statement.record?.id : nil }
        let newRows = Set(new.model.events.compactMap(row) + new.model.statements.compactMap(row))
        let oldRows = Set(old.events.compactMap(row) + old.statements.compactMap(row))
        // An old row goes when the new files give it again, or, for a whole release, always.
        func goes(_ id: String?) -> Bool { id.map { wholeRelease || newRows.contains($0) } ?? false }
        let goneEvents = Set(old.events.filter { goes(row($0)) }.map(\.id))
        let keptEvents = old.events.filter { !goneEvents.contains($0.id) }
        let keptIDs = Set(keptEvents.map(\.id))
        // The larger events (UCDP's conflicts) are kept once each, the new ones after them.
        let events = keptEvents + new.model.events.filter { !keptIDs.contains($0.id) }
        let claims = old.claims.filter { !($0.event.map(goneEvents.contains) ?? false) } + new.model.claims
        let statements = old.statements.filter { !goes(row($0)) } + new.model.statements
        model = ConflictModel(
            vocabulary: Self.union(old.vocabulary, new.model.vocabulary),
            sources: Self.union(old.sources, new.model.sources, id: \.id),
            actors: Self.union(old.actors, new.model.actors, id: \.id),
            events: events, claims: claims, statements: statements)
        revised = oldRows.intersection(newRows).count
        removed = wholeRelease ? oldRows.subtracting(newRows).count : 0
        added = newRows.subtracting(oldRows).count
    }

    private static func union<Value>(_ old: [Value], _ new: [Value], id: (Value) -> String) -> [Value] {
        let ids = Set(old.map(id))
        return old + new.filter { !ids.contains(id($0)) }
    }

    private static func union(_ old: Vocabulary, _ new: Vocabulary) -> Vocabulary {
        Vocabulary(
            units: union(old.units, new.units, id: \.id), measures: union(old.measures, new.measures, id: \.id),
            acts: union(old.acts, new.acts, id: \.id), cameoVersion: old.cameoVersion)
    }
}
