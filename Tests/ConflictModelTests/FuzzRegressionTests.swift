import ModelFileFormat
import ConflictModel
import Foundation
import Testing

/// Model files that once crashed the model-file fuzz target (see `Fuzz/`), kept byte for byte in
/// `FuzzRegressions/`. Each is loaded both ways a model reaches the loader, from disk as `--model`
/// reads it and as text; it must give a model that loads back equal from its export, or errors that
/// each say where and what, never a crash.
@Suite struct FuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")

    static func inputs() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func thereAreInputs() {
        #expect(!Self.inputs().isEmpty)
    }

    @Test(arguments: inputs())
    func loadsOrGivesErrors(_ name: String) throws {
        let path = Self.directory.appendingPathComponent(name).path
        check { () throws(ModelFileErrors) in try ModelFiles.load([path]) }
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        check { () throws(ModelFileErrors) in try ModelFiles.load(text: text, path: name) }
    }

    private func check(_ load: () throws(ModelFileErrors) -> ConflictModel) {
        let model: ConflictModel
        do {
            model = try load()
        } catch {
            #expect(!error.errors.isEmpty)
            for problem in error.errors {
                #expect((problem.line ?? 0) >= 1 && (problem.column ?? 0) >= 1 && !problem.message.isEmpty, "\(problem)")
            }
            return
        }
        do {
            #expect(try ModelFiles.load(text: ModelFiles.export(model), path: "exported.yaml") == model)
        } catch {
            Issue.record("the exported model does not load back: \(error)")
        }
    }
}
