import ConflictShell
import Testing

@testable import ConflictQCommand

/// conflictq reads its command line twice over: `ShellOptions.parseCommon` takes the everyday
/// lines without argument-parser, for a fast start, and leaves everything else to argument-parser
/// (`ConflictQ`). Whatever the quick reader takes, argument-parser must read the same way.
@Suite struct CommandLineAgreementTests {
    /// Lines the quick reader takes: each flag alone, together, repeated, `-`, and odd paths.
    static let taken: [[String]] = [
        [],
        ["-c", "count claims"], ["--command", "count claims"], ["-c", ""], ["-c", " -x"],
        ["-c", "claims where claimant = \"-c\""], ["-c", "a -c b"], ["-c", ".why"],
        ["--format", "table"], ["--format", "csv"], ["--format", "json"], ["--format", "markdown"],
        ["--color", "auto"], ["--color", "always"], ["--color", "never"],
        ["--model", "builtin"], ["--model", "m.yaml"], ["--model", "m.yaml", "--model", "builtin"],
        ["--model", "=m.yaml"], ["--model", "a model.yaml"],
        ["--safe"], ["--safe", "--safe"],
        ["s.cq"], ["-"], ["-", "-"], ["s.cq", "-", "t.cq"], ["my queries.cq"], ["=s.cq"], ["a=b.cq"], ["ü.cq"],
        ["./-c"], ["s-"], ["builtin"], ["s.cq", "s.cq"],
        ["--format", "csv", "--format", "json"], ["--color", "never", "--color", "always"],
        ["-c", "a", "--command", "b", "-c", "c"],
        ["s.cq", "-c", "claims"], ["-", "--safe", "-c", "claims"],
        [
            "--safe", "--format", "markdown", "--color", "always", "--model", "builtin", "--model", "m.yaml", "-c",
            "count claims", "-c", ".why", "s.cq", "-",
        ],
    ]

    @Test(arguments: taken)
    func argumentParserReadsWhatTheQuickReaderTakesTheSameWay(_ line: [String]) throws {
        let quick = try #require(ShellOptions.parseCommon(line))
        let parsed = try #require(try ConflictQ.parseAsRoot(line) as? ConflictQ)
        #expect(parsed.shellOptions == quick)
    }

    /// Lines the quick reader leaves to argument-parser, which they then reach.
    static let left: [[String]] = [
        ["--format=csv"], ["-cclaims"], ["--", "s.cq"], ["-c", "-"], ["--model", "-"], ["--model", ""], [""],
        ["--format", "CSV"], ["--check", "m.yaml"], ["--export-model"], ["--version"], ["--help"], ["-h"],
    ]

    @Test(arguments: left)
    func theRestIsLeftToArgumentParser(_ line: [String]) {
        #expect(ShellOptions.parseCommon(line) == nil)
    }

    /// How each flag the quick reader handles is given, alone.
    static let handledByTheQuickReader: [String: [String]] = [
        "-c": ["-c", "claims"], "--command": ["--command", "claims"], "--format": ["--format", "csv"],
        "--color": ["--color", "never"], "--model": ["--model", "m.yaml"], "--safe": ["--safe"],
    ]

    /// The flags only argument-parser reads, on purpose: they are rare, or print help and stop.
    static let leftToArgumentParser: Set = [
        "--check", "--export-model", "--version", "-h", "--help", "--engine", "--show-sql",
    ]

    /// Flags the help's examples give to a command of its own (`conflictq export --sql duckdb
    /// --output tables`), which that command reads, not `ConflictQ`.
    static let ofOtherCommands: Set = ["--sql", "--output"]

    /// A flag added to `ConflictQ` fails this test until it is put in one list or the other, and
    /// read by the quick reader when it is put in the first.
    @Test func everyFlagInTheHelpIsReadByTheQuickReaderOrLeftToArgumentParser() throws {
        let flags = Self.flags(in: ConflictQ.helpMessage(columns: 200)).subtracting(Self.ofOtherCommands)
        #expect(flags == Set(Self.handledByTheQuickReader.keys).union(Self.leftToArgumentParser))
        for flag in Self.ofOtherCommands {
            #expect(ShellOptions.parseCommon([flag, "x"]) == nil && (try? ConflictQ.parseAsRoot([flag, "x"])) == nil, "\(flag)")
        }
        for (flag, line) in Self.handledByTheQuickReader {
            let quick = try #require(ShellOptions.parseCommon(line), "\(flag)")
            #expect(try (ConflictQ.parseAsRoot(line) as? ConflictQ)?.shellOptions == quick, "\(flag)")
        }
        for flag in Self.leftToArgumentParser {
            #expect(ShellOptions.parseCommon([flag]) == nil, "\(flag)")
        }
    }

    /// The words of `text` that are flags: `-c`, `--model`, with the punctuation around them taken off.
    static func flags(in text: String) -> Set<String> {
        let separators: Set<Character> = ["(", ")", ",", "`", "'", "\"", "[", "]", "<", ">", "|", "=", ";", ":"]
        let words = text.split { $0.isWhitespace || separators.contains($0) }
            .map { $0.reversed().drop { $0 == "." }.reversed() }
            .map { String($0) }
        return Set(
            words.filter { word in
                let name = word.drop { $0 == "-" }
                return word.hasPrefix("-") && word.count - name.count <= 2 && name.first?.isLetter == true
                    && name.allSatisfy { $0.isLowercase || $0 == "-" }
            })
    }
}
