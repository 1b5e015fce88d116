/// Text that came from outside (a query, a model file, a file name) made safe to print: a control
/// character printed raw would act on the terminal (move the cursor, set the title, clear the
/// screen) instead of showing what is wrong, and a bidirectional control would reorder what
/// follows it, so that the screen shows something other than the text.
///
/// Every place where outside text goes to a terminal goes through `visible`: the diagnostic
/// renderer, the table, Markdown and (on a terminal) CSV formatters, `.history`, the banner, the
/// shell's messages and argument-parser's usage errors. CSV to a file or pipe and JSON keep the
/// data exact instead (JSON escapes these characters as `\uXXXX`).
public enum TerminalText {
    /// The text with what a terminal would act on, or would not show, made visible:
    ///
    /// - C0 controls and DEL as their Control Pictures (U+001B as "␛", DEL as "␡"), one character
    ///   each; tabs stay;
    /// - C1 controls (U+0080 to U+009F) and the invisible format and bidirectional characters
    ///   (`isInvisible`) as their code in angle brackets: U+202E as "<U+202E>".
    ///
    /// ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER stay as they are between two visible characters,
    /// where Persian and Indic names and emoji sequences need them; anywhere else they are shown too.
    public static func visible(_ text: String) -> String {
        // Most text is printable ASCII, which needs nothing shown: seen byte by byte, with no array.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) || $0 == 0x09 }) { return text }
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: needsShowing) else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x09: result.append(scalar)
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: result.append("\u{2421}")
            case 0x200C...0x200D where isJoining(scalars, at: index): result.append(scalar)
            default:
                if isC1Control(scalar) || isInvisible(scalar) {
                    result.append(contentsOf: "<\(code(scalar))>".unicodeScalars)
                } else {
                    result.append(scalar)
                }
            }
        }
        return String(result)
    }

    /// `visible` line by line: line feeds stay line feeds, for text of several lines (a usage
    /// message, a listing) that is meant to be printed as lines.
    public static func visibleLines(_ text: String) -> String {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .map { visible(String(decoding: $0, as: UTF8.self)) }.joined(separator: "\n")
    }

    /// Whether `visible` would change the text: it holds a control, bidirectional or invisible
    /// character (a joiner between letters does not count).
    public static func isChanged(byVisible text: String) -> Bool {
        visible(text) != text
    }

    /// The invisible format characters and bidirectional controls that text from outside may hide
    /// behind: ARABIC LETTER MARK, the zero-width spaces, joiners and direction marks
    /// (U+200B...U+200F), the embeddings and overrides (U+202A...U+202E), WORD JOINER and the
    /// invisible operators (U+2060...U+2064), the isolates (U+2066...U+2069), the byte order mark
    /// (U+FEFF), and the line and paragraph separators (U+2028, U+2029), which some programs take
    /// for line breaks.
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF, 0x2028, 0x2029:
            return true
        default:
            return false
        }
    }

    /// A C1 control, U+0080 to U+009F: CSI (U+009B) and OSC (U+009D) act on some terminals as
    /// ESC [ and ESC ] do.
    public static func isC1Control(_ scalar: Unicode.Scalar) -> Bool {
        (0x80...0x9F).contains(scalar.value)
    }

    /// "U+001B": a character named by its code, never printed as it is.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// "U+200B ZERO WIDTH SPACE": the code and the Unicode name, for messages that refuse it.
    public static func codeAndName(_ scalar: Unicode.Scalar) -> String {
        let name = scalar.properties.name ?? scalar.properties.nameAlias
        return code(scalar) + (name.map { " " + $0 } ?? "")
    }

    private static func needsShowing(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar.value != 0x09) || scalar.value == 0x7F || isC1Control(scalar)
            || isInvisible(scalar)
    }

    /// A joiner with a visible character on each side: part of how a word or an emoji is spelt.
    private static func isJoining(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        func isVisible(_ scalar: Unicode.Scalar) -> Bool {
            !needsShowing(scalar) && !scalar.properties.isWhitespace
        }
        return isVisible(scalars[index - 1]) && isVisible(scalars[index + 1])
    }
}
