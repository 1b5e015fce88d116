import ConflictModel
import ReportDrafting
import Testing

/// The country a report is written from or about: its dateline's, the one its title begins
/// with, or the one the other side strikes. A minister or mayor whose title names no country
/// speaks for it, its bare "police" are its police, and a toll that names no side counts its people.
@Suite struct HomeCountryTests {
    @Test func theDatelinesCountryIsAStateAndTheReportsOwn() {
        let model = DraftingFixtures.model(
            of:
                """
                TAVRO, Nalestra (CP) — Gunmen shot dead 12 villagers and burned 30 homes, police said.

                Interior Minister Sorin Kade said 40 people had fled.
                """)
        #expect(model.actors.first { $0.id == "nalestra" }?.kind == .state)
        #expect(model.actors.first { $0.name == "Sorin Kade" }?.represents == "nalestra")
        #expect(
            model.claims.map { DraftingFixtures.name($0.claimant, in: model) } == [
                "Nalestran Police", "Nalestran Police", "Sorin Kade",
            ])
        #expect(model.claims.map { $0.party } == ["nalestra", "nalestra", "nalestra"])
    }

    /// "KABUL, Feb 27 (Reuters) -": a town the gazetteer knows names its country.
    @Test func aDatelinesTownNamesItsCountry() {
        let model = DraftingFixtures.model(
            of: "KABUL, Feb 27 (Reuters) - Health Minister Qalandar Ibad said 19 people were killed.")
        #expect(model.actors.first { $0.name == "Qalandar Ibad" }?.represents == "afghanistan")
    }

    @Test func aCountryBeforeTheTitlesColonIsTheReportsOwn() {
        let model = DraftingFixtures.model(
            of:
                """
                Mirkand's army said 12 soldiers were killed. Fendaria urged calm. Fendaria offered talks. Fendaria said it was ready.

                President Ansel Korbin said 35 civilians were killed.
                """, title: "Mirkand: What we know about the battle for Talvo")
        #expect(model.actors.first { $0.name == "Ansel Korbin" }?.represents == "mirkand")
        #expect(model.claims.last?.party == "mirkand")
    }

    /// One side strikes, the other never: the dead no one gives a side to, and the minister
    /// who counts them, are the other's.
    @Test func theSideStruckByTheOther() {
        let model = DraftingFixtures.model(
            of:
                """
                Gravian missiles hit the ferry terminal. Gravia said it struck a depot. Gravia launched drones overnight.

                Health Minister Ruta Vell said 19 people had been killed. Aurenna's foreign minister spoke to Aurenna's allies.
                """)
        #expect(model.actors.first { $0.name == "Ruta Vell" }?.represents == "aurenna")
        #expect(!model.claims.isEmpty)
        #expect(model.claims.allSatisfy { $0.party == "aurenna" })
    }

    /// Where both sides strike, neither is the struck one, and the report has no country of its own.
    @Test func noSideIsStruckWhereBothStrike() {
        let report = DraftingFixtures.written(
            """
            Gravian missiles hit the terminal. Gravian drones hit a port. Aurennan missiles hit a base. Aurennan drones hit a depot.

            Health Minister Ruta Vell said 19 people had been killed.
            """)
        let summary = DraftingFixtures.drafter().draft(report).summary(reportName: "report.txt")
        #expect(summary.contains("whom Ruta Vell speaks for"))
        #expect(!summary.contains("the report's own country"))
    }
}
