/// The CSV that PostgreSQL's and DuckDB's `COPY ... (FORMAT csv, FORCE_QUOTE *)` write: every
/// value that is not NULL in double quotes (a quote inside doubled), NULL as a bare empty field.
/// So `""` is the empty text and an empty field is NULL, and a comma, quote or line break inside
/// quotes is part of the value. A record ends at a line break outside quotes (LF, or CRLF).
enum QuotedCSV {
    static func rows(_ bytes: [UInt8]) -> [[String?]] {
        var rows: [[String?]] = []
        var row: [String?] = []
        var field: [UInt8] = []
        var quoted = false
        var inQuotes = false
        var index = 0
        func endField() {
            // Only an empty field without quotes is NULL; a bare non-empty one (which FORCE_QUOTE
            // never writes) is kept as the text it is.
            row.append(quoted || !field.isEmpty ? String(decoding: field, as: UTF8.self) : nil)
            field = []
            quoted = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inQuotes {
                if byte != UInt8(ascii: "\"") {
                    field.append(byte)
                } else if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    field.append(byte)
                    index += 1
                } else {
                    inQuotes = false
                }
            } else if byte == UInt8(ascii: "\"") {
                inQuotes = true
                quoted = true
            } else if byte == UInt8(ascii: ",") {
                endField()
            } else if byte == UInt8(ascii: "\n") {
                endField()
                rows.append(row)
                row = []
            } else if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                continue
            } else {
                field.append(byte)
            }
        }
        if !row.isEmpty || quoted || !field.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
