import Foundation
import TestSupport
import Testing

/// Every example command line in `conflictq --help` is run, so the help cannot drift from the
/// program: the examples are read from the help's own text.
@Suite struct HelpExampleTests {
    /// The example lines, as `--help` prints them: indented, starting with `conflictq`.
    static func exampleLines() throws -> [String] {
        let help = try BinaryRun.run(["--help"]).stdout
        return help.split(separator: "\n").map(String.init).filter { $0.hasPrefix("  conflictq") }
            .map { String($0.dropFirst(2)) }
    }

    @Test func thereAreExamples() throws {
        #expect(try Self.exampleLines().count >= 6)
    }

    @Test func everyExampleWorks() throws {
        let directory = try TemporaryDirectory()
        try "actors:\n  - id: x\n".write(toFile: directory.file("placeholder"), atomically: true, encoding: .utf8)
        for line in try Self.exampleLines() {
            var words = try ShellWords.split(line)
            words.removeFirst()
            var input = ""
            if let redirect = words.firstIndex(of: "<") {
                input = try String(contentsOfFile: PackagePaths.root + "/" + words[redirect + 1], encoding: .utf8)
                words.removeSubrange(redirect...)
            }
            // The bare command opens the REPL on a terminal; mine.yaml and ged231.csv stand for the
            // user's own files (ImportCommandTests runs the import on a real one); an export writes a
            // folder, which ExportCommandTests does in a folder of its own.
            if words.isEmpty || words.contains("mine.yaml") || words.contains("ged231.csv") || words.first == "export" { continue }
            let run = try BinaryRun.run(words, input: input)
            #expect(run.status == 0, "\(line): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(line)")
        }
    }
}

/// Splits a command line the way a POSIX shell does for the simple quoting the examples use.
enum ShellWords {
    struct Unterminated: Error {}

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "'" || character == "\"" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if quote != nil { throw Unterminated() }
        if inWord { words.append(current) }
        return words
    }
}
