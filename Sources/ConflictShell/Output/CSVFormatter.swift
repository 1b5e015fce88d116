import ConflictQuery

/// RFC 4180 records: a header of column names, then one record per row.
///
/// Lines end in LF rather than the RFC's CRLF, as Unix tools expect (every CSV reader accepts
/// both). A field is quoted when it holds a comma, a double quote, CR or LF, and quotes inside it
/// are doubled. Figures are written as their words ("more than 450"); `--format json` keeps the
/// interval apart. Several tables are separated by an empty line; CSV has no place for notes, so
/// the shell prints those on standard error.
struct CSVFormatter: ResultFormatter {
    let includesNotes = false

    func format(_ tables: [ResultTable]) -> String {
        tables.map(formatTable).joined(separator: "\n")
    }

    private func formatTable(_ table: ResultTable) -> String {
        var text = record(table.columns.map(\.name))
        for row in table.rows {
            text += record(table.columns.indices.map { $0 < row.values.count ? row.values[$0].text : "" })
        }
        return text
    }

    private func record(_ fields: [String]) -> String {
        fields.map(Self.field).joined(separator: ",") + "\n"
    }

    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }
}
