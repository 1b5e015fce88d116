import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import SQLExport
import TestSupport
import Testing

/// Every golden query (Tests/ConflictQueryTests/Golden) asked of the built-in evaluator and of
/// each engine, on the same model exported and loaded there: the answers must be the same text,
/// errors and sources included, and none may be refused as not compiled.
@Suite(.serialized) struct GoldenOnEnginesTests {
    static let directory = URL(fileURLWithPath: PackagePaths.root + "/Tests/ConflictQueryTests/Golden")

    /// The golden cases, by the model they run on (`# model:` in a file's first lines).
    static func casesByModel() throws -> [(setting: String, cases: [GoldenCases.Case])] {
        let cases = GoldenCases.cases(in: directory).filter { !$0.file.hasSuffix(".tree.test") }
        var settings: [String] = []
        var grouped: [String: [GoldenCases.Case]] = [:]
        for golden in cases {
            let text = try String(contentsOf: directory.appendingPathComponent(golden.file), encoding: .utf8)
            let setting = GoldenCases.setting("model", in: text) ?? "builtin"
            if grouped[setting] == nil { settings.append(setting) }
            grouped[setting, default: []].append(golden)
        }
        return settings.map { ($0, grouped[$0]!) }
    }

    static func model(_ setting: String) throws -> ConflictModel {
        let paths = setting.components(separatedBy: " + ").map { name in
            name.hasPrefix("Models/") ? PackagePaths.root + "/Tests/ConflictQueryTests/" + name : name
        }
        return try ModelFiles.load(paths)
    }

    @Test(arguments: SQLDialect.allCases)
    func everyGoldenQueryHasTheSameAnswer(_ dialect: SQLDialect) throws {
        var answered = 0
        var refused: [String: Int] = [:]
        var disagreements: [String] = []
        let server = dialect == .postgres ? try PostgresServer() : nil
        for (index, (setting, cases)) in try Self.casesByModel().enumerated() {
            let model = try Self.model(setting)
            let loaded = try LoadedEngine(dialect, model, server: server, database: "golden\(index)")
            let builtin = QueryEngine(model: model)
            let engine = try loaded.queryEngine()
            for golden in cases {
                let expected = Answer(golden.query, on: builtin)
                let got = Answer(golden.query, on: engine)
                if got.isRefusal {
                    let construct = got.text.split(separator: "\n").first.map(String.init) ?? got.text
                    refused[construct, default: 0] += 1
                    continue
                }
                answered += 1
                if let difference = Answer.difference(expected, got, engine: dialect.engineName) {
                    disagreements.append("\(golden.file):\(golden.line): \(golden.query)\n\(difference)")
                }
            }
        }
        let refusals = refused.sorted { $0.value > $1.value }.map { "  \($0.value) × \($0.key)" }.joined(separator: "\n")
        print("\(dialect.engineName): \(answered) golden queries answered alike, \(refused.values.reduce(0, +)) refused:\n\(refusals)")
        #expect(disagreements.isEmpty, "\(disagreements.count) disagreements:\n\(disagreements.prefix(8).joined(separator: "\n\n"))")
        #expect(refused.isEmpty, "refused as not compiled:\n\(refusals)")
    }
}
