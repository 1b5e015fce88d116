import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import TestSupport
import Testing

/// Every query shown in the README and in Grammar/ runs: blocks fenced as ```cq must answer,
/// blocks fenced as ```cq-error must fail with a diagnostic, and blocks fenced as ```cq-timeline
/// must answer on the shipped timeline model. The docs cannot drift from the program.
@Suite struct DocumentationExampleTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var file: String
        var query: String
        var mustFail: Bool
        var onTimeline = false
        var testDescription: String { "\(file): \(query)" }
    }

    static func examples() -> [Example] {
        ["README.md", "Grammar/README.md"].flatMap { file -> [Example] in
            guard let text = try? String(contentsOfFile: PackagePaths.root + "/" + file, encoding: .utf8) else { return [] }
            var examples: [Example] = []
            var fence: String?
            var pending = ""
            for line in text.components(separatedBy: "\n") {
                if line.hasPrefix("```") {
                    fence = fence == nil ? String(line.dropFirst(3)) : nil
                    continue
                }
                guard let kind = fence, ["cq", "cq-error", "cq-timeline"].contains(kind) else { continue }
                let query = line.hasPrefix("conflictq> ") ? String(line.dropFirst(11)) : line
                let trimmed = query.trimmingCharacters(in: .whitespaces)
                // Dot-commands belong to the shell; its own tests run them.
                if pending.isEmpty && (trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(".")) { continue }
                // As in a script, a query goes on over lines while it is unfinished.
                pending += pending.isEmpty ? query : "\n" + query
                if kind != "cq-error" && QueryEngine.isIncomplete(pending) { continue }
                examples.append(
                    Example(file: file, query: pending, mustFail: kind == "cq-error", onTimeline: kind == "cq-timeline"))
                pending = ""
            }
            return examples
        }
    }

    @Test(arguments: examples())
    func exampleRuns(_ example: Example) {
        let engine = QueryEngine(model: example.onTimeline ? Self.timeline : .builtin)
        if example.mustFail {
            #expect(throws: Diagnostic.self) { try engine.run(example.query) }
        } else {
            #expect(throws: Never.self) { try engine.run(example.query) }
        }
    }

    static let timeline: ConflictModel = {
        do { return try ModelFiles.load([ShippedModels.timeline]) } catch { fatalError("\(error)") }
    }()

    @Test func documentationHasExamples() {
        #expect(Self.examples().count >= 30)
    }
}
