/// The bytes YAML gives a meaning to, all of them ASCII: in UTF-8 no byte of a longer character is
/// ever ASCII, so the reader can look at bytes and never misread a name in another script.
enum YAMLByte {
    static let end: UInt8 = 0
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let hash = UInt8(ascii: "#")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let dash = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let question = UInt8(ascii: "?")
    static let singleQuote = UInt8(ascii: "'")
    static let doubleQuote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let pipe = UInt8(ascii: "|")
    static let greaterThan = UInt8(ascii: ">")
    static let plus = UInt8(ascii: "+")

    static func isBreak(_ byte: UInt8) -> Bool { byte == lineFeed || byte == carriageReturn }

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == tab }

    /// What may follow `-`, `?` or `:` for it to be an indicator rather than part of a word.
    static func isBlankOrBreakOrEnd(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == carriageReturn || byte == end
    }

    /// `,` `[` `]` `{` `}`: they end a plain scalar inside brackets, and only there.
    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == comma || byte == openBracket || byte == closeBracket || byte == openBrace || byte == closeBrace
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    /// A byte as a message shows it: `"]"`, or a name for what cannot be shown.
    static func describe(_ byte: UInt8) -> String {
        switch byte {
        case end: return "the end of the file"
        case lineFeed, carriageReturn: return "the end of the line"
        case tab: return "a tab"
        case 0x20..<0x7F: return "\"" + String(UnicodeScalar(byte)) + "\""
        default: return "a character"
        }
    }
}
