import ConflictDiagnostics
import Testing

/// The one "did you mean" engine that queries, model files and dot-commands share.
@Suite struct SuggestionsTests {
    @Test func typosTranspositionsAndPrefixesAreFound() {
        let names = ["format", "help", "schema", "sources", "save"]
        #expect(Suggestions.close(to: "fromat", in: names) == ["format"])
        #expect(Suggestions.close(to: "hlep", in: names) == ["help"])
        #expect(Suggestions.close(to: "sch", in: names) == ["schema"])
        #expect(Suggestions.close(to: "zzzzzz", in: names) == [])
        #expect(Suggestions.close(to: "", in: names) == [])
    }

    @Test func caseIsIgnoredAndTheTypedNameItselfIsNoSuggestion() {
        #expect(Suggestions.close(to: "KILED", in: ["killed", "Killed"]) == ["killed"])
        #expect(Suggestions.close(to: "killed", in: ["killed"]) == [])
    }

    /// Changing every letter of a short word is not a typo.
    @Test func shortWordsDoNotMatchEverything() {
        #expect(Suggestions.close(to: "c", in: ["a", "b", "cd"]) == ["cd"])
        #expect(Suggestions.close(to: "x", in: ["a", "b"]) == [])
    }

    /// Every candidate as close as the closest is listed, however many there are.
    @Test func everyTiedCandidateIsListed() {
        let names = (1...8).map { "actor\($0)" }
        #expect(Suggestions.close(to: "actorx", in: names) == names)
        #expect(Suggestions.close(to: "actor1", in: names + ["actor12"]).first == "actor12")
    }

    @Test func thePhraseNamesOneOrSeveral() {
        #expect(Suggestions.phrase([]) == "")
        #expect(Suggestions.phrase(["killed"]) == "; did you mean \"killed\"?")
        #expect(Suggestions.phrase(["a", "b", "c"]) == "; did you mean \"a\", \"b\" or \"c\"?")
        #expect(Suggestions.phrase([".run", ".timer"], quoted: false) == "; did you mean .run or .timer?")
    }
}
