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
        "2026-03-+1", "２０２６", "2026-", "2026-03-", "2026-03-01 ", "2026-03-01 9:00", "2026-03-01 09:0", "2026-03-01 09:000",
        "2026-03-01T09:00", "2026-03 09:00", "2026 09:00", "2026-03-01  09:00", "2026/03/01", " 2026", "2026-03-01 09-00",
        "2026-03-01 24:00", "2026-03-01 23:60", "20261", "2026-031",
    ])
    func rejectsImpossibleDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func readsEveryPart() {
        #expect(PartialDate("2026-03-01 09:05") == PartialDate(year: 2026, month: 3, day: 1, minutes: 545))
        #expect(PartialDate("2026-03-01 23:59")?.minutes == 1439)
        #expect(PartialDate("2024-02-29") == PartialDate(year: 2024, month: 2, day: 29))
        #expect(PartialDate("2000-02-29") != nil)
        #expect(PartialDate("1900-02-29") == nil)
        #expect(PartialDate("2026-12") == PartialDate(year: 2026, month: 12))
        #expect(PartialDate("0000") == PartialDate(year: 0))
    }

    @Test func printsAsWritten() {
        #expect(PartialDate("2024-02-29")?.description == "2024-02-29")
        #expect(PartialDate("0786-03-01")?.description == "0786-03-01")
        #expect(PartialDate(year: 2026, month: 3).description == "2026-03")
    }
}

/// What an error says of text written as a date that names none.
@Suite struct ImpossibleDateTests {
    @Test(arguments: [
        ("2025-02-29", "February 2025 has 28 days"), ("2024-02-30", "February 2024 has 29 days"),
        ("2026-04-31", "April 2026 has 30 days"), ("2026-00", "there is no month 0"), ("2026-13-01", "there is no month 13"),
        ("2026-02-28 24:00", "24:00 is no time of day (00:00 to 23:59)"), ("2026-02-28 12:60", "12:60 is no time of day (00:00 to 23:59)"),
    ])
    func saysWhyItIsNoDate(text: String, reason: String) {
        #expect(PartialDate.impossibility(of: text) == reason)
    }

    /// A date, and text not written as one at all, have no reason: the caller says what to write.
    @Test(arguments: ["2024-02-29", "2026-02-28 23:59", "2026", "yesterday", "2026-2-3", "+786-01", ""])
    func hasNoReasonForADateOrForOtherText(text: String) {
        #expect(PartialDate.impossibility(of: text) == nil)
    }
}
