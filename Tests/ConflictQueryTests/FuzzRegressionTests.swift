import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import Testing

/// Inputs that once crashed a fuzz target (see `Fuzz/`), kept byte for byte in `FuzzRegressions/`.
/// Each goes every way the shell uses the language: parsed, asked whether it is unfinished, run on
/// the built-in model, and completed at every offset. It must give an answer or a diagnostic that
/// renders, never a crash.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    static func inputs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func thereAreInputs() {
        #expect(!Self.inputs().isEmpty)
    }

    @Test(arguments: inputs())
    func givesAnAnswerOrAnError(_ name: String) throws {
        let bytes = try Data(contentsOf: Self.directory.appendingPathComponent(name))
        // As the shell makes a line into text: invalid UTF-8 is repaired, not refused.
        let text = String(decoding: bytes, as: UTF8.self)
        let engine = QueryEngine(model: .builtin)
        _ = QueryEngine.isIncomplete(text)
        do {
            _ = try engine.run(text)
        } catch {
            #expect(!error.message.isEmpty)
            #expect(error.range.end <= text.utf8.count)
            let rendered = DiagnosticRenderer().render(error, in: text)
            #expect(rendered.hasPrefix("query:"))
        }
        for offset in 0...text.utf8.count {
            let completions = engine.completions(in: text, at: offset)
            #expect(completions.replacing.end <= offset)
        }
    }
}
