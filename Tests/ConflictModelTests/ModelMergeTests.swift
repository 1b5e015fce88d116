import ModelFileFormat
import ConflictModel
import Foundation
import TestSupport
import Testing

/// Several files make one model: `builtin` stands for the built-in one, ids may be defined only
/// once, and shared vocabulary must be declared the same way.
@Suite struct ModelMergeTests {
    @Test func aFileAddsToTheBuiltinModel() throws {
        let model = try ModelFiles.load(["builtin", Fixtures.model("extra.yaml")])
        #expect(model.claims.count == ConflictModel.builtin.claims.count + 1)
        #expect(model.claims.last?.id == 101)
        #expect(model.sources.map(\.id) == ["national-herald-2026-02-28", "dawn-2026-03-02"])
        #expect(model.actors == ConflictModel.builtin.actors)
    }

    @Test func withoutTheBuiltinModelItsIdsAreUnknown() {
        let errors = Fixtures.errors(loading: [Fixtures.model("extra.yaml")])
        #expect(errors.first == Fixtures.model("extra.yaml") + #":13:12: error: claims[0].event: no event has the id "ghazab-lil-haq""#)
    }

    @Test func idsThatClashAcrossFilesNameBothPlaces() throws {
        let directory = try TemporaryDirectory()
        let first = directory.file("first.yaml")
        let second = directory.file("second.yaml")
        try "conflictq-model: 2\nactors:\n  - {id: x, name: X, kind: person}\n".write(toFile: first, atomically: true, encoding: .utf8)
        try "conflictq-model: 2\n\nactors:\n  - id: x\n    name: Y\n    kind: state\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        #expect(
            Fixtures.errors(loading: [first, second]) == [
                #"\#(second):4:9: error: actors[0].id: duplicate actor id "x": also defined at \#(first):3:10"#
            ])
    }

    @Test func aClashWithTheBuiltinModelIsReportedInTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("mine.yaml")
        try "conflictq-model: 2\nstatements:\n  - {id: 3, speaker: iran, act: support}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let expected = [#"\#(path):3:10: error: statements[0].id: duplicate statement id 3: also defined in the built-in model"#]
        #expect(Fixtures.errors(loading: ["builtin", path]) == expected)
        #expect(Fixtures.errors(loading: [path, "builtin"]) == expected)
    }

    @Test func theSameVocabularyMayBeDeclaredAgain() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vocabulary.yaml")
        try """
            conflictq-model: 2
            vocabulary:
              cameo_version: CAMEO 1.1b3
              measures:
                - {id: killed, description: people killed, unit: people}
                - {id: displaced, description: people forced from their homes, unit: people}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let model = try ModelFiles.load(["builtin", path])
        #expect(model.vocabulary.measures.map(\.id) == ConflictModel.builtin.vocabulary.measures.map(\.id) + ["displaced"])
        #expect(model.vocabulary.units == ConflictModel.builtin.vocabulary.units)
    }

    @Test func aMeasureWithoutItsUnitIsDeclaredDifferently() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vocabulary.yaml")
        try """
            conflictq-model: 2
            vocabulary:
              measures:
                - {id: killed, description: people killed}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            Fixtures.errors(loading: ["builtin", path]) == [
                #"\#(path):4:7: error: vocabulary.measures[0].unit: the measure "killed" is declared differently in the built-in model: unit "people" there, none here; every declaration of one measure must be the same"#
            ])
    }

    @Test func differentVocabularyUnderOneIdIsAnError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("vocabulary.yaml")
        try """
            conflictq-model: 2
            vocabulary:
              acts:
                - id: support
                  label: support
                  verbs: [supporting, backing]
                  cameo: "051"
                  cameo_name: Praise or endorse
            """.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            Fixtures.errors(loading: ["builtin", path]) == [
                #"\#(path):7:14: error: vocabulary.acts[0].cameo: the act "support" is declared differently in the built-in model: cameo "052" there, "051" here; every declaration of one act must be the same"#
            ])
    }

    @Test func differentCameoVersionsAreAnError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("cameo.yaml")
        try "conflictq-model: 2\nvocabulary:\n  cameo_version: CAMEO 1.0\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            Fixtures.errors(loading: ["builtin", path]) == [
                #"\#(path):3:18: error: vocabulary.cameo_version: cameo_version "CAMEO 1.0" differs from "CAMEO 1.1b3" in the built-in model; files loaded together must use one CAMEO version"#
            ])
    }

    @Test func theBuiltinModelListedTwiceIsAnError() {
        #expect(Fixtures.errors(loading: ["builtin", "builtin"]) == ["builtin:1:1: error: the built-in model is listed 2 times; give it once"])
    }

    /// One error however many times, not one per copy, and no error of the file merged with itself.
    @Test func aFileListedManyTimesIsOneError() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("m.yaml")
        try ModelFiles.export(.builtin).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(
            Fixtures.errors(loading: Array(repeating: "builtin", count: 10_000)) == [
                "builtin:1:1: error: the built-in model is listed 10000 times; give it once"
            ])
        #expect(Fixtures.errors(loading: [path, path, path]) == ["\(path):1:1: error: \(path) is listed 3 times; give it once"])
    }

    @Test func noFilesMakeAnEmptyModel() throws {
        #expect(try ModelFiles.load([]) == .empty)
    }

    @Test func errorsOfSeveralFilesComeInTheOrderOfTheFiles() {
        let errors = Fixtures.errors(loading: [Fixtures.broken("wrong-kind.yaml"), Fixtures.broken("empty.yaml")])
        #expect(errors.map { $0.components(separatedBy: "/").last!.prefix(while: { $0 != ":" }) } == ["wrong-kind.yaml", "empty.yaml"])
    }
}
