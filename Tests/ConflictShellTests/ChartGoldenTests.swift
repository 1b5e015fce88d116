import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import ConflictShell

/// The drawings of `chart`, as the table format prints them, pinned by the golden files of
/// `Charts/` (their format: `GoldenCases`). A file's opening comments choose how it is drawn:
/// `# model: timeline`, `# style: unicode` (else ASCII), `# width: 100` (else 80, as for a pipe),
/// `# color: yes`, in which case escape bytes are written as `\e`. Set CONFLICTQ_UPDATE_GOLDEN=1
/// to rewrite the expected drawings, then read the diff.
@Suite struct ChartGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Charts")

    struct Case: CustomTestStringConvertible, Sendable {
        var golden: GoldenCases.Case
        var testDescription: String { "\(golden.file):\(golden.line): \(golden.query)" }
    }

    static let cases = GoldenCases.cases(in: directory).map(Case.init)

    @Test(arguments: cases)
    func chartIsDrawnAsExpected(_ chart: Case) {
        #expect(Self.output(of: chart.golden.query, in: chart.golden.file) == chart.golden.expected)
    }

    @Test func everyKindOfChartIsPinnedInBothGlyphSets() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        let styles = try files.map { try String(contentsOf: Self.directory.appendingPathComponent($0), encoding: .utf8) }
            .map { GoldenCases.setting("style", in: $0) ?? "ascii" }
        #expect(Set(styles) == ["ascii", "unicode"])
        let queries = Self.cases.map(\.golden.query)
        for kind in ["chart line", "chart bars history", "chart sum", "chart count"] {
            #expect(queries.contains { $0.hasPrefix(kind) }, "no drawing of \(kind)")
        }
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CONFLICTQ_UPDATE_GOLDEN"] == "1"))
    func updateExpectedDrawings() throws {
        try GoldenCases.update(in: Self.directory, output: Self.output(of:in:))
    }

    static func output(of query: String, in file: String) -> String {
        let text = (try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)) ?? ""
        let style = RenderStyle(
            borders: GoldenCases.setting("style", in: text) == "unicode" ? .unicode : .ascii,
            maxWidth: GoldenCases.setting("width", in: text).flatMap { Int($0) },
            color: GoldenCases.setting("color", in: text) == "yes")
        do {
            let tables = try QueryEngine(model: model(GoldenCases.setting("model", in: text))).run(query)
            var drawing = TableFormatter(style: style).format(tables)
            if drawing.hasSuffix("\n") { drawing.removeLast() }
            return drawing.replacingOccurrences(of: "\u{1B}", with: "\\e")
        } catch {
            return DiagnosticRenderer().render(error, in: query)
        }
    }

    private static func model(_ name: String?) -> ConflictModel {
        guard let name else { return .builtin }
        return shipped[name] ?? .builtin
    }

    private static let shipped: [String: ConflictModel] = Dictionary(
        uniqueKeysWithValues: ShippedModels.names.map { entry in
            do { return (entry.name, try ModelFiles.load([entry.name])) } catch { fatalError("\(entry.name): \(error)") }
        })
}
