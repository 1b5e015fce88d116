import Foundation
import TestSupport
import Testing

/// `make install`, `make uninstall` and `make dist`, run on the binary the tests built
/// (BINARY=...), so that no release build is needed here.
@Suite struct InstallTests {
    static let files = [
        ("usr/bin/conflictq", "755"),
        ("usr/share/man/man1/conflictq.1", "644"),
        ("usr/share/bash-completion/completions/conflictq", "644"),
        ("usr/share/zsh/site-functions/_conflictq", "644"),
        ("usr/share/fish/vendor_completions.d/conflictq.fish", "644"),
    ]

    static func binary() throws -> String { try #require(PackagePaths.binary) }

    static func make(_ target: String, into root: TemporaryDirectory, binary: String? = nil) throws -> BinaryRun {
        try Tools.make([target, "DESTDIR=" + root.path, "PREFIX=/usr", "BINARY=" + (binary ?? (try Self.binary()))])
    }

    /// Every path under `root` with its type, mode and size, and its time of change when asked:
    /// what a second install must leave alone, and what uninstall must bring back.
    static func listing(_ root: TemporaryDirectory, withTimes: Bool = false) throws -> String {
        let format = withTimes ? "%P %y %m %s %T@\\n" : "%P %y %m %s\\n"
        let run = try Tools.run("find", [root.path, "-mindepth", "1", "-printf", format])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\n").sorted().joined(separator: "\n")
    }

    @Test func installUninstallLeaveTheRootAsItWas() throws {
        let root = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: root.file("etc"), withIntermediateDirectories: true)
        try "x\n".write(toFile: root.file("etc/keep"), atomically: true, encoding: .utf8)
        let before = try Self.listing(root)

        let install = try Self.make("install", into: root)
        #expect(install.status == 0, "\(install.stderr)")
        for (path, mode) in Self.files {
            let attributes = try FileManager.default.attributesOfItem(atPath: root.file(path))
            #expect(String((attributes[.posixPermissions] as? Int) ?? 0, radix: 8) == mode, "\(path)")
        }

        // The installed binary runs, its page renders, its completions parse.
        let installed = root.file("usr/bin/conflictq")
        let query = try BinaryRun.execute(
            installed, ["-c", "count claims"], environment: BinaryRun.baseEnvironment, in: root.path)
        #expect(query.status == 0 && query.stdout.contains("count"), "\(query.stderr)")
        let version = try BinaryRun.execute(installed, ["--version"], environment: BinaryRun.baseEnvironment)
        #expect(version.stdout.hasPrefix("conflictq "), "\(version.stdout)")
        let page = try Tools.run("groff", ["-ww", "-man", "-Tutf8", "-z", root.file("usr/share/man/man1/conflictq.1")])
        #expect(page.status == 0 && page.stderr.isEmpty, "\(page.stderr)")
        let man = try Tools.run(
            "man", ["-l", root.file("usr/share/man/man1/conflictq.1")], environment: ["MANPAGER": "cat"])
        #expect(man.status == 0 && man.stderr.isEmpty && man.stdout.contains("SYNOPSIS"), "\(man.stderr)")
        #expect(try Tools.run("bash", ["-n", root.file("usr/share/bash-completion/completions/conflictq")]).status == 0)

        // Installing again changes nothing, not even a time.
        let installedListing = try Self.listing(root, withTimes: true)
        let again = try Self.make("install", into: root)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.listing(root, withTimes: true) == installedListing)

        let uninstall = try Self.make("uninstall", into: root)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(try Self.listing(root) == before)
        // And again: nothing left to remove is no error.
        #expect(try Self.make("uninstall", into: root).status == 0)
    }

    /// Directories that were there before install, empty or not, stay after uninstall.
    @Test func uninstallRemovesOnlyTheDirectoriesInstallMade() throws {
        let root = try TemporaryDirectory()
        for directory in ["usr/bin", "usr/share/man/man1", "usr/share/zsh/site-functions"] {
            try FileManager.default.createDirectory(atPath: root.file(directory), withIntermediateDirectories: true)
        }
        try "#compdef other\n".write(toFile: root.file("usr/share/zsh/site-functions/_other"), atomically: true, encoding: .utf8)
        let before = try Self.listing(root)
        #expect(try Self.make("install", into: root).status == 0)
        #expect(try Self.make("uninstall", into: root).status == 0)
        #expect(try Self.listing(root) == before)
    }

    /// A missing file stops install before it writes anything.
    @Test func installWithAMissingBinaryWritesNothing() throws {
        let root = try TemporaryDirectory()
        let run = try Self.make("install", into: root, binary: root.file("no-such-conflictq"))
        #expect(run.status != 0)
        #expect(run.stderr.contains("no-such-conflictq is missing"), "\(run.stderr)")
        #expect(try Self.listing(root) == "")
    }

    @Test func distPacksWhatInstallWritesAndItRunsUnpacked() throws {
        let folder = try TemporaryDirectory()
        let run = try Tools.make(["dist", "DIST_DIR=" + folder.path, "BINARY=" + (try Self.binary())])
        #expect(run.status == 0, "\(run.stderr)")
        let uname = try Tools.run("uname", ["-m"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let name = "conflictq-\(try VersionTests.version())-linux-\(uname)"
        let tarball = folder.file(name + ".tar.gz")
        #expect(run.stdout.hasSuffix(tarball + "\n"), "\(run.stdout)")

        let members = try Tools.run("tar", ["-tzf", tarball]).stdout.split(separator: "\n").map(String.init)
            .filter { !$0.hasSuffix("/") }
        let expected = ["README.md", "LICENSE"] + Self.files.map { String($0.0.dropFirst("usr/".count)) }
        #expect(Set(members) == Set(expected.map { name + "/" + $0 }), "\(members)")

        // Unpacked elsewhere, it answers with an empty environment.
        let elsewhere = try TemporaryDirectory()
        #expect(try Tools.run("tar", ["-xzf", tarball], in: elsewhere.path).status == 0)
        let answer = try BinaryRun.execute(
            "/usr/bin/env", ["-i", "./\(name)/bin/conflictq", "-c", "count claims"], environment: [:], in: elsewhere.path)
        #expect(answer.status == 0 && answer.stdout.contains("count"), "\(answer.stderr)")
    }
}
