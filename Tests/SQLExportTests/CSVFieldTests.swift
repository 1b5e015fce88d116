import Testing

@testable import SQLExport

/// One value as a CSV field, as each loader is told to read it.
@Suite struct CSVFieldTests {
    private func field(_ value: SQLValue, _ nulls: CSVField.NullStyle = .emptyField, numbers: Bool = false) -> String {
        var bytes: [UInt8] = []
        CSVField.append(value, nulls: nulls, booleansAsNumbers: numbers, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func plainTextIsWrittenAsItIs() {
        #expect(field(.text("Afghan Taliban")) == "Afghan Taliban")
    }

    @Test func commasQuotesAndLineBreaksAreQuoted() {
        #expect(field(.text("a,b")) == "\"a,b\"")
        #expect(field(.text("say \"no\"")) == "\"say \"\"no\"\"\"")
        #expect(field(.text("two\nlines")) == "\"two\nlines\"")
        #expect(field(.text("cr\rhere")) == "\"cr\rhere\"")
    }

    @Test func unicodeIsWrittenAsUTF8() {
        let text = "Ghazab lil-Haq, غضب للحق"
        #expect(field(.text(text)) == "\"\(text)\"")
        #expect(Array(field(.text("é")).utf8) == [0xC3, 0xA9])
    }

    @Test func nullAndTheEmptyTextDifferInEveryStyle() {
        #expect(field(.null) == "")
        #expect(field(.text("")) == "\"\"")
        #expect(field(.null, .marker) == "\\N")
        #expect(field(.text(""), .marker) == "\"\"")
    }

    @Test func aTextThatLooksLikeTheMarkerIsEscaped() {
        #expect(field(.text("\\N"), .marker) == "\\\\N")
        #expect(field(.text("\\\\N"), .marker) == "\\\\\\N")
        #expect(field(.text("N"), .marker) == "N")
        #expect(field(.text("\\Nx"), .marker) == "\\Nx")
        // Without a marker there is nothing to escape.
        #expect(field(.text("\\N")) == "\\N")
    }

    @Test func wholeFiguresHaveNoFraction() {
        #expect(field(.real(297)) == "297")
        #expect(field(.real(0)) == "0")
        #expect(field(.real(999_999_999_999_999)) == "999999999999999")
        #expect(field(.real(12.5)) == "12.5")
        #expect(field(.real(-0.25)) == "-0.25")
        #expect(field(.integer(42)) == "42")
    }

    @Test func booleansAreWordsOrNumbers() {
        #expect(field(.boolean(true)) == "true")
        #expect(field(.boolean(false)) == "false")
        #expect(field(.boolean(true), numbers: true) == "1")
        #expect(field(.boolean(false), numbers: true) == "0")
    }
}
