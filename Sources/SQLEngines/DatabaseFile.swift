#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif
import ConflictQuery

/// The checks made on a database file before its client opens it. sqlite3 and duckdb both
/// create a new, empty database when the file is missing, so a mistyped name would answer
/// "no such table" rather than "no such file".
enum DatabaseFile {
    /// Throws `.connection` unless `path` is an existing regular file this process may read.
    static func requireExisting(_ path: String, engine: String) throws(SQLEngineError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw SQLEngineError(.connection, "no \(engine) database at \(path)")
        }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            throw SQLEngineError(.connection, "\(path) is not a file, so no \(engine) database")
        }
        guard access(path, R_OK) == 0 else {
            throw SQLEngineError(.connection, "cannot read the \(engine) database \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// The first bytes of the file, up to `count`.
    static func header(_ path: String, count: Int) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: count)
        let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, count) }
        return Array(bytes.prefix(max(got, 0)))
    }

    /// The path as an argument the clients read as a file name: a relative path gets `./`, so that
    /// a name starting with `-` is not an option, nor one like `file:x` or `md:x` a URI.
    static func argument(_ path: String) -> String {
        path.hasPrefix("/") ? path : "./" + path
    }
}
