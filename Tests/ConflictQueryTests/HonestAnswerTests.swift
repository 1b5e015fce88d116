import ModelFileFormat
import ConflictModel
import ConflictQuery
import Foundation
import Testing

/// The rules that keep answers honest, on a model made to break them: a running total and its
/// revision, competing claimants, and figures of every precision.
@Suite struct HonestAnswerTests {
    static let model: ConflictModel = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Models/running-totals.yaml").path
        do { return try ModelFiles.load([path]) } catch { fatalError("\(error)") }
    }()

    private func output(_ query: String) -> String {
        GoldenFile.output(of: query, model: Self.model)
    }

    @Test func laterRunningTotalRevisesTheEarlierOne() {
        #expect(
            output("sum killed where party = Southland according to Northland") == """
                claimant | party | unit | sum killed | claims
                Sam Spokes | Southland | people | exactly 310 | 1
                -- 1 earlier running total was revised by a later one from the same claimant and left out
                """)
    }

    @Test func competingClaimantsAreNeverAdded() {
        #expect(
            output("sum killed where party = Southland") == """
                claimant | party | unit | sum killed | claims
                Sam Spokes | Southland | people | exactly 310 | 1
                Southland Ministry of Defence | Southland | people | up to 40 | 1
                -- figures from 2 claimants are not added together; each claimant has its own row (choose one with: according to NAME)
                -- 1 earlier running total was revised by a later one from the same claimant and left out
                """)
    }

    @Test func theSeriesStaysVisibleAsHistory() {
        #expect(
            output("claims where running_total = yes order by as_of") == """
                id | measure | value | unit | counted | party | claimant | stance | as_of
                1 | killed | about 250 | people | soldiers | Southland | Sam Spokes | asserted | 2026-03-01
                2 | killed | exactly 310 | people | soldiers | Southland | Sam Spokes | asserted | 2026-03-02
                """)
    }

    @Test func exactPlusAtLeastIsAtLeast() {
        #expect(
            output("sum killed + injured where party = Southland according to Sam Spokes with intervals") == """
                claimant | party | unit | sum killed + injured | low | high | claims
                Sam Spokes | Southland | people | at least 410 | 410 | ∞ | 2
                -- 1 earlier running total was revised by a later one from the same claimant and left out
                """)
    }

    @Test func differentSidesAreNeverAdded() {
        #expect(
            output("sum killed according to Southland with intervals") == """
                claimant | party | unit | sum killed | low | high | claims
                Southland Ministry of Defence | Southland | people | up to 40 | 0 | 40 | 1
                Southland Ministry of Defence | Northland | people | nearly 12 | 11 | 12 | 1
                -- figures counting different sides are not added together; each side has its own row
                """)
    }

    @Test func aMemberCountsForItsSide() {
        // The army's spokesman speaks for the army, which is part of Northland.
        #expect(output("count claims according to North") == "count\n3")
        #expect(output("count claims where side = Northland") == "count\n3")
    }

    @Test func noClaimIsNotZero() {
        #expect(
            output("sum injured where party = Northland") == """
                claimant | party | unit | sum injured | claims
                -- no claim matches: the model holds no figure for injured where party = Northland, which is not the same as zero
                """)
    }
}
