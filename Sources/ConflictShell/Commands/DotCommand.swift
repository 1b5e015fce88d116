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

    /// Refuses what a file name or a word of a command cannot hold: a NUL would cut a path short
    /// (`.save a<NUL>b` writing to `a`), and other control characters and bytes that are not UTF-8
    /// would be invisible in the error that named them.
    private static func checkCharacters(of line: String) throws(SyntaxError) {
        for scalar in line.unicodeScalars {
            switch scalar.value {
            case 0x00:
                throw SyntaxError(message: "a NUL byte cannot appear in a dot-command")
            case 0x09:
                continue
            case 0x01..<0x20, 0x7F:
                let code = String(scalar.value, radix: 16, uppercase: true)
                throw SyntaxError(
                    message:
                        "unexpected control character U+\(String(repeating: "0", count: 4 - code.count) + code) in a dot-command")
            case 0xFFFD:
                throw SyntaxError(message: "the dot-command is not UTF-8 text")
            default:
                continue
            }
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
