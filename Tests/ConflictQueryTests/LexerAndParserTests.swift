import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Testing

@Suite struct LexerAndParserTests {
    @Test(arguments: [
        "sum killed where", "claims where (party = Pakistan", "claims where counted = \"po", "sum killed +",
        "claims where measure in (killed,", "claims according", "claims according to", "describe", "show claim",
        "claims order by", "claims where not", "values of",
    ])
    func unfinishedInputAsksForMore(_ text: String) {
        #expect(QueryEngine.isIncomplete(text))
    }

    @Test(arguments: ["claims", "sum killed where party = Pakistan", "clams where", "claims limit x", "", "# only a comment"])
    func finishedOrWrongInputIsNotIncomplete(_ text: String) {
        #expect(!QueryEngine.isIncomplete(text))
    }

    @Test func multiLineQueryParsesAsOne() throws {
        let queries = try QueryEngine.parse("sum killed\n  where party = \"Afghan Taliban\"\n  and measure = killed")
        #expect(queries.count == 1)
    }

    @Test func semicolonsSeparateQueries() throws {
        #expect(try QueryEngine.parse("claims; actors;; sources").count == 3)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = "claims where " + String(repeating: "(", count: 10_000) + "value = 1" + String(repeating: ")", count: 10_000)
        #expect(throws: Diagnostic.self) { try QueryEngine.parse(deep) }
        let nots = "claims where " + String(repeating: "not ", count: 10_000) + "value = 1"
        #expect(throws: Diagnostic.self) { try QueryEngine.parse(nots) }
    }

    @Test func hugeInputIsRefused() {
        let huge = "claims where note contains \"" + String(repeating: "x", count: 200_000) + "\""
        #expect(throws: Diagnostic.self) { try QueryEngine.parse(huge) }
    }

    @Test func nulAndBinaryBytesAreErrors() {
        #expect(throws: Diagnostic.self) { try QueryEngine.parse("claims\u{0}") }
        #expect(throws: Diagnostic.self) { try QueryEngine.parse("claims where note = \"a\u{0}b\"") }
        #expect(throws: Diagnostic.self) { try QueryEngine.parse("claims \u{1}\u{2}") }
    }

    @Test func invalidUTF8IsRepairedThenRejectedAsAName() {
        let text = String(decoding: [0x63, 0x6C, 0xFF, 0xFE], as: UTF8.self)
        #expect(throws: Diagnostic.self) { try QueryEngine(model: .builtin).run(text) }
    }

    @Test func caretSitsUnderNonASCIIText() throws {
        let query = "claims where party = \"Türkei\""
        do {
            _ = try QueryEngine(model: .builtin).run(query)
            Issue.record("expected an error")
        } catch {
            let rendered = DiagnosticRenderer().render(error, in: query)
            #expect(rendered.hasPrefix("query:1:22: error: no actor is named \"Türkei\""))
            #expect(rendered.hasSuffix("\n                     ^~~~~~~~"))
        }
    }

    @Test func scriptPositionsCountFromTheFileTop() {
        let diagnostic = Diagnostic("boom", at: SourceRange(7, 9))
        let rendered = DiagnosticRenderer(fileName: "a.cq", lineOffset: 4).render(diagnostic, in: "claims\nwhere x")
        #expect(rendered.hasPrefix("a.cq:6:1: error: boom"))
    }
}

@Suite struct QuantityArithmeticTests {
    private func sum(_ query: String) throws -> Quantity? {
        let table = try QueryEngine(model: .builtin).run(query)[0]
        guard let column = table.columns.firstIndex(where: { $0.name.hasPrefix("sum") }),
            case .quantity(let quantity) = table.rows.first?.values[column]
        else { return nil }
        return quantity
    }

    @Test func exactPlusMoreThanIsMoreThan() throws {
        let total = try #require(try sum("sum killed + injured where party = \"Afghan Taliban\""))
        #expect(total.description == "more than 747")
        #expect(total.low == 748)
        #expect(total.high == nil)
    }

    @Test func qualifierIntervalsAreDocumented() {
        #expect(Quantity(300, .nearly).intervalDescription == "[270, 300]")
        #expect(Quantity(450, .moreThan).intervalDescription == "[451, ∞)")
        #expect(Quantity(135, .approximately).intervalDescription == "[121, 149]")
        #expect(Quantity(10, .upTo).intervalDescription == "[0, 10]")
    }

    @Test func contradictoryIntervalsAreFound() {
        #expect(Quantity.contradiction(value: 450, qualifier: .moreThan, low: 100, high: 200) != nil)
        #expect(Quantity.contradiction(value: 297, qualifier: .exact, low: 297, high: 297) == nil)
        #expect(Quantity.contradiction(value: 10, qualifier: .exact, low: -1, high: 10) != nil)
    }
}

@Suite struct CompletionTests {
    private let engine = QueryEngine(model: .builtin)

    private func complete(_ text: String) -> [String] {
        engine.completions(in: text, at: text.utf8.count).candidates
    }

    @Test func completesAValueFromTheModel() {
        #expect(complete("sum killed where party = \"Af") == ["\"Afghan Taliban\""])
        #expect(complete("statements where channel = ") == ["conversation", "\"phone call\"", "\"press conference\"", "X"])
    }

    @Test func completesAMeasureAfterSum() {
        #expect(complete("sum ki") == ["killed"])
    }

    @Test func completesAFieldAfterWhere() {
        #expect(complete("claims where cla") == ["claimant"])
    }

    @Test func completesAnAliasAfterAccordingTo() {
        #expect(complete("quotes according to Muj") == ["Mujahid"])
        #expect(complete("claims according to \"Attaullah") == ["\"Attaullah Tarar\""])
    }

    /// `by` only groups: after it come fields, never names.
    @Test func completesOnlyFieldsAfterBy() {
        #expect(complete("count claims by cl") == ["claimant"])
        #expect(complete("quotes by Muj").isEmpty)
    }

    /// After `as of`, the days the model's reports came out; after `history`, measures and clauses.
    @Test func completesDaysAndMeasuresOverTime() {
        #expect(complete("sum killed as of 2026") == ["2026-02-28"])
        #expect(complete("history kil") == ["killed"])
        #expect(complete("his") == ["history"])
        #expect(complete("history killed a") == ["according to", "as of"])
    }

    /// After `chart`, the kinds of chart and what can be drawn; after those, the query goes on.
    @Test func completesWhatAChartDraws() {
        #expect(complete("ch") == ["chart"])
        #expect(complete("chart ") == ["line", "bars", "history", "sum", "count", "min", "max", "avg"])
        #expect(complete("chart b") == ["bars"])
        #expect(complete("chart line h") == ["history"])
        #expect(complete("chart bars s") == ["sum"])
        #expect(complete("chart history kil") == ["killed"])
    }

    /// Completion follows the parser: what it looked for where the text ended.
    @Test func completesWhatTheGrammarAllowsNext() {
        #expect(complete("claims where party wi") == ["within"])
        #expect(complete("claims where value > 100 a") == ["and", "according to", "as of"])
        #expect(complete("claims where pos") == ["possibly"])
        #expect(complete("claims where party = Afghan T") == ["Taliban"])
        #expect(complete("actors urging de-escalation or con") == ["condoling", "consulting", "contacting"])
        #expect(complete("sum killed + inj") == ["injured"])
        #expect(complete("count cl") == ["claims"])
        #expect(complete("fields of st") == ["statements"])
        #expect(complete("claims with int") == ["intervals"])
        #expect(complete("claims order by val") == ["value"])
        #expect(complete("un") == ["units"])
    }

    @Test func completesTheFirstWord() {
        #expect(complete("desc") == ["describe"])
    }

    @Test func completesAnActPhraseAfterActors() {
        #expect(complete("actors offering m") == ["mediation"])
        #expect(complete("actors supp") == ["supporting"])
    }

    @Test func replacesFromTheOpeningQuote() {
        let text = "claims where party = \"Afgh"
        #expect(engine.completions(in: text, at: text.utf8.count).replacing == SourceRange(21, 26))
    }
}
