import ConflictModel
import ReportDrafting
import Testing

/// Constructions of wire copy beyond the reports the rules were first made with: partitives and
/// ages that are no figures, the head of a phrase deciding what was counted, speakers named by
/// place, by title set off with commas or by a body of a known actor, and whose side a figure
/// counts when the sentence names none.
@Suite struct WireCopyTests {
    private func draft(_ body: String) -> ConflictModel {
        DraftingFixtures.drafter().draft(DraftingFixtures.written(body)).model
    }

    private func figures(_ body: String) -> [String] {
        draft(body).claims.map { "\($0.measure) \($0.quantity) \($0.unit)" }
    }

    private func claimantNames(_ body: String) -> [String] {
        let model = draft(body)
        return model.claims.map { claim in model.actors.first { $0.id == claim.claimant }?.name ?? claim.claimant }
    }

    @Test(arguments: [
        ("Police said seven militants were gunned down.", "killed exactly 7 people"),
        ("Police said two labourers were shot dead.", "killed exactly 2 people"),
        ("The army said four soldiers embraced martyrdom.", "killed exactly 4 people"),
        ("Officials said gunmen carried out raids on three villages.", "attacked exactly 3 locations"),
        ("Police said a 14-year-old boy was injured.", "injured exactly 1 people"),
        ("Tarar said 205 tanks, armoured vehicles and artillery guns were destroyed.", "destroyed exactly 205 vehicles-and-artillery"),
        ("Tarar said two artillery positions were destroyed.", "destroyed exactly 2 posts"),
    ])
    func wordsOfWireCopyForWhatHappened(sentence: String, figure: String) {
        #expect(figures(sentence) == [figure])
    }

    /// One of a set, the set's size, a thing named by a word before its head, and a building
    /// "wounded": none is a figure.
    @Test(arguments: [
        "It was one of the deadliest attacks on the army this year.",
        "Police said a shell had hit one of the town's two schools.",
        "The toll from a rebel ambush was not known, officials said.",
        "Police said a boy was injured in a grenade attack on a shop.",
    ])
    func noFigureOrOnlyThePeople(sentence: String) {
        #expect(!figures(sentence).contains { !$0.hasSuffix(" people") })
        #expect(figures(sentence).count <= 1)
    }

    @Test func includingAOneIsNoCountOfItsOwn() {
        #expect(figures("Tarar said troops killed 13 militants, including a commander.") == ["killed exactly 13 people"])
    }

    @Test func peopleOfAPlaceSpeakAsThemselvesAndThePlaceIsNoSide() {
        let model = draft("Police in Brezno said 12 houses were damaged. Two more houses were destroyed, police said.")
        let names = model.claims.map { claim in model.actors.first { $0.id == claim.claimant }?.name }
        #expect(names == ["Police in Brezno", "Police in Brezno"])
        #expect(!model.actors.contains { $0.name == "Brezno" })
    }

    @Test func aNameSetOffAfterItsTitleSpeaks() {
        #expect(claimantNames("At least nine civilians were killed, the city's mayor, Olga Petrin, told reporters.") == ["Olga Petrin"])
    }

    @Test func aBodyOfAKnownActorSpeaksAsItself() {
        #expect(claimantNames("The UN refugee agency said some 2,300 people had been displaced.") == ["UN refugee agency"])
    }

    @Test func theStatementAddedIsWhoeverMadeIt() {
        let names = claimantNames(
            "The Pakistani military said in a statement that 20 militants were killed. Troops killed 13 more militants, the statement added.")
        #expect(names.count == 2)
        #expect(names.first == names.last)
    }

    @Test func aPossessiveIsAStatesNameAndItsBodyTakesTheAdjectiveLater() {
        let model = draft("Kirran's army said it destroyed two posts. Kirrani troops crossed the border.")
        #expect(model.actors.contains { $0.id == "kirran" && $0.kind == .state })
        let army = model.actors.first { $0.name == "Kirran Army" }
        #expect(army?.partOf == "kirran")
        #expect(army?.aliases.contains("Kirrani Army") == true)
    }

    /// Whose side: the speaker's own in "we lost" and "of its soldiers"; soldiers a state's and
    /// fighters a group's, whoever counts them.
    @Test func sidesByWhatWasCountedAndWhoCountsIt() {
        let model = draft("""
            Sabrenia's army said 19 soldiers were wounded. The National Redemption Front said it killed more than 50 soldiers. \
            The army said troops killed 14 rebels. Sabrenia acknowledged the loss of 18 of its soldiers.
            """)
        #expect(model.claims.map(\.party) == ["sabrenia", "sabrenia", "national-redemption-front", "sabrenia"])
        let lost = draft("\"We lost one soldier,\" said Pakistani army spokesman Ahmad Sharif Chaudhry.").claims
        #expect(lost.map(\.party) == ["pakistan"])
    }
}
