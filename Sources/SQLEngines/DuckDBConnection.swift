import ConflictQuery
import SQLExport

/// A DuckDB database file, asked through DuckDB's CLI: `-batch -bail -readonly -no-init`, answers
/// in `-quote` mode with commas between values and no header (`QuotedLiteralRows`).
///
/// Why the quote mode: in the CLI's `-csv` mode NULL prints as its `-nullvalue`, which a text
/// may equal, and its `-json` mode keys each row by column name, which two columns may share. In
/// the quote mode NULL is a bare `NULL` and every text, list, struct and date is quoted
/// (checked with DuckDB CLI v1.5.6 from PyPI's duckdb-cli).
///
/// Not `COPY (...) TO '/dev/stdout'`, whose CSV would be as clear: DuckDB treats the target as a
/// file of its own (it may write a temporary file and move it in place), and run as root, a test
/// run of that way left a regular file where the /dev/stdout link was.
///
/// Numbers are printed as DuckDB casts them to text: a DOUBLE in the shortest text that parses
/// back to it (0.30000000000000004, 1000000000000001.0, 9007199254740991.0, 1e+300, inf, nan,
/// -0.0), a DECIMAL with its scale (1.500), booleans as true and false.
public struct DuckDBConnection: SQLConnection {
    public let file: String
    public let program: String
    public var dialect: SQLDialect { .duckdb }
    public var location: String { "duckdb:\(file)" }

    /// Checks that `file` exists first: duckdb would create a missing one (not read-only, but
    /// then it fails with an I/O error whose wording depends on the version).
    public init(file: String, program: String? = nil) throws(SQLEngineError) {
        try DatabaseFile.requireExisting(file, engine: "DuckDB")
        self.file = file
        if let program { self.program = program } else { self.program = try EngineClients.duckdb() }
    }

    public func rows(_ sql: String, isCancelled: @escaping @Sendable () -> Bool) throws(SQLEngineError) -> [[String?]] {
        let statement = CommandLineStatement(sql)
        let run = try ClientProcess.run(
            program,
            ["-batch", "-bail", "-readonly", "-no-init", "-quote", "-noheader", "-separator", ",", DatabaseFile.argument(file)]
                + statement.arguments,
            input: statement.input, isCancelled: isCancelled)
        guard run.succeeded else {
            let message = EngineMessage.tidy(run.standardError)
            // DuckDB names its errors by kind; an IO Error at opening is the file, not the statement.
            let unreachable = ["IO Error:", "Cannot open database", "not a valid DuckDB database"]
            throw SQLEngineError(unreachable.contains(where: message.contains) ? .connection : .server, message)
        }
        return try EngineOutput.rows(run.stdout, of: .duckdb)
    }
}
