import ConflictModel
import ReportDrafting
import Testing

/// Copy as a bulletin says it: short sentences that point back ("Its commander", "the
/// governor", "he said"), a town's barracks in the headline, and the claims one side denies
/// told inside the denial.
@Suite struct BroadcastCopyTests {
    /// "Tormsby barracks": a town's, no side's; "the Tarn Highlands Army", whose name has no
    /// state's in it, is an armed group; "Its commander" speaks for it, and "his own men" are its.
    @Test func aTownsBarracksAndAnArmyOfNoState() {
        let model = DraftingFixtures.model(
            of:
                """
                Rebels attacked Tormsby barracks before dawn. The Tarn Highlands Army says it carried out the attack. Its commander, Ardo Fell, spoke to us by phone. He says only four of his own men died.
                """)
        #expect(!model.actors.contains { $0.name == "Tormsby" })
        #expect(model.actors.first { $0.name == "Tarn Highlands Army" }?.kind == .armedGroup)
        #expect(model.actors.first { $0.name == "Ardo Fell" }?.represents == "tarn-highlands-army")
        #expect(model.statements.map(\.act) == ["claim-of-responsibility"])
        #expect(model.claims.map(\.party) == ["tarn-highlands-army"])
    }

    /// "We put that to the governor. He said ...": the person a title points back to is whom
    /// "he" means, not the last one who spoke.
    @Test func aTitleThatPointsBackMakesThePronounsPerson() {
        let model = DraftingFixtures.model(
            of:
                """
                The governor of Upper Tarn, Osric Pellow, spoke to us. Its commander, Ardo Fell, spoke to us by phone. He says his fighters took three dozen soldiers prisoner. We put that to the governor. He said no soldier had been taken prisoner.
                """)
        #expect(model.claims.map { DraftingFixtures.name($0.claimant, in: model) } == ["Ardo Fell", "Osric Pellow"])
        #expect(model.claims.map(\.stance) == [.asserted, .denied])
    }

    /// "denies the claims spread by the Quellish side that up to 300 of our servicemen were
    /// killed": Quellmark's claim, and the ministry's denial of it.
    @Test func theClaimADenialTellsIsItsMakersToo() {
        let model = DraftingFixtures.model(
            of:
                """
                Harnovia and Quellmark fought again near Orvisk.

                The Harnovian defence ministry denies the claims spread by the Quellish side that up to 300 of our servicemen were killed.
                """)
        #expect(model.claims.count == 2)
        #expect(
            Set(model.claims.map { "\(DraftingFixtures.name($0.claimant, in: model) ?? "") \($0.stance)" }) == [
                "Harnovian defence ministry denied", "Quellmark asserted",
            ])
    }

    /// "He accused the group of counting fighters as civilians. Everel rejected the charge.":
    /// the accusation is rejected, not the figures said before it.
    @Test func rejectingAChargeDeniesNoFigureBeforeIt() {
        let model = DraftingFixtures.model(
            of:
                """
                Brigadier Halvard Coyne said 40 civilians had died. He accused the monitoring group of counting fighters as civilians. Its coordinator Tomas Everel rejected the charge.
                """)
        #expect(model.claims.map(\.stance) == [.asserted])
    }
}
