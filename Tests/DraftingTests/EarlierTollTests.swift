import ConflictModel
import ReportDrafting
import Testing

/// A toll that grew, with the toll before it in the same sentence: both are the claimant's
/// figures, each at its own time, so that `history` shows the revision.
@Suite struct EarlierTollTests {
    private func claims(_ body: String, date: String = "2026-09-14") -> [String] {
        DraftingFixtures.drafter().draft(DraftingFixtures.written(body, date: date)).model.claims.map { claim in
            "\(claim.measure) \(claim.quantity) \(claim.party ?? "-") as of \(claim.asOf.map { "\($0)" } ?? "-")"
        }
    }

    @Test func upFromTheTollOfAnEarlierDay() {
        #expect(
            claims(
                "The death toll among Pakistani soldiers has risen to 31, the army said on Monday, up from 24 announced on Sunday."
            )
                == ["killed exactly 31 pakistan as of 2026-09-14", "killed exactly 24 pakistan as of 2026-09-13"])
    }

    @Test func eachFigureHasItsOwnTime() {
        #expect(
            claims(
                """
                The number of Afghan soldiers killed since Wednesday has risen to 58, information minister Attaullah Tarar said on \
                Saturday, up from the 46 he gave as of 4pm on Friday.
                """)
                == [
                    "killed exactly 58 afghan-taliban as of 2026-09-12",
                    "killed exactly 46 afghan-taliban as of 2026-09-11 16:00",
                ])
    }

    @Test func theFiguresBeforeARiseTakeTheirMeasures() {
        let drafted = claims(
            """
            According to the Afghan health ministry, as of 10 January at least 63 civilians had been killed, including \
            17 children and 12 women, and 210 others injured, up from 41 killed and 130 injured on 8 January.
            """, date: "2027-01-11")
        #expect(
            drafted.suffix(2) == [
                "killed exactly 41 afghanistan as of 2027-01-08", "injured exactly 130 afghanistan as of 2027-01-08",
            ])
        #expect(drafted.first == "killed at least 63 afghanistan as of 2027-01-10")
    }

    @Test func aFigureBeforeARiseWithNoDayHeldTheSameDay() {
        #expect(
            claims("Pakistani police said at least 41 civilians had been killed by 6 p.m., up from 32 in the early afternoon.")
                == ["killed at least 41 pakistan as of 2026-09-14 18:00", "killed exactly 32 pakistan as of 2026-09-14"])
    }

    @Test func aPartListedAfterAPartIsAPartToo() {
        let model = DraftingFixtures.drafter().draft(
            DraftingFixtures.written(
                "Police said 20 civilians were killed, including four children and three women, and 30 others injured.")
        ).model
        #expect(model.claims.map(\.counted) == ["civilians", "children", "women", "civilians"])
    }
}

/// What a user's own report showed: a toll that has risen is a total so far, a denial's
/// civilians killed "in Pakistani strikes" are not Pakistan's, and the spokesman a title leads
/// to accuses, not the adjective the title begins with.
@Suite struct AUsersReportTests {
    private let model = DraftingFixtures.drafter().draft(
        DraftingFixtures.written(
            """
            The number of Afghan Taliban fighters killed has risen to 61, information minister Attaullah Tarar said \
            on Saturday.

            Afghan government spokesman Hamdullah Fitrat denied that any civilians had been killed in Pakistani \
            strikes, and accused Islamabad of shelling villages.
            """, date: "2026-03-07")
    ).model

    @Test func aTollThatHasRisenIsATotalSoFar() {
        #expect(model.claims.first?.runningTotal == true)
    }

    @Test func civiliansKilledInAStatesStrikesAreNotThatStates() {
        #expect(model.claims.last?.stance == .denied)
        #expect(model.claims.last?.party == "afghanistan")
    }

    @Test func theSpokesmanATitleLeadsToAccuses() {
        #expect(model.statements.first { $0.act == "accusation" }?.speaker == "hamdullah-fitrat")
    }
}
