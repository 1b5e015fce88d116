import Foundation
import TestSupport
import Testing

/// The README's export example, run line by line as a reader would, by a POSIX shell that finds
/// conflictq and DuckDB on its path, with the answer it shows.
@Suite struct ReadmeExampleTests {
    @Test func theReadmesExportAnswersAsShown() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Exporting to SQL engines").dropFirst().first)
        let commands = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let shown = try #require(section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        let binary = try #require(PackagePaths.binary)
        let duckdb = try Engines.duckdb.get()
        let scratch = try TemporaryDirectory()
        for (name, target) in [("conflictq", binary), ("duckdb", duckdb)] {
            try FileManager.default.createDirectory(atPath: scratch.file("bin"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: scratch.file("bin/" + name), withDestinationPath: target)
        }
        try FileManager.default.createDirectory(atPath: scratch.file("work"), withIntermediateDirectories: true)
        // One shell for all the lines, so that the `cd` holds for the next, as in a terminal.
        let run = try BinaryRun.execute(
            "/bin/sh", ["-e", "-c", commands], environment: ["PATH": scratch.file("bin") + ":/usr/bin:/bin", "HOME": scratch.path],
            in: scratch.file("work"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == shown)
    }
}
