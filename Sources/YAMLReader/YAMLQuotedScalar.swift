/// Single- and double-quoted scalars: `'it''s'`, `"a \"quote\" and a tab:\t"`.
extension YAMLScanner {
    /// The text between the quote at the cursor and the one that closes it. Line breaks inside fold
    /// as in plain scalars; lines after the first must be indented at least `minimumIndent`, which
    /// turns a missing closing quote into an error at the line where the string should have ended,
    /// instead of at the end of the file or, worse, at the next quote.
    mutating func quotedScalar(minimumIndent: Int) throws(YAMLSyntaxError) -> String {
        let quote = byte
        let isDouble = quote == YAMLByte.doubleQuote
        let opening = mark()
        let what = isDouble ? "double-quoted string" : "single-quoted string"
        advance()
        var text: [UInt8] = []
        while true {
            let run = offset
            while true {
                let byte = self.byte
                if byte == quote || byte == YAMLByte.end || YAMLByte.isBlank(byte) || YAMLByte.isBreak(byte) { break }
                if isDouble && byte == YAMLByte.backslash { break }
                advance()
            }
            text.append(contentsOf: bytes[run..<offset])
            switch byte {
            case YAMLByte.end:
                throw invalid("unterminated \(what) opened at \(opening); the file ends too early: is it cut short?")
            case quote:
                advance()
                guard !isDouble && byte == YAMLByte.singleQuote else { return String(decoding: text, as: UTF8.self) }
                text.append(YAMLByte.singleQuote)
                advance()
            case YAMLByte.backslash:
                if YAMLByte.isBreak(peek(1)) {
                    advance()
                    try foldBreaks(into: &text, escaped: true, minimumIndent: minimumIndent, what: what, opening: opening)
                } else {
                    try escape(into: &text)
                }
            case YAMLByte.space, YAMLByte.tab:
                let blanks = offset
                skipBlanks()
                if YAMLByte.isBreak(byte) {
                    try foldBreaks(into: &text, escaped: false, minimumIndent: minimumIndent, what: what, opening: opening)
                } else {
                    text.append(contentsOf: bytes[blanks..<offset])
                }
            default:
                try foldBreaks(into: &text, escaped: false, minimumIndent: minimumIndent, what: what, opening: opening)
            }
        }
    }

    /// At a line break inside quotes: the blanks around the breaks go, one break becomes a space and
    /// each blank line a line break. After an escaped break (`\` at the end of a line) the lines join
    /// with nothing between them.
    private mutating func foldBreaks(
        into text: inout [UInt8], escaped: Bool, minimumIndent: Int, what: String, opening: YAMLMark
    ) throws(YAMLSyntaxError) {
        var breaks = 0
        while YAMLByte.isBreak(byte) {
            skipBreak()
            breaks += 1
            if isAtDocumentMarker() {
                throw invalid("unterminated \(what) opened at \(opening): a document marker cannot be inside it")
            }
            while byte == YAMLByte.space { advance() }
            let indent = indentColumn
            skipBlanks()
            if !YAMLByte.isBreak(byte) && !isAtEnd && indent < minimumIndent {
                throw invalid(
                    "unterminated \(what) opened at \(opening): this line is not indented enough to continue it; "
                        + "is the closing quote missing?")
            }
        }
        if escaped {
            text.append(contentsOf: repeatElement(YAMLByte.lineFeed, count: breaks - 1))
        } else if breaks == 1 {
            text.append(YAMLByte.space)
        } else {
            text.append(contentsOf: repeatElement(YAMLByte.lineFeed, count: breaks - 1))
        }
    }

    /// One backslash escape of a double-quoted string, at the cursor.
    private mutating func escape(into text: inout [UInt8]) throws(YAMLSyntaxError) {
        let backslash = mark()
        let code = peek(1)
        guard code != YAMLByte.end else {
            advance()
            return
        }
        let single: UInt32? =
            switch code {
            case UInt8(ascii: "0"): 0
            case UInt8(ascii: "a"): 0x07
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "t"), YAMLByte.tab: 0x09
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "v"): 0x0B
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "e"): 0x1B
            case YAMLByte.space: 0x20
            case YAMLByte.doubleQuote: 0x22
            case UInt8(ascii: "/"): 0x2F
            case YAMLByte.backslash: 0x5C
            case UInt8(ascii: "N"): 0x85
            case UInt8(ascii: "_"): 0xA0
            case UInt8(ascii: "L"): 0x2028
            case UInt8(ascii: "P"): 0x2029
            default: nil
            }
        let digits: Int? =
            switch code {
            case UInt8(ascii: "x"): 2
            case UInt8(ascii: "u"): 4
            case UInt8(ascii: "U"): 8
            default: nil
            }
        var value: UInt32
        if let single {
            advance(2)
            value = single
        } else if let digits {
            let name = "\\" + String(UnicodeScalar(code))
            advance(2)
            value = 0
            for _ in 0..<digits {
                guard let digit = YAMLByte.hexValue(byte) else {
                    throw YAMLSyntaxError(
                        kind: .invalid, mark: backslash,
                        message: "the escape \(name) needs \(digits) hexadecimal digits (0-9, A-F)")
                }
                value = value * 16 + digit
                advance()
            }
        } else {
            advance()
            let found = describeCurrent()
            throw YAMLSyntaxError(
                kind: .invalid, mark: backslash,
                message: "unknown escape: a backslash followed by \(found) in a double-quoted string; "
                    + "write \"\\\\\" for a backslash")
        }
        guard let scalar = Unicode.Scalar(value) else {
            let hex = String(value, radix: 16, uppercase: true)
            throw YAMLSyntaxError(kind: .invalid, mark: backslash, message: "the escape for U+\(hex) names no character")
        }
        UTF8.encode(scalar) { text.append($0) }
    }
}
