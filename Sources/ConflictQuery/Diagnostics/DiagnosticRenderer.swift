/// Prints a diagnostic the way compilers do: where it is, what is wrong, the line, and a caret
/// line under the span.
///
///     query:1:5: error: unknown measure "kiled"; did you mean "killed"?
///     sum kiled
///         ^~~~~
public struct DiagnosticRenderer: Sendable {
    /// The name printed before the position: a script's path, or "query".
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
    static let widestLine = 160

    public func render(_ diagnostic: Diagnostic, in source: String) -> String {
        let bytes = Array(source.utf8)
        let start = min(diagnostic.range.start, bytes.count)
        let lineStart = bytes[..<start].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let lineNumber = bytes[..<lineStart].count { $0 == UInt8(ascii: "\n") } + 1 + lineOffset
        let lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
        let column = columns(bytes[lineStart..<start]) + 1
        let end = min(max(diagnostic.range.end, start), lineEnd)
        let (shown, indent, width) = Self.window(
            of: lineText, errorAt: column - 1, width: max(1, columns(bytes[start..<end])))
        let caret = String(repeating: " ", count: indent) + "^" + String(repeating: "~", count: width - 1)
        let label = diagnostic.kind == .cancelled ? "cancelled" : "error"
        let heading = "\(fileName):\(lineNumber):\(column): \(paint(label + ":", "1;31")) \(visible(diagnostic.fullMessage))"
        return heading + "\n" + visible(shown) + "\n" + paint(caret, "1;32")
    }

    /// The part of the line to show, where the caret starts in it, and how wide it is.
    static func window(of line: String, errorAt column: Int, width: Int) -> (text: String, indent: Int, width: Int) {
        guard line.utf8.count > widestLine else { return (line, column, width) }
        let characters = Array(line)
        guard characters.count > widestLine else { return (line, column, width) }
        // Some context before the error, and as much after it as fits.
        let from = max(0, min(column - widestLine / 4, characters.count - widestLine))
        let to = min(characters.count, from + widestLine)
        let lead = from > 0 ? "…" : ""
        let text = lead + String(characters[from..<to]) + (to < characters.count ? "…" : "")
        return (text, column - from + lead.count, max(1, min(width, to - column)))
    }

    /// Control characters as their symbols (U+0001 as "␁"): printed raw they would act on the terminal
    /// (an escape sequence, a carriage return) instead of showing what is wrong. One character each,
    /// so the caret stays under the same place.
    private func visible(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: result.append(scalar)
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Counts characters, not bytes, so the caret sits under the right letter in non-ASCII text.
    private func columns(_ bytes: ArraySlice<UInt8>) -> Int {
        String(decoding: bytes, as: UTF8.self).count
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
