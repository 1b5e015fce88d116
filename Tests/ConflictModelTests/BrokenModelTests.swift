import ConflictModel
import Foundation
import Testing

/// Every file in `BrokenModels/` and the one error it must give: a bad file is reported at the
/// line, column and field that are wrong, and gives no model.
@Suite struct BrokenModelTests {
    static let cases: [(file: String, error: String)] = [
        ("empty.yaml", #"1:1: error: the file is empty; a model file starts with "conflictq-model: 3""#),
        ("truncated.yaml",
         "4:23: error: invalid YAML: unterminated double-quoted string opened at 4:11; the file ends too early: is it cut short?"),
        ("syntax-error.yaml",
         #"4:12: error: invalid YAML: ": " cannot appear in a plain value; put the value in quotes: "A: the first actor""#),
        ("tab-indent.yaml",
         "4:1: error: invalid YAML: a tab indents this line; YAML is indented with spaces, not tabs"),
        ("not-utf8.yaml", "4:12: error: the file is not UTF-8 text: byte 0xFC cannot be read as a character"),
        ("duplicate-key.yaml", #"4:5: error: the key "name" appears more than once in one mapping"#),
        ("alias-bomb.yaml",
         "2:4: error: anchors and aliases are not supported in model files: write the value out"),
        ("missing-version.yaml", #"2:1: error: missing "conflictq-model: 3"; a model file starts with it"#),
        ("unsupported-version.yaml",
         "1:18: error: conflictq-model: unsupported format version 4; this conflictq reads versions 2 and 3"),
        ("old-version.yaml",
         "1:18: error: conflictq-model: this file is in format 1, which this conflictq no longer reads: later "
            + "formats declare units (vocabulary.units, with a unit on each measure or claim), give claims a stance "
            + "and source references a role, give reciprocal acts (phone calls, consultations) participants "
            + "instead of a speaker and targets, and call a claim's date as_of; change the first line to "
            + #""conflictq-model: 3" and conflictq --check names each place that needs more"#),
        ("part-of-another-claimants-total.yaml",
         "10:81: error: claims[1].part_of: claim 1 is no total of this one: its claimant is a, this one's b; a total and its parts have one claimant, measure, unit and event"),
        ("date-range-backwards.yaml",
         "7:15: error: events[0].date_end: the date range ends (2020-05-01) before it starts (2020-05-02)"),
        ("coordinates-off-earth.yaml",
         "6:18: error: events[0].coordinates: [95, 10] is no place on the earth: latitude is from -90 to 90 and longitude from -180 to 180"),
        ("not-a-mapping.yaml", "1:1: error: expected a model file as a mapping of keys to values, found a list"),
        ("unknown-key.yaml", #"4:5: error: actors[0]: unknown key "nme"; did you mean "name"?"#),
        ("missing-required-key.yaml", #"3:5: error: actors[0]: missing required key "kind""#),
        ("wrong-kind.yaml",
         #"5:11: error: actors[0].kind: unknown actor kind "militia"; expected one of: state, government, armed force, armed group, organisation, person"#),
        ("list-expected.yaml",
         #"5:14: error: actors[0].aliases: expected a list, found "Kabul"; write a list as [a, b] or as lines that start with "- ""#),
        ("unknown-qualifier.yaml",
         #"18:16: error: claims[0].qualifier: unknown qualifier "roughly"; expected one of: exact, approximately, around, about, nearly, more than, at least, up to, less than"#),
        ("negative-value.yaml",
         "17:12: error: claims[0].value: the value -5 is negative; a figure counts things, so it is 0 or more"),
        ("number-as-string.yaml",
         #"17:12: error: claims[0].value: expected a number, found the quoted string "297"; write numbers without quotes"#),
        ("interval-contradicts-qualifier.yaml",
         #"19:15: error: claims[0].interval: the interval [400, 500] contradicts "more than 450""#),
        ("bad-date.yaml",
         #"18:11: error: claims[0].date: "2026-02-30" is not a date: February 2026 has 28 days"#),
        ("negative-paragraph.yaml",
         "25:20: error: claims[0].sources[0].paragraph: paragraph -1 is negative; paragraph 0 is the headline, 1 the body's first paragraph"),
        ("dangling-reference.yaml", #"16:15: error: claims[0].claimant: no actor has the id "tarar""#),
        ("unknown-source.yaml",
         #"12:17: error: actors[0].sources[0].source: no source has the id "national-herald"; did you mean "national-herald-2026-02-28"?"#),
        ("undeclared-measure.yaml",
         #"14:14: error: claims[0].measure: the measure "kiled" is not declared in vocabulary.measures; did you mean "killed"?"#),
        ("undeclared-act.yaml",
         #"16:10: error: statements[0].act: the act "mediation-ofer" is not declared in vocabulary.acts; did you mean "mediation-offer"?"#),
        ("duplicate-id.yaml",
         #"7:9: error: actors[1].id: duplicate actor id "pakistan": also defined at {dir}/duplicate-id.yaml:3:9"#),
        ("missing-unit.yaml",
         #"9:5: error: claims[0].unit: missing required key "unit": the measure "destroyed" has no unit of its own, so each of its claims says what it counts in (declared: posts)"#),
        ("undeclared-unit.yaml",
         #"12:11: error: claims[0].unit: the unit "post" is not declared in vocabulary.units; did you mean "posts"?"#),
        ("unknown-stance.yaml",
         #"14:13: error: claims[0].stance: unknown claim stance "claimed"; expected one of: asserted, alleged, denied"#),
        ("unknown-role.yaml",
         #"9:70: error: actors[0].sources[0].role: unknown source role "rounded"; expected one of: reported, restated"#),
        ("reciprocal-one-participant.yaml",
         #"22:19: error: statements[0].participants: the act "phone-call" is reciprocal: list everyone who took part, at least two, as participants"#),
        ("reciprocal-with-targets.yaml",
         #"23:14: error: statements[0].targets: the act "phone-call" is reciprocal: its statements list everyone who took part as participants, not targets"#),
        ("reciprocal-speaker-not-participant.yaml",
         #"21:14: error: statements[0].speaker: the speaker "oman" of a reciprocal act must be one of its participants: the one whose words are quoted"#),
        ("participants-on-directed-act.yaml",
         #"23:19: error: statements[0].participants: only a reciprocal act (declared with reciprocal: true) has participants; "support" has a speaker and targets"#),
        ("missing-speaker.yaml", #"20:5: error: statements[0]: missing required key "speaker""#),
        ("number-too-large.yaml",
         "12:12: error: claims[0].value: the number 99999999999999999999999 cannot be held exactly; figures have at most 15 significant digits and are below 1,000,000,000,000,000, as in queries"),
        ("number-too-precise.yaml",
         "12:12: error: claims[0].value: the number 9007199254740993 cannot be held exactly; figures have at most 15 significant digits and are below 1,000,000,000,000,000, as in queries"),
        ("part-of-cycle.yaml",
         #"11:17: error: actors[1].represents: makes a cycle: "army" → "government" → "army"; an actor cannot represent or belong to itself"#),
    ]

    @Test(arguments: cases)
    func givesItsErrorAndNoModel(_ file: String, _ error: String) {
        let path = Fixtures.broken(file)
        let expected = "\(path):" + error.replacingOccurrences(of: "{dir}", with: Fixtures.directory + "/BrokenModels")
        let errors = Fixtures.errors(loading: [path])
        #expect(errors.first == expected)
        #expect(errors.count == 1, "one mistake should give one error, not a cascade: \(errors)")
    }

    @Test func everyFixtureHasItsExpectedError() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.directory + "/BrokenModels")
            .filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(Self.cases.map(\.file)))
        #expect(files.count >= 14)
    }
}
