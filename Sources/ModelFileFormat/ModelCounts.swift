import ConflictModel
/// How many entries of each kind a model holds: what `--check` says of a good file, and what the
/// shell says of the model it starts with.
struct ModelCounts: CustomStringConvertible {
    var sources: Int
    var actors: Int
    var events: Int
    var claims: Int
    var statements: Int
    var units: Int
    var measures: Int
    var acts: Int

    /// "1 source, 30 actors, 4 events, 8 claims, 17 statements, 5 units, 7 measures, 11 acts"
    var description: String {
        [
            (sources, "source"), (actors, "actor"), (events, "event"), (claims, "claim"),
            (statements, "statement"), (units, "unit"), (measures, "measure"), (acts, "act"),
        ]
        .map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
        .joined(separator: ", ")
    }
}

extension ConflictModel {
    /// How many entries of each kind the model holds: "1 source, 30 actors, 4 events, ...".
    public var countsDescription: String {
        ModelCounts(
            sources: sources.count, actors: actors.count, events: events.count, claims: claims.count,
            statements: statements.count, units: vocabulary.units.count, measures: vocabulary.measures.count,
            acts: vocabulary.acts.count
        ).description
    }
}
