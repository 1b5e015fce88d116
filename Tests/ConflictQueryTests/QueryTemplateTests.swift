import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Testing

/// Parameters of saved queries: found where the lexer would read them, filled with values that
/// stay one literal whatever they hold.
@Suite struct QueryTemplateTests {
    private func names(_ text: String) -> [String] { QueryTemplate.references(in: text).map(\.name) }

    @Test func parametersAreFoundOutsideStringsAndCommentsOnly() {
        #expect(names("claims where party = $party and note contains \"$5 or $x\" # $comment\nlimit $n") == ["party", "n"])
        #expect(names("claims where note = 'it''s $x' and party = $p") == ["p"])
        // An apostrophe inside a word opens no string, so what follows it is read.
        #expect(names("actors where name = Pakistan's and kind = $kind") == ["kind"])
        #expect(names("claims where note = \"a \\\" $x\" and party = $y") == ["y"])
        // A string may run over lines, as the lexer reads it.
        #expect(names("claims where note = \"a\n$x\" and party = $y") == ["y"])
        #expect(names("claims where value > $1 and $ and $_ok") == ["_ok"])
    }

    @Test func aReferenceSpansTheDollarAndTheName() {
        let references = QueryTemplate.references(in: "limit $n2 ")
        #expect(references.map(\.name) == ["n2"] && references.map(\.range) == [SourceRange(6, 9)])
    }

    @Test(arguments: [("party", true), ("_x1", true), ("1x", false), ("pa-rty", false), ("", false), ("ü", false)])
    func parameterNames(name: String, valid: Bool) {
        #expect(QueryTemplate.isParameterName(name) == valid)
        #expect(!QueryTemplate.isParameterName(String(repeating: "a", count: QueryTemplate.longestName + 1)))
    }

    @Test(arguments: [
        ("5", "5"), ("2.5", "2.5"), ("007", "007"), ("5x", "\"5x\""), ("1,000", "\"1,000\""), ("-3", "\"-3\""),
        ("Afghan Taliban", "\"Afghan Taliban\""), ("a\"b\\c", "\"a\\\"b\\\\c\""), ("2026-02-28", "\"2026-02-28\""),
        ("", "\"\""),
    ])
    func aValueIsANumberOrAQuotedString(value: String, literal: String) {
        #expect(QueryTemplate.literal(for: value) == literal)
    }

    /// A value that looks like query syntax is still one string: the filled query has one test,
    /// whose value is all of it.
    @Test(arguments: ["x\" or measure = \"killed", "x') or (1 = 1", "x\\\" or party = \"y", "x # comment", "$party"])
    func aValueCannotAddSyntax(value: String) throws {
        let filled = QueryTemplate.replacingReferences(in: "claims where party = $party limit 3") {
            $0.name == "party" ? QueryTemplate.literal(for: value) : nil
        }
        #expect(try QueryEngine.parse(filled).count == 1)
        #expect(ValuePlace.all(in: filled).map(\.text) == [value, "3"])
    }

    @Test func referencesNotGivenAreLeftAsWritten() {
        let filled = QueryTemplate.replacingReferences(in: "claims where party = $party and claimant = $who") {
            $0.name == "who" ? "Tarar" : nil
        }
        #expect(filled == "claims where party = $party and claimant = Tarar")
    }

    @Test func valuePlacesAreWhereAStringOrANumberMayStand() throws {
        let query =
            "claims where party = \"Afghan Taliban\" and (value > 130 or measure in (killed, injured)) "
            + "according to Attaullah Tarar as of 2026-02-28 limit 2; describe Iran; show claim 3; fields of claims"
        let places = ValuePlace.all(in: query)
        #expect(
            places.map(\.text) == [
                "Afghan Taliban", "130", "killed", "injured", "Attaullah Tarar", "2026-02-28", "2", "Iran", "3",
            ])
        let bytes = Array(query.utf8)
        #expect(
            places.map { String(decoding: bytes[$0.range.start..<$0.range.end], as: UTF8.self) } == [
                "\"Afghan Taliban\"", "130", "killed", "injured", "Attaullah Tarar", "2026-02-28", "2", "Iran", "3",
            ])
        #expect(places.map(\.number) == [nil, 130, nil, nil, nil, nil, 2, nil, 3])
    }

    @Test func aPlaceHoldsTheSameNumberOrTheSameTextIgnoringCase() throws {
        let places = ValuePlace.all(in: "claims where party = \"Afghan Taliban\" limit 3")
        #expect(places[0].holds("afghan taliban") && !places[0].holds("Afghan"))
        #expect(places[1].holds("3") && places[1].holds("3.0") && !places[1].holds("three"))
        #expect(ValuePlace.all(in: "claims where").isEmpty)
    }
}
