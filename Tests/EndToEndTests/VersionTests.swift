import Foundation
import TestSupport
import Testing

/// `conflictq --version` names the version, the commit the binary was built from and whether the
/// tree had changes; the text is compiled in by Plugins/BuildInfo, which runs git at build time.
@Suite struct VersionTests {
    static let script = PackagePaths.root + "/Plugins/BuildInfo/build-info.sh"

    /// The plain version number the REPL banner shows, read from the shell's source.
    static func version() throws -> String {
        let source = try String(contentsOfFile: PackagePaths.root + "/Sources/ConflictShell/Shell.swift", encoding: .utf8)
        let line = try #require(source.split(separator: "\n").first { $0.contains("static let version = ") })
        return String(try #require(line.split(separator: "\"").dropFirst().first))
    }

    @Test func versionNamesTheNumberAndTheCommit() throws {
        let run = try BinaryRun.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let prefix = "conflictq \(try Self.version()) ("
        #expect(run.stdout.hasPrefix(prefix) && run.stdout.hasSuffix(")\n"), "\(run.stdout)")
        let source = run.stdout.dropFirst(prefix.count).dropLast(2)
        let commit = source.hasSuffix(", modified") ? source.dropLast(", modified".count) : source
        if commit != "unknown commit" {
            #expect(commit.count >= 7 && commit.allSatisfy(\.isHexDigit), "\(run.stdout)")
        }
    }

    /// The binary the tests built is from this very tree: it names the tree's commit.
    @Test func versionNamesTheCommitOfThisTree() throws {
        guard ProcessInfo.processInfo.environment["CONFLICTQ_BINARY"] == nil,
            let head = try? BinaryRun.execute("/usr/bin/git", ["-C", PackagePaths.root, "rev-parse", "HEAD"]),
            head.status == 0
        else { return }
        let run = try BinaryRun.run(["--version"])
        let commit = run.stdout.split(separator: "(").last?.split(separator: ",").first?.split(separator: ")").first
        #expect(head.stdout.hasPrefix(String(try #require(commit))), "\(run.stdout) vs HEAD \(head.stdout)")
    }

    @Test func theScriptNamesACommitAndChanges() throws {
        let scratch = try TemporaryDirectory()
        let git = { (arguments: [String]) throws -> BinaryRun in
            try BinaryRun.execute(
                "/usr/bin/git", ["-C", scratch.path, "-c", "user.name=t", "-c", "user.email=t@t"] + arguments,
                environment: ["PATH": "/usr/bin:/bin", "HOME": scratch.path])
        }
        guard (try? git(["init", "-q"]))?.status == 0 else { return }
        try "a\n".write(toFile: scratch.file("a"), atomically: true, encoding: .utf8)
        #expect(try git(["add", "a"]).status == 0)
        #expect(try git(["commit", "-q", "-m", "a"]).status == 0)
        let head = try git(["rev-parse", "--short", "HEAD"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let output = scratch.file("out/BuildInfo.swift")
        #expect(try BinaryRun.execute("/bin/sh", [Self.script, scratch.path, output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("static let source = \"\(head)\"\n"))
        try "b\n".write(toFile: scratch.file("a"), atomically: true, encoding: .utf8)
        #expect(try BinaryRun.execute("/bin/sh", [Self.script, scratch.path, output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("static let source = \"\(head), modified\"\n"))
    }

    /// A tarball of the source has no .git, and a folder inside another repository is not its
    /// commit: both build as "unknown commit".
    @Test func outsideAWorkTreeTheCommitIsUnknown() throws {
        let scratch = try TemporaryDirectory()
        let output = scratch.file("BuildInfo.swift")
        try FileManager.default.createDirectory(atPath: scratch.file("source"), withIntermediateDirectories: true)
        #expect(try BinaryRun.execute("/bin/sh", [Self.script, scratch.file("source"), output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("static let source = \"unknown commit\"\n"))
        let inside = PackagePaths.root + "/.build/build-info-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: inside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: inside) }
        #expect(try BinaryRun.execute("/bin/sh", [Self.script, inside, output]).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("static let source = \"unknown commit\"\n"))
    }
}
