import ConflictModel
import ConflictQuery
import Testing

@testable import ConflictShell

@Suite struct TableFormatterTests {
    static let casualties = ResultTable(
        columns: [
            ResultTable.Column("party", .actor), ResultTable.Column("killed", .quantity), ResultTable.Column("claims", .integer),
        ],
        rows: [
            ResultTable.Row([.actor(id: "afghan-taliban", name: "Afghan Taliban"), .quantity(Quantity(297)), .integer(1)]),
            ResultTable.Row([.actor(id: "pakistan", name: "Pakistan"), .quantity(Quantity(450, .moreThan)), .integer(12)]),
        ],
        notes: ["figures from different claimants are not added"])

    @Test func asciiTableAlignsNumbersRightAndPrintsNotesAfter() {
        let text = TableFormatter(style: .plain).format([Self.casualties])
        #expect(
            text == """
                +----------------+---------------+--------+
                | party          | killed        | claims |
                +----------------+---------------+--------+
                | Afghan Taliban |   exactly 297 |      1 |
                | Pakistan       | more than 450 |     12 |
                +----------------+---------------+--------+
                figures from different claimants are not added

                """)
    }

    @Test func unicodeTableUsesBoxDrawing() {
        let style = RenderStyle(borders: .unicode, maxWidth: nil, color: false)
        let table = ResultTable(columns: [ResultTable.Column("name", .text)], rows: [ResultTable.Row([.text("Türkiye")])])
        #expect(
            TableFormatter(style: style).format([table]) == """
                ┌─────────┐
                │ name    │
                ├─────────┤
                │ Türkiye │
                └─────────┘

                """)
    }

    @Test func anEmptyResultPrintsOnlyItsNotes() {
        let table = ResultTable(columns: [ResultTable.Column("killed", .quantity)], notes: ["no claim matches"])
        #expect(TableFormatter(style: .plain).format([table]) == "no claim matches\n")
    }

    @Test func anEmptyResultWithoutNotesSaysSo() {
        let table = ResultTable(columns: [ResultTable.Column("killed", .quantity)])
        #expect(TableFormatter(style: .plain).format([table]) == "(no rows)\n")
    }

    @Test func severalTablesAreTitledAndSeparatedByABlankLine() {
        let first = ResultTable(
            title: "Iran", columns: [ResultTable.Column("field", .text)], rows: [ResultTable.Row([.text("id")])])
        let second = ResultTable(
            title: "Sources", columns: [ResultTable.Column("n", .integer)], rows: [ResultTable.Row([.integer(15)])])
        #expect(
            TableFormatter(style: .plain).format([first, second]) == """
                Iran
                +-------+
                | field |
                +-------+
                | id    |
                +-------+

                Sources
                +----+
                | n  |
                +----+
                | 15 |
                +----+

                """)
    }

    @Test func wideTextWrapsAtSpacesToFitTheWidth() {
        let table = ResultTable(
            columns: [ResultTable.Column("id", .integer), ResultTable.Column("quote", .text)],
            rows: [ResultTable.Row([.integer(10), .text("now also we want to resolve this matter through dialogue")])])
        let style = RenderStyle(borders: .ascii, maxWidth: 30, color: false)
        let text = TableFormatter(style: style).format([table])
        #expect(
            text == """
                +----+-----------------------+
                | id | quote                 |
                +----+-----------------------+
                | 10 | now also we want to   |
                |    | resolve this matter   |
                |    | through dialogue      |
                +----+-----------------------+

                """)
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 30 })
    }

    @Test func withoutAWidthNothingIsWrappedOrCut() {
        let long = String(repeating: "word ", count: 60).trimmingBlanks()
        let table = ResultTable(columns: [ResultTable.Column("text", .text)], rows: [ResultTable.Row([.text(long)])])
        #expect(TableFormatter(style: .plain).format([table]).contains("| " + long + " |"))
    }

    @Test func numbersAreNeverWrappedEvenWhenTheTerminalIsTooNarrow() {
        let table = ResultTable(
            columns: [ResultTable.Column("value", .quantity)],
            rows: [ResultTable.Row([.quantity(Quantity(2600, .moreThan))])])
        let text = TableFormatter(style: RenderStyle(borders: .ascii, maxWidth: 8, color: false)).format([table])
        #expect(text.contains("| more than 2600 |"))
    }

    @Test func controlCharactersInTextCannotReachTheTerminal() {
        let table = ResultTable(
            columns: [ResultTable.Column("note", .text)], rows: [ResultTable.Row([.text("a\u{1B}[31mb\tc\nd")])])
        let text = TableFormatter(style: .plain).format([table])
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("| a␛[31mb c |"))
        #expect(text.contains("| d         |"))
    }

    /// A line feed starts a new line of the cell; CR, VT, FF, NEL, LS and PS are shown where they are.
    @Test func onlyALineFeedBreaksALineOfACell() {
        let table = ResultTable(
            columns: [ResultTable.Column("name", .text)],
            rows: [ResultTable.Row([.text("a\rb\r\nc\u{0B}d\u{0C}e\u{85}f\u{2028}g\u{2029}h\ni")])])
        #expect(
            TableFormatter(style: .plain).format([table]) == """
                +----------------------------------+
                | name                             |
                +----------------------------------+
                | a␍b␍                             |
                | c␋d␌e<U+0085>f<U+2028>g<U+2029>h |
                | i                                |
                +----------------------------------+

                """)
    }

    @Test func colourMakesTheHeaderBoldOnlyWhenAllowed() {
        let coloured = TableFormatter(style: RenderStyle(borders: .ascii, maxWidth: nil, color: true)).format([Self.casualties])
        #expect(coloured.contains("\u{1B}[1mparty         \u{1B}[0m"))
        #expect(!TableFormatter(style: .plain).format([Self.casualties]).contains("\u{1B}"))
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(DisplayWidth.of("Türkiye") == 7)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("中国") == 4)
        #expect(DisplayWidth.of("🇵🇰") == 2)
        let table = ResultTable(
            columns: [ResultTable.Column("name", .text)],
            rows: [ResultTable.Row([.text("中国")]), ResultTable.Row([.text("Iran")])])
        #expect(TableFormatter(style: .plain).format([table]).contains("| 中国 |\n| Iran |"))
    }
}
