/// Prints diagnostics the way compilers do: where it is, what is wrong, and, when the text is at
/// hand, the line with a caret under the place.
///
///     query:1:5: error: unknown measure "kiled"; did you mean "killed"?
///     sum kiled
///         ^~~~~
///     claims.yaml:10:16: error: claims[0].qualifier: unknown qualifier "roughly"; ...
///       qualifier: roughly
///                  ^~~~~~~
///
/// Columns count Unicode scalars from 1, for queries and files alike. Text from outside goes out
/// with its control characters made visible (`TerminalText`).
public struct DiagnosticRenderer: Sendable {
    /// The name printed before the position when the diagnostic names no file: a script's path,
    /// or "query".
    public var fileName: String
    /// Lines of the file before the query's text, so positions in a script count from its top.
    public var lineOffset: Int
    public var color: Bool

    public init(fileName: String = "query", lineOffset: Int = 0, color: Bool = false) {
        self.fileName = fileName
        self.lineOffset = lineOffset
        self.color = color
    }

    /// A longer line is shown in part, around the error, with "…" for the rest: a whole line of a
    /// megabyte (a file that is not a script) would bury the message.
    public static let widestLine = 160

    /// The diagnostic, with the line it points at when `source` (the text its location is in) is given.
    public func render(_ diagnostic: Diagnostic, in source: String?) -> String {
        let file = TerminalText.visible(diagnostic.file ?? fileName)
        var place = ""
        var excerpt: (line: String, caret: String)?
        switch diagnostic.location {
        case .range(let range):
            let text = source ?? ""
            let bytes = Array(text.utf8)
            let start = min(range.start, bytes.count)
            let lineStart = bytes[..<start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let lineNumber = bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") } + 1 + lineOffset
            let before = String(decoding: bytes[lineStart..<start], as: UTF8.self)
            let end = min(max(range.end, start), lineEnd)
            let marked = String(decoding: bytes[start..<end], as: UTF8.self)
            place = "\(file):\(lineNumber):\(before.unicodeScalars.count + 1): "
            if source != nil {
                excerpt = self.excerpt(
                    of: String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self), errorAt: before.unicodeScalars.count,
                    width: max(1, marked.unicodeScalars.count))
            }
        case .position(let line, let column):
            place = "\(file):\(line):\(column): "
            if let source, let text = Self.line(line, of: source) {
                let scalars = Array(text.unicodeScalars)
                let lead = min(max(0, column - 1), scalars.count)
                let rest = String(String.UnicodeScalarView(scalars.dropFirst(lead)))
                excerpt = self.excerpt(of: text, errorAt: lead, width: Self.tokenWidth(rest))
            }
        case .line(let line):
            place = "\(file):\(line): "
        case nil:
            place = diagnostic.file.map { TerminalText.visible($0) + ": " } ?? ""
        }
        let label = paint(diagnostic.severity.rawValue + ":", diagnostic.severity == .error ? "1;31" : "1;33")
        let subject = (diagnostic.field ?? "").isEmpty ? "" : diagnostic.field! + ": "
        var lines = [place + label + " " + TerminalText.visible(Self.shorteningQuotes(subject + diagnostic.fullMessage))]
        if let excerpt {
            lines += [excerpt.line, paint(excerpt.caret, "1;32")]
        }
        lines += diagnostic.notes.map { "  " + paint("note:", "1;36") + " " + TerminalText.visible($0) }
        return lines.joined(separator: "\n")
    }

    /// The part of the line to show, made visible, and the caret line under it. The caret is
    /// placed and sized by the visible text: a control shown as "␛" or a bidirectional control shown
    /// as "<U+202E>" before the error moves the caret as far as it moves the text.
    ///
    /// `column` and `width` count Unicode scalars: an error may be about a scalar inside what Swift
    /// takes for one character (a joiner between two letters, "x\u{200D}y"), and the caret goes
    /// under that scalar, not after the character it is in.
    private func excerpt(of line: String, errorAt column: Int, width: Int) -> (line: String, caret: String) {
        let scalars = Array(line.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let column = min(max(0, column), scalars.count)
        let (from, to) = Self.window(of: line, errorAt: column)
        let markedEnd = min(to, column + max(1, width))
        let lead = from > 0 ? "…" : ""
        let before = TerminalText.visible(text(from..<column))
        let marked = TerminalText.visible(text(column..<max(column, markedEnd)))
        let after = TerminalText.visible(text(max(column, markedEnd)..<to))
        let shown = lead + before + marked + after + (to < scalars.count ? "…" : "")
        let caretWidth = max(1, marked.count)
        return (shown, String(repeating: " ", count: lead.count + before.count) + "^" + String(repeating: "~", count: caretWidth - 1))
    }

    /// Which scalars of the line to show, `from..<to`: all of it, or for a longer line some
    /// context before the error and as much after it as fits.
    static func window(of line: String, errorAt column: Int) -> (from: Int, to: Int) {
        let count = line.unicodeScalars.count
        guard line.utf8.count > widestLine, count > widestLine else { return (0, count) }
        let from = max(0, min(column - widestLine / 4, count - widestLine))
        return (from, min(count, from + widestLine))
    }

    /// A quoted name or word longer than this is shown by its ends: a message that repeats a
    /// 99 KB token in full buries what it says.
    public static let longestQuote = 80

    /// The message with each long quoted text cut to its start and end, and the count of its
    /// characters: `"yyyy…yyyy" (10000 characters)`.
    static func shorteningQuotes(_ message: String) -> String {
        guard message.count > longestQuote else { return message }
        var result = ""
        var quoted: String?
        for character in message {
            guard character == "\"" else {
                if quoted != nil { quoted!.append(character) } else { result.append(character) }
                continue
            }
            if let inside = quoted {
                result += shortened(inside)
                quoted = nil
            } else {
                quoted = ""
            }
        }
        if let unclosed = quoted { result += "\"" + unclosed }
        return result
    }

    /// A quoted text, within quotes, cut if it is long.
    private static func shortened(_ text: String) -> String {
        guard text.count > longestQuote else { return "\"" + text + "\"" }
        let keep = longestQuote / 2 - 2
        return "\"" + text.prefix(keep) + "…" + text.suffix(keep) + "\" (\(text.count) characters)"
    }

    /// Line `number` (from 1) of a text, without its line break.
    private static func line(_ number: Int, of text: String) -> String? {
        var current = 1
        var start = text.utf8.startIndex
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
            if current == number { return String(text[start..<index]) }
            current += 1
            start = text.utf8.index(after: index)
        }
        return current == number && start < text.endIndex ? String(text[start...]) : nil
    }

    /// How much of the text at a file position to underline: the word or value that starts there,
    /// without the colon or comma after a key or a list item.
    private static func tokenWidth(_ rest: String) -> Int {
        var token = rest.prefix { !$0.isWhitespace }
        while let last = token.last, last == ":" || last == "," { token = token.dropLast() }
        return max(1, min(token.unicodeScalars.count, widestLine))
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
