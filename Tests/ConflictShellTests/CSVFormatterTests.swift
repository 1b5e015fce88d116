import ConflictModel
import ConflictQuery
import Testing

@testable import ConflictShell

@Suite struct CSVFormatterTests {
    @Test func headerThenOneRecordPerRowWithLFLineEnds() {
        #expect(
            CSVFormatter().format([TableFormatterTests.casualties]) == """
                party,killed,claims
                Afghan Taliban,exactly 297,1
                Pakistan,more than 450,12

                """)
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("Pakistan, Afghan Taliban", "\"Pakistan, Afghan Taliban\""),
        ("the \"oppressive\" regime", "\"the \"\"oppressive\"\" regime\""),
        ("two\nlines", "\"two\nlines\""),
        ("carriage\rreturn", "\"carriage\rreturn\""),
        ("", ""),
        (" spaces kept ", " spaces kept "),
    ])
    func fieldsAreQuotedOnlyWhenTheyNeedIt(text: String, expected: String) {
        #expect(CSVFormatter.field(text) == expected)
    }

    @Test func notesAreLeftToStandardError() {
        let formatter = CSVFormatter()
        #expect(!formatter.includesNotes)
        #expect(!formatter.format([TableFormatterTests.casualties]).contains("not added"))
    }

    @Test func anEmptyResultIsItsHeader() {
        let table = ResultTable(columns: [ResultTable.Column("killed", .quantity)], notes: ["no claim matches"])
        #expect(CSVFormatter().format([table]) == "killed\n")
    }

    @Test func listsAreOneFieldJoinedByCommas() {
        let table = ResultTable(
            columns: [ResultTable.Column("target", .list)],
            rows: [
                ResultTable.Row([
                    .list([.actor(id: "pakistan", name: "Pakistan"), .actor(id: "afghan-taliban", name: "Afghan Taliban")])
                ])
            ])
        #expect(CSVFormatter().format([table]) == "target\n\"Pakistan, Afghan Taliban\"\n")
    }
}
