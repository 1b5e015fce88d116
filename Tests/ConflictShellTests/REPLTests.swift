import ConflictModel
import Testing

@testable import ConflictShell

/// Plays back typed lines, remembering every prompt it was shown and every history entry.
final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.isEmpty ? .endOfInput : inputs.removeFirst()
    }

    func remember(_ entry: String) {
        remembered.append(entry)
    }
}

@Suite struct REPLTests {
    private func repl(_ inputs: [LineInput], history: HistoryFile? = nil) -> (REPL, ScriptedLineReader, SessionHarness) {
        let harness = SessionHarness(interactive: true)
        let reader = ScriptedLineReader(inputs)
        let repl = REPL(session: harness.session, reader: reader, historyFile: history, loadedHistory: ["earlier"])
        return (repl, reader, harness)
    }

    @Test func anUnfinishedQueryGetsTheContinuationPromptAndIsOneHistoryEntry() throws {
        let directory = try TemporaryDirectory()
        let history = HistoryFile(path: directory.file("history"))
        let (repl, reader, harness) = repl(
            [.line("claims where"), .line("  measure = killed"), .line("measures ")], history: history)
        #expect(repl.run() == .success)
        #expect(reader.prompts == ["conflictq> ", "   ...> ", "conflictq> ", "conflictq> "])
        #expect(reader.remembered == ["claims where\n  measure = killed", "measures"])
        #expect(try history.load() == ["claims where\n  measure = killed", "measures"])
        #expect(harness.output.text.contains("| killed "))
    }

    @Test func ctrlCDropsTheUnfinishedQueryAndTheShellGoesOn() {
        let (repl, reader, harness) = repl([.line("claims where"), .interrupted, .line("measures")])
        #expect(repl.run() == .success)
        #expect(reader.prompts == ["conflictq> ", "   ...> ", "conflictq> ", "conflictq> "])
        #expect(reader.remembered == ["measures"])
        #expect(harness.errors.text == "")
    }

    @Test func errorsAreShownAndTheShellGoesOnWithStatusZero() {
        let (repl, _, harness) = repl([.line("sum kiled"), .line("measures")])
        #expect(repl.run() == .success)
        #expect(harness.errors.text.hasPrefix("query:1:5: error:"))
        #expect(harness.output.text.contains("| killed "))
    }

    @Test func aRecalledMultiLineEntryRunsAsOneQuery() {
        let (repl, reader, harness) = repl([.line("claims where\nmeasure = injured")])
        #expect(repl.run() == .success)
        #expect(reader.prompts == ["conflictq> ", "conflictq> "])
        #expect(harness.output.text.contains("more than 450"))
    }

    @Test func quitLeavesAndHistoryListsEveryEntry() {
        let (repl, reader, harness) = repl([
            .line("measures"), .line("measures"), .line(".history"), .line(".quit"), .line("acts"),
        ])
        #expect(repl.run() == .success)
        #expect(reader.prompts.count == 4)
        #expect(harness.output.text.contains("    1  earlier\n    2  measures\n    3  .history\n"))
    }

    @Test func theBannerSaysWhatIsLoaded() {
        #expect(
            Shell.banner(model: .builtin, paths: ["builtin"]).hasPrefix(
                "conflictq \(Shell.version) on the built-in model: 30 actors"))
    }
}
