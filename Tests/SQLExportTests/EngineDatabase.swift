import Foundation
import TestSupport

@testable import SQLExport

/// A database of one engine, loaded from an export's folder with the export's own load.sql, and
/// asked SQL through the engine's own command-line client.
protocol EngineDatabase {
    /// Runs `load.sql` in `folder`, as the README tells a user to.
    func load(_ folder: String) throws
    /// The rows of a query's answer, each value as the client prints it.
    func query(_ sql: String) throws -> [[String]]
}

/// A file database of sqlite3 or DuckDB, whose CLIs take a script on standard input.
struct FileDatabase: EngineDatabase {
    let program: String
    let file: String
    /// The CLI's flags for comma-separated answers without a header.
    let csvFlags: [String]

    static func sqlite(in folder: TemporaryDirectory) throws -> FileDatabase {
        FileDatabase(program: try Engines.sqlite3.get(), file: folder.file("conflict.db"), csvFlags: ["-batch", "-csv"])
    }

    static func duckdb(in folder: TemporaryDirectory) throws -> FileDatabase {
        FileDatabase(program: try Engines.duckdb.get(), file: folder.file("conflict.duckdb"), csvFlags: ["-batch", "-csv", "-noheader"])
    }

    func load(_ folder: String) throws {
        let script = try String(contentsOfFile: folder + "/load.sql", encoding: .utf8)
        _ = try EngineFailure.check(BinaryRun.execute(program, [file], input: script, in: folder), "\(program) < load.sql")
    }

    func query(_ sql: String) throws -> [[String]] {
        let run = try EngineFailure.check(BinaryRun.execute(program, csvFlags + [file, sql]), sql)
        return CSVReading.records(run.stdout).map { $0.map(\.text) }
    }
}

extension PostgresServer {
    /// A new, empty database on the server.
    func database(_ name: String) throws -> PostgresDatabase {
        let database = PostgresDatabase(psql: binaries + "/psql", socket: socketFolder, name: name)
        _ = try EngineFailure.check(
            BinaryRun.execute(database.psql, database.connection(to: "postgres") + ["-c", "CREATE DATABASE \(name)"]), "CREATE DATABASE")
        return database
    }
}

struct PostgresDatabase: EngineDatabase {
    let psql: String
    let socket: String
    let name: String

    func connection(to database: String) -> [String] {
        ["-X", "-q", "-h", socket, "-p", "\(PostgresServer.port)", "-U", PostgresServer.user, "-d", database, "-v", "ON_ERROR_STOP=1"]
    }

    func load(_ folder: String) throws {
        _ = try EngineFailure.check(BinaryRun.execute(psql, connection(to: name) + ["-f", "load.sql"], in: folder), "psql -f load.sql")
    }

    func query(_ sql: String) throws -> [[String]] {
        let run = try EngineFailure.check(BinaryRun.execute(psql, connection(to: name) + ["-A", "-t", "-F", ",", "-c", sql]), sql)
        return run.stdout.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
