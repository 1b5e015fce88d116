import ConflictDiagnostics
import ConflictModel
import SQLExport

/// `units`, `measures`, `acts`, `entities` and `values of FIELD`, counted by the engine with one
/// grouped statement each, then laid out by `DiscoveryAnswers` as the built-in lays them out.
/// `fields` and `qualifiers` are the language's own and ask the engine nothing.
struct SQLDiscovery {
    let context: SQLQueryContext

    func compile(_ discovery: Discovery) throws(Diagnostic) -> CompiledQuery {
        let catalog = context.catalog
        func answer(_ sql: String?, _ count: @escaping ([[String?]]) -> DiscoveryCounts) -> CompiledQuery {
            CompiledQuery(sql: sql) { (rows, _) throws(Diagnostic) in
                try DiscoveryAnswers(model: catalog, counts: count(rows)).answer(discovery)
            }
        }
        switch discovery {
        case .units:
            return answer("SELECT unit, COUNT(*) FROM claims GROUP BY unit") { Self.counts($0, into: \.claimsPerUnit) }
        case .measures:
            return answer("SELECT measure, COUNT(*) FROM claims GROUP BY measure") { Self.counts($0, into: \.claimsPerMeasure) }
        case .acts:
            return answer("SELECT act, COUNT(*) FROM statements GROUP BY act") { Self.counts($0, into: \.statementsPerAct) }
        case .entities:
            let counted: [(Entity, String)] = [
                (.actors, "actors"), (.events, "events"), (.claims, "claims"), (.statements, "statements"),
                (.quotes, "statements WHERE quote IS NOT NULL"), (.sources, "sources"),
            ]
            let sql = "SELECT " + counted.map { "(SELECT COUNT(*) FROM \($0.1))" }.joined(separator: ", ")
            return answer(sql) { rows in
                var counts = DiscoveryCounts()
                for (index, (entity, _)) in counted.enumerated() {
                    counts.records[entity] = rows.first.flatMap { index < $0.count ? $0[index] : nil }.flatMap { Int($0) } ?? 0
                }
                return counts
            }
        case .qualifiers, .fields:
            return answer(nil) { _ in DiscoveryCounts() }
        case .values(let name, let entity):
            // Checked before compiling: one of the entities searched has the field.
            let searched = entity.map { [$0] } ?? [.claims, .statements, .events, .actors, .sources]
            guard let holder = searched.first(where: { DiscoveryAnswers.hasField(name, $0, catalog) }) else {
                // A query is checked before it is compiled; completion asks only of fields there are.
                throw Diagnostic("no \(entity?.rawValue ?? "entity") has a field \"\(name.text)\"", at: name.range)
            }
            let table = SQLEntity(holder, dialect: context.dialect, catalog: catalog)
            guard let field = table.field(name.text) else { throw SQLCompiler.notCompiled("values of \(name.text)", at: name.range) }
            let cells = field.cells(context.dialect)
            let columns = cells.indices.map { "v\($0 + 1)" }
            let picked = zip(cells, columns).map { "\($0) AS \($1)" }.joined(separator: ", ")
            let sql =
                "SELECT \(columns.joined(separator: ", ")), COUNT(*) FROM (SELECT \(picked) FROM \(table.tables)"
                + (table.rowFilter.map { " WHERE \($0)" } ?? "") + ") t GROUP BY \(columns.joined(separator: ", "))"
            return answer(sql) { rows in
                var tally: [Value: Int] = [:]
                for row in rows where row.count == cells.count + 1 {
                    let times = row[cells.count].flatMap { Int($0) } ?? 0
                    for (value, count) in DiscoveryCounts.tally([field.value(row[..<cells.count], catalog: catalog)]) {
                        tally[value, default: 0] += count * times
                    }
                }
                var counts = DiscoveryCounts()
                counts.values = { _, _ in tally }
                return counts
            }
        }
    }

    /// A `key, COUNT(*)` statement's rows as counts by key.
    private static func counts(_ rows: [[String?]], into place: WritableKeyPath<DiscoveryCounts, [String: Int]>) -> DiscoveryCounts {
        var counts = DiscoveryCounts()
        for row in rows where row.count == 2 { counts[keyPath: place][row[0] ?? "", default: 0] += row[1].flatMap { Int($0) } ?? 0 }
        return counts
    }
}
