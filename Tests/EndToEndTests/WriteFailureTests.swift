import Foundation
import TestSupport
import Testing

/// When the shell cannot write: a `.save` target that is a folder, that it may not write, or on a
/// full disk, and a crash in the middle of the write. It says so, exits 1, and never leaves a file
/// half-written: the old one stays whole.
///
/// A full disk and a crash are brought about with a file size limit (`ulimit -f`): a write past it
/// fails as on a full disk when the signal that enforces it is ignored, and otherwise the kernel
/// stops the process right there, in the middle of the write.
@Suite struct WriteFailureTests {
    /// A query of 4 KB whose answer is a few bytes: a `.save` after it writes more than the limit
    /// of 1 KB, while nothing else the shell writes comes near it.
    static let longQuery = "claims where note contains \"" + String(repeating: "x", count: 4000) + "\""

    @Test func aSaveCutShortByAFullDiskSaysSoAndLeavesTheOldFile() throws {
        let directory = try TemporaryDirectory()
        try "old\n".write(toFile: directory.file("s.cq"), atomically: false, encoding: .utf8)
        let run = try Self.run(limitedTo: 2, ignoringTheSignal: true, ["-c", Self.longQuery, "-c", ".save! s.cq"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("error: cannot write s.cq: File too large\n"))
        #expect(try String(contentsOfFile: directory.file("s.cq"), encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["s.cq"])
    }

    @Test func aCrashInTheMiddleOfASaveLeavesTheOldFileWhole() throws {
        let directory = try TemporaryDirectory()
        try "old\n".write(toFile: directory.file("s.cq"), atomically: false, encoding: .utf8)
        let run = try Self.run(
            limitedTo: 2, ignoringTheSignal: false, ["-c", Self.longQuery, "-c", ".save! s.cq"], in: directory)
        #expect(run.status == SIGXFSZ)
        #expect(try String(contentsOfFile: directory.file("s.cq"), encoding: .utf8) == "old\n")
        // The half-written copy is the temporary file, which proves the crash came mid-write.
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(names.contains { $0.hasPrefix("s.cq.tmp-") })
        // The next save of the file clears it away.
        let again = try BinaryRun.run(["-c", "measures", "-c", ".save! s.cq"], in: directory.path)
        #expect(again.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["s.cq"])
    }

    /// strace holds the save at its flush to disk for 3 seconds: the new text is in the temporary
    /// file, not yet renamed over the old one. Ctrl-C comes then.
    @Test(.enabled(if: canTrace, "needs strace, allowed to trace (make test installs it)"))
    func ctrlCInTheMiddleOfASaveLeavesTheOldFileWhole() throws {
        let directory = try TemporaryDirectory()
        try "old\n".write(toFile: directory.file("s.cq"), atomically: false, encoding: .utf8)
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        process.arguments = [
            "-f", "-q", "-o", "/dev/null", "-e", "trace=fsync", "-e", "inject=fsync:delay_enter=3000000",
            // As a terminal's Ctrl-C finds it, whatever the tests run with.
            "/usr/bin/env", "--default-signal=INT", binary, "-c", "measures", "-c", ".save! s.cq",
        ]
        process.environment = BinaryRun.baseEnvironment.merging(["HOME": directory.path]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // The temporary file is named after the shell's process, which the Ctrl-C goes to.
        let temporary = try Self.waitForFile(startingWith: "s.cq.tmp-", in: directory)
        let shell = try #require(pid_t(temporary.dropFirst("s.cq.tmp-".count)))
        kill(shell, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus != 0)
        #expect(try String(contentsOfFile: directory.file("s.cq"), encoding: .utf8) == "old\n")
    }

    /// Whether strace is here and may trace (some containers forbid it).
    static let canTrace: Bool = {
        guard let run = try? BinaryRun.execute("/usr/bin/strace", ["-o", "/dev/null", "/bin/true"]) else { return false }
        return run.status == 0
    }()

    struct FileNeverAppeared: Error {
        let prefix: String
    }

    private static func waitForFile(startingWith prefix: String, in directory: TemporaryDirectory) throws -> String {
        for _ in 0..<1000 {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            if let name = names.first(where: { $0.hasPrefix(prefix) }) { return name }
            usleep(10_000)
        }
        throw FileNeverAppeared(prefix: prefix)
    }

    @Test(arguments: [
        ("./folder", "error: cannot write ./folder: it is a directory\n"),
        ("/dev/full", "error: cannot write /dev/full: No space left on device\n"),
        ("missing/s.cq", "error: cannot write missing/s.cq: No such file or directory\n"),
    ])
    func aSaveThatCannotBeWrittenExitsOne(target: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.file("folder"), withIntermediateDirectories: false)
        let run = try BinaryRun.run(["-c", "measures", "-c", ".save! \(target)"], in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr == message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["folder"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.file("folder")).isEmpty)
    }

    @Test func resultsThatCannotBeWrittenFailTheQueryAndStopTheScript() throws {
        let directory = try TemporaryDirectory()
        let redirected = try BinaryRun.run(["-c", ".output /dev/full", "-c", "measures", "-c", "actors"], in: directory.path)
        #expect(redirected.status == 1)
        #expect(redirected.stderr == "error: cannot write /dev/full: No space left on device\n")

        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        try "measures\nactors\n".write(toFile: directory.file("two.cq"), atomically: false, encoding: .utf8)
        let full = try BinaryRun.execute(
            "/bin/sh", ["-c", "exec \"$0\" \"$@\" >/dev/full", binary, "two.cq"],
            environment: BinaryRun.baseEnvironment, in: directory.path)
        #expect(full.status == 1)
        #expect(full.stderr == "two.cq:1: error: cannot write standard output: No space left on device\n")
    }

    @Test func aSaveIntoAFolderItMayNotWriteExitsOne() throws {
        let directory = try TemporaryDirectory()
        let locked = directory.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        try "old\n".write(toFile: locked + "/s.cq", atomically: false, encoding: .utf8)
        chmod(locked, 0o555)
        defer { chmod(locked, 0o755) }
        let (executable, arguments) = try Unprivileged.command(in: directory)
        let run = try BinaryRun.execute(
            executable, arguments + ["-c", "measures", "-c", ".save! locked/s.cq"],
            environment: BinaryRun.baseEnvironment, in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot write locked/s.cq: Permission denied\n")
        #expect(try String(contentsOfFile: locked + "/s.cq", encoding: .utf8) == "old\n")
    }

    /// Runs the binary in `directory` with a file size limit of `blocks` of 512 bytes, the signal
    /// that enforces it ignored or not (set either way: the tests may run with it ignored).
    static func run(
        limitedTo blocks: Int, ignoringTheSignal: Bool, _ arguments: [String], in directory: TemporaryDirectory
    ) throws -> BinaryRun {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let signal = ignoringTheSignal ? "--ignore-signal=XFSZ" : "--default-signal=XFSZ"
        return try BinaryRun.execute(
            "/bin/sh", ["-c", "ulimit -f \(blocks); exec \"$0\" \"$@\"", "/usr/bin/env", signal, binary] + arguments,
            environment: BinaryRun.baseEnvironment.merging(["HOME": directory.path]) { $1 }, in: directory.path)
    }
}

/// How to run the binary as a user without root's right to write anywhere: tests run as root
/// in CI, where a folder's permissions would not stop the shell.
enum Unprivileged {
    /// The program and leading arguments that run the binary as `nobody` (through `setpriv`, with
    /// a copy of the binary in `directory`, which `nobody` may read), or the binary itself when
    /// the tests do not run as root.
    static func command(in directory: TemporaryDirectory) throws -> (executable: String, arguments: [String]) {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        guard getuid() == 0 else { return (binary, []) }
        let copy = directory.file("conflictq")
        // Copied by `cp`, not in this process: a file this process held open for writing while
        // another test forked could not be run ("Text file busy") until that child exec'd.
        guard try BinaryRun.execute("/bin/cp", [binary, copy]).status == 0 else { throw BinaryRun.BinaryMissing() }
        chmod(directory.path, 0o755)
        return ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", copy])
    }
}
