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
}
