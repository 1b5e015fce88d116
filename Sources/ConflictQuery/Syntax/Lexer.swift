import ConflictDiagnostics
/// Turns query text into tokens.
///
/// Words are letters, digits, `_`, and `-`, `'` or `.` inside a word (so "al-Qaeda", "Lt.",
/// "Pakistan's" read as one word); strings are `"..."` or `'...'` with backslash escapes; numbers
/// may group thousands with `,` or `_` ("2,600"); `#` starts a comment that runs to the end of the line.
struct Lexer {
    /// Longer inputs are refused before any work is done, so no query can make the shell crawl.
    static let maximumLength = 100_000

    /// The message of an unfinished string, which the shell tells from other unfinished input.
    static let unclosedString = "the string is not closed"

    /// Longest first, so that `<=` is not read as `<` then `=`.
    private static let symbols = ["!=", "<=", ">=", "=", "<", ">", "(", ")", ",", ";", "+"]

    private let bytes: [UInt8]
    private var position = 0

    private init(_ text: String) {
        bytes = Array(text.utf8)
    }

    static func tokens(of text: String) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(text)
        if lexer.bytes.count > maximumLength {
            throw Diagnostic(
                "the query is \(lexer.bytes.count) bytes long; the limit is \(maximumLength)",
                at: SourceRange(0, 0))
        }
        if let refused = lexer.firstRefusedCharacter() { throw refused }
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            if token.kind == .end { return tokens }
        }
    }

    private mutating func next() throws(Diagnostic) -> Token {
        skipBlanksAndComments()
        let start = position
        guard let byte = peek() else { return Token(kind: .end, text: "", range: SourceRange(start, start)) }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return try string(quote: byte) }
        if isDigit(byte) { return try number() }
        if isWordStart(byte) { return word() }
        for symbol in Self.symbols where matches(symbol) {
            position += symbol.utf8.count
            return Token(kind: .symbol, text: symbol, range: SourceRange(start, position))
        }
        let character = characterAt(start)
        throw Diagnostic("unexpected character \"\(character.text)\"", at: SourceRange(start, start + character.length))
    }

    private mutating func skipBlanksAndComments() {
        while let byte = peek() {
            if byte == UInt8(ascii: "#") {
                while let inComment = peek(), inComment != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
            {
                position += 1
            } else {
                return
            }
        }
    }

    private mutating func word() -> Token {
        let start = position
        while let byte = peek(), isWordPart(byte) { position += 1 }
        // Punctuation that ends a word is not part of it: "Pakistan." is the word "Pakistan".
        while position > start + 1, [UInt8(ascii: "."), UInt8(ascii: "'"), UInt8(ascii: "-")].contains(bytes[position - 1]) {
            position -= 1
        }
        return Token(kind: .word, text: text(start, position), range: SourceRange(start, position))
    }

    private mutating func number() throws(Diagnostic) -> Token {
        let start = position
        if let date = date() { return date }
        var digits = ""
        while let byte = peek() {
            if isDigit(byte) {
                digits.append(Character(UnicodeScalar(byte)))
                position += 1
            } else if (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "_")) && isThousandsGroup(at: position + 1) {
                position += 1
            } else {
                break
            }
        }
        if peek() == UInt8(ascii: "."), let after = peek(1), isDigit(after) {
            digits.append(".")
            position += 1
            while let byte = peek(), isDigit(byte) {
                digits.append(Character(UnicodeScalar(byte)))
                position += 1
            }
        }
        if let byte = peek(), isWordStart(byte) {
            while let more = peek(), isWordPart(more) { position += 1 }
            throw Diagnostic("\"\(text(start, position))\" is not a number", at: SourceRange(start, position))
        }
        guard let value = Double(digits), value.isFinite, value < 1e15 else {
            throw Diagnostic("the number is too large", at: SourceRange(start, position))
        }
        return Token(kind: .number, text: text(start, position), number: value, range: SourceRange(start, position))
    }

    /// `2026-02-28` or `2026-02` written bare reads as one word, so dates need no quotes.
    private mutating func date() -> Token? {
        func digits(_ from: Int, _ count: Int) -> Bool {
            from + count <= bytes.count && bytes[from..<from + count].allSatisfy(isDigit)
        }
        guard digits(position, 4), position + 4 < bytes.count, bytes[position + 4] == UInt8(ascii: "-"),
            digits(position + 5, 2)
        else { return nil }
        let start = position
        var end = position + 7
        if end < bytes.count, bytes[end] == UInt8(ascii: "-"), digits(end + 1, 2) { end += 3 }
        if end < bytes.count, isDigit(bytes[end]) || isWordStart(bytes[end]) { return nil }
        position = end
        return Token(kind: .word, text: text(start, end), range: SourceRange(start, end))
    }

    /// A separator groups thousands only before exactly three digits, so `in (1,2)` stays a list.
    private func isThousandsGroup(at index: Int) -> Bool {
        guard index + 3 <= bytes.count, bytes[index..<index + 3].allSatisfy(isDigit) else { return false }
        return index + 3 == bytes.count || !isDigit(bytes[index + 3])
    }

    private mutating func string(quote: UInt8) throws(Diagnostic) -> Token {
        let start = position
        position += 1
        var value: [UInt8] = []
        while true {
            guard let byte = peek() else {
                throw Diagnostic(Self.unclosedString, at: SourceRange(start, position), kind: .incompleteInput)
            }
            position += 1
            if byte == quote { break }
            guard byte == UInt8(ascii: "\\") else {
                value.append(byte)
                continue
            }
            guard let escaped = peek() else {
                throw Diagnostic(Self.unclosedString, at: SourceRange(start, position), kind: .incompleteInput)
            }
            switch escaped {
            case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(escaped)
            default:
                let character = characterAt(position)
                throw Diagnostic(
                    "unknown escape \"\\\(character.text)\"; use \\\", \\', \\\\, \\n or \\t",
                    at: SourceRange(position - 1, position + character.length))
            }
            position += 1
        }
        return Token(kind: .string, text: String(decoding: value, as: UTF8.self), range: SourceRange(start, position))
    }

    /// The first character a query may not hold, in the order the bytes come, so that the error
    /// names the first thing wrong: a NUL byte, a control character (C0, DEL or C1; tabs and line
    /// breaks are blanks), an invisible format or bidirectional character (`TerminalText.isInvisible`:
    /// a byte order mark, a zero-width space, a right-to-left override...), or U+FFFD, which stands
    /// in for bytes that were not UTF-8 (the shell decodes what it reads that way) and could never
    /// match a name.
    ///
    /// Everywhere: inside quotes and comments too. Printed back, a control character would act on
    /// the terminal instead of showing what was typed; an invisible one makes a word that looks
    /// like `count` not be `count`, and a bidirectional one makes the query on the screen read
    /// differently from the query that runs. Only ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER are
    /// taken inside quotes, where a Persian name or an emoji needs them.
    private func firstRefusedCharacter() -> Diagnostic? {
        var index = 0
        var quote: UInt8?
        var escaping = false
        var inComment = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0 { return Diagnostic("a NUL byte cannot appear in a query", at: SourceRange(index, index + 1)) }
            if (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F {
                return Diagnostic("unexpected control character \(Self.code(UInt32(byte)))", at: SourceRange(index, index + 1))
            }
            if byte >= 0x80 {
                let character = characterAt(index)
                if let refused = refusal(of: character.text, at: index, inQuotes: quote != nil) { return refused }
                index += character.length
                escaping = false
                continue
            }
            if inComment {
                if byte == UInt8(ascii: "\n") { inComment = false }
            } else if let open = quote {
                if escaping {
                    escaping = false
                } else if byte == UInt8(ascii: "\\") {
                    escaping = true
                } else if byte == open || byte == UInt8(ascii: "\n") {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // An apostrophe inside a word ("Pakistan's") is part of the word, not a quote.
                let inWord = index > 0 && (isWordPart(bytes[index - 1]) && bytes[index - 1] != UInt8(ascii: "'"))
                if byte == UInt8(ascii: "\"") || !inWord { quote = byte }
            } else if byte == UInt8(ascii: "#") {
                inComment = true
            }
            index += 1
        }
        return nil
    }

    /// Why a non-ASCII character at `index` cannot be in a query, or nil when it can.
    private func refusal(of text: String, at index: Int, inQuotes: Bool) -> Diagnostic? {
        let range = SourceRange(index, index + text.utf8.count)
        guard let scalar = text.unicodeScalars.first else { return nil }
        if TerminalText.isC1Control(scalar) {
            return Diagnostic("unexpected control character \(Self.code(scalar.value))", at: range)
        }
        if scalar == "\u{FFFD}" {
            return Diagnostic(
                "the query is not UTF-8 text: \"\u{FFFD}\" stands for bytes that could not be read as a character",
                at: range)
        }
        guard TerminalText.isInvisible(scalar) else { return nil }
        if scalar.value == 0x200C || scalar.value == 0x200D {
            if inQuotes { return nil }
            return Diagnostic(
                "an invisible character, \(TerminalText.codeAndName(scalar)), cannot appear in a query outside quotes; "
                    + "a name that needs it goes in quotes",
                at: range)
        }
        return Diagnostic("an invisible character, \(TerminalText.codeAndName(scalar)), cannot appear in a query", at: range)
    }

    /// "U+001B": a character named by its code, never printed as it is.
    private static func code(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private func peek(_ ahead: Int = 0) -> UInt8? {
        position + ahead < bytes.count ? bytes[position + ahead] : nil
    }

    private func matches(_ symbol: String) -> Bool {
        let utf8 = Array(symbol.utf8)
        return position + utf8.count <= bytes.count && bytes[position..<position + utf8.count].elementsEqual(utf8)
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The whole character starting at `index`, however many bytes it takes.
    private func characterAt(_ index: Int) -> (text: String, length: Int) {
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return (text(index, end), end - index)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Letters of any script start a word: bytes of 0x80 and above belong to non-ASCII letters.
    /// Invalid UTF-8 never reaches here: Swift strings repair it to U+FFFD when made, which
    /// `tokens(of:)` refuses.
    private func isWordStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    private func isWordPart(_ byte: UInt8) -> Bool {
        isWordStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "'")
    }
}
