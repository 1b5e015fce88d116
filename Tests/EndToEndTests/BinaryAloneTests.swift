import Foundation
import TestSupport
import Testing

/// The built-in model is compiled into the binary: a copy of it alone, far from the package,
/// still answers.
@Suite struct BinaryAloneTests {
    @Test func aCopiedBinaryStillHasTheBuiltinModel() throws {
        let binary = try #require(PackagePaths.binary)
        let scratch = try TemporaryDirectory()
        let copy = scratch.file("conflictq")
        // Copied by `cp`, not in this process: a file we held open for writing while another test
        // forks could not be run ("Text file busy").
        #expect(try BinaryRun.execute("/bin/cp", [binary, copy]).status == 0)
        let result = try BinaryRun.execute(
            copy, ["--format", "csv", "-c", "sum killed where party = \"Afghan Taliban\""],
            environment: BinaryRun.baseEnvironment.merging(["HOME": scratch.path]) { $1 }, in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == "claimant,party,unit,sum killed,claims\nAttaullah Tarar,Afghan Taliban,people,exactly 297,1\n")
    }
}
