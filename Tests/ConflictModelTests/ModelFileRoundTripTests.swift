import ModelFileFormat
import ConflictModel
import Testing

/// What `--export-model` writes loads back to the same model, so that a user can start a model of
/// their own from the built-in one and lose nothing.
@Suite struct ModelFileRoundTripTests {
    @Test func builtinModelExportsAndLoadsBackEqual() throws {
        let text = ModelFiles.export(.builtin)
        let loaded = try ModelFiles.load(text: text, path: "builtin.yaml")
        #expect(loaded == .builtin)
    }

    @Test func exportIsStable() throws {
        let text = ModelFiles.export(.builtin)
        #expect(ModelFiles.export(try ModelFiles.load(text: text, path: "builtin.yaml")) == text)
    }

    @Test func builtinPathStandsForTheBuiltinModel() throws {
        #expect(try ModelFiles.load(["builtin"]) == .builtin)
    }

    @Test func exportStartsWithACommentedHeaderAndTheVersion() {
        let lines = ModelFiles.export(.builtin).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first?.hasPrefix("# A conflictq model file, format 3:") == true)
        #expect(lines.contains("conflictq-model: 3"))
        #expect(lines.last == "")
    }

    @Test func emptyModelExportsAndLoadsBack() throws {
        let text = ModelFiles.export(.empty)
        #expect(text.contains("actors: []"))
        #expect(try ModelFiles.load(text: text, path: "empty.yaml") == .empty)
    }

    /// Texts that YAML would misread if written plain: they must come back exactly.
    static let awkwardTexts = [
        "yes", "No", "null", "~", "true", "2026", "3.5", "0x1F", "1e3", "- dash", "#hash", "a # comment", "key: value",
        "a:b", "[list]", "{map}", "a, b", "*alias", "&anchor", "!tag", "%directive", "@at", "`tick`", "|", ">",
        "'single'", "\"double\"", "back\\slash", "two\nlines", "tab\there", " leading", "trailing ", "double  space",
        "Türkiye", "Qatar’s", "emoji 🕊", "line\u{2028}separator", "bom\u{FEFF}", "control\u{7}bell", "", "-", "?",
        ":", "---", "...", "= sign",
    ]

    @Test(arguments: awkwardTexts)
    func awkwardTextsComeBackExactly(_ text: String) throws {
        let actor = Actor(
            id: "a", name: text.isEmpty ? "A" : text, aliases: text.isEmpty ? [] : [text, "plain"], kind: .person,
            role: text, note: text)
        let model = ConflictModel(
            vocabulary: Vocabulary(), sources: [], actors: [actor], events: [], claims: [], statements: [])
        #expect(try ModelFiles.load(text: ModelFiles.export(model), path: "awkward.yaml") == model)
    }

    @Test(arguments: [
        Quantity(40, .about, low: 35, high: 60),
        Quantity(450, .moreThan),
        Quantity(100, .atLeast, low: 100, high: .some(nil)),
        Quantity(100, .atLeast, low: 120, high: 500),
        Quantity(2.5, .approximately),
        Quantity(0, .exact),
        Quantity(12_000_000, .upTo),
    ])
    func quantitiesComeBackWithTheirIntervals(_ quantity: Quantity) throws {
        let claim = Claim(id: 1, measure: "killed", counted: "people", unit: "people", quantity: quantity, claimant: "a")
        let model = ConflictModel(
            vocabulary: Vocabulary(
                units: [Unit(id: "people", description: "people")],
                measures: [Measure(id: "killed", description: "people killed", unit: "people")]),
            sources: [], actors: [Actor(id: "a", name: "A", kind: .state)], events: [], claims: [claim],
            statements: [])
        let text = ModelFiles.export(model)
        #expect(try ModelFiles.load(text: text, path: "q.yaml") == model)
        let usual = Quantity.defaultInterval(value: quantity.value, qualifier: quantity.qualifier)
        #expect(text.contains("\n    interval: ") == (usual.low != quantity.low || usual.high != quantity.high))
    }

    @Test func theExampleFileLoads() throws {
        let model = try ModelFiles.load([Fixtures.model("example.yaml")])
        #expect(model.claims.map(\.quantity.description) == ["more than 40", "about 40"])
        #expect(model.claims[1].quantity.intervalDescription == "[35, 60]")
        #expect(model.actors.map(\.id) == ["northland", "northland-army", "southland", "jane-doe"])
        #expect(model.statements.first?.mode == .offered)
    }
}
