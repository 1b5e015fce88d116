import Foundation
import TestSupport
import Testing

/// Scripts from files and from standard input, their errors, and `.save` read back.
@Suite struct ScriptTests {
    static let shipped = ["casualties", "diplomacy", "attribution", "discovery"]

    /// Set CONFLICTQ_UPDATE_EXPECTED=1 to rewrite the expected output after a deliberate change,
    /// then read the diff before committing it.
    @Test(arguments: shipped)
    func eachShippedScriptPrintsItsExpectedOutput(name: String) throws {
        let run = try BinaryRun.run(["Scripts/\(name).cq"])
        let expectedPath = PackagePaths.script("expected/\(name).out")
        if ProcessInfo.processInfo.environment["CONFLICTQ_UPDATE_EXPECTED"] == "1" {
            try run.stdout.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(run.stdout == expected)
    }

    @Test func aScriptOnStandardInputRunsTheSame() throws {
        let script = try String(contentsOfFile: PackagePaths.script("casualties.cq"), encoding: .utf8)
        let run = try BinaryRun.run([], input: script)
        #expect(run.status == 0)
        #expect(run.stdout == (try String(contentsOfFile: PackagePaths.script("expected/casualties.out"), encoding: .utf8)))
    }

    @Test func standardInputGetsNoPromptNoEscapesAndNoBanner() throws {
        let run = try BinaryRun.run([], input: "measures\n", environment: ["TERM": "xterm", "COLUMNS": "20"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("+-----------+"))
        #expect(!run.stdout.contains("conflictq>"))
        #expect(!run.stdout.contains("\u{1B}"))
        #expect(run.stderr == "")
    }

    @Test func aScriptErrorNamesTheFileAndLineAndExitsOne() throws {
        let directory = try TemporaryDirectory()
        try "# two queries\nmeasures\n\nclaims where\n  mesure = killed\nacts\n".write(
            toFile: directory.file("bad.cq"), atomically: true, encoding: .utf8)
        let run = try BinaryRun.run(["bad.cq"], in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("bad.cq:5:3: error: "))
        #expect(run.stderr.contains("\n  mesure = killed\n  ^~~~~~\n"))
        #expect(run.stdout.contains("| killed "))
        #expect(!run.stdout.contains("mediation-offer"))
    }

    /// Both command-line readers take `--safe`: the quick one, and argument-parser (`--format=csv`).
    @Test(arguments: [["--safe", "their.cq"], ["--format=csv", "--safe", "their.cq"]])
    func aSafeScriptMayAskButNotWrite(arguments: [String]) throws {
        let directory = try TemporaryDirectory()
        try "mine\n".write(toFile: directory.file("mine.cq"), atomically: true, encoding: .utf8)
        try "count claims\n.save! mine.cq\nactors\n".write(
            toFile: directory.file("their.cq"), atomically: true, encoding: .utf8)
        let run = try BinaryRun.run(arguments, in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr == "their.cq:2: error: .save writes files, which --safe does not allow\n")
        #expect(run.stdout.contains("8"))
        #expect(!run.stdout.contains("Afghan Taliban"))
        #expect(try String(contentsOfFile: directory.file("mine.cq"), encoding: .utf8) == "mine\n")
    }

    @Test func anErrorOnStandardInputIsPlacedToo() throws {
        let run = try BinaryRun.run([], input: "measures\n.fromat csv\nsum kiled\n")
        #expect(run.status == 1)
        #expect(
            run.stderr == "<stdin>:2: error: unknown dot-command .fromat; did you mean .format? (.help dot-commands lists them)\n"
        )
    }

    @Test func aMissingScriptExitsOne() throws {
        let run = try BinaryRun.run(["Scripts/no-such-script.cq"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot read Scripts/no-such-script.cq: No such file or directory\n")
    }

    @Test func commandsRunBeforeScriptsAndTheFirstErrorStopsEverything() throws {
        let run = try BinaryRun.run(["-c", "sum kiled", "Scripts/casualties.cq"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
    }

    @Test func savedQueriesRunBackToTheSameResults() throws {
        let directory = try TemporaryDirectory()
        let session = """
            sum killed where party = "Afghan Taliban"
            sum kiled
            .format json
            claims where
              measure in (killed, injured)
            actors offering mediation
            .save session.cq

            """
        // A session typed at a prompt keeps going after errors; stdin stops at the first, so the
        // session is given as -c commands, each its own input like lines typed in the REPL.
        var arguments: [String] = []
        for unit in [
            "sum killed where party = \"Afghan Taliban\"", ".format json", "claims where\n  measure in (killed, injured)",
            "actors offering mediation", ".save session.cq",
        ] {
            arguments += ["-c", unit]
        }
        let first = try BinaryRun.run(arguments, in: directory.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!session.isEmpty)
        let saved = try String(contentsOfFile: directory.file("session.cq"), encoding: .utf8)
        #expect(
            saved.hasSuffix(
                """
                sum killed where party = "Afghan Taliban"
                .format json
                claims where
                  measure in (killed, injured)
                actors offering mediation

                """))
        let again = try BinaryRun.run(["session.cq"], in: directory.path)
        #expect(again.status == 0)
        #expect(again.stdout == first.stdout)

        let refused = try BinaryRun.run(["-c", "measures", "-c", ".save session.cq"], in: directory.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("session.cq already exists"))
        #expect(try String(contentsOfFile: directory.file("session.cq"), encoding: .utf8) == saved)
        let forced = try BinaryRun.run(["-c", "measures", "-c", ".save session.cq --force"], in: directory.path)
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: directory.file("session.cq"), encoding: .utf8).hasSuffix("\nmeasures\n"))
    }

    @Test(arguments: [
        (
            [0xFF],
            "bad.cq:2:29: error: the query is not UTF-8 text: \"\u{FFFD}\" stands for bytes that could not be read as a character"
        ),
        ([0x00], "bad.cq:2:29: error: a NUL byte cannot appear in a query"),
        ([0x1B], "bad.cq:2:29: error: unexpected control character U+001B"),
        ([0xC2, 0x85], "bad.cq:2:29: error: unexpected control character U+0085"),
    ])
    func badBytesInAScriptStopItWithTheirPlace(bytes: [UInt8], message: String) throws {
        let directory = try TemporaryDirectory()
        let script = Array("measures\ncount claims where note = \"a".utf8) + bytes + Array("b\"\nactors\n".utf8)
        try Data(script).write(to: URL(fileURLWithPath: directory.file("bad.cq")))
        let run = try BinaryRun.run(["bad.cq"], in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix(message + "\n"))
        // What ran before the bad line was printed; nothing after it ran.
        #expect(run.stdout.contains("| killed "))
        #expect(!run.stdout.contains("Afghan Taliban"))
    }

    @Test func aNULInADotCommandIsRefusedBeforeItCutsAPathShort() throws {
        let directory = try TemporaryDirectory()
        try Data(Array("measures\n.save! x".utf8) + [0x00] + Array("y\n".utf8)).write(
            to: URL(fileURLWithPath: directory.file("nul.cq")))
        let run = try BinaryRun.run(["nul.cq"], in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr == "nul.cq:2:9: error: a NUL byte cannot appear in a dot-command\n.save! x␀y\n        ^\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["nul.cq"])
    }

    @Test func aScriptLargerThanSixteenMebibytesIsRefusedUnread() throws {
        let directory = try TemporaryDirectory()
        FileManager.default.createFile(atPath: directory.file("big.cq"), contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: directory.file("big.cq")))
        try handle.truncate(atOffset: 17 << 20)
        try handle.close()
        for path in ["big.cq", "/dev/zero"] {
            let run = try BinaryRun.run([path], in: directory.path)
            #expect(run.status == 1)
            #expect(run.stderr == "error: cannot read \(path): it is larger than 16 MiB, the most a script may be\n")
            #expect(run.stdout == "")
        }
    }

    @Test func aStreamWithoutLineBreaksFailsAtTheQueryLimitWithAShortError() throws {
        let run = try BinaryRun.run([], input: String(repeating: "a", count: 3 << 20))
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.first == "<stdin>:1:1: error: the query is 1048576 bytes long; the limit is 100000")
        // The line is shown in part, not a megabyte of it.
        #expect(lines.count == 3)
        #expect(lines[1] == String(repeating: "a", count: 160) + "…")
    }

    @Test func quitEndsAScriptSuccessfully() throws {
        let run = try BinaryRun.run([], input: "measures\n.quit\nsum kiled\n")
        #expect(run.status == 0)
        #expect(run.stderr == "")
    }

    /// Only the interactive shell has a history: a script's `.history` prints nothing where results
    /// go, and says why where messages go.
    @Test(arguments: [["-c", ".history"], []])
    func historyInAScriptPrintsOnlyANote(arguments: [String]) throws {
        let run = try BinaryRun.run(arguments, input: ".history\n")
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "note: .history lists the interactive shell's history; a script or -c has none\n")
    }
}
