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
                #"\#(second):6:11: error: actors[0].kind: the actor "x" is a state here and a person at \#(first):3:10; one actor has one kind"#
            ])
    }

    /// A claim is the same whether its file writes its measure's unit or leaves it to the
    /// measure: the built-in claim 1 (killed, in people) again, with another source, is one claim.
    @Test func aClaimWithoutItsMeasuresUnitIsTheSameClaim() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("again.yaml")
        try """
            conflictq-model: 3
            sources:
              - {id: wire-copy, outlet: Example Wire, date: "2026-02-28", title: The same wire story}
            claims:
              - id: 1
                event: ghazab-lil-haq
                measure: killed
                counted: Afghan Taliban personnel and allied militants
                party: afghan-taliban
                value: 297
                claimant: attaullah-tarar
                as_of: "2026-02-28"
                running_total: true
                note: 'the headline''s "about 300" and the lead''s "nearly 300" are the outlet''s roundings of this figure'
                sources: [{source: wire-copy, paragraph: 2, excerpt: killed 297 fighters}]
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let model = try ModelFiles.load(["builtin", path])
        #expect(model.claims.count == ConflictModel.builtin.claims.count)
        #expect(model.claim(id: 1)?.sources.map(\.source) == Array(repeating: "national-herald-2026-02-28", count: 3) + ["wire-copy"])
    }

    @Test func aClashWithTheBuiltinModelIsReportedInTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("mine.yaml")
        try "conflictq-model: 2\nstatements:\n  - {id: 3, speaker: iran, act: support}\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let expected = [
            #"\#(path):3:10: error: statements[0].id: duplicate statement id 3: also defined in the built-in model, differently; "#
                + "entries of one id must agree in everything but their sources"
        ]
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

    @Test func theBuiltinModelListedTwiceIsLoadedOnce() throws {
        #expect(try ModelFiles.load(["builtin", "builtin"]) == .builtin)
        #expect(ModelFiles.repeatNotes(["builtin", "builtin"]) == ["the built-in model is given 2 times; it is read once"])
    }

    /// One note however many times, not one per copy, and the file read once.
    @Test func aFileListedManyTimesIsReadOnceWithOneNote() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("m.yaml")
        try ModelFiles.export(.builtin).write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try ModelFiles.load(Array(repeating: "builtin", count: 10_000)) == .builtin)
        #expect(ModelFiles.repeatNotes(Array(repeating: "builtin", count: 10_000)) == [
            "the built-in model is given 10000 times; it is read once"
        ])
        #expect(try ModelFiles.load([path, path, path]) == .builtin)
        #expect(ModelFiles.repeatNotes([path, path, path]) == ["\(path) is given 3 times; it is read once"])
    }

    /// `m.yaml`, `./m.yaml`, `sub/../m.yaml` and a link to it name one file: it is read once, so a
    /// broken one gives its errors once, and the note names every name it was given as.
    @Test func oneFileUnderSeveralNamesIsReadOnce() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("m.yaml")
        try "conflictq-model: 3\nactors:\n  - {id: a, name: A, kind: stat}\n".write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: directory.file("sub"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.file("link.yaml"), withDestinationPath: "m.yaml")
        let names = [path, directory.path + "/./m.yaml", directory.path + "/sub/../m.yaml", directory.file("link.yaml")]
        #expect(Fixtures.errors(loading: names).count == 1)
        #expect(ModelFiles.distinctFiles(names) == [path])
        #expect(
            ModelFiles.repeatNotes(names) == [
                "\(path) is given 4 times (also as \(names[1]), \(names[2]), \(names[3])); it is read once"
            ])
        #expect(ModelFiles.earlierName(of: names[3], in: [path]) == path)
        #expect(ModelFiles.earlierName(of: directory.file("other.yaml"), in: [path]) == nil)
    }

    /// Two files that are alike are still two files.
    @Test func twoFilesWithTheSameTextAreTwo() throws {
        let directory = try TemporaryDirectory()
        let text = ModelFiles.export(.builtin)
        try text.write(toFile: directory.file("a.yaml"), atomically: true, encoding: .utf8)
        try text.write(toFile: directory.file("b.yaml"), atomically: true, encoding: .utf8)
        #expect(ModelFiles.distinctFiles([directory.file("a.yaml"), directory.file("b.yaml")]).count == 2)
        #expect(ModelFiles.repeatNotes([directory.file("a.yaml"), directory.file("b.yaml")]) == [])
    }

    @Test func noFilesMakeAnEmptyModel() throws {
        #expect(try ModelFiles.load([]) == .empty)
    }

    @Test func errorsOfSeveralFilesComeInTheOrderOfTheFiles() {
        let errors = Fixtures.errors(loading: [Fixtures.broken("wrong-kind.yaml"), Fixtures.broken("empty.yaml")])
        #expect(errors.map { $0.components(separatedBy: "/").last!.prefix(while: { $0 != ":" }) } == ["wrong-kind.yaml", "empty.yaml"])
    }

    // MARK: - Reports of the same facts

    private func files(_ texts: [String]) throws -> (TemporaryDirectory, [String]) {
        let directory = try TemporaryDirectory()
        let paths = try texts.enumerated().map { index, text in
            let path = directory.file("report-\(index + 1).yaml")
            try ("conflictq-model: 3\n" + text).write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        return (directory, paths)
    }

    private static let vocabulary = """
        vocabulary:
          units: [{id: people, description: people}]
          measures: [{id: killed, description: people killed, unit: people}]

        """

    @Test func oneActorUnderAnotherNameIsOneActor() throws {
        let (directory, paths) = try files([
            Self.vocabulary + """
                sources: [{id: a, outlet: A, date: "2026-03-01", title: A}]
                actors:
                  - {id: tarar, name: Attaullah Tarar, aliases: [Tarar], kind: person, role: minister,
                     sources: [{source: a, paragraph: 1, excerpt: Tarar}]}
                """,
            """
            sources: [{id: b, outlet: B, date: "2026-03-02", title: B}]
            actors:
              - {id: info-minister, name: Atta Tarar, aliases: [Tarar], kind: person,
                 sources: [{source: b, paragraph: 1, excerpt: Atta Tarar}]}
            claims:
              - {id: 1, measure: killed, counted: fighters, value: 5, claimant: info-minister}
            """,
        ])
        _ = directory
        let model = try ModelFiles.load(paths)
        #expect(model.actors.map(\.id) == ["tarar"])
        #expect(model.actors.first?.aliases == ["Tarar", "Atta Tarar"])
        #expect(model.actors.first?.sources.map(\.source) == ["a", "b"])
        #expect(model.claims.first?.claimant == "tarar")
    }

    @Test func aSharedNameOfTwoKindsIsAnErrorNamingBoth() throws {
        let (directory, paths) = try files([
            "actors:\n  - {id: kabul-city, name: Kabul, kind: organisation}\n",
            "actors:\n  - {id: taliban, name: Afghan Taliban, aliases: [Kabul], kind: government}\n",
        ])
        _ = directory
        #expect(
            Fixtures.errors(loading: paths) == [
                #"\#(paths[1]):3:25: error: actors[0].name: the actor "taliban" shares the name "Kabul" with "kabul-city" "#
                    + #"at \#(paths[0]):3:28, but is a government and that one an organisation: give them other names, or the "#
                    + "same id if they are one actor"
            ])
    }

    @Test func aWireStoryInTwoOutletsIsOneClaimWithBothSources() throws {
        let claim = "measure: killed, counted: fighters, value: 297, claimant: x, as_of: \"2026-02-28\", running_total: true"
        let (directory, paths) = try files([
            Self.vocabulary + """
                sources: [{id: herald, outlet: Herald, date: "2026-02-28", title: T}]
                actors: [{id: x, name: X, kind: person}]
                claims: [{id: 1, \(claim), sources: [{source: herald, paragraph: 2, excerpt: killed 297}]}]
                """,
            """
            sources: [{id: drum, outlet: Drum, date: "2026-02-28", title: T}]
            claims: [{id: 701, \(claim), sources: [{source: drum, paragraph: 3, excerpt: killed 297}]}]
            """,
        ])
        _ = directory
        let model = try ModelFiles.load(paths)
        #expect(model.claims.map(\.id) == [1])
        #expect(model.claims.first?.sources.map(\.source) == ["herald", "drum"])
    }

    @Test func oneFileKeepsTwoEntriesItMeantApart() throws {
        let claim = "measure: killed, counted: fighters, value: 3, claimant: x"
        let (directory, paths) = try files([
            Self.vocabulary + "actors: [{id: x, name: X, kind: person}]\nclaims: [{id: 1, \(claim)}, {id: 2, \(claim)}]\n"
        ])
        _ = directory
        #expect(try ModelFiles.load(paths).claims.map(\.id) == [1, 2])
    }

    @Test func anEventInTwoReportsAddsTheSecondsSources() throws {
        let event = "id: raid, name: Raid, kind: attack, date: \"2026-02-27\""
        let (directory, paths) = try files([
            """
            sources: [{id: a, outlet: A, date: "2026-02-27", title: A}]
            events: [{\(event), sources: [{source: a, paragraph: 1, excerpt: the raid}]}]
            """,
            """
            sources: [{id: b, outlet: B, date: "2026-02-28", title: B}]
            events: [{\(event), sources: [{source: b, paragraph: 4, excerpt: a raid}]}]
            """,
            "events: [{id: raid, name: Raid, kind: clash}]\n",
        ])
        _ = directory
        let errors = Fixtures.errors(loading: paths)
        #expect(
            errors == [
                #"\#(paths[2]):2:15: error: events[0].id: duplicate event id "raid": also defined at \#(paths[0]):3:15, "#
                    + "differently; entries of one id must agree in everything but their sources"
            ])
        let model = try ModelFiles.load(Array(paths.prefix(2)))
        #expect(model.events.first?.sources.map(\.source) == ["a", "b"])
    }
}
