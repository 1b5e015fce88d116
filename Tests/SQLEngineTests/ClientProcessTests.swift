import ConflictQuery
import Foundation
import Testing

@testable import SQLEngines

/// The runner the clients go through, on plain programs.
@Suite struct ClientProcessTests {
    @Test func readsBothOutputsInFullWhateverTheirSize() throws {
        // A megabyte on each: far more than a pipe holds, so reading one to its end before the
        // other would leave the program blocked on the full one.
        let run = try ClientProcess.run("/bin/sh", ["-c", "head -c 1048576 /dev/zero; head -c 1048577 /dev/zero >&2; exit 3"])
        #expect(run.stdout.count == 1_048_576)
        #expect(run.stderr.count == 1_048_577)
        #expect(run.ending == .exited(3))
    }

    @Test func givesTheInputOnStandardInput() throws {
        let input = String(repeating: "line é\n", count: 100_000)
        let run = try ClientProcess.run("/bin/cat", [], input: input)
        #expect(String(decoding: run.stdout, as: UTF8.self) == input)
        #expect(run.succeeded)
    }

    @Test func runsTheProgramInItsOwnProcessGroup() throws {
        // Fields 1 and 5 of /proc/PID/stat: the process and its group.
        let run = try ClientProcess.run("/bin/sh", ["-c", "cut -d' ' -f1,5 /proc/$$/stat"])
        let fields = String(decoding: run.stdout, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        #expect(fields.count == 2)
        #expect(fields.first == fields.last)
        #expect(fields.first.map(String.init) != String(getpid()))
    }

    @Test func addsToTheEnvironment() throws {
        let run = try ClientProcess.run("/bin/sh", ["-c", "printf %s \"$CONFLICTQ_TEST_VALUE\""], environment: ["CONFLICTQ_TEST_VALUE": "a b"])
        #expect(String(decoding: run.stdout, as: UTF8.self) == "a b")
    }

    @Test func aProgramThatIgnoresSIGINTIsKilled() throws {
        let start = ContinuousClock.now
        let error = engineError {
            _ = try ClientProcess.run("/bin/sh", ["-c", "trap '' INT; sleep 30"], isCancelled: { ContinuousClock.now - start > .milliseconds(100) })
        }
        #expect(error?.kind == .cancelled)
        #expect(ContinuousClock.now - start < .seconds(ClientProcess.interruptGraceMilliseconds / 1000 + 2))
    }

    @Test func aMissingProgramIsAConnectionError() {
        let error = engineError { _ = try ClientProcess.run("/nonexistent/sqlite3", []) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("/nonexistent/sqlite3") == true)
    }
}
