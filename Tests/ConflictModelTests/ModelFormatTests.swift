import ConflictModel
import ModelFileFormat
import Testing

/// The format versions a file may be in: 3 is written, 2 is still read as it is.
@Suite struct ModelFormatTests {
    private func claim(_ version: Int, _ fields: String) throws -> Claim {
        let text = """
            conflictq-model: \(version)
            vocabulary:
              units: [{id: people, description: people}]
              measures: [{id: killed, description: people killed, unit: people}]
            actors: [{id: a, name: A, kind: state}]
            claims:
              - {id: 1, measure: killed, counted: soldiers, value: 5, claimant: a, \(fields)}
            """
        let model = try ModelFiles.load(text: text, path: "m.yaml")
        return try #require(model.claims.first)
    }

    @Test func formatTwoDateIsTheAsOfTime() throws {
        let claim = try claim(2, #"date: "2026-03-01", running_total: true"#)
        #expect(claim.asOf == PartialDate(year: 2026, month: 3, day: 1))
        #expect(claim.since == nil)
        #expect(claim.runningTotal)
    }

    @Test func formatThreeHasATimeOfDayAndAPeriod() throws {
        let claim = try claim(3, #"as_of: "2026-03-01 16:05", since: "2026-02-26", running_total: true"#)
        #expect(claim.asOf == PartialDate(year: 2026, month: 3, day: 1, minutes: 16 * 60 + 5))
        #expect(claim.asOf?.description == "2026-03-01 16:05")
        #expect(claim.since == PartialDate(year: 2026, month: 2, day: 26))
    }

    @Test func aTimeOrdersWithinItsDay() throws {
        let day = try #require(PartialDate("2026-03-01"))
        let morning = try #require(PartialDate("2026-03-01 09:00"))
        let evening = try #require(PartialDate("2026-03-01 18:30"))
        #expect(day < morning && morning < evening)
        #expect(evening < PartialDate(year: 2026, month: 3, day: 2))
        #expect(evening.withoutTime == day)
    }

    @Test(arguments: ["2026-03-01 24:00", "2026-03-01 9:00", "2026-03-01 09:60", "2026-03 09:00", "2026-03-01  09:00",
                      "2026-03-01 09:00:00", "2026-03-01T09:00"])
    func aWrongTimeIsNotADate(_ text: String) {
        #expect(PartialDate(text) == nil)
    }
}
