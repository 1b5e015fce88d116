import ConflictQuery

/// What the `-quote` mode of sqlite3 and of DuckDB's CLI prints: each row on its own line, its
/// values separated by commas, each value an SQL literal. NULL is `NULL`, a text is `'...'` (a
/// quote inside doubled; line breaks as they are), a number bare. So NULL, the empty text `''`
/// and the text `'NULL'` all differ. sqlite3 prints a blob `X'00ff'`; DuckDB quotes everything
/// that is not a number or a boolean, its lists, structs, dates and blobs included (v1.5.6:
/// `'[1, 2]'`, `'2024-01-02'`, `'\x00ff'`), so no bare value holds a comma.
///
/// sqlite3 prints a REAL with 20 significant digits (3.40: `%!.20g`, so 0.1+0.2 prints
/// 0.3000000000000000444 and 1e15+1 prints 1000000000000000.9999). That text parses back to the
/// very double SQLite holds; with `shortestReals` it is given as the shortest text that does
/// (Swift's `description`: 0.30000000000000004, 1000000000000001.0), as DuckDB and PostgreSQL
/// print it, so the same answer reads the same on every engine. `Inf` and `-Inf` are kept as
/// printed. DuckDB already prints the shortest text, and its DECIMALs keep their scale (1.500),
/// so its numbers are left as they are.
///
/// Newer sqlite3 versions may write a control character as `char(13)` joined to the text with
/// `||`; that is read too.
struct QuotedLiteralRows {
    private let bytes: [UInt8]
    private let shortestReals: Bool
    private let program: String
    private var index = 0

    static func rows(_ bytes: [UInt8], shortestReals: Bool, program: String) throws(SQLEngineError) -> [[String?]] {
        var reader = QuotedLiteralRows(bytes: bytes, shortestReals: shortestReals, program: program)
        return try reader.readRows()
    }

    private init(bytes: [UInt8], shortestReals: Bool, program: String) {
        self.bytes = bytes
        self.shortestReals = shortestReals
        self.program = program
    }

    private mutating func readRows() throws(SQLEngineError) -> [[String?]] {
        var rows: [[String?]] = []
        var row: [String?] = []
        while index < bytes.count {
            row.append(try value())
            guard index < bytes.count else { break }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                rows.append(row)
                row = []
            case UInt8(ascii: "\r") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n"):
                index += 2
                rows.append(row)
                row = []
            default:
                throw unreadable()
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// One value: a literal, or texts and `char(...)` calls joined by `||`.
    private mutating func value() throws(SQLEngineError) -> String? {
        if bytes[index] != UInt8(ascii: "'") && !startsWith("char(") {
            return try bare()
        }
        var text: [UInt8] = []
        repeat {
            if startsWith("||") { index += 2 }
            if startsWith("char(") {
                text += try characterCall()
            } else if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
                text += try quoted()
            } else {
                throw unreadable()
            }
        } while startsWith("||")
        return String(decoding: text, as: UTF8.self)
    }

    /// NULL, a number, or a blob, up to the next comma or line break.
    private mutating func bare() throws(SQLEngineError) -> String? {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "\n"),
            bytes[index] != UInt8(ascii: "\r")
        {
            // A blob's hex digits are in quotes: X'00ff'.
            if bytes[index] == UInt8(ascii: "'") { _ = try quoted() } else { index += 1 }
        }
        let token = String(decoding: bytes[start..<index], as: UTF8.self)
        if token == "NULL" { return nil }
        guard !token.isEmpty else { throw unreadable() }
        guard shortestReals else { return token }
        let isReal = token.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        if isReal, token.first != "X", let number = Double(token), number.isFinite { return number.description }
        return token
    }

    /// A quoted literal's bytes, its doubled quotes made single.
    private mutating func quoted() throws(SQLEngineError) -> [UInt8] {
        index += 1
        var text: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte != UInt8(ascii: "'") {
                text.append(byte)
            } else if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
                text.append(byte)
                index += 1
            } else {
                return text
            }
        }
        throw unreadable()
    }

    /// `char(13)` or `char(13,10)`: the characters of those code points, in UTF-8.
    private mutating func characterCall() throws(SQLEngineError) -> [UInt8] {
        index += 5
        guard let close = bytes[index...].firstIndex(of: UInt8(ascii: ")")) else { throw unreadable() }
        let codes = String(decoding: bytes[index..<close], as: UTF8.self).split(separator: ",")
        index = close + 1
        var text = ""
        for code in codes {
            guard let number = UInt32(String(code).trimmingSpaces), let scalar = Unicode.Scalar(number) else { throw unreadable() }
            text.unicodeScalars.append(scalar)
        }
        return Array(text.utf8)
    }

    private func startsWith(_ text: String) -> Bool {
        bytes[index...].starts(with: text.utf8)
    }

    private func unreadable() -> SQLEngineError {
        let near = String(decoding: bytes[min(index, bytes.count)...].prefix(40), as: UTF8.self)
        return SQLEngineError(.connection, "\(program)'s answer could not be read, near: \(near)")
    }
}
