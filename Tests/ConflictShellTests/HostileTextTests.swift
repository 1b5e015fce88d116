import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import ConflictShell

/// Text from a model file that tries to act on the terminal (ESC, BEL, BS, CR, DEL, C1, U+202E in
/// names, aliases, excerpts and quotes: Models/hostile.yaml), in every output format, to a
/// terminal and to a pipe. Nothing raw reaches a terminal; CSV and JSON to a pipe keep the data.
@Suite struct HostileTextTests {
    static let model: ConflictModel = {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Models/hostile.yaml").path
        do { return try ModelFiles.load([path]) } catch { fatalError("\(error)") }
    }()

    static let queries = "actors\nclaims\n.why\nquotes\nstatements\n.sources\nactors where name = \"Evil\"\n"

    /// The standard output and error of running `queries` in `format`, to a terminal or a pipe.
    private func run(_ format: OutputFormat, toTerminal: Bool, _ script: String = queries) -> (output: String, errors: String) {
        let output = StringSink(isTerminal: toTerminal, columns: toTerminal ? 200 : nil)
        let errors = StringSink(isTerminal: toTerminal)
        let environment = ShellEnvironment(
            variables: ["LANG": "C.UTF-8"], standardOutputIsTerminal: toTerminal, standardErrorIsTerminal: toTerminal)
        let console = Console(output: output, errors: errors, environment: environment, colorChoice: .never)
        let session = Session(
            model: Self.model, modelPaths: ["hostile\u{1B}[2J.yaml"], loadModel: { _ in Self.model }, format: format,
            console: console, isInteractive: true)
        session.historyEntries = { ["claims where name = \"a\u{1B}]0;x\u{07}\"", "actors\u{202E}"] }
        _ = ScriptRunner.run(ScriptRunner.lines(of: script + ".history\n.model\n"), from: .typed, in: session)
        return (output.text, errors.text)
    }

    /// What a terminal must never be sent raw: C0 controls but tab and line feed, DEL, C1, and the
    /// bidirectional and invisible characters.
    private func rawControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F || TerminalText.isC1Control($0)
                || TerminalText.isInvisible($0)
        }
    }

    @Test(arguments: OutputFormat.allCases)
    func noRawControlReachesATerminal(format: OutputFormat) {
        let (output, errors) = run(format, toTerminal: true)
        #expect(rawControls(in: output) == [])
        #expect(rawControls(in: errors) == [])
        #expect(output.contains("Evil␛]0;PWNED␇") || format == .json)
    }

    @Test(arguments: [OutputFormat.table, .markdown])
    func tablesForPeopleShowControlsVisiblyInAPipeToo(format: OutputFormat) {
        let (output, errors) = run(format, toTerminal: false)
        #expect(rawControls(in: output) == [])
        #expect(rawControls(in: errors) == [])
        #expect(output.contains("We <U+202E>offer<U+202C> <U+0085>help."))
        #expect(output.contains("more than 40␛]0;X␇ killed"))
        #expect(output.contains("Hostile␛[2J Times"))
        #expect(output.contains("Title<U+009B>31m with CSI"))
    }

    @Test func tableWidthsAreMeasuredOnTheVisibleText() {
        let (output, _) = run(.table, toTerminal: false, "actors where kind = state\n")
        let lines = output.split(separator: "\n").prefix { !$0.hasPrefix("    1") }.filter { $0.hasPrefix("|") || $0.hasPrefix("+") }
        let pad = String(repeating: " ", count: 45)
        #expect(lines.contains("| evil     | Evil␛]0;PWNED␇\(pad)| state |      |            |"))
        #expect(lines.contains("| breaks   | Vertical␋Form␌Next<U+0085>Line<U+2028>Paragraph<U+2029>End | state |      |            |"))
        // The top, the header, the rule, a line for each of the four actors, and the bottom.
        #expect(Set(lines.prefix(8).map { DisplayWidth.of(String($0)) }).count == 1)
    }

    @Test func csvToAPipeKeepsTheExactBytesButNoFormulas() {
        let (output, errors) = run(.csv, toTerminal: false)
        #expect(output.contains("evil,Evil\u{1B}]0;PWNED\u{07},state,,\n"))
        #expect(output.contains(",We \u{202E}offer\u{202C} \u{85}help.,"))
        #expect(output.contains("formula,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",state,,\n"))
        #expect(output.contains("1,killed,more than 40,people,soldiers\u{1B}[31m,"))
        #expect(rawControls(in: errors) == [])
    }

    @Test func csvToATerminalShowsControlsVisibly() {
        let (output, _) = run(.csv, toTerminal: true)
        #expect(output.contains("evil,Evil␛]0;PWNED␇,state,,\n"))
        #expect(output.contains("formula,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",state,,\n"))
        #expect(output.contains(",We <U+202E>offer<U+202C> <U+0085>help.,"))
        #expect(output.contains("carriage,Carriage␍Return,state,,\n"))
    }

    @Test(arguments: [true, false])
    func jsonEscapesControlsWhereverItGoes(toTerminal: Bool) {
        let (output, _) = run(.json, toTerminal: toTerminal)
        #expect(rawControls(in: output) == [])
        #expect(output.contains(#""name":"Evil\u001b]0;PWNED\u0007""#))
        #expect(output.contains(#""quote":"We \u202eoffer\u202c \u0085help.""#))
        #expect(output.contains(#""name":"Carriage\rReturn""#))
        // What a JSON reader gets back is the model's text, exactly.
        let first = output.split(separator: "\n").first { $0.contains("PWNED") }.map(String.init) ?? ""
        let object = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        let rows = object?["rows"] as? [[String: Any]]
        #expect(rows?.first?["name"] as? String == "Evil\u{1B}]0;PWNED\u{07}")
    }

    @Test func historyAndTheModelsFileNamesAreShownVisibly() {
        let (output, _) = run(.table, toTerminal: true, "")
        #expect(output.contains("    1  claims where name = \"a␛]0;x␇\"\n    2  actors<U+202E>\n"))
        #expect(output.contains("Model loaded from hostile␛[2J.yaml"))
        #expect(
            Shell.banner(model: Self.model, paths: ["evil\u{1B}]0;x\u{07}.yaml"]).hasPrefix(
                "conflictq \(Shell.version) on evil␛]0;x␇.yaml: 4 actors"))
    }

    @Test func notesAndMessagesOnStandardErrorAreShownVisibly() throws {
        let (_, errors) = run(.csv, toTerminal: true, "actors where name = \"Nobody\"\n")
        #expect(rawControls(in: errors) == [])
        let harness = SessionHarness(format: .csv, interactive: true)
        let directory = try TemporaryDirectory()
        harness.run(".output \"\(directory.path)/out txt.csv\"\n.output")
        #expect(harness.errors.text == "results now go to \(directory.path)/out txt.csv; .output alone brings them back\n")
    }

    /// A file name with a bidirectional control would list as another name ("out<U+202E>vsc.txt"
    /// as "outtxt.csv"): refused, as in a query, at its place, and no file is made.
    @Test func aDotCommandsArgumentRefusesWhatAQueryRefuses() throws {
        let harness = SessionHarness(format: .csv, interactive: true)
        let directory = try TemporaryDirectory()
        harness.run(".output \"\(directory.path)/out\u{202E}vsc.txt\"")
        let column = ".output \"\(directory.path)/out".unicodeScalars.count + 1
        #expect(
            harness.errors.text == """
                query:1:\(column): error: an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, cannot appear in a dot-command
                .output "\(directory.path)/out<U+202E>vsc.txt"
                \(String(repeating: " ", count: column - 1))^~~~~~~~

                """)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
    }
}

/// CSV formula injection: a text cell that a spreadsheet would run gets a `'`; numbers never do,
/// nor text that is only a signed number (a history's change, `+164`).
@Suite struct CSVFormulaTests {
    @Test(arguments: [
        (Value.text("=1+2"), "'=1+2"), (.text("+1"), "+1"), (.text("-1"), "-1"), (.text("+2.5"), "+2.5"),
        (.text("+1+cmd|' /C calc'!A0"), "'+1+cmd|' /C calc'!A0"), (.text("-1-1"), "'-1-1"), (.text("+.5"), "'+.5"),
        (.text("+"), "'+"), (.text("-1."), "'-1."), (.text("@SUM(A1)"), "'@SUM(A1)"),
        (.text("\tx"), "'\tx"), (.text("\rx"), "'\rx"), (.actor(id: "x", name: "=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0"),
        (.list([.text("-x"), .text("y")]), "'-x, y"), (.text("a=b"), "a=b"), (.text(""), ""),
        (.integer(-5), "-5"), (.number(-2.5), "-2.5"), (.quantity(Quantity(40, .moreThan)), "more than 40"),
    ])
    func textCellsThatLookLikeFormulasAreQuoted(value: Value, expected: String) {
        #expect(CSVFormatter.cell(value) == expected)
    }

    @Test func theCellIsQuotedAsRFC4180AsksAfterTheMark() {
        let table = ResultTable(
            columns: [ResultTable.Column("name", .text), ResultTable.Column("n", .integer)],
            rows: [ResultTable.Row([.text("=HYPERLINK(\"http://x\",\"y\")"), .integer(-3)])])
        #expect(CSVFormatter().format([table]) == "name,n\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-3\n")
    }
}

/// Tab never puts a control, bidirectional or invisible character on the line: such candidates are left out.
@Suite struct HostileCompletionTests {
    @Test func fileNamesWithControlsAreLeftOut() throws {
        let directory = try TemporaryDirectory()
        try directory.write("actors", to: "good.cq")
        try directory.write("actors", to: "grim\u{1B}]0;x\u{07}.cq")
        try directory.write("actors", to: "gr\u{202E}qc.evil")
        try directory.write("actors", to: "gr\u{200B}ay.cq")
        let provider = CompletionProvider(engine: { QueryEngine(model: .builtin) }, home: nil)
        let line = ".run \(directory.path)/g"
        #expect(provider.complete(line: line, cursor: line.utf8.count, pendingQuery: "").candidates == ["\(directory.path)/good.cq"])
    }

    @Test func namesFromAModelWithControlsAreLeftOut() {
        let provider = CompletionProvider(engine: { QueryEngine(model: HostileTextTests.model) }, home: nil)
        let line = "claims where claimant = \"E"
        #expect(provider.complete(line: line, cursor: line.utf8.count, pendingQuery: "").candidates == [])
    }
}

/// A byte order mark at the start of a script, from a file or standard input, is no part of it.
@Suite struct ByteOrderMarkTests {
    @Test func aScriptFilesByteOrderMarkIsSkipped() throws {
        let directory = try TemporaryDirectory()
        try directory.write("\u{FEFF}count claims\n", to: "bom.cq")
        #expect(try ScriptFile.read(directory.file("bom.cq")) == "count claims\n")
        // Only at the start: anywhere else it is refused by the language, at its place.
        #expect(ScriptFile.withoutByteOrderMark("count\u{FEFF}") == "count\u{FEFF}")
    }

    @Test(arguments: [1, 2, 3, 4, 16384])
    func standardInputsByteOrderMarkIsSkippedHoweverTheBytesArrive(chunk: Int) throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        let bytes = Array("\u{FEFF}count claims\n\u{FEFF}x\n".utf8)
        let writeEnd = descriptors[1]
        let writer = Thread {
            var offset = 0
            while offset < bytes.count {
                let end = min(bytes.count, offset + chunk)
                _ = bytes[offset..<end].withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
                offset = end
                usleep(1000)
            }
            close(writeEnd)
        }
        writer.start()
        let reader = StreamLineReader(descriptor: descriptors[0])
        #expect(reader.nextLine() == "count claims")
        #expect(reader.nextLine() == "\u{FEFF}x")
        #expect(reader.nextLine() == nil)
        close(descriptors[0])
    }

    @Test func aStreamWithoutAMarkIsReadAsItWas() {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        _ = Array("\u{EF}".utf8).withUnsafeBytes { write(descriptors[1], $0.baseAddress, $0.count) }
        close(descriptors[1])
        let reader = StreamLineReader(descriptor: descriptors[0])
        #expect(reader.nextLine() == "\u{EF}")
        #expect(reader.nextLine() == nil)
        close(descriptors[0])
    }
}
