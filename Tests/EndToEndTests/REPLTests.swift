import Foundation
import TestSupport
import Testing

/// The interactive shell through a real pseudo-terminal: keys go in through tmux, and the screen
/// is read back. Each test has its own tmux server (`-L`), history file, fixed window size and
/// `TERM=xterm`, and waits for what it expects to appear rather than sleeping.
@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed (make test installs it)"))
struct REPLTests {
    @Test func aQueryShowsItsTable() throws {
        let terminal = try TerminalSession()
        try terminal.waitForPrompt()
        terminal.type("count claims by claimant")
        terminal.press("Enter")
        let screen = try terminal.waitFor { $0.contains("│ Attaullah Tarar │     6 │") }
        #expect(screen.contains("┌─────────────────┬───────┐"))
        try terminal.waitForPrompt()
    }

    @Test func tabCompletesAKeywordAFieldAValueAndADotCommand() throws {
        let terminal = try TerminalSession()
        try terminal.waitForPrompt()
        try terminal.type("claims wh", press: "Tab", until: "conflictq> claims where")
        try terminal.type("clai", press: "Tab", until: "conflictq> claims where claimant")
        terminal.press("C-c")
        try terminal.waitForPrompt()

        terminal.type("sum killed where party = \"Af")
        terminal.press("Tab")
        try terminal.waitFor { $0.lastLine == "conflictq> sum killed where party = \"Afghan Taliban\"" }
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("│ Attaullah Tarar │ Afghan Taliban │ people │ exactly 297 │      1 │") }
        try terminal.waitForPrompt()

        terminal.type(".fo")
        terminal.press("Tab")
        terminal.type("cs")
        terminal.press("Tab")
        try terminal.waitFor { $0.lastLine == "conflictq> .format csv" }
    }

    @Test func upRecallsAQueryFromAnEarlierRun() throws {
        let folder = try TemporaryDirectory()
        let history = folder.file("history")
        do {
            let first = try TerminalSession(historyPath: history)
            try first.waitForPrompt()
            first.type("measures")
            first.press("Enter")
            try first.waitFor { $0.contains("│ killed ") }
            try first.waitForPrompt()
            first.press("C-d")
            try first.waitForExit()
        }
        let second = try TerminalSession(historyPath: history)
        try second.waitForPrompt()
        second.press("Up")
        try second.waitFor { $0.lastLine == "conflictq> measures" }
    }

    @Test func anUnfinishedQueryShowsTheContinuationPromptAndIsOneHistoryEntry() throws {
        let folder = try TemporaryDirectory()
        let history = folder.file("history")
        let terminal = try TerminalSession(historyPath: history)
        try terminal.waitForPrompt()
        terminal.type("claims where")
        terminal.press("Enter")
        try terminal.waitFor { $0.lastLine == "condition>" }
        terminal.type("measure = injured")
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("more than 450") }
        try terminal.waitForPrompt()
        terminal.press("C-d")
        let status = try terminal.waitForExit()
        #expect(status == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved == "_HiStOrY_V2_\nclaims\\040where\\012measure\\040=\\040injured\n")
    }

    /// The continuation prompt names what the parser expected where the line ended, right-aligned
    /// to the main prompt's width.
    @Test(arguments: [
        ("claims where note contains \"po", "     \"...>"),
        ("claims where note contains 'po", "     '...>"),
        ("claims where (party = Pakistan", "     (...>"),
        ("sum killed where party =", "    value>"),
        ("claims where", "condition>"),
        ("claims order by", "    field>"),
        ("claims according to", "     name>"),
    ])
    func theContinuationPromptSaysWhatTheQueryStillNeeds(line: String, prompt: String) throws {
        let terminal = try TerminalSession()
        try terminal.waitForPrompt()
        try terminal.type(line, press: "Enter", until: prompt)
        #expect(prompt.count + 1 == Self.mainPrompt.count)
        terminal.press("C-c")
        try terminal.waitForPrompt()
    }

    static let mainPrompt = "conflictq> "

    /// Line after line the prompt follows the query, and every line's text starts in the column
    /// where the first line's did.
    @Test func theContinuationPromptFollowsTheQueryAndKeepsItsLinesAligned() throws {
        let terminal = try TerminalSession()
        try terminal.waitForPrompt()
        try terminal.type("claims where (", press: "Enter", until: "condition>")
        try terminal.type("measure = injured", press: "Enter", until: "     (...>")
        terminal.type(")")
        let screen = try terminal.waitFor { $0.lastLine == "     (...> )" }
        let lines = screen.split(separator: "\n").suffix(3).map(String.init)
        #expect(lines == ["conflictq> claims where (", "condition> measure = injured", "     (...> )"])
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("more than 450") }
        try terminal.waitForPrompt()
    }

    /// The main prompt has no colour, so neither has the continuation prompt: not with colour
    /// asked for, not with NO_COLOR.
    @Test(arguments: [(["--color", "always"], [:]), ([], ["NO_COLOR": "1"]), (["--color", "never"], [:])])
    func theContinuationPromptIsPlainAsTheMainPromptIs(arguments: [String], environment: [String: String]) throws {
        let terminal = try TerminalSession(arguments: arguments, environment: environment)
        try terminal.waitForPrompt()
        try terminal.type("claims where", press: "Enter", until: "condition>")
        let painted = terminal.screen(withAttributes: true).split(separator: "\n").map(String.init)
        let prompts = try #require(painted.firstIndex { $0.contains("claims where") }).advanced(by: 0)
        #expect(painted[prompts].hasPrefix("conflictq> claims where"))
        #expect(painted[prompts + 1].hasPrefix("condition>"))
        #expect(!painted[prompts...].joined().contains("\u{1B}"), "\(painted[prompts...])")
    }

    /// A query saved with a parameter in one session is listed, completed with Tab and run with
    /// another value in the next.
    @Test func aNamedQuerySavedInOneSessionIsListedCompletedAndRunInTheNext() throws {
        let data = try TemporaryDirectory()
        do {
            let first = try TerminalSession(environment: ["XDG_DATA_HOME": data.path])
            try first.waitForPrompt()
            try first.enter("sum killed where party = Pakistan") { $0.contains("no claim matches") }
            try first.enter(".save casualties party=Pakistan") {
                $0.contains("saved the last query as casualties in \(data.path)/conflictq/queries")
            }
            first.press("C-d")
            #expect(try first.waitForExit() == 0)
        }
        let second = try TerminalSession(environment: ["XDG_DATA_HOME": data.path])
        try second.waitForPrompt()
        try second.enter(".queries") { $0.contains("│ casualties │ party      │ sum killed where party = $party │") }
        try second.type(".run cas", press: "Tab", until: "conflictq> .run casualties")
        try second.type("", press: "Tab", until: "conflictq> .run casualties party=")
        second.type("\"Afghan Taliban\"")
        second.press("Enter")
        try second.waitFor { $0.contains("│ Attaullah Tarar │ Afghan Taliban │ people │ exactly 297 │      1 │") }
        try second.waitForPrompt()
    }

    @Test func ctrlCCancelsTheLineAndKeepsTheShell() throws {
        let terminal = try TerminalSession()
        try terminal.waitForPrompt()
        terminal.type("claims where")
        terminal.press("Enter")
        try terminal.waitFor { $0.lastLine == "condition>" }
        terminal.type("measure = ")
        terminal.press("C-c")
        try terminal.waitForPrompt()
        terminal.type("measures")
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("│ killed ") }
        try terminal.waitForPrompt()
        #expect(!terminal.screen().contains("[exited"))
    }

    @Test func ctrlDLeavesWithStatusZeroAndUTF8Works() throws {
        let terminal = try TerminalSession()
        try terminal.waitForPrompt()
        terminal.type("actors where name = \"Türkiye\"")
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("│ turkiye ") }
        try terminal.waitForPrompt()
        terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }

    /// libedit edits UTF-8 only in a UTF-8 locale; under `LC_ALL=C` or `LANG=C` the shell gives the
    /// line editor C.UTF-8's character type, so "Türkiye" is not typed as "Trkiye", and the
    /// history keeps what was typed.
    @Test(arguments: ["LC_ALL=C", "LANG=C", "LANG=C LC_CTYPE=POSIX"])
    func nonASCIIInputWorksInALocaleWithoutUTF8(locale: String) throws {
        let folder = try TemporaryDirectory()
        let history = folder.file("history")
        let terminal = try TerminalSession(historyPath: history, locale: locale)
        try terminal.waitForPrompt()
        #expect(!terminal.screen().contains("warning:"))
        // ASCII borders: the locale is not UTF-8, so the table does not assume box drawing.
        // The model spells it "Turkiye", which "Türkiye" matches; "Trkiye" would match nothing.
        try terminal.enter("actors where name = \"Türkiye\"") { $0.contains("| turkiye | Turkiye | state |") }
        // Mangled to `contains ""`, it would count all 30 actors.
        try terminal.enter("count actors where name contains \"é\"") { $0.contains("|     0 |") }
        terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8)
        #expect(saved.contains("actors\\040where\\040name\\040=\\040\"Türkiye\"\n"))
        #expect(saved.contains("contains\\040\"é\"\n"))
    }

    /// Under `LC_ALL=C` with `LANG` unset, editing takes whole characters too: Backspace after
    /// "é" removes the character, not one of its two bytes, which would leave text that is not UTF-8.
    @Test func editingRemovesWholeCharactersInALocaleWithoutUTF8() throws {
        let terminal = try TerminalSession(locale: "LC_ALL=C")
        try terminal.waitForPrompt()
        terminal.type("actors where name = \"Türkiyeé")
        terminal.press("BSpace")
        try terminal.enter("\"") { $0.contains("| turkiye | Turkiye | state |") }
        #expect(!terminal.screen().contains("error"))
        terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}

/// One conflictq REPL in a detached tmux session on a private server.
final class TerminalSession {
    /// tmux, if this machine has it.
    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let width = 100
    static let height = 40

    private let server = "conflictq-test-\(UUID().uuidString.prefix(8))"
    /// HOME for the shell, where tmux's output is read from, and the history unless one is given.
    private let scratch: TemporaryDirectory
    private var home: String { scratch.path }
    let historyPath: String

    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    /// `setup` runs in the pane's shell first (such as `ulimit -f 1`); `launcher` is a command the
    /// binary is run through (such as `setpriv` to run it as another user), given with `binary`.
    /// `locale` is the locale variables the shell gets (`LC_ALL=C` for a locale without UTF-8).
    /// `arguments` go to the binary; `environment` adds variables to the few the shell gets.
    init(
        historyPath: String? = nil, setup: String = "", launcher: [String] = [], binary: String? = nil,
        locale: String = "LANG=C.UTF-8", arguments: [String] = [], environment: [String: String] = [:]
    ) throws {
        guard let binary = binary ?? PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        scratch = try TemporaryDirectory()
        self.historyPath = historyPath ?? scratch.file("history")
        // After the shell exits, its status stays on the screen for the test to read.
        let variables = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
        let command =
            setup + "env -i PATH=/usr/bin:/bin HOME='\(home)' TERM=xterm \(locale) \(variables)"
            + "CONFLICTQ_HISTORY='\(self.historyPath)' "
            + (launcher + [binary] + arguments).map { "'\($0)'" }.joined(separator: " ")
            + "; echo \"[exited $?]\"; exec sleep 600"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(Self.width)", "-y", "\(Self.height)", command])
    }

    /// Ends everything the session started. The pane's processes are killed by their process
    /// group, since they may have inherited a mask that blocks the SIGHUP `kill-server` relies on.
    deinit {
        if let panePID = Int32(
            ((try? tmux(["display-message", "-p", "#{pane_pid}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(-panePID, SIGKILL)
        }
        _ = try? tmux(["kill-server"])
    }

    /// Types text literally, as a user would.
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-l", text])
    }

    /// Presses named keys: Enter, Tab, Up, C-c, C-d.
    func press(_ keys: String...) {
        _ = try? tmux(["send-keys"] + keys)
    }

    /// The screen's text; `withAttributes`, with the escape sequences of its colours and styles too.
    func screen(withAttributes: Bool = false) -> String {
        (try? tmux(["capture-pane", "-p", "-J"] + (withAttributes ? ["-e"] : []))) ?? ""
    }

    /// Polls the screen until `condition` holds, failing after `timeout` seconds: long enough for a
    /// debug binary to start while the rest of the suite keeps both cores busy.
    @discardableResult
    func waitFor(_ what: String = "the expected screen", timeout: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var current = screen()
        while !condition(current) {
            if Date() > deadline { throw Timeout(waitingFor: what, screen: current) }
            usleep(30_000)
            current = screen()
        }
        return current
    }

    /// Types text, presses a key, and waits until the last line reads `lastLine` (without the
    /// blanks at its end).
    func type(_ text: String, press key: String, until lastLine: String) throws {
        if !text.isEmpty { type(text) }
        press(key)
        try waitFor("the last line to read \(lastLine)") { $0.lastLine == lastLine }
    }

    /// Types a line and Enter, waits for `condition`, then for the prompt again.
    func enter(_ line: String, thenWaitFor condition: (String) -> Bool) throws {
        type(line)
        press("Enter")
        try waitFor("the answer to \(line)", condition)
        try waitForPrompt()
    }

    /// Waits until the last line is an empty prompt.
    func waitForPrompt() throws {
        try waitFor("the prompt") { $0.lastLine == "conflictq>" }
    }

    /// Waits for the shell to end, and returns its exit status.
    @discardableResult
    func waitForExit() throws -> Int32? {
        let screen = try waitFor("the shell to exit") { $0.contains("[exited ") }
        guard let range = screen.range(of: #"\[exited (\d+)\]"#, options: .regularExpression) else { return nil }
        return Int32(screen[range].dropFirst(8).dropLast())
    }

    /// Runs one tmux command and waits for it. Its output goes through a file, not a pipe: the
    /// server that `new-session` starts inherits the client's standard output and would hold a
    /// pipe open. It is spawned and reaped directly, because the tmux client, whose server
    /// double-forks away from it, is otherwise sometimes never reaped by Foundation's `Process`.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = home + "/tmux-output-\(UUID().uuidString)"
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = [Self.tmux!, "-L", server] + arguments
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != "TMUX" }.map { "\($0.key)=\($0.value)" }
        var cArguments = argv.map { strdup($0) } + [nil]
        var cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        // The test runner may block or ignore signals; the terminal under test starts clean.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Self.tmux!, &actions, &attributes, &cArguments, &cEnvironment)
        guard spawned == 0 else { throw TmuxFailed(code: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    struct TmuxFailed: Error {
        let code: Int32
    }
}

extension String {
    /// The last line with text on it, without trailing blanks: where the cursor's prompt is.
    var lastLine: String {
        split(separator: "\n").map { String($0.reversed().drop(while: \.isWhitespace).reversed()) }.last { !$0.isEmpty } ?? ""
    }
}
