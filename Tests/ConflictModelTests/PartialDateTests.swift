import ConflictModel
import Testing

@Suite struct PartialDateTests {
    @Test func parsesDayMonthAndYear() {
        #expect(PartialDate("2026-02-28")?.precision == .day)
        #expect(PartialDate("2026-02")?.precision == .month)
        #expect(PartialDate("2026")?.precision == .year)
    }

    @Test(arguments: [
        "2026-02-30", "2026-13", "26-02-01", "2026-2-1", "", "2026-02-28x", "2025-02-29", "+786-03-01", "2026-+3",
        "2026-03-+1", "２０２６",
    ])
    func rejectsImpossibleDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func printsAsWritten() {
        #expect(PartialDate("2024-02-29")?.description == "2024-02-29")
        #expect(PartialDate("0786-03-01")?.description == "0786-03-01")
        #expect(PartialDate(year: 2026, month: 3).description == "2026-03")
    }
}
