/// A reading position in a YAML text's UTF-8 bytes, and the pieces of syntax that every part of the
/// grammar shares: line breaks, blanks, comments, document markers, and marks for messages.
///
/// It reads bytes, not Characters: every character YAML gives a meaning to is ASCII, so scanning
/// bytes is exact, and it is what lets a 16 MiB file be read in a blink. The scalar styles are read
/// by the extensions in `YAMLPlainScalar.swift`, `YAMLQuotedScalar.swift` and `YAMLBlockScalar.swift`.
struct YAMLScanner {
    /// The text's bytes and a 0 after them. No text that gets past `checkCharacters()` holds a 0, so
    /// the 0 marks the end, and looking at the current byte never runs off the array.
    let bytes: [UInt8]
    private(set) var offset: Int
    /// Counted from 1.
    private(set) var line = 1
    /// The offset of the current line's first byte.
    private(set) var lineStart: Int
    /// The last mark handed out, so that many marks along one long line cost one pass over it.
    private var lastMark: (offset: Int, column: Int)

    /// Where the scanner is, to come back to after looking ahead.
    struct Place {
        fileprivate let offset: Int
        fileprivate let line: Int
        fileprivate let lineStart: Int
    }

    init(_ text: String) {
        var bytes = Array(text.utf8)
        let byteOrderMark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bytes.append(YAMLByte.end)
        self.bytes = bytes
        offset = byteOrderMark
        lineStart = byteOrderMark
        lastMark = (byteOrderMark, 1)
    }

    // MARK: - Position

    var byte: UInt8 { bytes[offset] }

    /// The byte `distance` ahead, or the end.
    func peek(_ distance: Int) -> UInt8 {
        offset + distance < bytes.count ? bytes[offset + distance] : YAMLByte.end
    }

    var isAtEnd: Bool { offset == bytes.count - 1 }

    /// The column counted in bytes from 0: indentation, which is spaces only, so bytes count it right.
    var indentColumn: Int { offset - lineStart }

    /// Whether only spaces come before the cursor on its line: it is at the line's indentation.
    var isFirstOnLine: Bool {
        var index = lineStart
        while index < offset {
            if bytes[index] != YAMLByte.space { return false }
            index += 1
        }
        return true
    }

    var place: Place {
        get { Place(offset: offset, line: line, lineStart: lineStart) }
        set {
            offset = newValue.offset
            line = newValue.line
            lineStart = newValue.lineStart
        }
    }

    /// Moves along the current line; line breaks are crossed only by `skipBreak()`, which counts them.
    mutating func advance(_ count: Int = 1) {
        offset += count
    }

    /// The cursor's line and column. Columns count Unicode scalars, as editors and the rest of
    /// conflictq's messages do: bytes that continue a character are not counted.
    mutating func mark() -> YAMLMark {
        var index = lineStart
        var column = 1
        if lastMark.offset >= lineStart && lastMark.offset <= offset {
            index = lastMark.offset
            column = lastMark.column
        }
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        lastMark = (offset, column)
        return YAMLMark(line: line, column: column)
    }

    /// The text of a range of bytes read earlier.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The character at the cursor, as a message shows it: `"]"`, `"é"`, `the end of the line`.
    func describeCurrent() -> String {
        guard byte >= 0x80 else { return YAMLByte.describe(byte) }
        var end = offset + 1
        while bytes[end] & 0xC0 == 0x80 { end += 1 }
        return "\"" + text(offset..<end) + "\""
    }

    // MARK: - Lines, blanks and comments

    /// Crosses the line break at the cursor: `\n`, `\r\n` or a lone `\r`.
    mutating func skipBreak() {
        if bytes[offset] == YAMLByte.carriageReturn && bytes[offset + 1] == YAMLByte.lineFeed {
            offset += 2
        } else {
            offset += 1
        }
        line += 1
        lineStart = offset
    }

    mutating func skipBlanks() {
        while YAMLByte.isBlank(bytes[offset]) { offset += 1 }
    }

    /// From `#` to the end of the line.
    mutating func skipComment() {
        while bytes[offset] != YAMLByte.end && !YAMLByte.isBreak(bytes[offset]) { offset += 1 }
    }

    /// Whether a comment or the end of the line comes next, after any blanks.
    mutating func isAtLineEnd() -> Bool {
        skipBlanks()
        return byte == YAMLByte.hash || YAMLByte.isBreak(byte) || isAtEnd
    }

    /// Skips blanks, comments and line breaks up to the next content or the end of the text, outside
    /// brackets, where indentation has a meaning: a tab before content at the start of a line is an
    /// error, since YAML indents with spaces only. Tabs on blank and comment lines do no harm.
    mutating func skipToContent() throws(YAMLSyntaxError) {
        while true {
            let indenting = isFirstOnLine
            while bytes[offset] == YAMLByte.space { offset += 1 }
            if bytes[offset] == YAMLByte.tab {
                let tab = offset
                skipBlanks()
                if indenting && !(byte == YAMLByte.hash || YAMLByte.isBreak(byte) || isAtEnd) {
                    offset = tab
                    throw invalid("a tab indents this line; YAML is indented with spaces, not tabs")
                }
            }
            if byte == YAMLByte.hash { skipComment() }
            guard YAMLByte.isBreak(byte) else { return }
            skipBreak()
        }
    }

    /// `---` (a document starts) or `...` (it ends) at the start of a line, alone or before a blank.
    func isAtDocumentMarker() -> Bool {
        guard offset == lineStart else { return false }
        let first = bytes[offset]
        guard first == YAMLByte.dash || first == YAMLByte.dot else { return false }
        return peek(1) == first && peek(2) == first && YAMLByte.isBlankOrBreakOrEnd(peek(3))
    }

    var isAtDocumentStart: Bool { isAtDocumentMarker() && byte == YAMLByte.dash }

    // MARK: - Errors

    /// An error at the cursor.
    mutating func invalid(_ message: String) -> YAMLSyntaxError {
        YAMLSyntaxError(kind: .invalid, mark: mark(), message: message)
    }

    /// YAML refuses control characters anywhere, even quoted: they must be written as escapes; and a
    /// byte order mark anywhere but at the start. Checked
    /// once before reading, which also keeps any 0 byte away from the one that marks the end.
    mutating func checkCharacters() throws(YAMLSyntaxError) {
        let start = place
        var index = offset
        let end = bytes.count - 1
        while index < end {
            let byte = bytes[index]
            var forbidden = false
            switch byte {
            case YAMLByte.lineFeed:
                line += 1
                lineStart = index + 1
            case YAMLByte.carriageReturn:
                if bytes[index + 1] != YAMLByte.lineFeed {
                    line += 1
                    lineStart = index + 1
                }
            case YAMLByte.tab:
                break
            case 0..<0x20, 0x7F:
                forbidden = true
            case 0xC2:
                // U+0080 to U+009F, the C1 controls, except U+0085, YAML's "next line".
                let next = bytes[index + 1]
                forbidden = (0x80...0x9F).contains(next) && next != 0x85
            case 0xEF:
                // U+FFFE and U+FFFF, which are not characters.
                forbidden = index + 2 < end && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
                // U+FEFF, the byte order mark: it may start the text (the scanner starts past it),
                // and YAML allows it nowhere else, not even quoted.
                if index + 2 < end && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
                    offset = index
                    throw invalid(
                        "a byte order mark (U+FEFF) may only start the file; in a value, write it as \"\\uFEFF\"")
                }
            default:
                break
            }
            if forbidden {
                offset = index
                throw invalid("control characters are not allowed")
            }
            index += 1
        }
        place = start
    }
}
