/// Rows of a CSV (RFC 4180: fields in double quotes may hold commas, quotes doubled and line
/// breaks) or of a tab-separated file without quoting (GDELT's exports), each with the line it
/// starts on, so that an error names where the row is.
///
/// Read from bytes, as the files are large and their text is almost all ASCII: a field is decoded
/// as UTF-8 only once it is cut out, and bytes that are not UTF-8 are an error naming the row.
struct DelimitedText {
    enum Dialect {
        /// Comma-separated, with RFC 4180 quoting.
        case csv
        /// Tab-separated, no quoting: a quote is an ordinary character.
        case tsv
    }

    struct Row {
        /// The line the row starts on, counted from 1.
        let line: Int
        let fields: [String]
    }

    /// Why a row could not be read, and where.
    struct Failure: Error, Equatable {
        let line: Int
        let message: String
    }

    let bytes: [UInt8]
    private let dialect: Dialect
    private var offset = 0
    private var line = 1

    init(_ bytes: [UInt8], dialect: Dialect) {
        self.bytes = bytes
        self.dialect = dialect
        // A byte order mark at the start is how some programs say UTF-8; it is no part of the first field.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
    }

    /// The next row, or nil at the end of the text. A last line without a line break is a row;
    /// an empty line is skipped, as spreadsheets write them at the end.
    mutating func next() throws(Failure) -> Row? {
        while offset < bytes.count, bytes[offset] == 0x0A || (bytes[offset] == 0x0D && peek(1) == 0x0A) {
            offset += bytes[offset] == 0x0D ? 2 : 1
            line += 1
        }
        guard offset < bytes.count else { return nil }
        let start = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var wasQuoted = false
        while offset < bytes.count {
            let byte = bytes[offset]
            if quoted {
                offset += 1
                if byte == UInt8(ascii: "\"") {
                    if peek(0) == UInt8(ascii: "\"") {
                        field.append(byte)
                        offset += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            if byte == separator {
                fields.append(try text(field, row: start, column: fields.count))
                field.removeAll(keepingCapacity: true)
                wasQuoted = false
                offset += 1
            } else if byte == 0x0A || (byte == 0x0D && peek(1) == 0x0A) {
                offset += byte == 0x0D ? 2 : 1
                line += 1
                break
            } else if dialect == .csv && byte == UInt8(ascii: "\"") && field.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
                offset += 1
            } else if dialect == .csv && wasQuoted {
                throw Failure(
                    line: line, message: "field \(fields.count + 1) has text after its closing quote; a quote inside a quoted field is written twice (\"\")")
            } else {
                field.append(byte)
                offset += 1
            }
        }
        if quoted {
            throw Failure(line: start, message: "field \(fields.count + 1) opens a quote that the file never closes")
        }
        fields.append(try text(field, row: start, column: fields.count))
        return Row(line: start, fields: fields)
    }

    private var separator: UInt8 { dialect == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t") }

    private func peek(_ ahead: Int) -> UInt8? {
        offset + ahead < bytes.count ? bytes[offset + ahead] : nil
    }

    private func text(_ field: [UInt8], row: Int, column: Int) throws(Failure) -> String {
        guard let text = String(validating: field, as: UTF8.self) else {
            throw Failure(line: row, message: "field \(column + 1) is not UTF-8 text; convert the file to UTF-8 (iconv -t UTF-8)")
        }
        return text
    }
}
