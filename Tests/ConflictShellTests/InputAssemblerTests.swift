import Testing

@testable import ConflictShell

@Suite struct InputAssemblerTests {
    private func units(_ text: String) -> [ScriptUnit] {
        var assembler = InputAssembler()
        var units: [ScriptUnit] = []
        for (index, line) in ScriptRunner.allLines(of: text).enumerated() {
            if let unit = assembler.add(line, lineNumber: index + 1) { units.append(unit) }
        }
        if let unit = assembler.finish() { units.append(unit) }
        return units
    }

    @Test func commentsAndBlankLinesBetweenUnitsAreSkipped() {
        #expect(
            units("# heading\n\nactors\n  # indented comment\n.model\n") == [
                ScriptUnit(kind: .query, text: "actors", firstLine: 3),
                ScriptUnit(kind: .dotCommand, text: ".model", firstLine: 5),
            ])
    }

    @Test func aQueryRunsOnWhileTheParserSaysItIsUnfinished() {
        #expect(
            units("claims where\n  measure = killed\nactors") == [
                ScriptUnit(kind: .query, text: "claims where\n  measure = killed", firstLine: 1),
                ScriptUnit(kind: .query, text: "actors", firstLine: 3),
            ])
    }

    @Test func anOpenParenthesisOrQuoteKeepsTheQueryOpen() {
        #expect(
            units("claims where measure in (killed,\ninjured)\nsum killed where party = \"Afghan\nTaliban\"").map(\.firstLine)
                == [1, 3])
    }

    @Test func aSemicolonEndsAQuery() {
        #expect(units("claims where;\nactors").map(\.text) == ["claims where;", "actors"])
    }

    @Test func anUnfinishedQueryAtTheEndIsStillRunSoItsErrorIsShown() {
        #expect(
            units("actors\nclaims where") == [
                ScriptUnit(kind: .query, text: "actors", firstLine: 1),
                ScriptUnit(kind: .query, text: "claims where", firstLine: 2),
            ])
    }

    @Test func aDotInsideAnUnfinishedQueryIsPartOfTheQuery() {
        #expect(units("claims where counted contains\n.5").map(\.kind) == [.query])
    }

    /// What the continuation prompt says: what the query so far needs, line after line.
    @Test func theNeedFollowsTheQueryLineByLine() {
        var assembler = InputAssembler()
        #expect(assembler.need() == nil)
        #expect(assembler.add("claims where (", lineNumber: 1) == nil)
        #expect(assembler.need() == .condition)
        #expect(assembler.add("", lineNumber: 2) == nil)
        #expect(assembler.add("# a comment", lineNumber: 3) == nil)
        #expect(assembler.need() == .condition)
        #expect(assembler.add("note = \"a", lineNumber: 4) == nil)
        #expect(assembler.need() == .closingQuote("\""))
        #expect(assembler.add("b c", lineNumber: 5) == nil)
        #expect(assembler.need() == .closingQuote("\""))
        #expect(assembler.add("\"", lineNumber: 6) == nil)
        #expect(assembler.need() == .closingParenthesis)
        #expect(assembler.add(")", lineNumber: 7)?.firstLine == 1)
        #expect(assembler.need() == nil)
    }

    /// A line ending in a comma is taken without parsing, but the need after it is found when asked.
    @Test func theNeedAfterACommaLineIsParsedWhenAskedFor() {
        var assembler = InputAssembler()
        #expect(assembler.add("history killed,", lineNumber: 1) == nil)
        #expect(assembler.need() == .measure)
        #expect(assembler.add("injured by party,", lineNumber: 2) == nil)
        #expect(assembler.need() == .field)
        #expect(assembler.add("claimant", lineNumber: 3)?.text == "history killed,\ninjured by party,\nclaimant")
    }

    @Test func crlfLineEndsAreRead() {
        #expect(ScriptRunner.allLines(of: "actors\r\nevents\r\n") == ["actors", "events"])
        #expect(ScriptRunner.allLines(of: "a\n\nb") == ["a", "", "b"])
        #expect(ScriptRunner.allLines(of: "") == [])
    }
}

/// A query spread over tens of thousands of lines costs what its words do: the assembler parses
/// it again only when a line could change whether it is finished. Quadratic, these took minutes.
@Suite(.timeLimit(.minutes(1))) struct InputAssemblerScaleTests {
    private func units(_ lines: [String]) -> [ScriptUnit] {
        var assembler = InputAssembler()
        var units: [ScriptUnit] = []
        for (index, line) in lines.enumerated() {
            if let unit = assembler.add(line, lineNumber: index + 1) { units.append(unit) }
        }
        if let unit = assembler.finish() { units.append(unit) }
        return units
    }

    @Test func thirtyThousandBlankLinesInsideAQuery() {
        let found = units(["actors where ("] + Array(repeating: "", count: 30_000) + ["name = \"x\")", "events"])
        #expect(found.count == 2)
        #expect(found[0].text.hasSuffix("name = \"x\")"))
        #expect(found[1] == ScriptUnit(kind: .query, text: "events", firstLine: 30_003))
    }

    @Test func aListOfThirtyThousandLines() {
        let found = units(["claims where party in ("] + Array(repeating: "Pakistan,", count: 30_000) + ["Iran)"])
        #expect(found.count == 1)
        #expect(found[0].text.split(separator: "\n").count == 30_002)
    }

    @Test func aStringOverTwentyThousandLines() {
        let found = units(["claims where note contains \"a"] + Array(repeating: "b c", count: 20_000) + ["d\"", "actors"])
        #expect(found.map(\.firstLine) == [1, 20_003])
    }

    @Test func commentsInsideAQueryAreSkippedButAQuoteInOneIsRead() {
        #expect(units(["claims where", "# a comment", "measure = killed"]).count == 1)
        #expect(units(["claims where note = \"a", "# b\"", "actors"]).map(\.firstLine) == [1, 3])
    }
}
