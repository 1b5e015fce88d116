import ConflictDiagnostics

/// A dot-command line split into its name and arguments.
///
/// Arguments are separated by blanks; double quotes keep blanks in one argument
/// (`.save "my queries.cq"`), and inside them `\"` and `\\` stand for a quote and a backslash.
struct DotCommand: Equatable {
    /// As typed, without the dot: "save!" keeps its bang.
    var name: String
    var arguments: [String]

    struct SyntaxError: Error, Equatable {
        var message: String
        /// The character it is about, in UTF-8 bytes of the line; nil for the line as a whole.
        var range: SourceRange? = nil
    }

    static func parse(_ line: String) throws(SyntaxError) -> DotCommand {
        try checkCharacters(of: line)
        var words: [String] = []
        var current = ""
        var inWord = false
        var inQuotes = false
        var escaping = false
        for character in line.drop(while: \.isWhitespace).dropFirst() {
            if escaping {
                current.append(character)
                escaping = false
            } else if inQuotes {
                if character == "\\" {
                    escaping = true
                } else if character == "\"" {
                    inQuotes = false
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                inQuotes = true
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inQuotes { throw SyntaxError(message: "unterminated quote in \(line.trimmingBlanks())") }
        if inWord { words.append(current) }
        guard let name = words.first, !name.isEmpty else { throw SyntaxError(message: "a dot needs a command name; try .help") }
        return DotCommand(name: name, arguments: Array(words.dropFirst()))
    }

    /// Refuses what a file name or a word of a command cannot hold, as a query refuses it: a NUL
    /// would cut a path short (`.save a<NUL>b` writing to `a`); a control character (C0, DEL or
    /// C1) would act on the terminal when the name is printed back; an invisible or bidirectional
    /// character (`TerminalText.isInvisible`) would make the name on the screen another than the
    /// name used (`.output` to "report<U+202E>vsc.txt" writes a file that lists as
    /// "reporttxt.csv"); and U+FFFD stands for bytes that were not UTF-8. Only ZERO WIDTH
    /// NON-JOINER and ZERO WIDTH JOINER are taken, inside quotes, where a Persian name needs them.
    /// The error points at the character.
    private static func checkCharacters(of line: String) throws(SyntaxError) {
        var offset = 0
        var inQuotes = false
        var escaping = false
        for scalar in line.unicodeScalars {
            let range = SourceRange(offset, offset + UTF8.width(scalar))
            offset = range.end
            if let refusal = refusal(of: scalar, inQuotes: inQuotes) { throw SyntaxError(message: refusal, range: range) }
            if escaping {
                escaping = false
            } else if inQuotes && scalar == "\\" {
                escaping = true
            } else if scalar == "\"" {
                inQuotes.toggle()
            }
        }
    }

    /// Why a dot-command cannot hold `scalar`, or nil when it can.
    private static func refusal(of scalar: Unicode.Scalar, inQuotes: Bool) -> String? {
        switch scalar.value {
        case 0x00:
            return "a NUL byte cannot appear in a dot-command"
        case 0x09:
            return nil
        case 0x01..<0x20, 0x7F:
            return "unexpected control character \(TerminalText.code(scalar)) in a dot-command"
        case 0xFFFD:
            return "the dot-command is not UTF-8 text"
        case 0x200C, 0x200D:
            if inQuotes { return nil }
            return "an invisible character, \(TerminalText.codeAndName(scalar)), cannot appear in a dot-command outside "
                + "quotes; a name that needs it goes in quotes"
        default:
            if TerminalText.isC1Control(scalar) {
                return "unexpected control character \(TerminalText.code(scalar)) in a dot-command"
            }
            if TerminalText.isInvisible(scalar) {
                return "an invisible character, \(TerminalText.codeAndName(scalar)), cannot appear in a dot-command"
            }
            return nil
        }
    }

    /// An argument quoted for writing back into a script, only when it needs it.
    static func quoted(_ argument: String) -> String {
        guard argument.isEmpty || argument.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "\\" }) else {
            return argument
        }
        return "\"" + argument.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
    }
}
