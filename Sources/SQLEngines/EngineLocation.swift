import ConflictQuery
import SQLExport

/// Where an engine is, as `--engine` names it: `sqlite:FILE`, `duckdb:FILE`, a PostgreSQL
/// connection URI (`postgres://...` or `postgresql://...`, handed to psql unchanged), or a bare
/// file whose name ends in `.db`, `.sqlite`, `.sqlite3` (SQLite) or `.duckdb` (DuckDB).
public struct EngineLocation: Hashable, Sendable, CustomStringConvertible {
    public var dialect: SQLDialect
    /// The file's path, or the PostgreSQL URI as given (password included: psql needs it).
    public var address: String

    public init(dialect: SQLDialect, address: String) {
        self.dialect = dialect
        self.address = address
    }

    /// The forms `--engine` takes, for the message about one it does not.
    public static let acceptedForms =
        "sqlite:FILE, duckdb:FILE, postgres://... or postgresql://... (a libpq connection URI), "
        + "or a file ending in .db, .sqlite, .sqlite3 (SQLite) or .duckdb (DuckDB)"

    public init(parsing text: String) throws(SQLEngineError) {
        for (prefix, dialect) in [("sqlite:", SQLDialect.sqlite), ("duckdb:", .duckdb)] where text.hasPrefix(prefix) {
            let path = String(text.dropFirst(prefix.count))
            guard !path.isEmpty else { throw SQLEngineError(.connection, "\(text) names no file; --engine takes \(Self.acceptedForms)") }
            self.init(dialect: dialect, address: path)
            return
        }
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self.init(dialect: .postgres, address: text)
            return
        }
        let name = text.lowercased()
        if [".db", ".sqlite", ".sqlite3"].contains(where: { name.hasSuffix($0) }) {
            self.init(dialect: .sqlite, address: text)
        } else if name.hasSuffix(".duckdb") {
            self.init(dialect: .duckdb, address: text)
        } else {
            throw SQLEngineError(.connection, "not an engine: \(Self.redacted(text)); --engine takes \(Self.acceptedForms)")
        }
    }

    /// The location for messages: a file as given, a PostgreSQL URI without its password.
    public var description: String {
        switch dialect {
        case .sqlite: "sqlite:\(address)"
        case .duckdb: "duckdb:\(address)"
        case .postgres: Self.redacted(address)
        }
    }

    /// `text` with any password of a connection URI left out: the `:secret` of `user:secret@host`,
    /// and a `password=` parameter, which libpq also accepts.
    static func redacted(_ text: String) -> String {
        guard let schemeEnd = text.firstRange(of: "://") else { return text }
        let scheme = text[..<schemeEnd.upperBound]
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        let authority = Self.withoutSecrets(rest[..<authorityEnd])
        // Whatever else is written as `user:secret@` (an address pasted twice) loses its secret too.
        var path = rest[authorityEnd...].split(separator: "/", omittingEmptySubsequences: false).map(Self.withoutSecrets)
            .joined(separator: "/")
        if let question = path.firstIndex(of: "?") {
            let parameters = path[path.index(after: question)...].split(separator: "&", omittingEmptySubsequences: false)
                .filter { !$0.lowercased().hasPrefix("password=") }
            path = String(path[..<question]) + (parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&"))
        }
        return scheme + authority + path
    }

    /// `user:secret@host` as `user@host`: what lies between the first `:` and the last `@`.
    private static func withoutSecrets(_ part: Substring) -> String {
        guard let at = part.lastIndex(of: "@"), let colon = part[..<at].firstIndex(of: ":") else { return String(part) }
        return String(part[..<colon] + part[at...])
    }
}
