import Foundation

/// The real engines the tests run SQL on (the export's round trips, the engines' clients), found, or installed as the project's
/// machines install things: sqlite3 and PostgreSQL from Debian's packages, DuckDB's CLI from PyPI
/// (as Benchmarks/duckdb.sh finds it). An engine that can be neither found nor installed is an
/// error naming it, so that its test fails rather than passes without it.
public enum Engines {
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    /// Each found once, however many tests ask at once: two apt-get runs would fight over its lock.
    public static let sqlite3: Result<String, Unavailable> = debianProgram("/usr/bin/sqlite3", package: "sqlite3")

    public static let duckdb: Result<String, Unavailable> = {
        let find = ["-c", "import duckdb_cli, os; print(os.path.join(os.path.dirname(duckdb_cli.__file__), 'duckdb'))"]
        guard let python = onPath("python3") else { return .failure(Unavailable(description: "python3 is not installed, so DuckDB's CLI cannot be")) }
        if let path = try? BinaryRun.execute(python, find).stdout.trimmingCharacters(in: .whitespacesAndNewlines),
            FileManager.default.isExecutableFile(atPath: path)
        {
            return .success(path)
        }
        let install = try? BinaryRun.execute(python, ["-m", "pip", "install", "--quiet", "duckdb-cli"])
        if let path = try? BinaryRun.execute(python, find).stdout.trimmingCharacters(in: .whitespacesAndNewlines),
            FileManager.default.isExecutableFile(atPath: path)
        {
            return .success(path)
        }
        return .failure(Unavailable(description: "DuckDB's CLI could not be installed (pip install duckdb-cli): \(install?.stderr ?? "")"))
    }()

    /// The folder of PostgreSQL's server programs (initdb, pg_ctl, psql).
    public static let postgres: Result<String, Unavailable> = {
        if let found = postgresBinaries() { return .success(found) }
        if case .failure(let failure) = aptInstall("postgresql") { return .failure(failure) }
        return postgresBinaries().map { .success($0) }
            ?? .failure(Unavailable(description: "PostgreSQL was installed, but no initdb is under /usr/lib/postgresql"))
    }()

    private static func postgresBinaries() -> String? {
        let root = "/usr/lib/postgresql"
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return versions.sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }.map { "\(root)/\($0)/bin" }
            .first { FileManager.default.isExecutableFile(atPath: $0 + "/initdb") && FileManager.default.isExecutableFile(atPath: $0 + "/psql") }
    }

    private static func debianProgram(_ path: String, package: String) -> Result<String, Unavailable> {
        if FileManager.default.isExecutableFile(atPath: path) { return .success(path) }
        if case .failure(let failure) = aptInstall(package) { return .failure(failure) }
        return FileManager.default.isExecutableFile(atPath: path)
            ? .success(path) : .failure(Unavailable(description: "\(package) was installed, but \(path) is not there"))
    }

    /// `apt-get install` as root, or through sudo.
    private static let aptLock = NSLock()

    public static func aptInstall(_ package: String) -> Result<Void, Unavailable> {
        aptLock.lock()
        defer { aptLock.unlock() }
        let asRoot = getuid() == 0
        let sudo = asRoot ? [] : ["/usr/bin/sudo", "-n"]
        guard asRoot || FileManager.default.isExecutableFile(atPath: "/usr/bin/sudo") else {
            return .failure(Unavailable(description: "\(package) is not installed, and installing it needs root: apt-get install \(package)"))
        }
        let environment = ProcessInfo.processInfo.environment.merging(["DEBIAN_FRONTEND": "noninteractive"]) { $1 }
        for arguments in [["/usr/bin/apt-get", "update", "-qq"], ["/usr/bin/apt-get", "install", "-y", "-qq", package]] {
            let command = sudo + arguments
            guard let run = try? BinaryRun.execute(command[0], Array(command.dropFirst()), environment: environment), run.status == 0
            else {
                return .failure(Unavailable(description: "\(package) is not installed, and apt-get could not install it"))
            }
        }
        return .success(())
    }

    public static func onPath(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return (path.split(separator: ":").map { "\($0)/\(name)" } + ["/usr/bin/\(name)"])
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
