import ConflictQuery
import Testing

@testable import SQLEngines

/// The readers of the clients' answers, on texts as the clients print them.
@Suite struct AnswerReadingTests {
    @Test func quotedCSVTellsNullFromEmptyText() {
        let text = "\"1\",,\"\"\n\"a \"\"b\"\", c\",\"two\nlines\",\"x\r\ny\"\n"
        #expect(QuotedCSV.rows(Array(text.utf8)) == [["1", nil, ""], ["a \"b\", c", "two\nlines", "x\r\ny"]])
        #expect(QuotedCSV.rows([]) == [])
        #expect(QuotedCSV.rows(Array(",\n".utf8)) == [[nil, nil]])
    }

    @Test func sqliteLiteralsAreRead() throws {
        let text = "NULL,'',42,'it''s, ok'\n'two\nlines',X'00ff',-7,0.3000000000000000444\n"
        #expect(try QuotedLiteralRows.rows(Array(text.utf8), shortestReals: true, program: "sqlite3") == [[nil, "", "42", "it's, ok"], ["two\nlines", "X'00ff'", "-7", "0.30000000000000004"]])
    }

    @Test func sqliteRealsGetTheirShortestText() throws {
        let text = "1000000000000000.9999,9007199254740990.9998,1.0e+22,2.0,Inf,-Inf,1.4999999999999999321e-07\n"
        #expect(try QuotedLiteralRows.rows(Array(text.utf8), shortestReals: true, program: "sqlite3") == [["1000000000000001.0", "9007199254740991.0", "1e+22", "2.0", "Inf", "-Inf", "1.5e-07"]])
    }

    @Test func duckdbNumbersAreLeftAsPrinted() throws {
        let text = "1.500,0.30000000000000004,inf,true,'[1, 2]',NULL\n"
        #expect(try QuotedLiteralRows.rows(Array(text.utf8), shortestReals: false, program: "duckdb") == [["1.500", "0.30000000000000004", "inf", "true", "[1, 2]", nil]])
    }

    @Test func sqliteCharactersWrittenAsCallsAreRead() throws {
        let text = "'a'||char(13)||'b',char(10),'x'||char(13,10)\n"
        #expect(try QuotedLiteralRows.rows(Array(text.utf8), shortestReals: true, program: "sqlite3") == [["a\rb", "\n", "x\r\n"]])
    }

    @Test func anUnreadableAnswerIsAnError() {
        let error = engineError { _ = try QuotedLiteralRows.rows(Array("'open\n".utf8), shortestReals: true, program: "sqlite3") }
        #expect(error?.kind == .connection)
    }

    @Test(arguments: [
        ("Error: in prepare, near \"SELEC\": syntax error\n  SELEC 1\n  ^--- error here\n", "near \"SELEC\": syntax error"),
        ("Parse error near line 1: no such table: t\n", "no such table: t"),
        ("psql:<stdin>:2: ERROR:  relation \"t\" does not exist\nLINE 2: SELECT * FROM t\n                      ^\n", "relation \"t\" does not exist"),
        ("Catalog Error: Table with name t does not exist!\nDid you mean \"x\"?\n\nLINE 2: SELECT * FROM t\n        ^\n",
         "Catalog Error: Table with name t does not exist!\nDid you mean \"x\"?"),
        ("psql: error: connection to server on socket \"/tmp/.s.PGSQL.1\" failed: No such file or directory\n\tIs the server running locally?\n",
         "connection to server on socket \"/tmp/.s.PGSQL.1\" failed: No such file or directory"),
        ("", "no message"),
    ])
    func messagesKeepTheEnginesWords(_ stderr: String, _ message: String) {
        #expect(EngineMessage.tidy(stderr) == message)
    }
}
