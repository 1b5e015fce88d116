import Foundation
import TestSupport
import Testing

/// The README's `--engine` example, run line by line as a reader would, by a POSIX shell that
/// finds conflictq and sqlite3 on its path, with the answer it shows.
@Suite struct ReadmeEngineExampleTests {
    @Test func theReadmesEngineExampleAnswersAsShown() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Running on SQL engines").dropFirst().first)
        let commands = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let shown = try #require(section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        let binary = try #require(PackagePaths.binary)
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("bin"), withIntermediateDirectories: true)
        for (name, target) in [("conflictq", binary), ("sqlite3", try Engines.sqlite3.get())] {
            try FileManager.default.createSymbolicLink(atPath: scratch.file("bin/" + name), withDestinationPath: target)
        }
        try FileManager.default.createDirectory(atPath: scratch.file("work"), withIntermediateDirectories: true)
        let run = try BinaryRun.execute(
            "/bin/sh", ["-e", "-c", commands], environment: ["PATH": scratch.file("bin") + ":/usr/bin:/bin", "HOME": scratch.path],
            in: scratch.file("work"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == shown)
        #expect(run.stderr.contains("5 earlier running totals were revised by a later one from the same claimant and left out"))
    }
}
