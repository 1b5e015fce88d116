#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif
import ConflictQuery
import SQLExport

/// Where each engine's client program is. `CONFLICTQ_SQLITE3`, `CONFLICTQ_DUCKDB` and
/// `CONFLICTQ_PSQL` name one outright; otherwise each is looked for where its usual installation
/// puts it. A program found nowhere is a `.connection` error that says how to install it.
public enum EngineClients {
    /// The client program of `dialect`'s engine.
    public static func program(for dialect: SQLDialect) throws(SQLEngineError) -> String {
        switch dialect {
        case .sqlite: try sqlite3()
        case .duckdb: try duckdb()
        case .postgres: try psql()
        }
    }

    /// sqlite3, from Debian's package of that name.
    public static func sqlite3() throws(SQLEngineError) -> String {
        try find("sqlite3", override: "CONFLICTQ_SQLITE3", install: "apt-get install sqlite3") {
            onPath("sqlite3") ?? (isExecutable("/usr/bin/sqlite3") ? "/usr/bin/sqlite3" : nil)
        }
    }

    /// DuckDB's CLI: a `duckdb` on PATH, or the binary that PyPI's duckdb-cli package puts beside
    /// its Python module `duckdb_cli`. pip also puts a `duckdb` script on PATH that starts that
    /// binary through Python (and pyenv one more shim before it); the binary itself is taken
    /// when it can be found, which saves Python's start-up on every query and leaves no middleman
    /// between SIGINT and the statement.
    public static func duckdb() throws(SQLEngineError) -> String {
        try find("duckdb", override: "CONFLICTQ_DUCKDB", install: "pip install duckdb-cli") {
            let onPath = onPath("duckdb")
            if let onPath, isNativeProgram(onPath) { return onPath }
            return besideDuckDBModule() ?? onPath
        }
    }

    /// psql, from Debian's postgresql-client, which puts it on PATH and under
    /// /usr/lib/postgresql/VERSION/bin (the newest version is taken).
    public static func psql() throws(SQLEngineError) -> String {
        try find("psql", override: "CONFLICTQ_PSQL", install: "apt-get install postgresql-client") {
            onPath("psql") ?? matches("/usr/lib/postgresql/*/bin/psql").max { versionOf($0) < versionOf($1) }
        }
    }

    private static func find(
        _ name: String, override variable: String, install: String, search: () -> String?
    ) throws(SQLEngineError) -> String {
        if let chosen = environment(variable) {
            guard isExecutable(chosen) else {
                throw SQLEngineError(.connection, "\(variable) names \(chosen), which is not a program that can be run")
            }
            return chosen
        }
        guard let found = search() else {
            throw SQLEngineError(.connection, "\(name) is not installed (\(install)), or set \(variable) to where it is")
        }
        return found
    }

    /// `duckdb_cli/duckdb` in a site-packages or dist-packages folder: the usual ones first, then
    /// wherever python3 itself says the module is (pyenv's, a virtual environment's).
    private static func besideDuckDBModule() -> String? {
        let home = environment("HOME") ?? ""
        let folders = [
            "/usr/local/lib/python3*/dist-packages", "/usr/local/lib/python3*/site-packages",
            "/usr/lib/python3/dist-packages", "\(home)/.local/lib/python3*/site-packages",
        ]
        if let found = folders.flatMap({ matches($0 + "/duckdb_cli/duckdb") }).first(where: isExecutable) { return found }
        guard let python = onPath("python3"),
            let run = try? ClientProcess.run(python, ["-c", "import duckdb_cli, os; print(os.path.dirname(duckdb_cli.__file__))"]),
            run.succeeded
        else { return nil }
        let folder = String(decoding: run.stdout, as: UTF8.self).trimmingSpaces
        return isExecutable(folder + "/duckdb") ? folder + "/duckdb" : nil
    }

    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }

    private static func onPath(_ name: String) -> String? {
        (environment("PATH") ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(name)" }.first(where: isExecutable)
    }

    /// A regular file this process may run.
    static func isExecutable(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }

    /// Whether `path` is a compiled program (ELF) rather than a script for an interpreter.
    private static func isNativeProgram(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var magic = [UInt8](repeating: 0, count: 4)
        let count = magic.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 4) }
        return count == 4 && magic == [0x7f, 0x45, 0x4c, 0x46]
    }

    /// The paths that match a shell pattern, in glob's order.
    private static func matches(_ pattern: String) -> [String] {
        var found = glob_t()
        defer { globfree(&found) }
        guard glob(pattern, 0, nil, &found) == 0 else { return [] }
        return (0..<Int(found.gl_pathc)).compactMap { found.gl_pathv[$0].map { String(cString: $0) } }
    }

    /// The number after /usr/lib/postgresql/, so that 16 comes after 9.
    private static func versionOf(_ path: String) -> Int {
        Int(path.split(separator: "/").dropFirst(3).first ?? "") ?? 0
    }
}
