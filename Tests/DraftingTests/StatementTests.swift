import ConflictModel
import ReportDrafting
import Testing

/// The statements of a sentence: one for each act its words mark, made by the doer of the act's
/// verb, in sentences with figures too.
@Suite struct StatementTests {
    private func statements(_ body: String) -> [String] {
        let model = DraftingFixtures.drafter().draft(DraftingFixtures.written(body)).model
        func name(_ id: String) -> String { model.actors.first { $0.id == id }?.name ?? id }
        return model.statements.map { statement in
            let who = statement.speaker.map(name) ?? statement.participants.map(name).joined(separator: " & ")
            return "\(statement.act) by \(who)"
        }
    }

    @Test func aSentenceMakesAStatementForEachAct() {
        #expect(
            statements("Qatar condemned the attack and called for an independent investigation.")
                == ["condemnation by Qatar", "appeal by Qatar"])
    }

    @Test(arguments: [
        "Qatar urged both sides to show restraint.",
        "Qatar called on Pakistan and Afghanistan to exercise maximum restraint.",
    ])
    func anAppealForRestraintIsOneStatement(sentence: String) {
        #expect(statements(sentence) == ["de-escalation-appeal by Qatar"])
    }

    @Test func aSentenceWithFiguresStatesToo() {
        #expect(
            statements("The Kalirian Popular Front said in a statement that its fighters had killed 50 soldiers.")
                == ["claim-of-responsibility by Kalirian Popular Front"])
        #expect(
            statements("Qatar rejected the claim of 70 soldiers killed as propaganda.") == ["rejection by Qatar"])
    }

    /// Rejections without "rejected": a charge called baseless, a claim called a lie.
    @Test(arguments: [
        ("Vessmark's foreign ministry called the accusation \"baseless\".", "rejection by Vessmark Foreign Ministry"),
        ("The Dorne Front said the army's account was a lie.", "rejection by Dorne Front"),
    ])
    func aChargeCalledBaselessIsRejected(sentence: String, statement: String) {
        #expect(statements(sentence) == [statement])
    }

    /// "spoke by phone with her Sollenian counterpart, Kasimir Loft", "with Sollenia's Kasimir
    /// Loft": the other side of the call is a person of their state.
    @Test(arguments: [
        "Aurenna's foreign minister, Lisbet Harrow, spoke by phone with her Sollenian counterpart, Kasimir Loft.",
        "Aurenna's foreign minister Lisbet Harrow spoke by telephone with Sollenia's Kasimir Loft.",
    ])
    func theOtherSideOfACallIsAPersonOfTheirState(sentence: String) {
        #expect(statements(sentence) == ["phone-call by Lisbet Harrow & Kasimir Loft"])
    }

    @Test func theDoerOfTheVerbMakesTheStatementNotWhoeverReportsIt() {
        #expect(
            statements("Qatar condemned the attack, the Pakistani foreign ministry said.") == ["condemnation by Qatar"])
    }

    @Test func aPronounIsThePersonTheSentenceNamedBefore() {
        #expect(
            statements(
                """
                Information minister Attaullah Tarar spoke first. Pakistani foreign minister Ishaq Dar said he had \
                spoken by phone with Qatar.
                """) == ["phone-call by Ishaq Dar & Qatar"])
    }

    @Test func aCallWithOneSideNamedIsNoStatement() {
        #expect(statements("Qatar's foreign minister said he had spoken by phone with his counterpart.").isEmpty)
    }

    @Test(arguments: [
        ("Qatar vowed to hunt down those responsible.", "military-threat"),
        ("Qatar ruled out talks with the rebels.", "refusal"),
        ("Qatar denounced the strike.", "condemnation"),
        ("Qatar offered to host talks.", "mediation-offer"),
        ("Qatar said its thoughts were with the families.", "condolences"),
    ])
    func wordsOfActs(sentence: String, act: String) {
        #expect(statements(sentence).map { $0.prefix(while: { $0 != " " }) } == [Substring(act)])
    }
}
