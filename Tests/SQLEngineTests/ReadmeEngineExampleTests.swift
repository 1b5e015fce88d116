import Foundation
import TestSupport
import Testing

/// The README's `--engine` example, run line by line as a reader would, by a POSIX shell that
/// finds conflictq and sqlite3 on its path, with the answer it shows.
@Suite struct ReadmeEngineExampleTests {
    @Test func theReadmesEngineExampleAnswersAsShown() throws {
        let binary = try #require(PackagePaths.binary)
        let (run, shown) = try ReadmeExample.run(
            section: "## Running on SQL engines", programs: ["conflictq": binary, "sqlite3": try Engines.sqlite3.get()])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == shown)
        #expect(run.stderr.contains("5 earlier running totals were revised by a later one from the same claimant and left out"))
    }
}
