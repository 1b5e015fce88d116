import ConflictDiagnostics

/// The parameters of a saved query: `$name` where a value stands, filled in when the query is run
/// (`.run casualties party="Afghan Taliban"` makes `party = $party` read `party = "Afghan Taliban"`).
///
/// A parameter is found outside strings and comments only, following the lexer's rules for both,
/// so a `$` in quotes is text and needs no escape; the language has no `$` of its own, so a
/// parameter is never anything else. A value goes in as one literal of the language (`literal`):
/// whatever it holds, it cannot add a word or a symbol to the query it fills.
public enum QueryTemplate {
    /// One `$name` in a text, and where it is.
    public struct Reference: Hashable, Sendable {
        /// Without its `$`.
        public var name: String
        /// From the `$` to the end of the name, in UTF-8 bytes.
        public var range: SourceRange
    }

    /// The longest name a parameter may have.
    public static let longestName = 64

    /// A letter or `_`, then letters, digits and `_`, ASCII, at most `longestName` of them: what
    /// may follow a `$`.
    public static func isParameterName(_ name: some StringProtocol) -> Bool {
        guard let first = name.utf8.first, isNameStart(first), name.utf8.count <= longestName else { return false }
        return name.utf8.allSatisfy(isNamePart)
    }

    /// Every `$name` outside strings and comments, in the order written.
    public static func references(in text: String) -> [Reference] {
        var found: [Reference] = []
        scan(text) { found.append($0) }
        return found
    }

    /// `text` with every reference that `replacement` gives a text for replaced by that text; the
    /// others stay as written.
    public static func replacingReferences(in text: String, _ replacement: (Reference) -> String?) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var copied = 0
        scan(text) { reference in
            guard let text = replacement(reference) else { return }
            result += bytes[copied..<reference.range.start]
            result += Array(text.utf8)
            copied = reference.range.end
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    /// A value as the language writes it: a number as a number, since `limit $n` and `value > $n`
    /// need one, and anything else as a double-quoted string, its `\` and `"` escaped (and a line
    /// break or tab, though a dot-command cannot hold one), so it stays one string.
    public static func literal(for value: String) -> String {
        if isNumber(value) { return value }
        var quoted = "\""
        for character in value {
            switch character {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\t": quoted += "\\t"
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }

    /// Digits, with a fraction after a point or without: the numbers a value may be put in as.
    /// (The lexer reads more, `2,600`; a value so written goes in as a string, as typed.)
    static func isNumber(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
    }

    /// Walks the text as the lexer reads it (strings in `"` or `'` with backslash escapes, over
    /// lines if need be; an apostrophe inside a word, `Pakistan's`, opens none; `#` comments to
    /// the end of the line) and hands on each reference outside them.
    private static func scan(_ text: String, _ found: (Reference) -> Void) {
        let bytes = Array(text.utf8)
        var index = 0
        var quote: UInt8?
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == open {
                    quote = nil
                }
                index += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                quote = byte
            case UInt8(ascii: "'"):
                if index == 0 || !isWordPart(bytes[index - 1]) || bytes[index - 1] == UInt8(ascii: "'") { quote = byte }
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                continue
            case UInt8(ascii: "$"):
                var end = index + 1
                guard end < bytes.count, isNameStart(bytes[end]) else { break }
                while end < bytes.count, isNamePart(bytes[end]) { end += 1 }
                found(Reference(name: String(decoding: bytes[(index + 1)..<end], as: UTF8.self), range: SourceRange(index, end)))
                index = end
                continue
            default:
                break
            }
            index += 1
        }
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }

    private static func isNamePart(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// What the lexer takes into a word, before which an apostrophe is part of the word.
    private static func isWordPart(_ byte: UInt8) -> Bool {
        isNamePart(byte) || byte >= 0x80 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'")
    }
}
