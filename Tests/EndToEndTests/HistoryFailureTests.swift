import Foundation
import TestSupport
import Testing

/// A history file the REPL cannot write: the shell warns once, goes on, keeps every entry for
/// `.history` and Up, leaves the old file as it was, and exits 0.
@Suite(.serialized, .enabled(if: TerminalSession.tmux != nil, "tmux is not installed (make test installs it)"))
struct HistoryFailureTests {
    @Test func aHistoryPathThatIsAFolder() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.file("history")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let terminal = try TerminalSession(historyPath: folder)
        try terminal.waitFor { $0.contains("warning: history not read: cannot read \(folder): it is a directory") }
        try Self.typeTwoQueriesAndLeave(terminal, warning: "cannot write \(folder): it is a directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func aHistoryOnAFullDiskKeepsTheOldFile() throws {
        let directory = try TemporaryDirectory()
        let history = directory.file("history")
        let old = "_HiStOrY_V2_\nactors\n"
        try old.write(toFile: history, atomically: false, encoding: .utf8)
        // 1 KB of room (half that in dash): the old file fits, a history with a long query in it does not.
        let terminal = try TerminalSession(historyPath: history, setup: "trap '' XFSZ; ulimit -f 1; ")
        try terminal.waitForPrompt()
        terminal.type("claims where note contains \"" + String(repeating: "x", count: 1200) + "\"")
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("warning: history not saved: cannot write \(history): File too large") }
        try terminal.waitForPrompt()
        terminal.type(".history")
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("    1  actors") && $0.contains("    3  .history") }
        terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
        #expect(try String(contentsOfFile: history, encoding: .utf8) == old)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["history", "history.lock"])
    }

    @Test func aHistoryInAFolderTheUserMayNotWrite() throws {
        let directory = try TemporaryDirectory()
        let locked = directory.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        let old = "_HiStOrY_V2_\nactors\n"
        try old.write(toFile: locked + "/history", atomically: false, encoding: .utf8)
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }
        let (executable, arguments) = try Unprivileged.command(in: directory)
        let terminal = try TerminalSession(
            historyPath: locked + "/history", launcher: [executable] + arguments.dropLast(), binary: arguments.last ?? executable)
        try Self.typeTwoQueriesAndLeave(terminal, warning: "cannot lock \(locked)/history.lock: Permission denied")
        #expect(try String(contentsOfFile: locked + "/history", encoding: .utf8) == old)
    }

    /// Read-only by its mode: refused as root too, who could write it, and as nobody. The shell
    /// warns once and keeps the entries; the file stays as it was.
    @Test(arguments: [false, true])
    func aReadOnlyHistoryIsLeftAlone(unprivileged: Bool) throws {
        let directory = try TemporaryDirectory()
        let history = directory.file("history")
        let old = "_HiStOrY_V2_\nactors\n"
        try old.write(toFile: history, atomically: false, encoding: .utf8)
        chmod(history, 0o444)
        let terminal: TerminalSession
        if unprivileged {
            let (executable, arguments) = try Unprivileged.command(in: directory)
            chmod(directory.path, 0o777)
            terminal = try TerminalSession(
                historyPath: history, launcher: [executable] + arguments.dropLast(), binary: arguments.last ?? executable)
        } else {
            terminal = try TerminalSession(historyPath: history)
        }
        try Self.typeTwoQueriesAndLeave(terminal, warning: "cannot write \(history): it is read-only")
        #expect(try String(contentsOfFile: history, encoding: .utf8) == old)
    }

    /// 64 MiB of history, far more than is read: the shell starts as fast as ever, says that it
    /// read only the end, has the last entry, and the next save leaves the last 1000 entries.
    @Test func aHugeHistoryIsReadFromItsEnd() throws {
        let directory = try TemporaryDirectory()
        let history = directory.file("history")
        let line = Array(("claims\\040where\\040note\\040contains\\040\"" + String(repeating: "x", count: 990) + "\"\n").utf8)
        var bytes = Array("_HiStOrY_V2_\n".utf8)
        bytes.reserveCapacity(64 << 20)
        while bytes.count < 64 << 20 { bytes += line }
        bytes += Array("count\\040claims\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: history))
        let terminal = try TerminalSession(historyPath: history)
        try terminal.waitFor { $0.contains("warning: history \(history) is 64 MiB, larger than the 4 MiB that is read") }
        try terminal.waitForPrompt()
        terminal.press("Up")
        try terminal.waitFor { $0.lastLine == "conflictq> count claims" }
        terminal.press("C-u")
        try terminal.enter("measures") { $0.contains("│ killed ") }
        terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
        let saved = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n")
        #expect(saved.count == 1 + 1000)
        #expect(saved.suffix(2) == ["count\\040claims", "measures"])
    }

    /// Types two queries, checks the warning comes once and both are still in the history, and leaves.
    private static func typeTwoQueriesAndLeave(_ terminal: TerminalSession, warning: String) throws {
        try terminal.waitForPrompt()
        terminal.type("measures")
        terminal.press("Enter")
        try terminal.waitFor { $0.contains("warning: history not saved: \(warning)") }
        try terminal.waitForPrompt()
        try terminal.enter("count claims") { $0.contains("│     8 │") }
        terminal.press("Up")
        try terminal.waitFor { $0.lastLine == "conflictq> count claims" }
        terminal.press("C-u")
        terminal.type(".history")
        terminal.press("Enter")
        let screen = try terminal.waitFor { $0.contains("  count claims\n") && $0.contains("  .history") }
        #expect(screen.components(separatedBy: "warning: history not saved").count == 2)
        terminal.press("C-d")
        #expect(try terminal.waitForExit() == 0)
    }
}
