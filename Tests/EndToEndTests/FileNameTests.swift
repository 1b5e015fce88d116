import Foundation
import TestSupport
import Testing

/// File names that are not UTF-8 (Latin-1's `café` is `caf\xE9`): Swift reads the command line as
/// UTF-8 and cannot keep such a name, so conflictq says that is why it cannot open the file,
/// rather than that it does not exist, and exits 2 before anything runs.
@Suite struct FileNameTests {
    @Test(arguments: [
        (#""$N.cq""#, "caf\\xE9.cq"),
        (#"-c measures "$N.cq""#, "caf\\xE9.cq"),
        (#"--model "$N.yaml" -c measures"#, "caf\\xE9.yaml"),
        (#"--model="$N.yaml" -c measures"#, "caf\\xE9.yaml"),
        (#"--check "$N.yaml""#, "caf\\xE9.yaml"),
    ])
    func aNameThatIsNotUTF8IsSaidToBeOne(arguments: String, shown: String) throws {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let directory = try TemporaryDirectory()
        // The files are there, under their Latin-1 names.
        let script = #"N=$(printf 'caf\351'); echo measures > "$N.cq"; cp /dev/null "$N.yaml"; exec "$0" "#
        let run = try BinaryRun.execute(
            "/bin/sh", ["-c", script + arguments, binary], environment: BinaryRun.baseEnvironment, in: directory.path)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr == "error: cannot open \(shown): the file name is not UTF-8 text\n")
    }
}
