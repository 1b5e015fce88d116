import ConflictModel
import ConflictQuery
import Foundation
import TestSupport
import Testing

@testable import ConflictShell

/// The table of dot-commands is what the dispatcher checks, what help prints and what Tab offers:
/// each is tested against the table here, command by command.
@Suite struct DotCommandTableTests {
    static let specs = DotCommand.Spec.all
    static let names = specs.map(\.name.rawValue)

    @Test func theTableHoldsEveryCommandOnceInTheOrderHelpListsThem() {
        #expect(Self.specs.map(\.name) == DotCommandName.allCases)
        #expect(Set(Self.names).count == Self.names.count)
    }

    @Test func theUsagesAreWrittenAsBefore() {
        #expect(
            Self.specs.map(\.usage) == [
                ".help [TOPIC]", ".format table|csv|json|markdown", ".model", ".load FILE", ".schema", ".fields [ENTITY]",
                ".sources", ".why", ".save FILE|NAME [SCRIPT] [PARAM=VALUE...] [--force]", ".run FILE|NAME [PARAM=VALUE...]",
                ".queries", ".output [FILE]", ".history", ".timer on|off", ".sql [sqlite|duckdb|postgres] QUERY", ".quit",
                ".exit",
            ])
    }

    @Test(arguments: names)
    func everyCommandHasHelp(name: String) throws {
        let spec = try #require(DotCommand.Spec.named(name))
        #expect(!spec.summary.isEmpty)
        let harness = SessionHarness()
        // `.help queries` is the topic; with its dot it is the command.
        let plain = HelpTopic(rawValue: name) == nil ? name : "." + name
        #expect(harness.run(".help \(plain)\n.help .\(name.uppercased())\n.help dot-commands") == .succeeded)
        // The summary wrapped to the terminal's width, under the usage.
        let entry = spec.help + "\n"
        #expect(spec.help.split(separator: "\n").allSatisfy { $0 == spec.usage || ($0.hasPrefix("  ") && $0.count <= 80) })
        #expect(harness.output.text.hasPrefix(entry + entry))
        // On the page, the usage and then the summary, wrapped under itself.
        let page = harness.output.text.dropFirst(2 * entry.count).split(separator: "\n")
        let start = try #require(page.firstIndex { $0 == spec.usage || $0.hasPrefix(spec.usage + " ") })
        let lines = [page[start].dropFirst(spec.usage.count)] + page[(start + 1)...].prefix { $0.hasPrefix(" ") }
        #expect(lines.flatMap { $0.split(separator: " ") }.joined(separator: " ") == spec.summary)
    }

    /// One way of typing each command, with a file where it takes one; nil arguments are left out.
    static func sample(_ spec: DotCommand.Spec, file: String) -> [String] {
        spec.arguments.compactMap { argument in
            switch argument.kind {
            case .fileToRead, .fileToWrite, .savedQueryOrFile: return file
            case .word(let choices): return choices.first ?? "claims"
            case .flag, .parameters: return nil
            case .query: return "count claims"
            }
        }
    }

    /// The commands `--safe` refuses: those that read or write a file. `.output` is refused only
    /// when it names a file.
    static let refusedUnderSafe = ["load": "reads", "run": "reads", "save": "writes", "output": "writes"]

    @Test(arguments: names)
    func safeRefusesTheCommandsThatTouchFilesAndNoOther(name: String) throws {
        let spec = try #require(DotCommand.Spec.named(name))
        let directory = try TemporaryDirectory()
        try directory.write("measures\n", to: "s.cq")
        var lines = [
            "." + name + " " + Self.sample(spec, file: directory.file("s.cq")).map(DotCommand.quoted).joined(separator: " ")
        ]
        // Typed without what it may leave out; parameters are nothing to refuse.
        if spec.arguments.contains(where: { $0.presence != .required && $0.kind != .parameters }) { lines.append("." + name) }
        if name == "output" { lines.append(".output -") }
        for line in lines {
            let harness = SessionHarness(safe: true)
            harness.run("count claims")
            let outcome = harness.run(line)
            let refusal = Self.refusedUnderSafe[name].map { ".\(name) \($0) files, which --safe does not allow" }
            if let refusal, line != ".output", line != ".output -" {
                #expect(outcome == .failed(.queryError), "\(line)")
                #expect(harness.errors.text == "error: \(refusal)\n", "\(line)")
            } else {
                #expect(!harness.errors.text.contains("--safe"), "\(line)")
            }
        }
        #expect(try directory.read("s.cq") == "measures\n")
    }

    @Test(arguments: names)
    func onlyTheCommandsThatTouchFilesHaveASafeRefusalAndOutsideSafeNoneApplies(name: String) throws {
        let spec = try #require(DotCommand.Spec.named(name))
        let sample = Self.sample(spec, file: "x.cq")
        #expect((spec.safeRefusal(of: sample) != nil) == (Self.refusedUnderSafe[name] != nil))
        #expect(spec.problem(with: sample, hasBang: false, isSafe: false) == nil)
    }

    @Test(arguments: names)
    func tooManyOrTooFewArgumentsShowTheUsage(name: String) throws {
        let spec = try #require(DotCommand.Spec.named(name))
        // A command that takes a query takes the rest of the line, however many words; none is too few.
        if spec.arguments.contains(where: { $0.kind == .query }) {
            let harness = SessionHarness()
            #expect(harness.run("." + name) == .failed(.queryError))
            #expect(harness.errors.text == "error: usage: \(spec.usage)\n")
            return
        }
        let positional = spec.arguments.filter { $0.kind != .flag }
        let tooMany = "." + name + String(repeating: " x", count: positional.count + 1)
        let harness = SessionHarness()
        harness.run("count claims")
        #expect(harness.run(tooMany) == .failed(.queryError))
        // One that takes parameters says the word too many was not one.
        let notAParameter = spec.takesParameters ? "; \"x\" is no PARAM=VALUE" : ""
        #expect(harness.errors.text == "error: usage: \(spec.usage)\(notAParameter)\n")
        if positional.contains(where: { $0.presence == .required }) {
            let again = SessionHarness()
            #expect(again.run("." + name) == .failed(.queryError))
            #expect(again.errors.text == "error: usage: \(spec.usage)\n")
        }
    }

    @Test(arguments: names)
    func onlySaveTakesABang(name: String) {
        let harness = SessionHarness()
        harness.run("count claims")
        let outcome = harness.run(".\(name)!")
        if name == "save" {
            #expect(harness.errors.text == "error: usage: \(DotCommandName.save.spec.usage)\n")
        } else {
            #expect(outcome == .failed(.queryError))
            #expect(harness.errors.text == "error: .\(name) takes no !; only .save! does\n")
        }
    }

    @Test(arguments: names)
    func anEmptyFileNameIsRefusedWhereverAFileIsTaken(name: String) throws {
        let spec = try #require(DotCommand.Spec.named(name))
        let problem = spec.problem(with: [""], hasBang: false, isSafe: false)
        #expect((problem == "usage: \(spec.usage); the file name is empty") == spec.takesFileName)
    }

    let provider = CompletionProvider(engine: { QueryEngine(model: .builtin) }, home: nil)

    private func complete(_ line: String) -> [String] {
        provider.complete(line: line, cursor: line.utf8.count, pendingQuery: "").candidates
    }

    @Test func completionOffersTheTablesNames() {
        #expect(complete(".") == Self.names.map { "." + $0 })
    }

    @Test(arguments: names)
    func completionOffersExactlyTheTablesChoices(name: String) throws {
        let spec = try #require(DotCommand.Spec.named(name))
        let directory = try TemporaryDirectory()
        try directory.write("", to: "a.cq")
        let files = spec.takesFileName ? [directory.file("a.cq")] : []
        let spellings = ["." + name, "." + name.uppercased()] + (spec.acceptsBang ? ["." + name + "!"] : [])
        for typed in spellings {
            #expect(complete(typed + " -") == spec.wordChoices.filter { $0.hasPrefix("-") }, "\(typed)")
            #expect(complete(typed + " " + directory.path + "/") == files, "\(typed)")
            if !spec.takesFileName { #expect(complete(typed + " ") == spec.wordChoices, "\(typed)") }
            for choice in spec.wordChoices {
                #expect(complete(typed + " " + choice) == [choice], "\(typed)")
            }
        }
    }
}
