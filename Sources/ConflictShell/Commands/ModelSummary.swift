import ConflictModel
import ConflictQuery

/// The tables `.model` and `.sources` print: what is loaded, made from the model itself so that
/// they work whatever the language can do.
enum ModelSummary {
    /// The files loaded (`builtin` for the built-in model) and how many things of each kind there are.
    static func overview(of model: ConflictModel, loadedFrom paths: [String]) -> [ResultTable] {
        let counts: [(String, Int)] = [
            ("sources", model.sources.count),
            ("actors", model.actors.count),
            ("events", model.eventCount),
            ("claims", model.claimCount),
            ("statements", model.statements.count),
            ("measures", model.vocabulary.measures.count),
            ("acts", model.vocabulary.acts.count),
        ]
        let countTable = ResultTable(
            title: "Model loaded from " + paths.joined(separator: ", "),
            columns: [ResultTable.Column("kind", .text), ResultTable.Column("count", .integer)],
            rows: counts.map { ResultTable.Row([.text($0.0), .integer($0.1)]) })
        return [countTable, sources(of: model)]
    }

    /// One row per report: its id, outlet, date, title and wire inputs, and how many facts come from it.
    static func sources(of model: ConflictModel) -> ResultTable {
        var factCounts: [String: Int] = [:]
        let references =
            model.claims.flatMap(\.sources) + model.statements.flatMap(\.sources)
            + model.events.flatMap(\.sources) + model.actors.flatMap(\.sources)
        for reference in references { factCounts[reference.source, default: 0] += 1 }
        for (source, count) in model.rows?.referencesBySource() ?? [:] { factCounts[source, default: 0] += count }
        return ResultTable(
            title: "Sources",
            columns: [
                ResultTable.Column("id", .text), ResultTable.Column("outlet", .text),
                ResultTable.Column("date", .date), ResultTable.Column("title", .text),
                ResultTable.Column("wire inputs", .list), ResultTable.Column("references", .integer),
            ],
            rows: model.sources.map { source in
                ResultTable.Row([
                    .text(source.id), .text(source.outlet), .date(source.date), .text(source.title),
                    .list(source.wireInputs.map(Value.text)), .integer(factCounts[source.id] ?? 0),
                ])
            },
            notes: model.sources.isEmpty ? ["the model names no sources"] : [])
    }
}
