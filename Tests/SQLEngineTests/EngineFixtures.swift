import ConflictQuery
import Foundation
import SQLEngines
import SQLExport
import TestSupport

/// Databases of the three real engines, made with their own client programs, and the
/// connections of `SQLEngines` to them. Nothing is mocked: a missing engine is installed (as
/// `Engines` does for the export's tests) or the test fails.
enum EngineFixtures {
    /// The table every engine's database gets: awkward texts beside their ids, NULL among them.
    static let notes: [(Int, String?)] = [
        (1, ""), (2, nil), (3, "says \"no\", it's"), (4, "two\nlines\r\nand a CR"), (5, "غضب للحق — é, 😀"),
        (6, "NULL"), (7, "\\N"), (8, "'quoted'"), (9, " spaces "),
    ]

    /// Given to sqlite3 and duckdb as an argument: on standard input they would drop the CR.
    static var notesSQL: String {
        let values = notes.map { id, note in "(\(id), \(note.map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" } ?? "NULL"))" }
        return "CREATE TABLE notes (id INTEGER, note TEXT);\nINSERT INTO notes VALUES \(values.joined(separator: ", "));\n"
    }

    static func sqlite(in folder: TemporaryDirectory) throws -> SQLiteConnection {
        let file = folder.file("notes.db")
        _ = try EngineFailure.check(BinaryRun.execute(try Engines.sqlite3.get(), [file, notesSQL]), "sqlite3")
        return try SQLiteConnection(file: file)
    }

    static func duckdb(in folder: TemporaryDirectory) throws -> DuckDBConnection {
        let file = folder.file("notes.duckdb")
        _ = try EngineFailure.check(BinaryRun.execute(try Engines.duckdb.get(), [file, notesSQL]), "duckdb")
        return try DuckDBConnection(file: file, program: try Engines.duckdb.get())
    }

    static func postgres(on server: PostgresServer) throws -> PostgresConnection {
        _ = try EngineFailure.check(
            BinaryRun.execute(server.binaries + "/psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", server.uri()], input: notesSQL),
            "psql")
        return try PostgresConnection(uri: server.uri(), program: server.binaries + "/psql")
    }
}

/// Runs `body` with a connection to a fresh database of `dialect`'s engine holding `notes`
/// (for PostgreSQL, on a throwaway server that stops when `body` returns).
func withConnection(_ dialect: SQLDialect, _ body: (any SQLConnection) throws -> Void) throws {
    let folder = try TemporaryDirectory()
    switch dialect {
    case .sqlite: try body(EngineFixtures.sqlite(in: folder))
    case .duckdb: try body(EngineFixtures.duckdb(in: folder))
    case .postgres:
        let server = try PostgresServer()
        try withExtendedLifetime(server) { try body(EngineFixtures.postgres(on: server)) }
    }
}
