import ConflictQuery
import SQLExport

/// An SQLite database file, asked through the sqlite3 program: `-batch -bail -readonly`, no
/// `~/.sqliterc` (`-init /dev/null`), answers in `-quote` mode (`QuotedLiteralRows`), which keeps
/// NULL (`NULL`) apart from the empty text (`''`) and every text intact. REALs are given in the
/// shortest text that parses back to the same double (see `QuotedLiteralRows`).
public struct SQLiteConnection: SQLConnection {
    public let file: String
    public let program: String
    public var dialect: SQLDialect { .sqlite }
    public var location: String { "sqlite:\(file)" }

    /// The 16 bytes every SQLite database file starts with. An empty file is a database too (an
    /// empty one), as SQLite itself takes it.
    static let header = Array("SQLite format 3\0".utf8)

    /// Checks that `file` is an SQLite database first: sqlite3 would create a missing one, empty,
    /// and would only say "file is not a database" at the first table it reads.
    public init(file: String, program: String? = nil) throws(SQLEngineError) {
        try DatabaseFile.requireExisting(file, engine: "SQLite")
        let start = DatabaseFile.header(file, count: Self.header.count)
        guard start.isEmpty || start == Self.header else {
            throw SQLEngineError(.connection, "\(file) is not an SQLite database")
        }
        self.file = file
        if let program { self.program = program } else { self.program = try EngineClients.sqlite3() }
    }

    public func rows(_ sql: String, isCancelled: @escaping @Sendable () -> Bool) throws(SQLEngineError) -> [[String?]] {
        let statement = CommandLineStatement(sql)
        let run = try ClientProcess.run(
            program,
            ["-batch", "-bail", "-readonly", "-init", "/dev/null", "-quote", DatabaseFile.argument(file)] + statement.arguments,
            input: statement.input, isCancelled: isCancelled)
        guard run.succeeded else {
            let message = EngineMessage.tidy(run.standardError)
            let unreachable = ["unable to open database", "file is not a database", "database disk image is malformed"]
            throw SQLEngineError(unreachable.contains(where: message.contains) ? .connection : .server, message)
        }
        return try EngineOutput.rows(run.stdout, of: .sqlite)
    }
}
