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

struct EngineFailure: Error, CustomStringConvertible {
    let description: String

    static func check(_ run: BinaryRun, _ what: String) throws -> BinaryRun {
        guard run.status == 0, !run.stderr.lowercased().contains("error") else {
            throw EngineFailure(description: "\(what) failed (\(run.status)): \(run.stderr)")
        }
        return run
    }
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

/// A throwaway PostgreSQL server: a cluster made with initdb in a temporary folder, listening
/// only on a Unix socket there (no TCP port, so nothing else on the machine can reach it or clash
/// with it), stopped and removed when let go of. The server refuses to run as root, so as root
/// it runs as the `postgres` user the Debian package makes.
///
/// The server runs as this process's child rather than as pg_ctl's daemon: Foundation's `Process`
/// waits for every holder of a descriptor it gives its child to let go, which a daemon never does.
final class PostgresServer {
    private let folder: TemporaryDirectory
    private let binaries: String
    private let asPostgres: Bool
    private var server: Process?
    static let user = "conflictq"

    init() throws {
        binaries = try Engines.postgres.get()
        folder = try TemporaryDirectory()
        asPostgres = getuid() == 0
        if asPostgres { try FileManager.default.setAttributes([.ownerAccountName: "postgres"], ofItemAtPath: folder.path) }
        _ = try EngineFailure.check(
            BinaryRun.execute(shell, serverCommand("\(binaries)/initdb -D \(folder.path)/data -A trust -U \(Self.user) -E UTF8 --no-locale")),
            "initdb")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = serverCommand(
            "exec \(binaries)/postgres -D \(folder.path)/data -c listen_addresses= -k \(folder.path) -p 5432 "
                + ">\(folder.path)/server.log 2>&1")
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        // Ready once it answers on its socket; a minute is far more than it takes.
        for _ in 0..<600 {
            let ready = try BinaryRun.execute(binaries + "/pg_isready", ["-q", "-h", folder.path, "-p", "5432"])
            if ready.status == 0 { return }
            guard process.isRunning else { break }
            usleep(100_000)
        }
        let log = (try? String(contentsOfFile: folder.path + "/server.log", encoding: .utf8)) ?? ""
        throw EngineFailure(description: "the PostgreSQL server did not start: \(log)")
    }

    deinit {
        guard let server else { return }
        // A fast shutdown: the server rolls back what runs and stops; the process then ends.
        _ = try? BinaryRun.execute(shell, serverCommand("\(binaries)/pg_ctl -D \(folder.path)/data -m fast -w stop"))
        if server.isRunning { server.terminate() }
        server.waitUntilExit()
    }

    private var shell: String { asPostgres ? "/bin/su" : "/bin/sh" }

    /// The arguments that run `command` as the user who owns the cluster.
    private func serverCommand(_ command: String) -> [String] {
        asPostgres ? ["postgres", "-s", "/bin/sh", "-c", command] : ["-c", command]
    }

    /// A new, empty database on the server.
    func database(_ name: String) throws -> PostgresDatabase {
        let database = PostgresDatabase(psql: binaries + "/psql", socket: folder.path, name: name)
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
        ["-X", "-q", "-h", socket, "-p", "5432", "-U", PostgresServer.user, "-d", database, "-v", "ON_ERROR_STOP=1"]
    }

    func load(_ folder: String) throws {
        _ = try EngineFailure.check(BinaryRun.execute(psql, connection(to: name) + ["-f", "load.sql"], in: folder), "psql -f load.sql")
    }

    func query(_ sql: String) throws -> [[String]] {
        let run = try EngineFailure.check(BinaryRun.execute(psql, connection(to: name) + ["-A", "-t", "-F", ",", "-c", sql]), sql)
        return run.stdout.split(separator: "\n", omittingEmptySubsequences: true).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}
