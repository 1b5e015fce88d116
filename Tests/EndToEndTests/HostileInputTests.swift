import Foundation
import TestSupport
import Testing

/// The binary given hostile text on its command line, in its scripts and on standard input: what
/// it says, where, and with which exit status.
@Suite struct HostileInputTests {
    /// Control, bidirectional and invisible characters that must never reach standard error raw.
    private func rawControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || (0x80...0x9F).contains($0.value)
                || [0x061C, 0x200B, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x2028, 0x2029].contains($0.value)
        }
    }

    @Test func argumentParsersUsageErrorsShowTheValueVisibly() throws {
        let run = try BinaryRun.run(["--format", "x\u{1B}]0;X\u{07}"])
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(rawControls(in: run.stderr) == [])
        #expect(run.stderr.hasPrefix("Error: The value 'x␛]0;X␇' is invalid for '--format <format>'."))
        let flag = try BinaryRun.run(["--fo\u{202E}rmat", "csv"])
        #expect(flag.status == 2)
        #expect(rawControls(in: flag.stderr) == [])
        #expect(flag.stderr.contains("--fo<U+202E>rmat"))
    }

    @Test func aMissingScriptsNameIsShownVisibly() throws {
        let run = try BinaryRun.run(["no\u{1B}]0;X\u{07}file.cq"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot read no␛]0;X␇file.cq: No such file or directory\n")
    }

    @Test func checkNamesTheFilesVisibly() throws {
        let folder = try TemporaryDirectory()
        let name = "m\u{202E}lmay.yaml"
        let model = try BinaryRun.run(["--export-model"])
        try folder.write(model.stdout, to: name)
        let run = try BinaryRun.run(["--check", name], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("m<U+202E>lmay.yaml: ok: "))
    }

    @Test func aByteOrderMarkStartsAScriptFileOrStandardInputHarmlessly() throws {
        let folder = try TemporaryDirectory()
        try folder.write("\u{FEFF}count claims\n", to: "bom.cq")
        let file = try BinaryRun.run(["--format", "csv", folder.file("bom.cq")])
        #expect(file.status == 0)
        #expect(file.stdout == "count\n8\n")
        let input = try BinaryRun.run(["--format", "csv"], input: "\u{FEFF}count claims\n")
        #expect(input.status == 0)
        #expect(input.stdout == "count\n8\n")
        #expect(input.stderr == "")
    }

    @Test func anInvisibleCharacterInAQueryIsNamedAtItsPlace() throws {
        let run = try BinaryRun.run(["-c", "\u{200B}count claims"])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                query:1:1: error: an invisible character, U+200B ZERO WIDTH SPACE, cannot appear in a query
                <U+200B>count claims
                ^~~~~~~~

                """)
        let script = try TemporaryDirectory()
        try script.write("count claims\nactors where name = \"Evil\u{202E}\"\n", to: "rlo.cq")
        let inScript = try BinaryRun.run([script.file("rlo.cq")])
        #expect(inScript.status == 1)
        #expect(
            inScript.stderr.hasPrefix(
                "\(script.file("rlo.cq")):2:26: error: an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, cannot appear in a query\n"
                    + "actors where name = \"Evil<U+202E>\"\n                         ^~~~~~~~\n"))
    }

    /// A C1 control or a bidirectional one in a dot-command's argument is refused at its place,
    /// with `-c` and in a script (where the column is the file's), and nothing is written.
    @Test func aDotCommandRefusesC1AndBidirectionalControls() throws {
        let folder = try TemporaryDirectory()
        let oneShot = try BinaryRun.run(["-c", ".output a\u{9B}31m.txt"], in: folder.path)
        #expect(oneShot.status == 1)
        #expect(oneShot.stdout == "")
        #expect(
            oneShot.stderr == """
                query:1:10: error: unexpected control character U+009B in a dot-command
                .output a<U+009B>31m.txt
                         ^~~~~~~~

                """)
        try folder.write("count claims\n  .save \"x\u{202E}qc.txt\"\n", to: "s.cq")
        let script = try BinaryRun.run(["s.cq"], in: folder.path)
        #expect(script.status == 1)
        #expect(
            script.stderr == """
                s.cq:2:11: error: an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, cannot appear in a dot-command
                  .save "x<U+202E>qc.txt"
                          ^~~~~~~~

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.cq"])
    }

    @Test func csvToAPipeKeepsTheBytesAndGuardsFormulas() throws {
        let folder = try TemporaryDirectory()
        let model = try String(
            contentsOfFile: PackagePaths.root + "/Tests/ConflictShellTests/Models/hostile.yaml", encoding: .utf8)
        try folder.write(model, to: "hostile.yaml")
        let run = try BinaryRun.run(["--model", "hostile.yaml", "--format", "csv", "-c", "actors"], in: folder.path)
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                id,name,kind,role,represents
                evil,Evil\u{1B}]0;PWNED\u{07},state,,
                formula,"'=HYPERLINK(""http://x"",""y"")",state,,
                carriage,"Carriage\rReturn",state,,
                breaks,Vertical\u{0B}Form\u{0C}Next\u{85}Line\u{2028}Paragraph\u{2029}End,state,,

                """)
    }

    /// A name holding a character that ends a line somewhere: CR, VT, FF, NEL, LS, PS.
    static let lineBreakingNames: [(escape: String, shown: String)] = [
        (#"\r"#, "␍"), (#"\x0b"#, "␋"), (#"\x0c"#, "␌"), (#"\x85"#, "<U+0085>"), (#"\u2028"#, "<U+2028>"),
        (#"\u2029"#, "<U+2029>"),
    ]

    /// Only a line feed breaks a line of a cell; any other line-ending character in a name is
    /// shown where it is, so the table has one line a row and says what the name holds.
    @Test(arguments: ["table", "markdown"])
    func aLineBreakingCharacterInANameIsShownNotObeyed(format: String) throws {
        let folder = try TemporaryDirectory()
        let actors = Self.lineBreakingNames.enumerated().map { index, name in
            "  - {id: a\(index), name: \"Left\(name.escape)Right\", kind: state}\n"
        }
        try folder.write("conflictq-model: 3\nactors:\n" + actors.joined(), to: "m.yaml")
        let run = try BinaryRun.run(["--model", "m.yaml", "--format", format, "-c", "actors"], in: folder.path)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(rawControls(in: run.stdout) == [])
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, name) in Self.lineBreakingNames.enumerated() {
            #expect(lines.contains { $0.hasPrefix("| a\(index) ") && $0.contains("Left\(name.shown)Right") })
        }
        // A line a row, the header and the rule under it (and a table's top and bottom), and the
        // empty string after the final line feed.
        #expect(lines.count == Self.lineBreakingNames.count + (format == "table" ? 5 : 3))
    }

    /// JSON keeps the exact text, escaped so that no reader or terminal breaks a line on it.
    @Test func jsonEscapesEveryLineBreakingCharacter() throws {
        let folder = try TemporaryDirectory()
        try folder.write(
            "conflictq-model: 3\nactors:\n  - {id: a, name: \"1\\r2\\x0b3\\x0c4\\x855\\u20286\\u20297\\n8\", kind: state}\n",
            to: "m.yaml")
        let run = try BinaryRun.run(["--model", "m.yaml", "--format", "json", "-c", "actors"], in: folder.path)
        #expect(run.status == 0)
        #expect(rawControls(in: run.stdout) == [])
        #expect(run.stdout.contains(#""name":"1\r2\u000b3\f4\u00855\u20286\u20297\n8""#))
    }
}
