import ConflictModel
import Foundation
import ModelFileFormat
import ReportDrafting
import TestSupport
import Testing

/// The word lists a user adds with `--words`, and what the draft marks for review.
@Suite struct WordListTests {
    @Test func aWordsFileAddsPhrases() throws {
        var words = DraftingWords.loadedForTests
        try words.add(
            text:
                "drafting-words: 1\nqualifiers:\n  - {words: [a good], qualifier: more than}\nmeasures:\n  - {measure: killed, words: [perished in]}\n",
            file: "mine.yaml")
        let report = DraftingFixtures.written("The army said a good 40 soldiers perished in the attack.")
        let claims = Drafter(words: words, gazetteers: [DraftingFixtures.gazetteer]).draft(report).model.claims
        #expect(claims.map { "\($0.measure) \($0.quantity)" } == ["killed more than 40"])
    }

    /// The kinds of bodies and the words of places are the file's too: "the Eastern Tigers" are
    /// an armed group, and "Ostry's bazaar" is a town's.
    @Test func aWordsFileAddsBodiesAndPlaces() throws {
        var words = try DraftingWords.load()
        try words.add(
            text: "drafting-words: 1\nbodies:\n  - {kind: armed group, words: [tigers]}\nplaces:\n  things: [bazaar]\n",
            file: "mine.yaml")
        let report = DraftingFixtures.written(
            "The Eastern Tigers said 12 soldiers were killed. Six people died in Ostry's bazaar.")
        let model = Drafter(words: words, gazetteers: [DraftingFixtures.gazetteer]).draft(report).model
        #expect(model.actors.first { $0.name == "Eastern Tigers" }?.kind == .armedGroup)
        #expect(!model.actors.contains { $0.name == "Ostry" })
    }

    /// Whose side a count of people is, and who speaks unnamed, by words a file adds: "marauders"
    /// are fighters, "spotters" a group that speaks.
    @Test func aWordsFileAddsSidesAndSpeakers() throws {
        var words = try DraftingWords.load()
        try words.add(
            text:
                "drafting-words: 1\nsides:\n  fighters: [marauders]\nattribution:\n  groups: [spotters]\nunits:\n  - {unit: people, words: [marauders]}\n",
            file: "mine.yaml")
        let report = DraftingFixtures.written(
            "The Dawn Brigade attacked. Kirran's army said it killed 12 marauders. Border spotters said 4 were wounded.")
        let model = Drafter(words: words, gazetteers: [DraftingFixtures.gazetteer]).draft(report).model
        #expect(model.claims.first?.party == "dawn-brigade")
        #expect(model.actors.contains { $0.name == "Border spotters" })
    }

    /// Acts are the file's too, and one may give way to another whose words follow it: "pleaded
    /// with both sides to hold their fire" is one appeal for de-escalation.
    @Test func aWordsFileAddsActsThatYield() throws {
        var words = try DraftingWords.load()
        try words.add(
            text: """
                drafting-words: 1
                acts:
                  - {act: de-escalation-appeal, words: [hold their fire]}
                  - {act: appeal, words: [pleaded with], yields_to: [de-escalation-appeal]}

                """,
            file: "mine.yaml")
        let report = DraftingFixtures.written("Qatar pleaded with both sides to hold their fire.")
        let model = Drafter(words: words, gazetteers: [DraftingFixtures.gazetteer]).draft(report).model
        #expect(model.statements.map(\.act) == ["de-escalation-appeal"])
        #expect(model.statements.first?.speaker == "qatar")
    }

    @Test(arguments: [
        ("qualifiers:\n  - {words: [roughly], qualifier: sort of}\n", "mine.yaml:2:5: error: unknown qualifier \"sort of\""),
        ("colours: [red]\n", "mine.yaml:1:1: error: unknown section \"colours\""),
        ("numbers:\n  ones: {dozen: twelve}\n", "mine.yaml:2:17: error: \"dozen\" must stand for a number"),
        ("qualifiers: [\n", "mine.yaml:2:1: error:"),
        ("bodies:\n  - {kind: gang, words: [crew]}\n", "mine.yaml:2:5: error: unknown kind \"gang\""),
        ("places:\n  streets: [alley]\n", "mine.yaml:2:12: error: places has nouns and things, not \"streets\""),
    ])
    func aMistakeInAWordsFileIsAnErrorAtItsLine(text: String, message: String) {
        var words = DraftingWords.loadedForTests
        #expect {
            try words.add(text: text, file: "mine.yaml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    /// The words file the README shows is one the drafter reads.
    @Test func theREADMEsWordsFileIsRead() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "```yaml\n# mine.yaml"))
        let end = try #require(readme[start.upperBound...].range(of: "```"))
        let text = String(readme[readme.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
        var words = DraftingWords.loadedForTests
        try words.add(text: text, file: "mine.yaml")
        let report = DraftingFixtures.written("The army said well over 40 soldiers perished.")
        let claims = Drafter(words: words, gazetteers: [DraftingFixtures.gazetteer]).draft(report).model.claims
        #expect(claims.map { "\($0.measure) \($0.quantity)" } == ["killed more than 40"])
    }

    @Test func doubtsAreReviewCommentsAndListedInTheSummary() {
        let report = DraftingFixtures.written("Twelve soldiers were killed. He said 40 posts were destroyed.")
        let draft = DraftingFixtures.drafter().draft(report)
        let text = draft.text(reportName: "r.txt")
        #expect(text.contains("  # review: no claimant in its sentence: set as the outlet's own figure\n"))
        #expect(text.contains("  # review: \"he\" refers to no person named before: set as the outlet's own figure\n"))
        #expect(!draft.model.actors.contains { $0.name == "He" })
        let summary = draft.summary(reportName: "r.txt")
        #expect(summary.hasPrefix("r.txt: 2 figures, 0 statements"))
        #expect(summary.contains("\n  claim \(ConflictModel.builtin.claims.map(\.id).max()! + 1): no claimant in its sentence"))
    }

    @Test func theGazetteerAndTheBuiltinModelAgree() throws {
        #expect(throws: Never.self) { _ = try ModelFiles.load(["drafting/gazetteer.yaml"]) }
        let gazetteer = DraftingFixtures.gazetteer
        for actor in gazetteer.actors where ConflictModel.builtin.actor(id: actor.id) != nil {
            #expect(gazetteer.actor(id: actor.id)?.kind == ConflictModel.builtin.actor(id: actor.id)?.kind)
        }
    }
}

extension DraftingWords {
    static let loadedForTests: DraftingWords = DraftingFixtures.words
}
