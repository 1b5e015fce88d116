import ConflictQuery
import Foundation
import SQLEngines
import SQLExport
import TestSupport
import Testing

/// Each engine's connection on a real engine: cells come back unambiguous (NULL is nil, the empty
/// text is "", texts with commas, quotes, line breaks and non-ASCII intact), numbers in full
/// precision, and each failure of the right kind.
@Suite struct EngineConnectionTests {
    @Test(arguments: SQLDialect.allCases) func cellsComeBackAsTheyAreStored(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let rows = try connection.rows("SELECT id, note FROM notes ORDER BY id", isCancelled: { false })
            #expect(rows == EngineFixtures.notes.map { [String($0.0), $0.1] })
        }
    }

    @Test(arguments: SQLDialect.allCases) func nullAndEmptyTextDifferInExpressions(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let rows = try connection.rows("SELECT NULL, '', 'a,b', NULL", isCancelled: { false })
            #expect(rows == [[nil, "", "a,b", nil]])
            #expect(try connection.rows("SELECT id FROM notes WHERE id > 100", isCancelled: { false }).isEmpty)
        }
    }

    /// Doubles that a short printing would round: each engine's text parses back to the same Double.
    static let doubles: [(String, Double)] = [
        ("CAST(0.1 AS DOUBLE PRECISION) + CAST(0.2 AS DOUBLE PRECISION)", 0.1 + 0.2),
        ("CAST(1e15 AS DOUBLE PRECISION) + 1", 1e15 + 1),
        ("CAST(9007199254740991 AS DOUBLE PRECISION)", 9007199254740991.0),
        ("CAST(136 AS DOUBLE PRECISION) / 3", 45.333333333333336),
        ("CAST(1 AS DOUBLE PRECISION) / 3", 1.0 / 3),
        ("CAST(2.5 AS DOUBLE PRECISION)", 2.5),
        ("CAST(1e300 AS DOUBLE PRECISION)", 1e300),
        ("CAST(-0.000015 AS DOUBLE PRECISION)", -0.000015),
    ]

    @Test(arguments: SQLDialect.allCases) func doublesComeBackInFullPrecision(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let rows = try connection.rows("SELECT " + Self.doubles.map(\.0).joined(separator: ", "), isCancelled: { false })
            try #require(rows.count == 1)
            for ((expression, expected), cell) in zip(Self.doubles, rows[0]) {
                #expect(cell.flatMap(Double.init) == expected, "\(expression) came back as \(cell ?? "NULL")")
            }
        }
    }

    @Test(arguments: SQLDialect.allCases) func integersComeBackExactly(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let rows = try connection.rows(
                "SELECT 42, -7, CAST(9007199254740993 AS BIGINT), CAST(0 AS BIGINT), count(*) FROM notes", isCancelled: { false })
            #expect(rows == [["42", "-7", "9007199254740993", "0", String(EngineFixtures.notes.count)]])
        }
    }

    @Test(arguments: SQLDialect.allCases) func recursiveQueriesRun(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let rows = try connection.rows(
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 5) SELECT n FROM c ORDER BY n",
                isCancelled: { false })
            #expect(rows == (1...5).map { [String($0)] })
        }
    }

    @Test(arguments: SQLDialect.allCases) func aSyntaxErrorIsTheServersWithItsMessage(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let error = engineError { _ = try connection.rows("SELEC 1", isCancelled: { false }) }
            #expect(error?.kind == .server)
            #expect(error?.message.lowercased().contains("syntax") == true, "\(error?.message ?? "no error")")
            #expect(error?.message.contains("COPY") == false, "the wrapper shows: \(error?.message ?? "")")
        }
    }

    @Test(arguments: SQLDialect.allCases) func aMissingTableIsTheServersWithItsName(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let error = engineError { _ = try connection.rows("SELECT * FROM no_such_table", isCancelled: { false }) }
            #expect(error?.kind == .server)
            #expect(error?.message.contains("no_such_table") == true, "\(error?.message ?? "no error")")
        }
    }

    @Test func aLocationConnectsToItsEngine() throws {
        let folder = try TemporaryDirectory()
        let sqlite = try EngineFixtures.sqlite(in: folder)
        let connection = try EngineLocation(parsing: sqlite.file).connect()
        #expect(connection is SQLiteConnection)
        #expect(connection.location == "sqlite:\(sqlite.file)")
        #expect(try connection.rows("SELECT count(*) FROM notes", isCancelled: { false }) == [["9"]])
        let missing = engineError { _ = try EngineLocation(parsing: "duckdb:" + folder.file("none.duckdb")).connect() }
        #expect(missing?.kind == .connection)
    }
}
