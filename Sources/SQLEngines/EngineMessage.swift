/// An engine's complaint as a message of ours: its own words, without what only makes sense on a
/// terminal beside the statement.
enum EngineMessage {
    /// The lines of `stderr` that say what went wrong. Left out: blank lines, the statement echoed
    /// back with a caret under the error (psql's and DuckDB's `LINE 1: ...`, sqlite3's indented
    /// copy), which would show the wrapper around the user's statement (COPY (...) TO ...) rather
    /// than the statement; and the programs' own prefixes (`Error: in prepare, `, `ERROR:  `,
    /// `psql: error: `, `Parse error near line 1: `, `Runtime error near line 1: `).
    static func tidy(_ stderr: String) -> String {
        let lines = stderr.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        let kept = lines.filter { line in
            !line.trimmingSpaces.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("\t") && !isEchoedStatement(line)
        }
        let message = kept.map(withoutPrefixes).joined(separator: "\n").trimmingSpaces
        return message.isEmpty ? "no message" : message
    }

    private static let prefixes = [
        "psql: error: ", "Error: in prepare, ", "Error: stepping, ", "Error: ", "ERROR:  ", "FATAL:  ",
    ]

    private static func withoutPrefixes(_ line: String) -> String {
        var line = line
        // psql running a script prefixes each message with where in the script it was: "psql:<stdin>:2: ".
        if line.hasPrefix("psql:"), !line.hasPrefix("psql: "), let place = line.firstRange(of: ": ") {
            line = String(line[place.upperBound...])
        }
        for marker in ["Parse error near line ", "Runtime error near line "] where line.hasPrefix(marker) {
            if let colon = line.firstRange(of: ": ") { line = String(line[colon.upperBound...]) }
        }
        for prefix in prefixes where line.hasPrefix(prefix) {
            line = String(line.dropFirst(prefix.count))
            break
        }
        return line
    }

    /// `LINE 3: select ...`, as psql and DuckDB show where in the statement the error is.
    private static func isEchoedStatement(_ line: String) -> Bool {
        guard line.hasPrefix("LINE ") else { return false }
        let number = line.dropFirst(5).prefix { $0 != ":" }
        return !number.isEmpty && number.allSatisfy(\.isNumber)
    }
}

extension String {
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
