import ModelFileFormat
import ConflictModel
import Foundation
import TestSupport
import Testing

/// The errors of model files given as text: each at its exact line and column, naming the field,
/// all of them collected in one run.
@Suite struct ModelFileErrorTests {
    /// A file with one measure, one source and two actors, to which each case adds a few lines.
    static let preamble = """
        conflictq-model: 3
        vocabulary:
          units: [{id: people, description: people}]
          measures:
            - id: killed
              description: people killed
              unit: people
        sources:
          - id: report
            outlet: Example Times
            date: "2026-03-01"
            title: Ten killed
        actors:
          - id: a
            name: Afghan Taliban
            kind: government
          - id: b
            name: B
            kind: state

        """

    /// Each case's text goes after the preamble's 19 lines, so its first line is line 20.
    static let cases: [(text: String, error: String)] = [
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: ten\n    claimant: a\n",
         #"m.yaml:24:12: error: claims[0].value: expected a number, found "ten""#),
        ("claims:\n  - id: 1.5\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n",
         #"m.yaml:21:9: error: claims[0].id: expected a whole number, found "1.5""#),
        ("claims:\n  - id: 0\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n",
         "m.yaml:21:9: error: claims[0].id: claim ids are whole numbers from 1 up; found 0"),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n    running_total: yes\n",
         #"m.yaml:26:20: error: claims[0].running_total: expected true or false, found "yes""#),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n    as_of: \"2026-02-28 24:00\"\n",
         #"m.yaml:26:12: error: claims[0].as_of: "2026-02-28 24:00" is not a date: 24:00 is no time of day (00:00 to 23:59)"#),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n    as_of: \"2026-02 16:00\"\n",
         #"m.yaml:26:12: error: claims[0].as_of: "2026-02 16:00" is not a date; write YYYY, YYYY-MM, YYYY-MM-DD ("2026-02-28") or a day with a 24-hour time ("2026-02-28 16:00")"#),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n    as_of: \"2026-02-28\"\n    since: \"2026-03-01\"\n",
         "m.yaml:27:12: error: claims[0].since: since 2026-03-01 is after the as-of date 2026-02-28: a period ends after it begins"),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 1\n    claimant: a\n    date: \"2026-02-28\"\n",
         #"m.yaml:26:5: error: claims[0]: unknown key "date"; a claim has the keys id, event, measure, counted, unit, party, value, qualifier, interval, claimant, stance, as_of, since, running_total, note, part_of, sources"#),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 1e999\n    claimant: a\n",
         "m.yaml:24:12: error: claims[0].value: the number 1e999 cannot be held exactly; figures have at most 15 significant digits and are below 1,000,000,000,000,000, as in queries"),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 5\n    qualifier: exact\n    interval: [4, 6]\n    claimant: a\n",
         #"m.yaml:26:15: error: claims[0].interval: the interval [4, 6] contradicts "exactly 5""#),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 5\n    qualifier: about\n    interval: [4]\n    claimant: a\n",
         "m.yaml:26:15: error: claims[0].interval: expected an interval as [low, high] (high may be null: no upper bound), found a list"),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 5\n    qualifier: more_than\n    claimant: a\n",
         #"m.yaml:25:16: error: claims[0].qualifier: unknown qualifier "more_than"; did you mean "more than"?"#),
        ("claims:\n  - id: 1\n    measure: killed\n    counted: people\n    value: 5\n    claimant: Afghan Taliban\n",
         #"m.yaml:25:15: error: claims[0].claimant: no actor has the id "Afghan Taliban"; references use ids, not names: did you mean "a"?"#),
        ("claims:\n  - id: 1\n    measure:\n    counted: people\n    value: 5\n    claimant: a\n",
         #"m.yaml:22:13: error: claims[0].measure: has no value, but one is required"#),
        ("events:\n  - id: e\n    name: E\n    kind: attack\n    alleged_by: a\n",
         #"m.yaml:24:17: error: events[0].alleged_by: only an alleged event has alleged_by; add "status: alleged""#),
        ("events:\n  - id: e\n    name: E\n    kind: attack\n    part_of: e\n",
         #"m.yaml:24:14: error: events[0].part_of: makes a cycle: "e" → "e"; an event cannot be part of itself"#),
        ("statements:\n  - id: 1\n    speaker: a\n    cameo: 39a\n    act: x\n",
         #"m.yaml:23:12: error: statements[0].cameo: "39a" is not a CAMEO code; CAMEO codes are 2 to 4 digits ("039", "0256")"#),
        ("statements:\n  - id: 1\n    speaker: a\n    act: x\n    answers: 7\n",
         #"m.yaml:23:10: error: statements[0].act: the act "x" is not declared in vocabulary.acts; the vocabulary declares no acts"#),
        ("actor:\n  - id: c\n",
         #"m.yaml:20:1: error: unknown key "actor"; did you mean "actors"?"#),
        ("actors2: []\n",
         #"m.yaml:20:1: error: unknown key "actors2"; did you mean "actors"?"#),
        ("events:\n  - id: e\n    name: E\n    kind: attack\n    initiators: [a, c]\n",
         #"m.yaml:24:21: error: events[0].initiators[1]: no actor has the id "c""#),
        ("events:\n  id: e\n", "m.yaml:21:3: error: events: expected a list, found a mapping"),
        ("events:\n  - just a name\n",
         #"m.yaml:21:5: error: events[0]: expected an event as a mapping of keys to values, found "just a name""#),
    ]

    @Test(arguments: cases)
    func firstErrorIsAtTheFieldThatIsWrong(_ text: String, _ error: String) {
        #expect(Fixtures.errors(Self.preamble + text).first == error)
    }

    @Test func thePreambleIsValid() {
        #expect(Fixtures.errors(Self.preamble) == [])
    }

    @Test func everyErrorOfAFileIsReportedInOrder() {
        let text = """
            conflictq-model: 2
            actors:
              - id: a
                name: A
                kind: martian
              - id: b
                kind: state
                colour: red
            events:
              - id: e
                name: E
                kind: attack
                date: "2026-13"
                targets: [a, zz]
            """
        #expect(
            Fixtures.errors(text) == [
                #"m.yaml:5:11: error: actors[0].kind: unknown actor kind "martian"; expected one of: state, government, armed force, armed group, organisation, person"#,
                #"m.yaml:6:5: error: actors[1]: missing required key "name""#,
                #"m.yaml:8:5: error: actors[1]: unknown key "colour"; an actor has the keys id, name, aliases, kind, role, represents, part_of, note, sources"#,
                #"m.yaml:13:11: error: events[0].date: "2026-13" is not a date: there is no month 13"#,
                // The event has an error of its own, but its references are still checked.
                #"m.yaml:14:18: error: events[0].targets[1]: no actor has the id "zz""#,
            ])
    }

    /// An entry with one error is still checked for the others: its references, the unit of a
    /// claim, who takes part in a statement, an id given twice. What could not be read is not
    /// checked again: a list item that is not text, a misspelt key, a source reference that is
    /// not a mapping.
    @Test func anEntryWithAnErrorIsCheckedForTheRest() {
        let text = """
            conflictq-model: 3
            vocabulary:
              units: [{id: people, description: people}]
              measures: [{id: killed, description: killed, unit: people}]
              acts:
                - {id: call, label: call, verbs: [calling], cameo: "041", cameo_name: discuss, reciprocal: true}
            sources:
              - {id: s1, outlet: X, date: "2026-01-01", title: T}
            actors:
              - {id: a, name: A, kind: state}
              - {id: b, name: B, kind: stat, part_of: nobody}
            claims:
              - id: 1
                measure: [killed]
                counted: people
                value: 3
                clamant: a
              - id: 1
                measure: killed
                counted: people
                unit: {x: 1}
                value: 3
                qualifier: aproximately
                claimant: ghost
                event: noevent
                sources:
                  - just text
                  - {source: nope, paragraph: x, excerpt: e}
            events:
              - {id: e, name: E, kind: attak, targets: [a, [x], ghost]}
            statements:
              - {id: 1, act: call, speaker: zz, participants: [b, {y: 1}], answers: 9}
            """
        #expect(
            Fixtures.errors(text) == [
                #"m.yaml:11:28: error: actors[1].kind: unknown actor kind "stat"; did you mean "state"?"#,
                #"m.yaml:11:43: error: actors[1].part_of: no actor has the id "nobody""#,
                #"m.yaml:14:14: error: claims[0].measure: expected text, found a list"#,
                #"m.yaml:17:5: error: claims[0]: unknown key "clamant"; did you mean "claimant"?"#,
                #"m.yaml:18:9: error: claims[1].id: duplicate claim id 1: also defined at m.yaml:13:9"#,
                #"m.yaml:21:11: error: claims[1].unit: expected text, found a mapping"#,
                #"m.yaml:23:16: error: claims[1].qualifier: unknown qualifier "aproximately"; did you mean "approximately"?"#,
                #"m.yaml:24:15: error: claims[1].claimant: no actor has the id "ghost""#,
                #"m.yaml:25:12: error: claims[1].event: no event has the id "noevent""#,
                #"m.yaml:27:9: error: claims[1].sources[0]: expected a source reference as a mapping of keys to values, found "just text""#,
                #"m.yaml:28:18: error: claims[1].sources[1].source: no source has the id "nope""#,
                #"m.yaml:28:35: error: claims[1].sources[1].paragraph: expected a whole number, found "x""#,
                #"m.yaml:30:28: error: events[0].kind: unknown event kind "attak"; did you mean "attack"?"#,
                #"m.yaml:30:48: error: events[0].targets[1]: expected text, found a list"#,
                #"m.yaml:30:53: error: events[0].targets[2]: no actor has the id "ghost""#,
                #"m.yaml:32:33: error: statements[0].speaker: no actor has the id "zz""#,
                #"m.yaml:32:55: error: statements[0].participants[1]: expected text, found a mapping"#,
                #"m.yaml:32:73: error: statements[0].answers: no statement has the id 9"#,
            ])
    }

    /// A measure with an error still says its unit: its claims are not told they name none, and a
    /// measure whose unit could not be read leaves its claims' unit unknown, not missing.
    @Test func aClaimOfAMeasureWithAnErrorIsNotToldItHasNoUnit() {
        let text = """
            conflictq-model: 3
            vocabulary:
              units: [{id: people, description: people}]
              measures:
                - {id: killed, unit: people}
                - {id: injured, description: injured, unit: [people]}
            actors:
              - {id: a, name: A, kind: state}
            claims:
              - {id: 1, measure: killed, counted: people, value: 3, claimant: a}
              - {id: 2, measure: injured, counted: people, value: 3, claimant: a}
            """
        #expect(
            Fixtures.errors(text) == [
                #"m.yaml:5:7: error: vocabulary.measures[0]: missing required key "description""#,
                #"m.yaml:6:49: error: vocabulary.measures[1].unit: expected text, found a list"#,
            ])
    }

    /// Two files that describe one actor merge it under the first file's id; an entry with errors
    /// in the second file that names the later id is not reported as naming nothing.
    @Test func anEntryWithAnErrorNamesAMergedActorByItsLaterID() throws {
        let directory = try TemporaryDirectory()
        let first = directory.file("first.yaml")
        let second = directory.file("second.yaml")
        try "conflictq-model: 3\nactors:\n  - {id: pakistan, name: Pakistan, kind: state}\n"
            .write(toFile: first, atomically: true, encoding: .utf8)
        try "conflictq-model: 3\nactors:\n  - {id: pk, name: Pakistan, kind: state}\n  - {id: army, name: Army, kind: armed forc, represents: pk}\n"
            .write(toFile: second, atomically: true, encoding: .utf8)
        let errors = Fixtures.errors(loading: [first, second])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(second + #":4:34: error: actors[1].kind: unknown actor kind "armed forc""#) == true)
    }

    /// An entry with an error is left out, but references to its id are not errors of their own.
    @Test func aBrokenEntryIsNotAlsoReportedAsMissing() {
        let text = """
            conflictq-model: 2
            actors:
              - id: a
                name: A
                kind: martian
              - id: b
                name: B
                kind: person
                represents: a
            """
        #expect(Fixtures.errors(text).count == 1)
    }

    /// A file that cannot be parsed defines nothing anyone knows, so references into it are not checked.
    @Test func anUnreadableFileDoesNotMakeOthersReferencesDangle() throws {
        let directory = try TemporaryDirectory()
        let broken = directory.file("broken.yaml")
        let user = directory.file("user.yaml")
        try "conflictq-model: 2\nactors: [".write(toFile: broken, atomically: true, encoding: .utf8)
        try "conflictq-model: 2\nactors:\n  - {id: x, name: X, kind: person, represents: a}\n"
            .write(toFile: user, atomically: true, encoding: .utf8)
        let errors = Fixtures.errors(loading: [broken, user])
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(broken + ":") == true)
        #expect(errors.first?.contains("error: invalid YAML: the flow sequence opened at 2:9 is not closed") == true)
    }

    @Test func aLongCycleIsNamedByItsEnds() {
        let actors = (0..<20).map { "  - {id: a\($0), name: A\($0), kind: person, part_of: a\(($0 + 1) % 20)}" }
        let text = "conflictq-model: 2\nactors:\n" + actors.joined(separator: "\n") + "\n"
        #expect(
            Fixtures.errors(text) == [
                #"m.yaml:22:49: error: actors[19].part_of: makes a cycle: "a0" → "a1" → "a2" → "a3" → … 14 more … → "a18" → "a19" → "a0"; an actor cannot represent or belong to itself"#
            ])
    }

    /// Chains are followed without recursion, so a long one cannot exhaust the stack.
    @Test func aVeryLongChainIsNoProblem() throws {
        let count = 20_000
        var text = "conflictq-model: 2\nactors:\n  - {id: a0, name: A, kind: state}\n"
        for index in 1..<count { text += "  - {id: a\(index), name: A, kind: person, part_of: a\(index - 1)}\n" }
        #expect(try ModelFiles.load(text: text, path: "chain.yaml").actors.count == count)
    }

    @Test func errorsRenderOneALine() {
        let error = ModelFileError(file: "f.yaml", line: 3, column: 7, field: "claims[0].value", message: "bad")
        #expect(error.description == "f.yaml:3:7: error: claims[0].value: bad")
        let whole = ModelFileError(file: "f.yaml", line: 1, column: 1, field: "", message: "no such file")
        #expect(ModelFileErrors([error, whole]).description == "f.yaml:3:7: error: claims[0].value: bad\nf.yaml:1:1: error: no such file")
    }
}
