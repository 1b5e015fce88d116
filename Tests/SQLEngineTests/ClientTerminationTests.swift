import ConflictModel
import Foundation
import SQLExport
import TestSupport
import Testing

/// conflictq stopped from outside while an engine's client runs a statement (SIGTERM from `kill`
/// or `timeout`, SIGHUP from a closed terminal, Ctrl-C on `-c`) stops the client too, and still
/// ends by the signal it got. The client is sqlite3 behind a wrapper that, for the query's own
/// statement, becomes a program that would run for a minute, having written down its pid.
@Suite(.serialized) struct ClientTerminationTests {
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func theClientStopsWithConflictq(_ signal: Int32) throws {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let loaded = try LoadedEngine(.sqlite, ConflictModel.builtin)
        let scratch = try TemporaryDirectory()
        let pidFile = scratch.file("client.pid")
        let wrapper = scratch.file("sqlite3")
        let sqlite3 = try Engines.sqlite3.get()
        try """
            #!/bin/sh
            # The query's statement (it reads claims c) runs "forever"; the catalog's are sqlite3's.
            case "$*" in
                *"FROM claims c"*) echo $$ > \(pidFile); exec sleep 60 ;;
                *) exec \(sqlite3) "$@" ;;
            esac
            """.write(toFile: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper, 0o755)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["--engine", loaded.location, "-c", "claims"]
        process.environment = BinaryRun.baseEnvironment.merging(["HOME": scratch.path, "CONFLICTQ_SQLITE3": wrapper]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()

        let client = try #require(waitForPid(in: pidFile), "the client never started its statement")
        #expect(kill(client, 0) == 0)
        let start = ContinuousClock.now
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        // Foundation sees the end only once every descendant has let go of what it inherited: a
        // client left running would keep it waiting its whole minute.
        #expect(ContinuousClock.now - start < .seconds(20), "conflictq's end was seen only when the client's was")

        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        // Reaped by no one but init: gone once it is no longer a process at all, or a zombie.
        #expect(isGone(client), "the client \(client) outlived conflictq")
    }

    private func waitForPid(in file: String) -> pid_t? {
        for _ in 0..<100 {
            if let text = try? String(contentsOfFile: file, encoding: .utf8), let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(50_000)
        }
        return nil
    }

    private func isGone(_ pid: pid_t) -> Bool {
        for _ in 0..<40 {
            let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first
            if state == nil || state == "Z" { return true }
            usleep(50_000)
        }
        return false
    }
}
