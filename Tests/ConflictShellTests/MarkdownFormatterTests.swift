import ConflictModel
import ConflictQuery
import Testing

@testable import ConflictShell

@Suite struct MarkdownFormatterTests {
    @Test func pipeTableWithNumbersRightAlignedAndNotesAsAList() {
        #expect(
            MarkdownFormatter().format([TableFormatterTests.casualties]) == """
                | party | killed | claims |
                | --- | ---: | ---: |
                | Afghan Taliban | exactly 297 | 1 |
                | Pakistan | more than 450 | 12 |

                - figures from different claimants are not added

                """)
    }

    @Test func pipesAreEscapedAndLineBreaksKeptInTheCell() {
        let table = ResultTable(columns: [ResultTable.Column("quote", .text)], rows: [ResultTable.Row([.text("a | b\nc")])])
        #expect(MarkdownFormatter().format([table]) == "| quote |\n| --- |\n| a \\| b<br>c |\n")
    }

    @Test func aTitleIsABoldLineBeforeTheTable() {
        let table = ResultTable(
            title: "Sources", columns: [ResultTable.Column("id", .text)], rows: [ResultTable.Row([.text("x")])])
        #expect(MarkdownFormatter().format([table]) == "**Sources**\n\n| id |\n| --- |\n| x |\n")
    }

    @Test func anEmptyResultPrintsItsNotes() {
        let table = ResultTable(columns: [ResultTable.Column("killed", .quantity)], notes: ["no claim matches"])
        #expect(MarkdownFormatter().format([table]) == "- no claim matches\n")
    }
}
