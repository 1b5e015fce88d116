import ConflictModel
import ConflictQuery
import SQLExport
import TestSupport
import Testing

/// What the golden corpus does not show of the queries answered from fetched entries: that each
/// is one statement, that the language's own discovery asks the engine nothing, and that a sum by
/// a list field is answered as without an engine.
@Suite struct FetchedAnswerTests {
    static let compiler = SQLCompiler(dialect: .sqlite, catalog: EngineCatalog.of(ConflictModel.builtin))

    @Test(arguments: [
        "show claim 3", "show event \"Operation Ghazab lil-Haq\"", "describe Pakistan", "describe killed",
        "history killed where party = \"Afghan Taliban\"", "actors offering mediation", "claims as of 2026-03-01",
        "sum killed by claimant as of 2026-03-01",
    ])
    func aFetchedAnswerIsOneStatementReadingEveryTable(_ query: String) throws {
        let statements = try Self.compiler.sql(query)
        #expect(statements.count == 1)
        let statement = try #require(statements.first)
        #expect(statement.hasPrefix("WITH RECURSIVE "))
        for table in ["events", "event_actors", "claims", "claim_sources", "statements", "statement_actors", "records"] {
            #expect(statement.contains("SELECT '\(table)'"), "\(query) reads no \(table)")
        }
    }

    @Test(arguments: ["fields", "fields of claims", "qualifiers"])
    func theLanguagesOwnDiscoveryAsksTheEngineNothing(_ query: String) throws {
        #expect(try Self.compiler.sql(query) == ["-- answered from conflictq's own catalog of the language: no statement"])
    }

    @Test(arguments: ["units", "measures", "acts", "entities", "values of party"])
    func discoveryIsOneGroupedStatement(_ query: String) throws {
        let statements = try Self.compiler.sql(query)
        #expect(statements.count == 1)
        #expect(statements.first?.hasPrefix("SELECT ") == true)
        #expect(statements.first?.contains("COUNT(*)") == true)
    }

    @Test(arguments: ["sum killed by source", "max killed by paragraph where party = \"Afghan Taliban\"", "count killed by excerpt"])
    func aSumByAListFieldIsAnsweredFromTheFetchedClaims(_ query: String) throws {
        let statement = try #require(try Self.compiler.sql(query).first)
        #expect(statement.contains("selected_c(id) AS"))
        let loaded = try LoadedEngine(.sqlite, ConflictModel.builtin)
        let answer = Answer(query, on: try loaded.queryEngine())
        #expect(answer == Answer(query, on: QueryEngine(model: ConflictModel.builtin)))
        #expect(!answer.text.hasPrefix("query:"), "an error: \(answer.text)")
    }

    @Test func aTextTestFoldsCapitalsBeyondASCIIOnSQLite() throws {
        let statement = try #require(try Self.compiler.sql("claims where counted contains \"élèves\"").first)
        #expect(statement.contains("replace(replace(lower(c.counted), 'É', 'é'), 'È', 'è')"))
    }
}

/// Tab on an engine offers what Tab offers on the model it was loaded from: a field's values
/// are asked of the engine.
@Suite struct EngineCompletionTests {
    @Test(arguments: [
        "claims where counted = ", "claims where unit = ", "events where kind = ", "statements where channel = ",
        "claims where party = ", "sum killed by ",
    ])
    func completionOffersTheEnginesValues(_ text: String) throws {
        let loaded = try LoadedEngine(.sqlite, ConflictModel.builtin)
        let engine = try loaded.queryEngine()
        let builtin = QueryEngine(model: ConflictModel.builtin)
        let offered = engine.completions(in: text, at: text.utf8.count)
        #expect(offered == builtin.completions(in: text, at: text.utf8.count))
        #expect(!offered.candidates.isEmpty)
        #expect(engine.completions(in: text, at: text.utf8.count) == offered)
    }
}
