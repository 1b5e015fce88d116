import ConflictQuery
import Foundation
import SQLEngines
import TestSupport
import Testing

/// What cannot be reached is a `.connection` error, before any statement runs where it can be
/// told in advance, and never a database made on the spot.
@Suite struct ConnectionFailureTests {
    @Test func aMissingSQLiteFileIsNotCreated() throws {
        let folder = try TemporaryDirectory()
        let error = engineError { _ = try SQLiteConnection(file: folder.file("missing.db")) }
        #expect(error?.kind == .connection)
        #expect(error?.message == "no SQLite database at \(folder.file("missing.db"))")
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.db")))
    }

    @Test func aFileThatIsNoSQLiteDatabaseIsSaidSo() throws {
        let folder = try TemporaryDirectory()
        try folder.write("just some words, long enough to be more than a header\n", to: "words.db")
        let error = engineError { _ = try SQLiteConnection(file: folder.file("words.db")) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("not an SQLite database") == true)
    }

    @Test func aMissingDuckDBFileIsNotCreated() throws {
        let folder = try TemporaryDirectory()
        let error = engineError { _ = try DuckDBConnection(file: folder.file("missing.duckdb"), program: try? Engines.duckdb.get()) }
        #expect(error?.kind == .connection)
        #expect(error?.message == "no DuckDB database at \(folder.file("missing.duckdb"))")
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.duckdb")))
    }

    @Test func aFileThatIsNoDuckDBDatabaseIsAConnectionError() throws {
        let folder = try TemporaryDirectory()
        try folder.write("just some words\n", to: "words.duckdb")
        let connection = try DuckDBConnection(file: folder.file("words.duckdb"), program: try Engines.duckdb.get())
        let error = engineError { _ = try connection.rows("SELECT 1", isCancelled: { false }) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("DuckDB database") == true, "\(error?.message ?? "no error")")
    }

    @Test func aPostgresURLWithNoServerIsAConnectionError() throws {
        let folder = try TemporaryDirectory()
        let psql = try Engines.postgres.get() + "/psql"
        let connection = try PostgresConnection(uri: "postgresql://nobody:hunter2@/postgres?host=\(folder.path)&port=5999", program: psql)
        let error = engineError { _ = try connection.rows("SELECT 1", isCancelled: { false }) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains(".s.PGSQL.5999") == true, "\(error?.message ?? "no error")")
        #expect(error?.message.contains("hunter2") == false)
        #expect(!connection.location.contains("hunter2"))
    }

    @Test func aMissingPostgresDatabaseIsAConnectionError() throws {
        let server = try PostgresServer()
        let connection = try PostgresConnection(uri: server.uri(database: "nowhere"), program: server.binaries + "/psql")
        let error = engineError { _ = try connection.rows("SELECT 1", isCancelled: { false }) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("\"nowhere\" does not exist") == true, "\(error?.message ?? "no error")")
    }
}
