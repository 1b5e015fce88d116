import Foundation
import TestSupport
import Testing

/// A sum that passes 2^53 could be off without a sign of it: the binary says so and exits 1, in
/// every format, rather than printing an inexact figure, an infinity or JSON's null.
@Suite struct LargeSumTests {
    @Test(arguments: ["table", "csv", "json", "markdown"])
    func aSumPastTheExactRangeExitsOneWithTheReason(format: String) throws {
        let folder = try TemporaryDirectory()
        let claims = (1...10).map {
            "  - {id: \($0), measure: killed, counted: people, value: 999999999999999, claimant: a, party: a}\n"
        }
        try folder.write(
            "conflictq-model: 3\nvocabulary:\n  units: [{id: people, description: people}]\n"
                + "  measures: [{id: killed, description: killed, unit: people}]\n"
                + "actors:\n  - {id: a, name: A, kind: state}\nclaims:\n" + claims.joined(),
            to: "large.yaml")
        let run = try BinaryRun.run(["--model", "large.yaml", "--format", format, "-c", "sum killed"], in: folder.path)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(
            run.stderr.hasPrefix(
                "query:1:5: error: the sum of killed for claimant A, party A, unit people is past 9,007,199,254,740,992 (2^53)"))
        let nine = try BinaryRun.run(
            ["--model", "large.yaml", "--format", format, "-c", "sum killed where id <= 9"], in: folder.path)
        #expect(nine.status == 0)
        #expect(nine.stdout.contains("8999999999999991"))
    }
}
