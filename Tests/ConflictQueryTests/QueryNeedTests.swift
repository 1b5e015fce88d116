import ConflictQuery
import Testing

/// What an unfinished query needs, as the continuation prompt says it: read from the parser's
/// expectations where the text ends.
@Suite struct QueryNeedTests {
    @Test(arguments: [
        ("claims where note = \"po", QueryNeed.closingQuote("\"")),
        ("claims where note = 'po", .closingQuote("'")),
        ("claims where (party = Pakistan", .closingParenthesis),
        ("claims where measure in (killed", .closingParenthesis),
        ("claims where", .condition),
        ("sum killed where party = \"Afghan Taliban\" and", .condition),
        ("claims where not", .condition),
        ("claims where (", .condition),
        ("claims where party", .comparison),
        ("claims where party not", .comparison),
        ("sum killed where party =", .value),
        ("claims where measure in (killed,", .value),
        ("claims by", .field),
        ("claims order by", .field),
        ("values of", .field),
        ("sum", .measure),
        ("sum killed +", .measure),
        ("fields of", .entity),
        ("claims according to", .name),
        ("describe", .name),
        ("claims as of", .date),
        ("actors offering mediation or", .act),
        ("claims according", .word("to")),
        ("claims order", .word("by")),
        ("claims where party in", .word("(")),
        ("show", .more),
        ("claims limit", .more),
    ])
    func theNeedIsWhatTheGrammarLooksForWhereTheTextEnds(text: String, need: QueryNeed) {
        #expect(QueryNeed.of(text) == need)
    }

    /// A need exactly when the query is unfinished: finished and wrong input need nothing.
    @Test(arguments: [
        "claims", "sum killed where party = Pakistan", "clams where", "claims limit x", "", "# only a comment",
        "claims where party = \"Afghan", "claims where (", "show claim", "claims with", "count",
    ])
    func aNeedExactlyWhenTheQueryIsUnfinished(text: String) {
        #expect((QueryNeed.of(text) != nil) == QueryEngine.isIncomplete(text))
    }
}
