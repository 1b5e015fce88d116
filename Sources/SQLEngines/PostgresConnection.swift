import ConflictQuery
import SQLExport

/// A PostgreSQL database, asked through psql with the connection URI as the user gave it:
/// `-X` (no psqlrc), `-q`, `-w` (never a password prompt: a password comes from the URI,
/// PGPASSWORD or ~/.pgpass), `-v ON_ERROR_STOP=1`, the statement wrapped in
/// `COPY (...) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *)`, which quotes every value that is not
/// NULL and leaves NULL a bare empty field (`QuotedCSV`).
///
/// The script goes on standard input (no length limit, carriage returns kept), where psql would
/// replace a `:NAME` outside quotes by its variable of that name (`:DBNAME`, `:USER`, ...), should
/// a statement ever hold one; `::` casts are left alone.
///
/// psql's exit code tells who refused: 2 is the connection (no server, no such database, a
/// refused login), 3 the statement (with ON_ERROR_STOP), 1 psql itself.
///
/// Numbers: the session sets `extra_float_digits = 1` (the default since PostgreSQL 12, set
/// anyway in case a server's configuration lowers it), so a double precision value is printed
/// in the shortest text that parses back to it (0.30000000000000004, 1.000000000000001e+15,
/// 9.007199254740991e+15, Infinity, NaN); numeric as stored (1.50); booleans as t and f.
public struct PostgresConnection: SQLConnection {
    /// The URI as given, password included, for psql alone.
    public let uri: String
    public let program: String
    public var dialect: SQLDialect { .postgres }
    public var location: String { EngineLocation.redacted(uri) }

    public init(uri: String, program: String? = nil) throws(SQLEngineError) {
        self.uri = uri
        if let program { self.program = program } else { self.program = try EngineClients.psql() }
    }

    public func rows(_ sql: String, isCancelled: @escaping @Sendable () -> Bool) throws(SQLEngineError) -> [[String?]] {
        let script = """
            SET extra_float_digits = 1;
            COPY (
            \(sql)
            ) TO STDOUT WITH (FORMAT csv, FORCE_QUOTE *);

            """
        let run = try ClientProcess.run(
            program, ["-X", "-q", "-w", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-d", uri, "-f", "-"], input: script,
            environment: ["PGCLIENTENCODING": "UTF8"], isCancelled: isCancelled)
        guard run.succeeded else {
            let message = EngineMessage.tidy(run.standardError)
            throw SQLEngineError(run.ending == .exited(3) ? .server : .connection, message)
        }
        return try EngineOutput.rows(run.stdout, of: .postgres)
    }
}
