import ConflictModel
/// How the writer spells single values in YAML: plain where every YAML reader takes the text as the
/// same string, double-quoted with escapes everywhere else.
enum YAMLText {
    /// `Pakistan Air Force`, `"2026-02-28"`, `"Kabul: a statement"`.
    static func string(_ text: String) -> String {
        isPlainSafe(text, inList: false) ? text : quoted(text)
    }

    /// `[Islamabad, Pak]`: flow style, so a short list reads as one line; its items are quoted if
    /// they hold a comma, which would end them.
    static func list(_ items: [String]) -> String {
        "[" + items.map { isPlainSafe($0, inList: true) ? $0 : quoted($0) }.joined(separator: ", ") + "]"
    }

    /// Whole numbers without a fraction (`297`), others as Swift prints a Double, which reads back
    /// to the same value.
    static func number(_ number: Double) -> String { Quantity.format(number) }

    /// Plain only when nothing in the text could mean something else to YAML: it starts with a letter
    /// (not a number, date, indicator or quote), has no `:`, `#` or flow punctuation, no blanks at
    /// either end, and is not a word YAML 1.1 reads as true, false or null.
    static func isPlainSafe(_ text: String, inList: Bool) -> Bool {
        guard let first = text.first, first.isLetter, text.last != " ", !text.contains("  ") else { return false }
        guard !reservedWords.contains(text.lowercased()) else { return false }
        return text.allSatisfy {
            $0.isLetter || ($0.isASCII && $0.isNumber) || plainPunctuation.contains($0) || (!inList && $0 == ",")
        }
    }

    /// A double-quoted scalar: `\"` and `\\`, the usual escapes for tabs and line breaks, and `\u`
    /// for any other control or invisible character, so the file shows every character it holds.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null"]

    private static let plainPunctuation: Set<Character> = [
        " ", "-", ".", "'", "’", "‘", "(", ")", "/", "_", "–", "—", "+", "…",
    ]

    /// Controls, line and paragraph separators, and the byte order mark: characters YAML either
    /// forbids raw or a reader would not see.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: return true
        default: return false
        }
    }
}
