import SQLExport

/// A database that answers SQL: an SQLite file, a DuckDB database or a PostgreSQL server, each
/// reached through its own client (`SQLEngines`). The compiled queries run through it.
public protocol SQLConnection: Sendable {
    /// Whose SQL it speaks.
    var dialect: SQLDialect { get }
    /// Where it is, as the user named it, for messages (never with a password).
    var location: String { get }
    /// Runs one statement and returns its rows, each cell as the engine prints it (numbers in
    /// full precision), nil for NULL, which is never confused with an empty text. Asks
    /// `isCancelled` while it waits, and stops the statement on the engine when it says yes.
    func rows(_ sql: String, isCancelled: @escaping @Sendable () -> Bool) throws(SQLEngineError) -> [[String?]]
}

/// Why an engine gave no rows.
public struct SQLEngineError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// The engine could not be reached: no such file, no server, a refused login, no client program.
        case connection
        /// The engine ran the statement and refused it: its own message follows.
        case server
        /// The user stopped it (Ctrl-C) and the engine stopped too.
        case cancelled
    }

    public var kind: Kind
    /// What went wrong, in the engine's words where it gave some.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }
}
