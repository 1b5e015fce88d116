import Foundation

/// A step of setting an engine up (initdb, a load, a query) that failed, with what it printed.
public struct EngineFailure: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) { self.description = description }

    public static func check(_ run: BinaryRun, _ what: String) throws -> BinaryRun {
        guard run.status == 0, !run.stderr.lowercased().contains("error") else {
            throw EngineFailure(description: "\(what) failed (\(run.status)): \(run.stderr)")
        }
        return run
    }
}

/// A throwaway PostgreSQL server: a cluster made with initdb in a temporary folder, listening
/// only on a Unix socket there (no TCP port, so nothing else on the machine can reach it or clash
/// with it), stopped and removed when let go of. The server refuses to run as root, so as root
/// it runs as the `postgres` user the Debian package makes (which needs the folder to be its).
///
/// The server runs as this process's child rather than as pg_ctl's daemon: Foundation's `Process`
/// waits for every holder of a descriptor it gives its child to let go, which a daemon never does.
public final class PostgresServer {
    private let folder: TemporaryDirectory
    /// The folder of the server's programs, psql among them.
    public let binaries: String
    private let asPostgres: Bool
    private var server: Process?
    /// The superuser the cluster is made with, who logs in without a password.
    public static let user = "conflictq"
    /// The port in the socket's name; no TCP port is opened.
    public static let port = 5432

    /// The folder of the server's Unix socket, the host to connect to.
    public var socketFolder: String { folder.path }

    /// A libpq connection URI for `database` on this server.
    public func uri(database: String = "postgres") -> String {
        "postgresql://\(Self.user)@/\(database)?host=\(folder.path)&port=\(Self.port)"
    }

    public init() throws {
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
            "exec \(binaries)/postgres -D \(folder.path)/data -c listen_addresses= -k \(folder.path) -p \(Self.port) "
                + ">\(folder.path)/server.log 2>&1")
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        server = process
        // Ready once it answers on its socket; a minute is far more than it takes.
        for _ in 0..<600 {
            let ready = try BinaryRun.execute(binaries + "/pg_isready", ["-q", "-h", folder.path, "-p", "\(Self.port)"])
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
}
