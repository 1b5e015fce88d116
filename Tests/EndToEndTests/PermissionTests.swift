import Foundation
import TestSupport
import Testing

/// `.save!` replacing a file keeps its mode and owner, refuses a file the user may not write, and
/// makes a new file 0644 less the umask; the same as root and as `nobody`.
@Suite struct PermissionTests {
    /// As root on a file of nobody's, or as whoever runs the tests on their own: 0600 stays 0600,
    /// and the owner stays.
    @Test func aReplacedFileKeepsItsModeAndOwner() throws {
        let directory = try TemporaryDirectory()
        let file = directory.file("s.cq")
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, 0o600)
        let owner: uid_t = getuid() == 0 ? 65534 : getuid()
        chown(file, owner, getuid() == 0 ? 65534 : getgid())
        let run = try BinaryRun.run(["-c", "measures", "-c", ".save! s.cq"], in: directory.path)
        #expect(run.status == 0)
        #expect(try Self.modeAndOwner(file) == (0o600, owner))
        #expect(try directory.read("s.cq").contains("measures"))
    }

    /// The umask narrows new files only: a file that was 0666 stays 0666 under `umask 077`, and a
    /// new one is 0644 less the umask.
    @Test func theUmaskShapesNewFilesOnly() throws {
        let directory = try TemporaryDirectory()
        try "old\n".write(toFile: directory.file("open.cq"), atomically: false, encoding: .utf8)
        chmod(directory.file("open.cq"), 0o666)
        let replaced = try Self.run(umask: "077", ["-c", "measures", "-c", ".save! open.cq"], in: directory)
        #expect(replaced.status == 0)
        #expect(try Self.modeAndOwner(directory.file("open.cq")).mode == 0o666)
        let created = try Self.run(umask: "027", ["-c", "measures", "-c", ".save new.cq"], in: directory)
        #expect(created.status == 0)
        #expect(try Self.modeAndOwner(directory.file("new.cq")).mode == 0o640)
    }

    /// In a folder anyone may write, a 0444 file could be replaced by a rename; it is refused, as
    /// the user may not write it, and stays as it was.
    @Test func aFileTheUserMayNotWriteIsRefused() throws {
        let directory = try TemporaryDirectory()
        let (executable, arguments) = try Unprivileged.command(in: directory)
        chmod(directory.path, 0o777)
        try "old\n".write(toFile: directory.file("r.cq"), atomically: false, encoding: .utf8)
        chmod(directory.file("r.cq"), 0o444)
        let run = try BinaryRun.execute(
            executable, arguments + ["-c", "measures", "-c", ".save! r.cq"], environment: BinaryRun.baseEnvironment,
            in: directory.path)
        #expect(run.status == 1)
        #expect(run.stderr == "error: cannot write r.cq: Permission denied\n")
        #expect(try directory.read("r.cq") == "old\n")
        #expect(try Self.modeAndOwner(directory.file("r.cq")).mode == 0o444)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: directory.path).contains { $0.contains(".tmp-") })
    }

    /// As nobody, on nobody's own private file: it stays private.
    @Test func aPrivateFileStaysPrivateForAnUnprivilegedUser() throws {
        let directory = try TemporaryDirectory()
        let (executable, arguments) = try Unprivileged.command(in: directory)
        chmod(directory.path, 0o777)
        let file = directory.file("p.cq")
        try "old\n".write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, 0o600)
        let owner: uid_t = getuid() == 0 ? 65534 : getuid()
        chown(file, owner, getuid() == 0 ? 65534 : getgid())
        let run = try BinaryRun.execute(
            executable, arguments + ["-c", "measures", "-c", ".save! p.cq"], environment: BinaryRun.baseEnvironment,
            in: directory.path)
        #expect(run.status == 0)
        #expect(try Self.modeAndOwner(file) == (0o600, owner))
    }

    /// Names of 243 to 255 bytes are legal; the temporary name beside them is cut to fit.
    @Test(arguments: [243, 250, 255])
    func aSaveTakesTheLongestNames(length: Int) throws {
        let directory = try TemporaryDirectory()
        let name = String(repeating: "n", count: length - 3) + ".cq"
        let run = try BinaryRun.run(["-c", "measures", "-c", ".save \(name)"], in: directory.path)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [name])
    }

    static func modeAndOwner(_ path: String) throws -> (mode: mode_t, owner: uid_t) {
        var status = stat()
        guard stat(path, &status) == 0 else { throw POSIXError(.ENOENT) }
        return (status.st_mode & 0o7777, status.st_uid)
    }

    static func run(umask: String, _ arguments: [String], in directory: TemporaryDirectory) throws -> BinaryRun {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        return try BinaryRun.execute(
            "/bin/sh", ["-c", "umask \(umask); exec \"$0\" \"$@\"", binary] + arguments,
            environment: BinaryRun.baseEnvironment.merging(["HOME": directory.path]) { $1 }, in: directory.path)
    }
}
