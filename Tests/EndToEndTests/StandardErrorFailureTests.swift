import Foundation
import TestSupport
import Testing

/// Standard error that cannot be written (`2>/dev/full`, or a pipe whose reader has gone): the
/// error cannot be shown, but the exit status still says what happened, and conflictq neither
/// crashes nor hangs over it.
@Suite struct StandardErrorFailureTests {
    /// Each kind of failure, and the status it exits with.
    static let failures: [(arguments: [String], status: Int32)] = [
        (["--format", "xml", "-c", "actors"], 2),
        (["--no-such-flag"], 2),
        (["-c", "claims where mesure = killed"], 1),
        (["-c", ".fromat csv"], 1),
        (["missing.cq"], 1),
        (["bad.cq"], 1),
        (["-"], 1),
        (["--check", "broken.yaml"], 1),
        (["--model", "broken.yaml", "-c", "actors"], 3),
        (["--model", "missing.yaml"], 3),
    ]

    @Test(arguments: failures)
    func aFailureExitsWithItsStatusThoughStandardErrorIsFull(arguments: [String], status: Int32) throws {
        let run = try Self.run(arguments, standardError: .full)
        #expect(run.status == status)
        #expect(!run.signalled)
    }

    @Test(arguments: failures)
    func aFailureExitsWithItsStatusThoughStandardErrorIsAClosedPipe(arguments: [String], status: Int32) throws {
        let run = try Self.run(arguments, standardError: .closedPipe)
        #expect(run.status == status)
        #expect(!run.signalled)
    }

    /// What has nothing to say on standard error is not hurt by it: the answer is whole, exit 0.
    @Test func aQueryThatWorksExitsZeroWithItsAnswer() throws {
        let run = try Self.run(["--format", "csv", "-c", "count claims"], standardError: .full)
        #expect(run.status == 0)
        #expect(run.stdout == "count\n8\n")
    }

    enum Destination {
        case full
        case closedPipe
    }

    /// Runs the binary in a folder holding `bad.cq` (a script whose second line fails) and
    /// `broken.yaml` (a model file with an error), with `bad.cq` on standard input, SIGPIPE at its
    /// default action, and standard error going to `destination`. A run that has not ended within
    /// 60 seconds is killed and fails the test: it hangs.
    static func run(_ arguments: [String], standardError destination: Destination) throws
        -> (status: Int32, signalled: Bool, stdout: String)
    {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let directory = try TemporaryDirectory()
        try directory.write("count claims\nclaims where mesure = killed\n", to: "bad.cq")
        try directory.write("conflictq-model: 3\nactors:\n  - {id: a, name: A, kind: stat}\n", to: "broken.yaml")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=PIPE", binary] + arguments
        process.environment = BinaryRun.baseEnvironment.merging(["HOME": directory.path]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: directory.file("bad.cq")))
        _ = FileManager.default.createFile(atPath: directory.file("stdout"), contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: directory.file("stdout")))
        var ends: [Int32] = [-1, -1]
        switch destination {
        case .full:
            process.standardError = FileHandle(forWritingAtPath: "/dev/full")
        case .closedPipe:
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            process.standardError = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
            close(ends[0])
        }
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        let hung = process.isRunning
        if hung { process.terminate() }
        process.waitUntilExit()
        #expect(!hung, "conflictq \(arguments) did not end within 60 seconds")
        return (
            process.terminationStatus, process.terminationReason == .uncaughtSignal, try directory.read("stdout")
        )
    }
}
