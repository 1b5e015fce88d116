import ConflictModel
import ModelFileFormat
import TestSupport

@testable import SQLExport

/// An export made in memory: every file's text by name, and the summary.
struct ExportFiles {
    let files: [String: String]
    let summary: SQLExporter.Summary

    init(_ model: ConflictModel, _ dialect: SQLDialect) throws {
        var bytes: [String: [UInt8]] = [:]
        summary = try SQLExporter.write(model, dialect: dialect) { name in
            bytes[name] = []
            return { chunk in bytes[name]!.append(contentsOf: chunk) }
        }
        files = bytes.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// A table's rows read back, without the header.
    func rows(_ table: String) -> [[CSVReading.Field]] {
        Array(CSVReading.records(files[table + ".csv"] ?? "").dropFirst())
    }

    func header(_ table: String) -> [String] {
        CSVReading.records(files[table + ".csv"] ?? "").first?.map(\.text) ?? []
    }
}

enum TestModels {
    static let ged = "Tests/ConflictQueryTests/Models/ged-afghanistan-pakistan.yaml"

    static func load(_ paths: [String]) throws -> ConflictModel {
        try ModelFiles.load(paths.map { $0.hasPrefix("Tests/") ? PackagePaths.root + "/" + $0 : $0 })
    }

    /// How many rows each table of the layout should have for the model, counted from its entries.
    static func rowCounts(_ model: ConflictModel) -> [String: Int] {
        [
            "conflictq_schema": 1, "units": model.vocabulary.units.count, "measures": model.vocabulary.measures.count,
            "acts": model.vocabulary.acts.count, "act_verbs": model.vocabulary.acts.map(\.verbs.count).reduce(0, +),
            "sources": model.sources.count, "source_wire_inputs": model.sources.map(\.wireInputs.count).reduce(0, +),
            "actors": model.actors.count, "actor_aliases": model.actors.map(\.aliases.count).reduce(0, +),
            "actor_sources": model.actors.map(\.sources.count).reduce(0, +),
            "records": model.events.filter { $0.record != nil }.count + model.statements.filter { $0.record != nil }.count,
            "record_columns": (model.events.compactMap(\.record) + model.statements.compactMap(\.record)).map(\.columns.count)
                .reduce(0, +),
            "events": model.events.count,
            "event_actors": model.events.map { $0.initiators.count + $0.targets.count + $0.sides.count }.reduce(0, +),
            "event_sources": model.events.map(\.sources.count).reduce(0, +),
            "claims": model.claims.count, "claim_sources": model.claims.map(\.sources.count).reduce(0, +),
            "statements": model.statements.count,
            "statement_actors": model.statements.map { $0.targets.count + $0.participants.count + $0.subjects.count }
                .reduce(0, +),
            "statement_sources": model.statements.map(\.sources.count).reduce(0, +),
        ]
    }
}
