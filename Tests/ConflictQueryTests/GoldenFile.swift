import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import Testing

/// A file of query cases in the sqllogictest manner: a query, a line `----`, the expected output,
/// and a blank line before the next case. Lines starting with `#` before a query are comments.
/// The output is one line per row, cells joined by ` | `, headed by the column names; a titled
/// table starts with `## title`; notes follow as `-- note`; an error is the rendered diagnostic.
struct GoldenFile {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var line: Int
        var query: String
        var expected: String
        var testDescription: String { "\(file):\(line): \(query.split(separator: "\n").first ?? "")" }
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func cases() -> [Case] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".test") }.sorted().flatMap { name in
            parse((try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "", file: name)
        }
    }

    static func parse(_ text: String, file: String) -> [Case] {
        var cases: [Case] = []
        let lines = text.components(separatedBy: "\n")
        var index = 0
        while index < lines.count {
            if lines[index].trimmingCharacters(in: .whitespaces).isEmpty || lines[index].hasPrefix("#") {
                index += 1
                continue
            }
            let start = index
            var query: [String] = []
            while index < lines.count, lines[index] != "----" {
                query.append(lines[index])
                index += 1
            }
            index += 1
            var expected: [String] = []
            while index < lines.count, !lines[index].isEmpty {
                expected.append(lines[index])
                index += 1
            }
            cases.append(
                Case(
                    file: file, line: start + 1, query: query.joined(separator: "\n"),
                    expected: expected.joined(separator: "\n")))
        }
        return cases
    }

    /// What a case of `file` prints: the answer, or for a `.tree.test` file the parse tree. A file
    /// whose first line is `# model: NAME` runs on that shipped model instead of the built-in one.
    static func output(of query: String, in file: String) -> String {
        file.hasSuffix(".tree.test") ? ParseTree.render(query) : output(of: query, model: model(of: file))
    }

    private static func model(of file: String) -> ConflictModel {
        let text = (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
        let first = text.prefix { $0 != "\n" }
        guard first.hasPrefix("# model: ") else { return .builtin }
        let name = String(first.dropFirst("# model: ".count))
        guard let model = shipped[name] else { fatalError("\(file) names no shipped model: \(name)") }
        return model
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

    static func render(_ table: ResultTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append("## \(title)") }
        lines.append(table.columns.map(\.name).joined(separator: " | "))
        for row in table.rows { lines.append(row.values.map(\.text).joined(separator: " | ")) }
        lines += table.notes.map { "-- \($0)" }
        return lines.joined(separator: "\n")
    }

    /// Rewrites every file with the outputs the program gives now, for review with `git diff`.
    static func update() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".test") }
        for name in files {
            let url = directory.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            var lines = text.components(separatedBy: "\n")
            for golden in parse(text, file: name).reversed() {
                let queryLines = golden.query.components(separatedBy: "\n").count
                let expectedStart = golden.line - 1 + queryLines + 1
                let expectedCount = golden.expected.isEmpty ? 0 : golden.expected.components(separatedBy: "\n").count
                lines.replaceSubrange(
                    expectedStart..<expectedStart + expectedCount,
                    with: output(of: golden.query, in: name).components(separatedBy: "\n"))
            }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
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
