import ConflictDiagnostics
import ConflictQuery

/// RFC 4180 records: a header of column names, then one record per row.
///
/// Lines end in LF rather than the RFC's CRLF, as Unix tools expect (every CSV reader accepts
/// both). A field is quoted when it holds a comma, a double quote, CR or LF, and quotes inside it
/// are doubled. Figures are written as their words ("more than 450"); `--format json` keeps the
/// interval apart. Several tables are separated by an empty line; CSV has no place for notes, so
/// the shell prints those on standard error.
///
/// The data is kept exact, byte for byte, with two exceptions:
///
/// - A text cell (text, an actor's name, a list) that starts with `=`, `+`, `-`, `@`, a tab or a
///   carriage return gets a `'` in front, as OWASP advises against CSV formula injection: a
///   spreadsheet would otherwise run `=HYPERLINK(...)` from a model file as a formula. Numbers
///   and figures are never changed (`-5` stays a number), nor is text that is a signed number
///   alone, such as a history's change `+164`: a spreadsheet reads it as the number it is.
/// - To a terminal, control, bidirectional and invisible characters are shown visibly
///   (`TerminalText.visible`); to a file or a pipe they are written as they are.
struct CSVFormatter: ResultFormatter {
    let includesNotes = false
    /// Whether the records go to a terminal rather than a file or a pipe.
    var toTerminal = false

    func format(_ tables: [ResultTable]) -> String {
        tables.map(formatTable).joined(separator: "\n")
    }

    /// Written into one string as it goes: a large answer has tens of thousands of rows, and an
    /// array of fields joined for each would cost more than finding the answer.
    private func formatTable(_ table: ResultTable) -> String {
        var text = ""
        appendRecord(table.columns.map { Self.textCell($0.name) }, to: &text)
        for row in table.rows {
            for index in table.columns.indices {
                if index > 0 { text.append(",") }
                if index < row.values.count { appendField(Self.cell(row.values[index]), to: &text) }
            }
            text.append("\n")
        }
        return text
    }

    private func appendRecord(_ fields: [String], to text: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text.append(",") }
            appendField(field, to: &text)
        }
        text.append("\n")
    }

    private func appendField(_ field: String, to text: inout String) {
        text.append(Self.field(toTerminal ? TerminalText.visible(field) : field))
    }

    /// A value's words, protected against formula injection when the value is text.
    static func cell(_ value: Value) -> String {
        switch value {
        case .text, .actor, .list: return textCell(value.text)
        default: return value.text
        }
    }

    /// Text that a spreadsheet would read as a formula, with a `'` in front so that it shows as text.
    static func textCell(_ text: String) -> String {
        guard let first = text.utf8.first, "=+-@\t\r".utf8.contains(first), !isSignedNumber(text) else { return text }
        return "'" + text
    }

    /// `+164`, `-3`, `+2.5`: a sign and digits, which no spreadsheet runs as a formula.
    private static func isSignedNumber(_ text: String) -> Bool {
        let digits = text.unicodeScalars.dropFirst()
        let parts = String(String.UnicodeScalarView(digits)).split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }

    static func field(_ text: String) -> String {
        // Bytes rather than scalars: the four are ASCII, and no other scalar's UTF-8 holds their bytes.
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}
