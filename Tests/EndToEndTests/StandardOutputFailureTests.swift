import Foundation
import TestSupport
import Testing

/// Standard output that cannot be written, in every mode: a full disk (`/dev/full`), a file size
/// limit that cuts a write short, a pipe whose reader has gone. Each is an error that says so, and
/// exit 1; a closed pipe is not SIGPIPE's silent death (status 141).
@Suite struct StandardOutputFailureTests {
    /// Every way conflictq writes to standard output, and where its error is said to be.
    static let modes: [(arguments: [String], place: String)] = [
        (["--help"], ""),
        (["--version"], ""),
        (["--export-model"], ""),
        (["--check", "builtin"], ""),
        (["-c", "measures"], ""),
        (["two.cq"], "two.cq:1: "),
        (["-"], "<stdin>:1: "),
    ]

    @Test(arguments: modes)
    func aFullDiskIsAnErrorInEveryMode(arguments: [String], place: String) throws {
        let run = try Self.run(arguments, standardOutput: .path("/dev/full"))
        #expect(run.status == 1)
        #expect(run.stderr == place + "error: cannot write standard output: No space left on device\n")
    }

    /// The read end is closed before conflictq starts, so its first write meets no reader. SIGPIPE
    /// is given its default action first: conflictq must ignore it itself.
    @Test(arguments: modes)
    func aClosedPipeIsAnErrorInEveryMode(arguments: [String], place: String) throws {
        let run = try Self.run(arguments, standardOutput: .closedPipe)
        #expect(run.status == 1)
        #expect(run.stderr == place + "error: cannot write standard output: Broken pipe\n")
    }

    /// A reader that goes away after it has had everything is no error.
    @Test func aQueryWhoseOutputWentOutWholeExitsZeroThoughTheReaderLeaves() throws {
        let run = try Self.run(["-c", "count claims"], standardOutput: .pipeClosedAfterExit)
        #expect(run.status == 0)
        #expect(run.stderr == "")
    }

    /// A file size limit of 10 blocks (5,120 bytes) stops the 25 KB model part way, as a nearly full
    /// disk does: the write comes back short, then fails.
    @Test func anExportCutShortIsAnError() throws {
        let directory = try TemporaryDirectory()
        let run = try WriteFailureTests.run(limitedTo: 10, ignoringTheSignal: true, ["--export-model"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot write standard output: File too large\n")
        #expect(run.stdout.utf8.count == 5120)
    }

    enum Destination {
        case path(String)
        case closedPipe
        case pipeClosedAfterExit
    }

    /// Runs the binary with SIGPIPE at its default action, a script `two.cq` in its folder and the
    /// same script on standard input, standard output going to `destination`.
    static func run(_ arguments: [String], standardOutput destination: Destination) throws -> (status: Int32, stderr: String) {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let directory = try TemporaryDirectory()
        try directory.write("measures\nactors\n", to: "two.cq")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["--default-signal=PIPE", binary] + arguments
        process.environment = BinaryRun.baseEnvironment.merging(["HOME": directory.path]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: directory.file("two.cq")))
        _ = FileManager.default.createFile(atPath: directory.file("stderr"), contents: nil)
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: directory.file("stderr")))
        var ends: [Int32] = [-1, -1]
        switch destination {
        case .path(let path):
            process.standardOutput = FileHandle(forWritingAtPath: path)
        case .closedPipe, .pipeClosedAfterExit:
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            process.standardOutput = FileHandle(fileDescriptor: ends[1], closeOnDealloc: true)
            if case .closedPipe = destination { close(ends[0]) }
        }
        try process.run()
        process.waitUntilExit()
        if case .pipeClosedAfterExit = destination { close(ends[0]) }
        return (process.terminationStatus, try directory.read("stderr"))
    }
}
