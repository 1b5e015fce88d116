import ArgumentParser
import ConflictDiagnostics
import ConflictModel
import ConflictShell
import ModelFileFormat
import SQLExport

/// `conflictq export --sql DIALECT --output DIR`: the model as the files an SQL engine loads with
/// its own bulk loader: `schema.sql`, `load.sql` and a CSV file a table. The folder is written
/// whole or not at all; what was written goes to standard error.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflictq export",
        abstract: "Export the model as tables for SQLite, DuckDB or PostgreSQL.",
        discussion: """
            Writes schema.sql (the tables, in the engine's SQL), load.sql (which runs it and loads every table with the \
            engine's own bulk loader: sqlite3's .import, DuckDB's COPY, psql's \\copy) and one CSV file a table. Load it \
            from inside the folder: sqlite3 conflict.db < load.sql, duckdb conflict.duckdb < load.sql, or psql -f load.sql. \
            The tables and their columns are described in the README, "Exporting to SQL engines"; the table \
            conflictq_schema holds the layout's version.
            """)

    @Option(help: ArgumentHelp("The engine to write for: sqlite, duckdb or postgres.", valueName: "dialect"))
    var sql: String?

    @Option(
        name: .customLong("model"),
        help: ArgumentHelp(
            "The model to export, as the shell's --model takes it (repeat it to merge); the built-in model when not given.",
            valueName: "model"))
    var modelPaths: [String] = []

    @Option(help: ArgumentHelp("The folder to write; it must not exist, or be empty, unless --force is given.", valueName: "folder"))
    var output: String?

    @Flag(help: "Replace what the output folder holds (files of an earlier export; a folder with folders in it is refused).")
    var force = false

    var dialect: SQLDialect? { sql.flatMap { SQLDialect(rawValue: $0.lowercased()) } }

    func validate() throws {
        guard let sql else { throw ValidationError("give the engine to export for: --sql sqlite, --sql duckdb or --sql postgres") }
        guard dialect != nil else {
            let names = SQLDialect.allCases.map(\.rawValue)
            throw ValidationError(
                "no SQL dialect \"\(TerminalText.visible(sql))\"; conflictq exports for " + names.joined(separator: ", ")
                    + Suggestions.phrase(Suggestions.close(to: sql, in: names)))
        }
        guard let output else { throw ValidationError("give the folder to write: --output DIR") }
        if output.isEmpty { throw ValidationError("--output was given an empty folder name") }
        if modelPaths.contains("") { throw ValidationError("--model was given an empty file name") }
    }

    func run() throws {
        guard let dialect, let output else { return }
        guard let model = ConflictQ.loadModel(modelPaths.isEmpty ? [ModelFiles.builtinPath] : modelPaths, color: .auto) else {
            throw ExitCode(ExitStatus.modelError.rawValue)
        }
        let summary: SQLExporter.Summary
        do {
            let folder = try FolderWriter(output, replacing: force)
            summary = try SQLExporter.write(model, dialect: dialect) { name in try folder.file(name) }
            try folder.commit()
        } catch let error as CommandFileError {
            StandardError.print("error: " + TerminalText.visible(error.description))
            throw ExitCode(ExitStatus.queryError.rawValue)
        }
        let counts = ["actors", "events", "claims", "statements"].map { "\(summary.count($0) ?? 0) \($0)" }
        StandardError.print(
            TerminalText.visible(
                "wrote \(output): schema.sql, load.sql and \(summary.rows.count) tables for \(dialect.engineName) ("
                    + counts.joined(separator: ", ") + "); load it there with: " + dialect.loadCommand))
    }
}
