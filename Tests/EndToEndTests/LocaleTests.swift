import Foundation
import TestSupport
import Testing

/// conflictq's text is UTF-8 whatever the locale says: under `LC_ALL=C` with `LANG` unset, a
/// one-shot query, a script and standard input take and give non-ASCII text as they do under a
/// UTF-8 locale. (The interactive shell under such a locale is in REPLTests.)
@Suite struct LocaleTests {
    /// Nothing but `LC_ALL=C`: no `LANG`, no `LC_CTYPE`.
    static let environment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C"]

    static let model = """
        conflictq-model: 3
        actors:
          - {id: tr, name: Türkiye, kind: state}
          - {id: ir, name: "ایران", kind: state}

        """

    private func run(_ arguments: [String], input: String = "") throws -> BinaryRun {
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let folder = try TemporaryDirectory()
        try folder.write(Self.model, to: "m.yaml")
        try folder.write("actors where name = \"Türkiye\"\n", to: "s.cq")
        return try withExtendedLifetime(folder) {
            try BinaryRun.execute(
                binary, ["--model", "m.yaml", "--format", "csv"] + arguments, input: input,
                environment: Self.environment.merging(["HOME": folder.path]) { $1 }, in: folder.path)
        }
    }

    @Test(arguments: [
        (["-c", "actors where name = \"Türkiye\""], ""), (["s.cq"], ""), (["-"], "actors where name = \"Türkiye\"\n"),
    ])
    func nonASCIIInputMatchesAndComesBackWhole(arguments: [String], input: String) throws {
        let answer = try run(arguments, input: input)
        #expect(answer.status == 0)
        #expect(answer.stdout == "id,name,kind,role,represents\ntr,Türkiye,state,,\n")
        #expect(answer.stderr == "")
    }

    /// "é" is not dropped: `contains ""` would match every actor.
    @Test func aNonASCIIWordIsNotDropped() throws {
        let count = try run(["-c", "count actors where name contains \"é\""])
        #expect(count.status == 0)
        #expect(count.stdout == "count\n0\n")
        let persian = try run(["-c", "actors where name = \"ایران\""])
        #expect(persian.stdout == "id,name,kind,role,represents\nir,ایران,state,,\n")
    }

    /// An error in a line with non-ASCII text names the column in characters, and the caret is under it.
    @Test func anErrorAfterNonASCIITextIsPlacedByCharacters() throws {
        let failed = try run(["-c", "actors where name = \"Türkiye\" and knd = state"])
        #expect(failed.status == 1)
        #expect(
            failed.stderr == """
                query:1:35: error: actors have no field "knd"; did you mean "kind"?
                actors where name = "Türkiye" and knd = state
                                                  ^~~

                """)
    }
}
