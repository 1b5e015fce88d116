import ConflictModel
import Foundation
import TestSupport
import Testing

@testable import ConflictShell

/// Plays back typed lines, remembering every prompt it was shown and every history entry.
final class ScriptedLineReader: LineReader {
    private var inputs: [LineInput]
    private(set) var prompts: [String] = []
    private(set) var remembered: [String] = []
    /// Called before each line is given, with how many were asked for so far: to change the world
    /// between two lines, as a user freeing disk space would.
    var beforeLine: (Int) -> Void = { _ in }

    init(_ inputs: [LineInput]) {
        self.inputs = inputs
    }

    func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        beforeLine(prompts.count)
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
        #expect(reader.prompts == ["conflictq> ", "condition> ", "conflictq> ", "conflictq> "])
        #expect(reader.remembered == ["claims where\n  measure = killed", "measures"])
        #expect(try history.load() == ["claims where\n  measure = killed", "measures"])
        #expect(harness.output.text.contains("| killed "))
    }

    @Test func entriesTheHistoryCouldNotTakeAreSavedWithTheNextOne() throws {
        let directory = try TemporaryDirectory()
        try directory.write("in the way", to: "state")  // a file where the history's folder should be
        let history = HistoryFile(path: directory.file("state/history"))
        let (repl, reader, harness) = repl([.line("measures"), .line("actors"), .line("count claims")], history: history)
        reader.beforeLine = { count in
            if count == 3 { try? FileManager.default.removeItem(atPath: directory.file("state")) }
        }
        #expect(repl.run() == .success)
        #expect(try history.load() == ["measures", "actors", "count claims"])
        let warnings = harness.errors.text.components(separatedBy: "\n").filter { $0.hasPrefix("warning:") }
        #expect(
            warnings == ["warning: history not saved: cannot create directory \(directory.file("state")): a file is in the way"])
    }

    @Test func ctrlCDropsTheUnfinishedQueryAndTheShellGoesOn() {
        let (repl, reader, harness) = repl([.line("claims where"), .interrupted, .line("measures")])
        #expect(repl.run() == .success)
        #expect(reader.prompts == ["conflictq> ", "condition> ", "conflictq> ", "conflictq> "])
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
