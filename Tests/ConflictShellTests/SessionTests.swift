import ConflictModel
import ConflictQuery
import Foundation
import Synchronization
import TestSupport
import Testing

@testable import ConflictShell

/// A session whose standard output and error are strings, with no terminal and no colour.
final class SessionHarness {
    let output: StringSink
    let errors = StringSink()
    let session: Session

    init(
        format: OutputFormat = .table, outputIsTerminal: Bool = false, interactive: Bool = false, safe: Bool = false,
        library: QueryLibrary? = nil, loadModel: @escaping ModelLoader = SessionHarness.builtinOnly,
        isCancelled: @escaping () -> Bool = { false }
    ) {
        output = StringSink(isTerminal: outputIsTerminal, columns: outputIsTerminal ? 60 : nil)
        let environment = ShellEnvironment(variables: ["LANG": "C.UTF-8"], standardOutputIsTerminal: outputIsTerminal)
        let console = Console(output: output, errors: errors, environment: environment, colorChoice: .never)
        session = Session(
            model: .builtin, modelPaths: ["builtin"], loadModel: loadModel, format: format, console: console,
            isInteractive: interactive, isSafe: safe, library: library, isCancelled: isCancelled)
    }

    /// Loads only `builtin`, failing for any file, like the real loader meeting a missing file.
    static let builtinOnly: ModelLoader = { paths in
        if let file = paths.first(where: { $0 != "builtin" }) {
            throw LoadFailure(description: "\(file):1:1: error: no such file")
        }
        return .builtin
    }

    @discardableResult
    func run(_ script: String, from origin: InputOrigin = .typed) -> UnitOutcome {
        ScriptRunner.run(ScriptRunner.lines(of: script), from: origin, in: session)
    }
}

struct LoadFailure: Error, CustomStringConvertible {
    var description: String
}

@Suite struct SessionTests {
    @Test func aQueryPrintsItsTableAndNothingOnStandardError() {
        let harness = SessionHarness()
        #expect(harness.run("sum killed where party = \"Afghan Taliban\"") == .succeeded)
        #expect(harness.output.text.contains("| Attaullah Tarar | Afghan Taliban | people | exactly 297 |      1 |"))
        #expect(harness.errors.text == "")
    }

    @Test func aTerminalGetsBoxDrawingWrappedToItsWidth() {
        let harness = SessionHarness(outputIsTerminal: true)
        harness.run("quotes according to Mujahid")
        #expect(harness.output.text.hasPrefix("┌"))
        #expect(
            harness.output.text.contains(
                "│ 10 │ Zabihullah     │ now also we    │         │ offered │\n│    │ Mujahid        │ want to        │         │         │\n"))
        #expect(harness.output.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 60 })
    }

    @Test func aQueryErrorIsRenderedWithItsPlaceAndFails() {
        let harness = SessionHarness()
        #expect(harness.run("sum kiled") == .failed(.queryError))
        #expect(
            harness.errors.text == "query:1:5: error: unknown measure \"kiled\"; did you mean \"killed\"?\nsum kiled\n    ^~~~~\n"
        )
        #expect(harness.output.text == "")
    }

    @Test func aScriptErrorNamesTheFileAndLineAndStopsTheScript() {
        let harness = SessionHarness()
        let outcome = harness.run(
            "# casualties\nactors where kind = state\n\nclaims where\n  mesure = killed\nevents\n", from: .file("casualties.cq"))
        #expect(outcome == .failed(.queryError))
        #expect(harness.errors.text.hasPrefix("casualties.cq:5:3: error: "))
        #expect(!harness.output.text.contains("Operation Ghazab"))
    }

    @Test func anUnknownDotCommandSuggestsTheClosest() {
        let harness = SessionHarness()
        #expect(harness.run(".fromat csv", from: .file("s.cq")) == .failed(.queryError))
        #expect(
            harness.errors.text
                == "s.cq:1: error: unknown dot-command .fromat; did you mean .format? (.help dot-commands lists them)\n")
    }

    @Test func formatChangesTheOutputOfLaterQueries() {
        let harness = SessionHarness()
        harness.run(".format csv\ncount claims by claimant")
        #expect(harness.output.text == "claimant,count\nAttaullah Tarar,6\nPakistan,1\nNational Herald,1\n")
        #expect(harness.run(".format xml") == .failed(.queryError))
        #expect(harness.errors.text.contains("unknown format \"xml\""))
    }

    @Test func csvNotesGoToStandardError() {
        let harness = SessionHarness(format: .csv)
        harness.run("sum killed where party = Pakistan")
        // Only the header: an empty result has no records, and its note is not data.
        #expect(harness.output.text.hasPrefix("claimant,") && harness.output.text.split(separator: "\n").count == 1)
        #expect(harness.errors.text.hasPrefix("note: no claim matches"))
    }

    @Test func whyShowsWhereTheLastResultsRowsComeFrom() {
        let harness = SessionHarness()
        #expect(harness.run(".why") == .failed(.queryError))
        harness.run("claims where measure = injured\n.why")
        #expect(
            harness.output.text.contains(
                "| 1   | National Herald, 2026-02-28 |         2 | reported | more than 450 Afghan operatives were injured |"))
    }

    @Test func modelAndSourcesDescribeWhatIsLoaded() {
        let harness = SessionHarness()
        harness.run(".model\n.sources")
        #expect(harness.output.text.contains("Model loaded from builtin"))
        #expect(harness.output.text.contains("| claims     |     8 |"))
        #expect(harness.output.text.contains("| national-herald-2026-02-28 | National Herald | 2026-02-28 |"))
    }

    @Test func schemaAndFieldsAskTheLanguage() {
        let harness = SessionHarness()
        #expect(harness.run(".schema") == .succeeded)
        #expect(harness.output.text.contains("| killed "))
        #expect(harness.output.text.contains("mediation-offer"))
        let fields = SessionHarness()
        #expect(fields.run(".fields claims") == .succeeded)
        #expect(fields.output.text.contains("| claims | running_total |"))
    }

    @Test func saveWritesTheSuccessfulQueriesAndRefusesToOverwrite() throws {
        let directory = try TemporaryDirectory()
        let harness = SessionHarness(interactive: true)
        harness.run(".format json")
        harness.run("sum kiled")
        harness.run("claims where\n  measure = killed ")
        harness.run(".save \(directory.file("s.cq"))")
        let saved = try directory.read("s.cq")
        #expect(saved.hasSuffix("\n.format json\nclaims where\n  measure = killed\n"))
        #expect(!saved.contains("kiled"))
        #expect(harness.errors.text.contains("saved 1 query to"))

        #expect(harness.run(".save \(directory.file("s.cq"))") == .failed(.queryError))
        #expect(harness.errors.text.contains("already exists; .save! "))
        harness.run("actors")
        #expect(harness.run(".save! \(directory.file("s.cq"))") == .succeeded)
        #expect(try directory.read("s.cq").hasSuffix("\nactors\n"))
        #expect(harness.run(".save \(directory.file("s.cq")) --force") == .succeeded)
    }

    @Test func aFailedSaveSaysWhyAndKeepsTheSessionForTheNextOne() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.file("folder"), withIntermediateDirectories: false)
        let harness = SessionHarness(interactive: true)
        harness.run("measures")
        harness.run("actors offering mediation")
        #expect(harness.run(".save \(directory.file("folder"))") == .failed(.queryError))
        #expect(harness.errors.text.contains("cannot write \(directory.file("folder")): it is a directory"))
        #expect(harness.run(".save! /dev/full") == .failed(.queryError))
        #expect(harness.errors.text.contains("cannot write /dev/full: No space left on device"))
        #expect(harness.run(".save \(directory.file("missing/s.cq"))") == .failed(.queryError))
        #expect(harness.errors.text.contains("cannot write \(directory.file("missing/s.cq")): No such file or directory"))
        // Nothing was lost: the next save has every query, and no temporary file was left behind.
        #expect(harness.run(".save \(directory.file("s.cq"))") == .succeeded)
        #expect(try directory.read("s.cq").hasSuffix("\nmeasures\nactors offering mediation\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["folder", "s.cq"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("folder")).isEmpty)
    }

    @Test func aSaveThroughALinkReplacesTheLinkedFile() throws {
        let directory = try TemporaryDirectory()
        try directory.write("old\n", to: "real.cq")
        try FileManager.default.createSymbolicLink(
            atPath: directory.file("link.cq"), withDestinationPath: directory.file("real.cq"))
        let harness = SessionHarness()
        harness.run("measures")
        #expect(harness.run(".save! \(directory.file("link.cq"))") == .succeeded)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("link.cq")) == directory.file("real.cq"))
        #expect(try directory.read("real.cq").hasSuffix("\nmeasures\n"))
    }

    @Test func aSaveRemovesWhatCrashedSavesOfTheSameFileLeftAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let gone = finished.processIdentifier
        let kept = ["s.cq.tmp-1", "s.cq.tmp-x", "other.cq.tmp-\(gone)", "s.cq.tmp-\(gone).cq"]
        for name in kept + ["s.cq.tmp-\(gone)"] { try directory.write("half", to: name) }
        let harness = SessionHarness()
        harness.run("measures")
        #expect(harness.run(".save \(directory.file("s.cq"))") == .succeeded)
        // Process 1 still runs: its file may be a save in progress.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == (kept + ["s.cq"]).sorted())
    }

    @Test func aSaveThroughALinkToNoFileYetCreatesTheFile() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.file("link.cq"), withDestinationPath: "real.cq")
        let harness = SessionHarness()
        harness.run("measures")
        #expect(harness.run(".save \(directory.file("link.cq"))") == .succeeded)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("link.cq")) == "real.cq")
        #expect(try directory.read("real.cq").hasSuffix("\nmeasures\n"))
        // Now the file is there, and a plain .save will not replace it.
        #expect(harness.run(".save \(directory.file("link.cq"))") == .failed(.queryError))
        #expect(harness.errors.text.contains("\(directory.file("link.cq")) already exists"))

        // A link that leads back to itself is said to be one, and stays.
        try FileManager.default.createSymbolicLink(atPath: directory.file("loop.cq"), withDestinationPath: "loop.cq")
        #expect(harness.run(".save! \(directory.file("loop.cq"))") == .failed(.queryError))
        #expect(harness.errors.text.contains("cannot write \(directory.file("loop.cq")): Too many levels of symbolic links"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("loop.cq")) == "loop.cq")
    }

    @Test func safeRefusesEveryDotCommandThatTouchesFilesAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        try directory.write("measures\n", to: "s.cq")
        let refused = [
            (".save \(directory.file("new.cq"))", ".save writes files, which --safe does not allow"),
            (".save! \(directory.file("s.cq"))", ".save writes files, which --safe does not allow"),
            (".output \(directory.file("out.txt"))", ".output writes files, which --safe does not allow"),
            (".run \(directory.file("s.cq"))", ".run reads files, which --safe does not allow"),
            (".load \(directory.file("m.yaml"))", ".load reads files, which --safe does not allow"),
            (".LOAD builtin", ".load reads files, which --safe does not allow"),
        ]
        for (command, message) in refused {
            let harness = SessionHarness(safe: true)
            harness.run("count claims")
            #expect(harness.run(command) == .failed(.queryError))
            #expect(harness.errors.text == "error: \(message)\n")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["s.cq"])
        #expect(try directory.read("s.cq") == "measures\n")

        // Everything else works as before, .output back to the screen included.
        let harness = SessionHarness(safe: true)
        let allowed =
            ".format csv\ncount claims\n.output\n.output -\n.why\n.model\n.sources\n.schema\n.fields events\n.timer off\n.history\n.help save\n.quit"
        #expect(harness.run(allowed) == .quit)
        #expect(!harness.errors.text.contains("error"))
        #expect(harness.output.text.hasPrefix("count\n8\n"))
    }

    @Test(arguments: [
        (".save \"\"", ".save FILE|NAME [SCRIPT] [PARAM=VALUE...] [--force]"), (".run \"\"", ".run FILE|NAME [PARAM=VALUE...]"),
        (".load \"\"", ".load FILE"),
        (".output \"\"", ".output [FILE]"),
    ])
    func anEmptyFileNameIsRefused(command: String, usage: String) {
        let harness = SessionHarness()
        harness.run("measures")
        #expect(harness.run(command) == .failed(.queryError))
        #expect(harness.errors.text == "error: usage: \(usage); the file name is empty\n")
    }

    @Test func aScriptLargerThanTheLimitIsRefusedUnread() throws {
        let directory = try TemporaryDirectory()
        let harness = SessionHarness()
        #expect(harness.run(".run /dev/zero") == .failed(.queryError))
        #expect(harness.errors.text.contains("cannot read /dev/zero: it is larger than 16 MiB, the most a script may be"))
        #expect(harness.run(".run \(directory.path)") == .failed(.queryError))
        #expect(harness.errors.text.contains("cannot read \(directory.path): it is a directory"))
    }

    @Test func aSavedScriptRunsBackToTheSameResults() throws {
        let directory = try TemporaryDirectory()
        let first = SessionHarness()
        first.run(
            "sum killed + injured where party = \"Afghan Taliban\"\n.format markdown\nactors offering mediation\nclaims where\n  measure in (killed, injured)"
        )
        first.run(".save \(directory.file("again.cq"))")
        let second = SessionHarness()
        #expect(second.run(".run \(directory.file("again.cq"))") == .succeeded)
        #expect(second.output.text == first.output.text)
    }

    @Test func savingNothingIsAnError() throws {
        let directory = try TemporaryDirectory()
        let harness = SessionHarness()
        #expect(harness.run(".save \(directory.file("empty.cq"))") == .failed(.queryError))
        #expect(!FileManager.default.fileExists(atPath: directory.file("empty.cq")))
    }

    @Test func runStopsAtTheScriptsFirstErrorAndReportsItsLine() throws {
        let directory = try TemporaryDirectory()
        try directory.write("actors offering mediation\nsum kiled\nevents\n", to: "bad.cq")
        let harness = SessionHarness()
        #expect(harness.run("measures\n.run \(directory.file("bad.cq"))\nacts") == .failed(.queryError))
        #expect(harness.errors.text.hasPrefix("\(directory.file("bad.cq")):2:5: error: unknown measure"))
        #expect(!harness.output.text.contains("mediation-offer"))
    }

    @Test func aScriptThatRunsItselfIsStopped() throws {
        let directory = try TemporaryDirectory()
        try directory.write(".run \(directory.file("loop.cq"))\n", to: "loop.cq")
        let harness = SessionHarness()
        #expect(harness.run(".run \(directory.file("loop.cq"))") == .failed(.queryError))
        #expect(harness.errors.text.contains("nest more than 16 deep"))
    }

    @Test func outputRedirectsResultsToAFileAndBack() throws {
        let directory = try TemporaryDirectory()
        let harness = SessionHarness()
        harness.run(".output \(directory.file("out.txt"))\ncount claims by claimant\n.output\nmeasures")
        #expect(try directory.read("out.txt").contains("| Attaullah Tarar |     6 |"))
        #expect(!harness.output.text.contains("Attaullah Tarar"))
        #expect(harness.output.text.contains("| killed "))
    }

    @Test func loadAddsAModelFileAndAFailureIsAModelError() {
        let loaded = Mutex<[[String]]>([])
        let harness = SessionHarness(loadModel: { paths in
            loaded.withLock { $0.append(paths) }
            if paths.last == "bad.yaml" { throw LoadFailure(description: "bad.yaml:3:1: error: actors[0].kind: unknown") }
            return .builtin
        })
        #expect(harness.run(".load extra.yaml") == .succeeded)
        #expect(harness.run(".load bad.yaml", from: .file("s.cq")) == .failed(.modelError))
        #expect(loaded.withLock { $0 } == [["builtin", "extra.yaml"], ["builtin", "extra.yaml", "bad.yaml"]])
        #expect(harness.errors.text == "s.cq:1: error: cannot load bad.yaml:\nbad.yaml:3:1: error: actors[0].kind: unknown\n")
        harness.run(".model")
        #expect(harness.output.text.contains("Model loaded from builtin, extra.yaml"))
    }

    @Test func timerReportsOnStandardError() {
        let harness = SessionHarness()
        harness.run(".timer on\nactors\n.timer off\nevents")
        #expect(harness.errors.text.split(separator: "\n").filter { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") }.count == 1)
    }

    @Test func quitStopsTheInputSuccessfully() {
        let harness = SessionHarness()
        #expect(harness.run("measures\n.quit\nsum kiled") == .quit)
        #expect(harness.errors.text == "")
    }

    @Test func wrongArgumentsShowTheUsage() {
        let harness = SessionHarness()
        #expect(harness.run(".timer maybe") == .failed(.queryError))
        #expect(harness.errors.text == "error: usage: .timer on|off\n")
    }

    @Test func helpTeachesTopicsAndCommands() {
        let harness = SessionHarness()
        harness.run(".help\n.help claims\n.help save\n.help .why")
        #expect(harness.output.text.contains("Topics (.help TOPIC):"))
        #expect(harness.output.text.contains("CLAIMS: "))
        #expect(harness.output.text.contains("sum killed + injured"))
        #expect(harness.output.text.contains(".save FILE|NAME [SCRIPT] [PARAM=VALUE...] [--force]"))
        #expect(harness.run(".help atribution") == .failed(.queryError))
        #expect(harness.errors.text.contains("did you mean attribution?"))
    }

    @Test func aCancelledQueryPrintsNoResultAndFails() {
        let harness = SessionHarness(isCancelled: { true })
        #expect(harness.run("claims") == .failed(.queryError))
        #expect(harness.output.text == "")
        #expect(harness.errors.text.contains("cancelled"))
    }

    @Test func millisecondsPrintWithTwoDecimals() {
        #expect(Session.milliseconds(.microseconds(1234)) == "1.23 ms")
        #expect(Session.milliseconds(.microseconds(50)) == "0.05 ms")
        #expect(Session.milliseconds(.seconds(2)) == "2000.00 ms")
    }
}
