import Testing

@testable import DataSetImport

@Suite struct DelimitedTextTests {
    private func rows(_ text: String, _ dialect: DelimitedText.Dialect = .csv) throws -> [DelimitedText.Row] {
        var reader = DelimitedText(Array(text.utf8), dialect: dialect)
        var rows: [DelimitedText.Row] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let read = try rows("id,text\n1,\"a, \"\"b\"\"\nc\"\n2,plain\n")
        #expect(read.map(\.fields) == [["id", "text"], ["1", "a, \"b\"\nc"], ["2", "plain"]])
        // A row is named by the line it starts on, past the line break inside the quotes.
        #expect(read.map(\.line) == [1, 2, 4])
    }

    @Test func crlfEmptyLinesAByteOrderMarkAndNoFinalLineBreak() throws {
        let read = try rows("\u{FEFF}a,b\r\n\r\n1,\r\n2,3")
        #expect(read.map(\.fields) == [["a", "b"], ["1", ""], ["2", "3"]])
        #expect(read.map(\.line) == [1, 3, 4])
    }

    @Test func tabSeparatedTakesQuotesAsTheyAre() throws {
        let read = try rows("1\t\"x\t2\n", .tsv)
        #expect(read.map(\.fields) == [["1", "\"x", "2"]])
    }

    @Test func anOpenQuoteIsAnErrorAtItsRow() {
        #expect(throws: DelimitedText.Failure(line: 2, message: "field 2 opens a quote that the file never closes")) {
            try rows("a,b\n1,\"never\nclosed\n")
        }
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        #expect(throws: DelimitedText.Failure.self) { try rows("a,b\n1,\"x\"y\n") }
    }

    @Test func bytesThatAreNotUTF8AreAnErrorNamingTheField() throws {
        var reader = DelimitedText([0x61, 0x0A, 0x62, 0x2C, 0xFF, 0x0A], dialect: .csv)
        _ = try reader.next()
        #expect(throws: DelimitedText.Failure(line: 2, message: "field 2 is not UTF-8 text; convert the file to UTF-8 (iconv -t UTF-8)")) {
            try reader.next()
        }
    }
}
