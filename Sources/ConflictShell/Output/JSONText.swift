import ConflictDiagnostics

/// The two pieces of JSON syntax that need care: strings and numbers.
enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else
    /// (including non-ASCII) left as UTF-8.
    ///
    /// Escaped as `\uXXXX` besides what JSON requires: DEL and the C1 controls, which a terminal
    /// may act on, the bidirectional and invisible characters (`TerminalText.isInvisible`), which
    /// would reorder or hide text on a screen, and among them U+2028 and U+2029, which end a line
    /// in JavaScript before ES2019. The string read back is the same, character for character.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || TerminalText.isC1Control(scalar)
                    || TerminalText.isInvisible(scalar)
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whole numbers without a fraction (297, not 297.0), every digit of them up to 2^53; JSON has
    /// no infinity or NaN, so those are null.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value.rounded() == value, abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return String(value)
    }
}
