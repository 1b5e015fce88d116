import ConflictModel
import Foundation
import ModelFileFormat
import ReportDrafting
import Testing

/// Reports `FuzzDraft` found a fault with, kept once the fault was fixed: each must give a draft
/// that loads as a model file on its own, as every draft must.
@Suite struct DraftFuzzRegressionTests {
    static let directory = DraftingFixtures.directory.appendingPathComponent("FuzzRegressions")
    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()

    @Test func thereAreRegressions() {
        #expect(!Self.names.isEmpty)
    }

    @Test(arguments: names)
    func theDraftLoads(name: String) throws {
        let text = try String(contentsOfFile: Self.directory.appendingPathComponent(name).path, encoding: .utf8)
        #expect(throws: Never.self) { _ = try DraftingFixtures.loadedDraft(Report(text: text)) }
    }

    /// "nearly 6555...0 injured": a number no model can hold exactly is no figure; the twelve
    /// soldiers are still one.
    @Test func aNumberNoModelHoldsIsNoFigure() throws {
        let text = try String(
            contentsOfFile: Self.directory.appendingPathComponent("a-number-no-model-holds.txt").path, encoding: .utf8)
        let model = try DraftingFixtures.loadedDraft(Report(text: text))
        #expect(model.claims.map(\.quantity.value) == [12])
    }
}
