import ConflictModel
import ConflictQuery
import Foundation
import SQLEngines
import SQLExport
import TestSupport

/// A model exported (`conflictq export --sql`), loaded into a fresh database of a real engine
/// with the export's own load.sql and the engine's own client, as the README tells a user to,
/// and opened as `--engine` opens it.
final class LoadedEngine {
    let dialect: SQLDialect
    let connection: any SQLConnection
    /// Where `--engine` finds it: the database file, or the server's address.
    let location: String
    private let folder: TemporaryDirectory
    /// Kept running while the engine is used.
    private let server: PostgresServer?

    /// For PostgreSQL, `server` holds the database, named `database`; it is made anew.
    init(_ dialect: SQLDialect, _ model: ConflictModel, server: PostgresServer? = nil, database: String = "conflict") throws {
        self.dialect = dialect
        folder = try TemporaryDirectory()
        let path = folder.path
        _ = try SQLExporter.write(model, dialect: dialect) { name in
            FileManager.default.createFile(atPath: path + "/" + name, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/" + name))
            return { bytes in try handle.write(contentsOf: Data(bytes)) }
        }
        let script = try String(contentsOfFile: path + "/load.sql", encoding: .utf8)
        switch dialect {
        case .sqlite:
            let file = folder.file("conflict.db")
            _ = try EngineFailure.check(BinaryRun.execute(try Engines.sqlite3.get(), [file], input: script, in: path), "sqlite3 < load.sql")
            connection = try SQLiteConnection(file: file)
            location = "sqlite:" + file
            self.server = nil
        case .duckdb:
            let file = folder.file("conflict.duckdb")
            let program = try Engines.duckdb.get()
            _ = try EngineFailure.check(BinaryRun.execute(program, [file], input: script, in: path), "duckdb < load.sql")
            connection = try DuckDBConnection(file: file, program: program)
            location = "duckdb:" + file
            self.server = nil
        case .postgres:
            let server = try server ?? PostgresServer()
            let psql = server.binaries + "/psql"
            let flags = ["-X", "-q", "-v", "ON_ERROR_STOP=1"]
            _ = try EngineFailure.check(
                BinaryRun.execute(psql, flags + ["-d", server.uri(), "-c", "DROP DATABASE IF EXISTS \(database)"]), "DROP DATABASE")
            _ = try EngineFailure.check(
                BinaryRun.execute(psql, flags + ["-d", server.uri(), "-c", "CREATE DATABASE \(database)"]), "CREATE DATABASE")
            _ = try EngineFailure.check(
                BinaryRun.execute(psql, flags + ["-d", server.uri(database: database), "-f", "load.sql"], in: path), "psql -f load.sql")
            connection = try PostgresConnection(uri: server.uri(database: database), program: psql)
            location = server.uri(database: database)
            self.server = server
        }
    }

    /// The query engine `--engine` gives: the catalog read from the engine.
    func queryEngine() throws -> QueryEngine {
        QueryEngine(engine: connection, catalog: try EngineCatalog.load(connection), facts: try EngineCatalog.facts(connection))
    }
}
