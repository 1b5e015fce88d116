import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import SQLExport
import TestSupport
import Testing

/// Random models and random queries over them (`RandomModel`, `RandomQuery`), each query asked
/// of the built-in evaluator and of an engine: answers, errors and the first rows' sources must
/// be the same, or the compiler must say it does not translate the query. Seeds are fixed, so a
/// disagreement replays; each one found became a test of its own (`FoundDisagreementsTests`).
@Suite(.serialized) struct RandomDifferentialTests {
    /// Models and queries a model, for each engine: SQLite's client is the quickest to start.
    /// `CONFLICTQ_RANDOM_MODELS=N` asks N models of each engine instead, for a longer hunt by hand
    /// (a compiler with `>` read as `>=` took about 2,000 queries to be caught).
    static let rounds: [SQLDialect: (models: Int, queries: Int)] = {
        let asked = ProcessInfo.processInfo.environment["CONFLICTQ_RANDOM_MODELS"].flatMap { Int($0) }
        if let asked { return [.sqlite: (asked, 60), .duckdb: (asked, 60), .postgres: (asked, 60)] }
        return [.sqlite: (24, 40), .duckdb: (8, 30), .postgres: (8, 30)]
    }()

    @Test(arguments: SQLDialect.allCases)
    func randomQueriesOnRandomModelsHaveTheSameAnswers(_ dialect: SQLDialect) throws {
        let (models, queriesEach) = Self.rounds[dialect]!
        let server = dialect == .postgres ? try PostgresServer() : nil
        let folder = try TemporaryDirectory()
        var asked = 0
        var refused = 0
        var skipped = 0
        var disagreements: [String] = []
        for seed in 1...UInt64(models) {
            var maker = RandomModel(seed: seed)
            let path = folder.file("random-\(seed).yaml")
            try maker.file().write(toFile: path, atomically: true, encoding: .utf8)
            guard let model = try? ModelFiles.load([path]) else {
                skipped += 1
                continue
            }
            let loaded = try LoadedEngine(dialect, model, server: server, database: "random\(seed)")
            let builtin = QueryEngine(model: model)
            let engine = try loaded.queryEngine()
            var queries = RandomQuery(seed: seed &* 7_919)
            for _ in 0..<queriesEach {
                let query = queries.next()
                asked += 1
                let expected = Answer(query, on: builtin, rows: 2)
                let got = Answer(query, on: engine, rows: 2)
                if ProcessInfo.processInfo.environment["CONFLICTQ_SHOW_RANDOM"] != nil { print("Q \(query)\n\(got.text)\n") }
                if got.isRefusal {
                    refused += 1
                    continue
                }
                if let difference = Answer.difference(expected, got, engine: dialect.engineName) {
                    disagreements.append("seed \(seed): \(query)\n\(difference)")
                }
            }
        }
        print("\(dialect.engineName): \(asked) random queries, \(refused) refused, \(disagreements.count) disagreements; \(skipped) models refused by the loader")
        #expect(skipped < models / 4, "most random models must load")
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.prefix(6).joined(separator: "\n\n"))")
        #expect(refused * 4 < asked, "most random queries must be compiled")
    }
}

