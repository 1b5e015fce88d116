import ConflictModel
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import SQLExport

/// Exports loaded into real engines with their own bulk loaders (sqlite3's `.import`, DuckDB's
/// COPY, psql's `\copy`), then asked in SQL what conflictq answers itself: every table's count,
/// how many claims each claimant makes, what each side's dead add up to, which values are NULL,
/// for model files and for a store.
/// The engines are real programs, installed when missing; none is mocked.
@Suite(.serialized) struct EngineRoundTripTests {
    static let models: [[String]] = [["builtin"], ["timeline"], [TestModels.ged]]

    /// The odd texts a CSV loader could get wrong, as actors' notes: id and note.
    static let awkwardNotes: [(String, String?)] = [
        ("a-empty", ""), ("b-marker", "\\N"), ("c-escaped-marker", "\\\\N"), ("d-none", nil),
        ("e-comma-quote", "says \"no\", twice"), ("f-lines", "two\nlines\r\nand a CR"), ("g-unicode", "غضب للحق, Ghazab lil-Haq — é"),
        ("h-n", "N"),
    ]

    @Test func sqliteLoadsEveryModelAsConflictqReadsIt() throws {
        try roundTrip(.sqlite) { _, folder in try FileDatabase.sqlite(in: folder) }
    }

    @Test func duckdbLoadsEveryModelAsConflictqReadsIt() throws {
        try roundTrip(.duckdb) { _, folder in try FileDatabase.duckdb(in: folder) }
    }

    @Test func postgresLoadsEveryModelAsConflictqReadsIt() throws {
        let server = try PostgresServer()
        try roundTrip(.postgres) { index, _ in try server.database("export\(index)") }
    }

    /// Exports each model with the binary, loads it, and checks it against the model.
    private func roundTrip(_ dialect: SQLDialect, database: (Int, TemporaryDirectory) throws -> any EngineDatabase) throws {
        let awkward = try TemporaryDirectory()
        try awkward.write(Self.awkwardModel(), to: "awkward.yaml")
        // The data set as a store too, whose rows are exported as they are read.
        try Data(ModelFiles.exportStore(TestModels.load([TestModels.ged]))).write(to: URL(fileURLWithPath: awkward.file("ged.cqstore")))
        for (index, paths) in (Self.models + [[awkward.file("awkward.yaml")], [awkward.file("ged.cqstore")]]).enumerated() {
            let folder = try TemporaryDirectory()
            let output = folder.file("export")
            let export = try BinaryRun.run(
                ["export", "--sql", dialect.rawValue, "--output", output] + paths.flatMap { ["--model", $0] })
            try #require(export.status == 0, "\(paths): \(export.stderr)")
            let engine = try database(index, folder)
            try engine.load(output)
            let model = try TestModels.load(paths).materialized()
            try checkCounts(engine, model, paths)
            try checkNulls(engine, model, paths)
            try checkClaimsByClaimant(engine, paths)
            if paths == [TestModels.ged] || paths == [awkward.file("ged.cqstore")] { try checkSumsOfParts(engine) }
            if paths == [awkward.file("awkward.yaml")] { try checkAwkwardNotes(engine) }
        }
    }

    private func checkCounts(_ engine: any EngineDatabase, _ model: ConflictModel, _ paths: [String]) throws {
        let sql = RelationalLayout.tables.map { "SELECT '\($0.name)', count(*) FROM \($0.name)" }.joined(separator: " UNION ALL ")
        let counts = Dictionary(uniqueKeysWithValues: try engine.query(sql).map { ($0[0], Int($0[1]) ?? -1) })
        #expect(counts.count == RelationalLayout.tables.count)
        let expected = TestModels.rowCounts(model)
        for (table, count) in expected { #expect(counts[table] == count, "\(paths) \(table)") }
        #expect(try engine.query("SELECT version FROM conflictq_schema") == [["\(RelationalLayout.version)"]])
    }

    private func checkNulls(_ engine: any EngineDatabase, _ model: ConflictModel, _ paths: [String]) throws {
        let answers = try engine.query(
            "SELECT (SELECT count(*) FROM claims WHERE high IS NULL), (SELECT count(*) FROM actors WHERE role IS NULL), "
                + "(SELECT count(*) FROM claims WHERE running_total), (SELECT count(*) FROM events WHERE date IS NULL), "
                + "(SELECT count(*) FROM claims WHERE part_of IS NULL)")
        let expected = [
            model.claims.filter { $0.quantity.high == nil }.count, model.actors.filter { $0.role == nil }.count,
            model.claims.filter(\.runningTotal).count, model.events.filter { $0.date == nil }.count,
            model.claims.filter { $0.partOf == nil }.count,
        ]
        #expect(answers == [expected.map(String.init)], "\(paths)")
    }

    /// `count claims by claimant`, by conflictq and by SQL over the claimants' names.
    private func checkClaimsByClaimant(_ engine: any EngineDatabase, _ paths: [String]) throws {
        let run = try BinaryRun.run(paths.flatMap { ["--model", $0] } + ["--format", "csv", "-c", "count claims by claimant"])
        let byConflictq = CSVReading.records(run.stdout).dropFirst().map { $0.map(\.text) }
        let bySQL = try engine.query(
            "SELECT a.name, count(*) FROM claims c JOIN actors a ON a.id = c.claimant GROUP BY a.name")
        #expect(Set(bySQL) == Set(byConflictq), "\(paths)")
        #expect(!bySQL.isEmpty || paths.contains { $0.hasSuffix("awkward.yaml") })
    }

    /// `sum killed by claimant` on UCDP's rows adds each side's deaths, its totals left out for
    /// their parts: in SQL, the parts' values by party.
    private func checkSumsOfParts(_ engine: any EngineDatabase) throws {
        let run = try BinaryRun.run(["--model", TestModels.ged, "--format", "csv", "-c", "sum killed by claimant"])
        let byConflictq = CSVReading.records(run.stdout).dropFirst().map { fields in
            [fields[1].text, fields[3].text.replacingOccurrences(of: "exactly ", with: ""), fields[4].text]
        }
        let bySQL = try engine.query(
            "SELECT coalesce(p.name, ''), sum(c.value), count(*) FROM claims c LEFT JOIN actors p ON p.id = c.party "
                + "WHERE c.claimant = 'ucdp' AND c.measure = 'killed' AND c.part_of IS NOT NULL GROUP BY p.name")
        // Sums of doubles print as 83.0 in some clients: compared as numbers.
        let normalized = bySQL.map { [$0[0], Quantity.format(Double($0[1]) ?? -1), $0[2]] }
        #expect(byConflictq.count > 10)
        #expect(Set(normalized) == Set(byConflictq))
    }

    private func checkAwkwardNotes(_ engine: any EngineDatabase) throws {
        let cases = Self.awkwardNotes.map { id, note -> String in
            let literal = note.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"
            return "SELECT '\(id)', CASE WHEN note IS NULL THEN 'null' WHEN note = \(literal) THEN 'same' ELSE 'different' END "
                + "FROM actors WHERE id = '\(id)'"
        }
        let answers = try engine.query(cases.joined(separator: " UNION ALL "))
        let expected = Self.awkwardNotes.map { id, note in [id, note == nil ? "null" : "same"] }
        #expect(Set(answers) == Set(expected))
        #expect(answers.count == expected.count)
    }

    /// A model of actors whose notes are the awkward texts, written as YAML double-quoted values.
    static func awkwardModel() -> String {
        var text = "conflictq-model: 3\nactors:\n"
        for (id, note) in awkwardNotes {
            text += "  - id: \(id)\n    name: \(id)\n    kind: state\n"
            guard let note else { continue }
            let escaped = note.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
            text += "    note: \"\(escaped)\"\n"
        }
        return text
    }
}
