import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import ReportDrafting
import TestSupport
import Testing

/// Drafting into a model: known actors are reused, a wire copy of a claim is the same claim with
/// another source, a new running total of a claimant is a revision, and new entries are numbered
/// after the model's.
@Suite struct DraftIntoTests {
    @Test func aWireCopyIsTheSameClaimWithAnotherSource() throws {
        let wire = DraftingFixtures.written(
            "Information minister Attaullah Tarar said security forces had killed 297 fighters linked to the Afghan Taliban regime.",
            date: "2026-02-28")
        let draft = DraftingFixtures.drafter(into: .builtin).draft(wire)
        let claim = try #require(draft.model.claims.first)
        #expect(claim.id == 1)
        #expect(claim.sources.map(\.source) == ["example-wire-2026-02-28"])
        let merged = try load(draft, beside: [ModelFiles.builtinPath])
        #expect(merged.claims.count == ConflictModel.builtin.claims.count)
        #expect(merged.claim(id: 1)?.sources.last?.source == "example-wire-2026-02-28")
    }

    @Test func aLaterTotalIsARevisionNumberedAfterTheModels() throws {
        let later = DraftingFixtures.written(
            "Information minister Attaullah Tarar said on Monday that 352 fighters of the Afghan Taliban regime had been killed so far.",
            date: "2026-03-02")
        let draft = DraftingFixtures.drafter(into: .builtin).draft(later)
        let claim = try #require(draft.model.claims.first)
        #expect(claim.id == ConflictModel.builtin.claims.map(\.id).max()! + 1)
        #expect(claim.runningTotal)
        let merged = try load(draft, beside: [ModelFiles.builtinPath])
        let history = try QueryEngine(model: merged).run("history killed according to Tarar")[0]
        #expect(history.rows.map { $0.values[4].text + " " + $0.values[5].text }.last == "exactly 352 +55")
        #expect(try #require(draft.model.actors.first { $0.id == "attaullah-tarar" }).role == "information minister")
    }

    @Test func withoutAModelNumbersFollowTheBuiltinModels() {
        let draft = DraftingFixtures.drafter().draft(DraftingFixtures.written("The army said 12 soldiers were killed."))
        #expect(draft.model.claims.map(\.id) == [ConflictModel.builtin.claims.map(\.id).max()! + 1])
    }

    private func load(_ draft: Draft, beside models: [String]) throws -> ConflictModel {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/draft.yaml"
        try draft.text(reportName: "report.txt").write(toFile: path, atomically: true, encoding: .utf8)
        return try ModelFiles.load(models + [path])
    }
}
