import ConflictQuery
import Foundation
import Testing

/// Runs every case of every file in `Golden/`. Set CONFLICTQ_UPDATE_GOLDEN=1 to rewrite the
/// expected outputs from the program's, then read the diff before committing it.
@Suite struct GoldenTests {
    @Test(arguments: GoldenFile.cases())
    func queryGivesExpectedOutput(_ golden: GoldenFile.Case) {
        #expect(GoldenFile.output(of: golden.query, in: golden.file) == golden.expected)
    }

    @Test func goldenFilesHaveCases() {
        #expect(GoldenFile.cases().count >= 100)
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["CONFLICTQ_UPDATE_GOLDEN"] == "1"))
    func updateExpectedOutputs() throws {
        try GoldenFile.update()
    }
}
