import ConflictModel

/// Values written as fields of RFC 4180 CSV, in UTF-8: a field is quoted when it holds a comma, a
/// quote, a line break or nothing, and a quote inside is doubled.
///
/// A missing value and an empty text are told apart as the dialect's loader reads them (see
/// `SQLDialect.nullStyle`). Numbers are written as the model shows them: a whole figure without
/// ".0" (297, not 297.0), any other with the digits it needs. A figure is never infinite: an
/// unbounded high end is NULL.
enum CSVField {
    enum NullStyle {
        /// NULL is an empty field; the empty text is `""`.
        case emptyField
        /// NULL is `\N`, which the load script turns into NULL. A text that would read as one
        /// (`\N`, `\\N`, ...) gets one more backslash, which the load script takes off again.
        case marker
    }

    /// What stands for NULL under `.marker`.
    static let nullMarker = "\\N"

    static func append(_ value: SQLValue, nulls: NullStyle, booleansAsNumbers: Bool, to bytes: inout [UInt8]) {
        switch value {
        case .null:
            if nulls == .marker { bytes.append(contentsOf: nullMarker.utf8) }
        case .text(let text):
            appendText(nulls == .marker && looksLikeMarker(text) ? "\\" + text : text, to: &bytes)
        case .integer(let number):
            bytes.append(contentsOf: String(number).utf8)
        case .real(let number):
            precondition(number.isFinite, "a figure is finite: an unbounded end is written as NULL")
            bytes.append(contentsOf: Quantity.format(number).utf8)
        case .boolean(let flag):
            bytes.append(contentsOf: (booleansAsNumbers ? (flag ? "1" : "0") : (flag ? "true" : "false")).utf8)
        }
    }

    /// Whether a text is backslashes followed by one N: the marker, or a text escaped as one.
    static func looksLikeMarker(_ text: String) -> Bool {
        let bytes = text.utf8
        guard bytes.count >= 2, bytes.last == UInt8(ascii: "N") else { return false }
        return bytes.dropLast().allSatisfy { $0 == UInt8(ascii: "\\") }
    }

    private static func appendText(_ text: String, to bytes: inout [UInt8]) {
        let utf8 = text.utf8
        let needsQuotes =
            utf8.isEmpty
            || utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        guard needsQuotes else { return bytes.append(contentsOf: utf8) }
        bytes.append(UInt8(ascii: "\""))
        for byte in utf8 {
            bytes.append(byte)
            if byte == UInt8(ascii: "\"") { bytes.append(byte) }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
