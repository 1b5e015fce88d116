import ModelFileFormat
import ConflictModel
import Testing

/// What `conflictq --check` prints: what each good file holds, or every error one a line.
@Suite struct ModelCheckTests {
    @Test func goodFilesSayWhatTheyHold() {
        let extra = Fixtures.model("extra.yaml")
        let result = ModelFiles.check(["builtin", extra])
        #expect(result.ok)
        #expect(
            result.output == """
                builtin: ok: \(ConflictModel.builtin.countsDescription)
                \(extra): ok: 1 source, 0 actors, 0 events, 1 claim, 0 statements, 0 units, 0 measures, 0 acts
                """)
    }

    @Test func badFilesGiveEveryError() {
        let path = Fixtures.broken("wrong-kind.yaml")
        let result = ModelFiles.check([path, "/no/such.yaml"])
        #expect(!result.ok)
        #expect(
            result.output == """
                \(path):5:11: error: actors[0].kind: unknown actor kind "militia"; expected one of: state, government, armed force, armed group, organisation, person
                    kind: militia
                          ^~~~~~~
                /no/such.yaml:1:1: error: no such file
                """)
    }

    /// `load(["builtin"])` skips the checks to start fast; this is what lets it.
    @Test func theBuiltinModelPassesEveryCheck() {
        #expect(ModelFiles.check(["builtin"]) == ("builtin: ok: \(ConflictModel.builtin.countsDescription)", true))
    }

    @Test func nothingToCheckIsNotOK() {
        #expect(ModelFiles.check([]) == ("no model files to check", false))
    }

    @Test func countsNameEveryKindInTheSingularOrPlural() throws {
        let model = try ModelFiles.load([Fixtures.model("example.yaml")])
        #expect(model.countsDescription == "1 source, 4 actors, 1 event, 2 claims, 1 statement, 1 unit, 1 measure, 1 act")
        #expect(ConflictModel.empty.countsDescription == "0 sources, 0 actors, 0 events, 0 claims, 0 statements, 0 units, 0 measures, 0 acts")
    }
}
