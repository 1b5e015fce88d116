import ConflictModel
@testable import ConflictQuery
import Foundation
import ModelFileFormat
import Testing

/// Time across reports, on a model made for it: periods, incident counts inside and outside them,
/// a unit that continues another, and a figure published after the day it is as of.
@Suite struct TimeTests {
    static let model: ConflictModel = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Models/periods.yaml").path
        do { return try ModelFiles.load([path]) } catch { fatalError("\(error)") }
    }()

    private func output(_ query: String) -> String {
        GoldenFile.output(of: query, model: Self.model)
    }

    @Test func anIncidentWithinTheTotalsPeriodIsNotAddedToIt() {
        #expect(
            output("sum killed") == """
                claimant | party | unit | sum killed | claims
                Sam Spokes | Southland | people | exactly 180 | 2
                -- 2 earlier running totals were revised by a later one from the same claimant and left out
                -- 1 incident count within the period of the same claimant's running total was left out: the total takes it in
                """)
    }

    @Test func asOfADayTakesWhatWasPublishedByThen() {
        // Claim 5 is as of day 4 but came out on day 5: on day 4 nobody had read it.
        #expect(
            output("sum killed as of 2026-03-04") == """
                claimant | party | unit | sum killed | claims
                Sam Spokes | Southland | people | exactly 165 | 2
                -- 1 earlier running total was revised by a later one from the same claimant and left out
                -- 1 incident count within the period of the same claimant's running total was left out: the total takes it in
                -- as of 2026-03-04: only what reports published by then carry
                """)
        #expect(output("count claims as of 2026-03-01") == "count\n5\n-- as of 2026-03-01: only what reports published by then carry")
        #expect(output("count sources as of 2026-03-01") == "count\n1\n-- as of 2026-03-01: only what reports published by then carry")
    }

    @Test func aHistoryGivesEachChangeAndItsTime() {
        #expect(
            output("history killed") == """
                as_of | claimant | party | measure | value | change | unit | counted | claim | reported | outlets
                2026-03-01 18:00 | Sam Spokes | Southland | killed | exactly 100 |  | people | soldiers | 1 | 2026-03-01 | Example Wire
                2026-03-03 | Sam Spokes | Southland | killed | exactly 160 | +60 | people | fighters | 2 | 2026-03-03 | Example Wire
                2026-03-04 | Sam Spokes | Southland | killed | exactly 175 | +15 | people | fighters | 5 | 2026-03-05 | Example Post
                -- 2 counts of single incidents are not running totals and are not listed (see: claims where running_total = no)
                """)
    }

    /// Two figures of one report for one time are parts of one count: added, and the next
    /// revision compared with their sum. The same time in another report is a revision.
    @Test func oneReportsPartsOfACountAreAddedNotRevised() {
        #expect(
            output("history wounded") == """
                as_of | claimant | party | measure | value | change | unit | counted | claim | reported | outlets
                2026-03-01 | Sam Spokes | Southland | wounded | exactly 40 |  | people | soldiers | 8 | 2026-03-01 | Example Wire
                2026-03-01 | Sam Spokes | Southland | wounded | exactly 10 | part of one count with the figure before | people | civilians | 9 | 2026-03-01 | Example Wire
                2026-03-03 | Sam Spokes | Southland | wounded | exactly 70 | +20 | people | people | 10 | 2026-03-03 | Example Wire
                2026-03-03 | Sam Spokes | Southland | wounded | exactly 75 | +5 | people | people | 11 | 2026-03-05 | Example Post
                -- 1 figure was given in the same report, for the same time, as the one before: parts of one count, and the next revision is compared with their sum
                """)
        #expect(output("sum wounded as of 2026-03-02").contains("| exactly 50 | 2"))
        #expect(output("sum wounded").contains("| exactly 75 | 1"))
    }

    @Test func aWiderUnitContinuesTheSeriesButIsNotComparedWithIt() {
        #expect(
            output("history destroyed") == """
                as_of | claimant | party | measure | value | change | unit | counted | claim | reported | outlets
                2026-03-01 | Sam Spokes | Southland | destroyed | exactly 30 |  | vehicles | tanks | 6 | 2026-03-01 | Example Wire
                2026-03-03 | Sam Spokes | Southland | destroyed | exactly 45 | not comparable: counts vehicles-and-guns, the figure before vehicles | vehicles-and-guns | tanks and guns | 7 | 2026-03-03 | Example Wire
                -- 1 revision counts in another unit than the figure before, which it continues: the change is not given
                """)
        #expect(
            output("sum destroyed") == """
                claimant | party | unit | sum destroyed | claims
                Sam Spokes | Southland | vehicles-and-guns | exactly 45 | 1
                -- 1 earlier running total was revised by a later one from the same claimant and left out
                """)
    }

    @Test(arguments: [
        ("exactly 100", "exactly 160", "+60"), ("exactly 160", "exactly 160", "no change"), ("exactly 160", "exactly 150", "-10"),
        ("exactly 352", "at least 415", "at least +63"), ("at least 415", "exactly 527", "at most +112"),
        ("exactly 100", "about 150", "between +35 and +65"),
    ])
    func changesAreAsExactAsTheFiguresAllow(_ before: String, _ after: String, _ change: String) throws {
        func quantity(_ text: String) throws -> Quantity {
            let words = text.split(separator: " ")
            let value = try #require(Double(String(words.last!)))
            let name = words.dropLast().joined(separator: " ")
            let qualifier = try #require(Qualifier(rawValue: name == "exactly" ? "exact" : name))
            return Quantity(value, qualifier)
        }
        #expect(RevisionHistory.change(from: try quantity(before), to: try quantity(after)) == change)
    }
}

/// Figures given together: a total with its breakdown keeps the total, parts of one count are
/// added, and a denied figure is never added.
@Suite struct FiguresGivenTogetherTests {
    static let model: ConflictModel = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Models/breakdowns.yaml").path
        do { return try ModelFiles.load([path]) } catch { fatalError("\(error)") }
    }()

    private func output(_ query: String) -> String {
        GoldenFile.output(of: query, model: Self.model)
    }

    @Test func aTotalWithItsBreakdownIsTheTotalAlone() {
        #expect(
            output("sum killed as of 2026-03-01 according to Ana") == """
                claimant | party | unit | sum killed | claims
                Ana Counts | Northland | people | exactly 13 | 1
                -- 1 denied figure was left out: a denial says the figure is not so (see: claims where stance = denied)
                -- 2 running totals were left out as the breakdown of a total given with them (the total is their sum), which is kept
                -- as of 2026-03-01: only what reports published by then carry
                """)
        #expect(output("sum killed according to Ana").contains("Ana Counts | Northland | people | exactly 20 | 1"))
    }

    @Test func aHistoryComparesTheNextRevisionWithTheTotal() {
        #expect(
            output("history killed according to Ana") == """
                as_of | claimant | party | measure | value | change | unit | counted | claim | reported | outlets
                2026-03-01 | Ana Counts | Northland | killed | exactly 13 |  | people | people | 1 | 2026-03-01 | Example Wire
                2026-03-01 | Ana Counts | Northland | killed | exactly 8 | part of the 13 given with it | people | civilians | 2 | 2026-03-01 | Example Wire
                2026-03-01 | Ana Counts | Northland | killed | exactly 5 | part of the 13 given with it | people | soldiers | 3 | 2026-03-01 | Example Wire
                2026-03-02 | Ana Counts | Northland | killed | exactly 20 | +7 | people | people | 4 | 2026-03-02 | Example Wire
                -- 2 figures are the breakdown of a total given with them, not a revision: the next revision is compared with the total
                -- 1 count of a single incident is not a running total and is not listed (see: claims where running_total = no)
                """)
    }

    @Test func partsThatNoneOfThemTotalAreAdded() {
        #expect(output("sum killed according to Ben").contains("Ben Tally | Southland | people | exactly 13 | 2"))
    }

    @Test func aDeniedFigureIsCountedButNeverAdded() {
        #expect(output("sum killed where stance = denied").contains("-- 1 denied figure was left out"))
        #expect(output("count killed where stance = denied") == "count killed\n1")
        #expect(output("max killed where party = southland").contains("exactly 12"))
    }
}


/// A total and the parts given with it (`part_of`) are never added together.
@Suite struct TotalsAndPartsTests {
    static let model: ConflictModel = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Models/totals-and-parts.yaml").path
        do { return try ModelFiles.load([path]) } catch { fatalError("\(error)") }
    }()

    private func output(_ query: String) -> String {
        GoldenFile.output(of: query, model: Self.model)
    }

    @Test func partsInTheTotalsOwnRowAreLeftOutForTheTotal() {
        #expect(
            output("sum killed according to Ana") == """
                claimant | party | unit | sum killed | claims
                Ana Counts | Northland | people | exactly 13 | 1
                -- 2 parts were left out: the total they belong to is in their row, and holds them already
                """)
    }

    @Test func partsOfSeveralSidesAreAddedEachInItsRowAndTheTotalLeftOut() {
        #expect(
            output("sum killed according to Tally") == """
                claimant | party | unit | sum killed | claims
                Tally Project | Northland | people | exactly 12 | 1
                Tally Project | Southland | people | exactly 10 | 1
                Tally Project |  | people | exactly 8 | 1
                -- figures counting different sides are not added together; each side has its own row
                -- 1 total was left out: its parts, given with it and counted in rows of their own (a side each), are added instead
                """)
    }

    @Test func aTotalAloneIsItsOwnFigure() {
        #expect(
            output("sum killed according to Tally where counted = people with intervals") == """
                claimant | party | unit | sum killed | low | high | claims
                Tally Project |  | people | about 30 | 25 | 40 | 1
                """)
    }

    @Test func countingCountsEveryClaim() {
        #expect(output("count killed where event = battle") == "count killed\n4")
    }
}
