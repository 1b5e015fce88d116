import Foundation
import TestSupport
import Testing

/// The README's export example, run line by line as a reader would, by a POSIX shell that finds
/// conflictq and DuckDB on its path, with the answer it shows.
@Suite struct ReadmeExampleTests {
    @Test func theReadmesExportAnswersAsShown() throws {
        let binary = try #require(PackagePaths.binary)
        let (run, shown) = try ReadmeExample.run(
            section: "## Exporting to SQL engines", programs: ["conflictq": binary, "duckdb": try Engines.duckdb.get()])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == shown)
    }
}
