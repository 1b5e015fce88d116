import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import TestSupport
import Testing

/// The golden query files of `Golden/` (their format: `GoldenCases`), each case printed by the
/// query engine alone. The output is one line per row, cells joined by ` | `, headed by the column names; a titled
/// table starts with `## title`; notes follow as `-- note`; an error is the rendered diagnostic.
struct GoldenFile {
    struct Case: CustomTestStringConvertible, Sendable {
        var golden: GoldenCases.Case
        var file: String { golden.file }
        var query: String { golden.query }
        var expected: String { golden.expected }
        var testDescription: String { "\(golden.file):\(golden.line): \(query.split(separator: "\n").first ?? "")" }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func cases() -> [Case] { GoldenCases.cases(in: directory).map(Case.init) }

    /// What a case of `file` prints: the answer, or for a `.tree.test` file the parse tree. A file
    /// whose first line is `# model: NAME` runs on that shipped model instead of the built-in one.
    static func output(of query: String, in file: String) -> String {
        file.hasSuffix(".tree.test") ? ParseTree.render(query) : output(of: query, model: model(of: file))
    }

    /// `# model: timeline`, or shipped models and model files of `Models/` together:
    /// `# model: timeline + Models/ged-afghanistan-pakistan.yaml`.
    private static func model(of file: String) -> ConflictModel {
        let text = (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
        guard let setting = GoldenCases.setting("model", in: text) else { return .builtin }
        if let model = shipped[setting] { return model }
        let paths = setting.components(separatedBy: " + ").map { name in
            name.hasPrefix("Models/") ? directory.deletingLastPathComponent().appendingPathComponent(name).path : name
        }
        do { return try ModelFiles.load(paths) } catch { fatalError("\(file): \(setting): \(error)") }
    }

    /// Loaded once for all the cases that run on them.
    private static let shipped: [String: ConflictModel] = Dictionary(
        uniqueKeysWithValues: ShippedModels.names.map { entry in
            do { return (entry.name, try ModelFiles.load([entry.name])) } catch { fatalError("\(entry.name): \(error)") }
        })

    /// What a query prints in the golden format.
    static func output(of query: String, model: ConflictModel = .builtin) -> String {
        do {
            let tables = try QueryEngine(model: model).run(query)
            return tables.map(render).joined(separator: "\n")
        } catch {
            return DiagnosticRenderer().render(error, in: query)
        }
    }

    static func render(_ table: ResultTable) -> String { GoldenText.render(table) }

    /// Rewrites every file with the outputs the program gives now, for review with `git diff`.
    static func update() throws {
        try GoldenCases.update(in: directory, output: output(of:in:))
    }
}

/// A query's condition as nested parentheses, to pin how `not`, `possibly`, `and` and `or` bind:
/// `(or (and a b) (not c))`.
enum ParseTree {
    static func render(_ query: String) -> String {
        do {
            return try QueryEngine.parse(query).map(render).joined(separator: "\n")
        } catch {
            return DiagnosticRenderer().render(error, in: query)
        }
    }

    private static func render(_ query: Query) -> String {
        guard let chart = query.chart else { return renderBody(query) }
        return "(chart \(chart.kind?.rawValue ?? "default") \(renderBody(query)))"
    }

    private static func renderBody(_ query: Query) -> String {
        switch query.kind {
        case .listing(let listing):
            let acts = listing.actPhrases.map { "(act " + $0.map(\.text).joined(separator: " ") + ")" }
            return (["(\(listing.entity.rawValue)"] + acts + clauses(listing.clauses)).joined(separator: " ") + ")"
        case .aggregate(let aggregate):
            let target: String
            switch aggregate.target {
            case .measures(let names): target = names.map(\.text).joined(separator: " + ")
            case .entity(let entity): target = entity.rawValue
            }
            return (["(\(aggregate.function.rawValue) \(target)"] + clauses(aggregate.clauses)).joined(separator: " ") + ")"
        case .history(let history):
            let measures = history.measures.map(\.text).joined(separator: " ")
            return (["(history \(measures)"] + clauses(history.clauses)).joined(separator: " ") + ")"
        default:
            return "(\(query.kind))"
        }
    }

    private static func clauses(_ clauses: Clauses) -> [String] {
        var parts: [String] = []
        if let filter = clauses.filter { parts.append("(where \(render(filter)))") }
        if !clauses.groupBy.isEmpty { parts.append("(by " + clauses.groupBy.map(\.text).joined(separator: " ") + ")") }
        if let name = clauses.accordingTo { parts.append("(according-to \(name.text))") }
        return parts
    }

    private static func render(_ condition: Condition) -> String {
        switch condition {
        case .and(let l, let r): return "(and \(render(l)) \(render(r)))"
        case .or(let l, let r): return "(or \(render(l)) \(render(r)))"
        case .not(let inner): return "(not \(render(inner)))"
        case .possibly(let inner): return "(possibly \(render(inner)))"
        case .test(let test):
            let op = (test.negated ? "not " : "") + test.op.rawValue
            return "(\(test.field.text) \(op) " + test.values.map(\.text).joined(separator: ", ") + ")"
        }
    }
}
