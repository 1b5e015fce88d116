import Foundation
import TestSupport
import Testing

/// `conflictq export --sql` as a user runs it: the folder it writes, what it says, its exit
/// statuses, and that a failed export leaves nothing behind. The engines' loading of what it
/// writes is SQLExportTests' round trip.
@Suite struct ExportCommandTests {
    static let files = [
        "act_verbs.csv", "actor_aliases.csv", "actor_sources.csv", "actors.csv", "acts.csv", "claim_sources.csv", "claims.csv",
        "conflictq_schema.csv", "event_actors.csv", "event_sources.csv", "events.csv", "load.sql", "measures.csv",
        "record_columns.csv", "records.csv", "schema.sql", "source_wire_inputs.csv", "sources.csv", "statement_actors.csv",
        "statement_sources.csv", "statements.csv", "units.csv",
    ]

    private func contents(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func theBuiltinModelIsWrittenToANewFolder() throws {
        let scratch = try TemporaryDirectory()
        let run = try BinaryRun.run(["export", "--sql", "sqlite", "--output", scratch.file("tables")])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(
            run.stderr == "wrote \(scratch.file("tables")): schema.sql, load.sql and 20 tables for SQLite "
                + "(30 actors, 4 events, 8 claims, 17 statements); load it there with: sqlite3 conflict.db < load.sql\n")
        #expect(contents(scratch.file("tables")) == Self.files)
        // Nothing else beside it: the temporary folder was renamed into place.
        #expect(contents(scratch.path) == ["tables"])
        let claims = try String(contentsOfFile: scratch.file("tables/claims.csv"), encoding: .utf8)
        #expect(claims.hasPrefix("id,position,event,measure,counted,unit,party,value,qualifier,low,high,claimant,"))
    }

    @Test func anEmptyFolderIsFilledAndAFullOneRefused() throws {
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("empty"), withIntermediateDirectories: false)
        #expect(try BinaryRun.run(["export", "--sql", "duckdb", "--output", scratch.file("empty")]).status == 0)
        #expect(contents(scratch.file("empty")) == Self.files)

        try FileManager.default.createDirectory(atPath: scratch.file("full"), withIntermediateDirectories: false)
        try scratch.write("mine", to: "full/notes.txt")
        let refused = try BinaryRun.run(["export", "--sql", "duckdb", "--output", scratch.file("full")])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: \(scratch.file("full")) is not empty; pass --force to replace what it holds\n")
        #expect(contents(scratch.file("full")) == ["notes.txt"])
        #expect(contents(scratch.path) == ["empty", "full"])
    }

    @Test func forceReplacesAnEarlierExportWhole() throws {
        let scratch = try TemporaryDirectory()
        let output = scratch.file("tables")
        #expect(try BinaryRun.run(["export", "--sql", "postgres", "--output", output]).status == 0)
        try scratch.write("left over", to: "tables/old.csv")
        let again = try BinaryRun.run(["export", "--sql", "postgres", "--model", "timeline", "--output", output, "--force"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(contents(output) == Self.files)
        #expect(try scratch.read("tables/schema.sql").contains("for PostgreSQL"))
        #expect(contents(scratch.path) == ["tables"])
    }

    @Test func forceNeverRemovesAFolderOfFolders() throws {
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("project/src"), withIntermediateDirectories: true)
        let run = try BinaryRun.run(["export", "--sql", "sqlite", "--output", scratch.file("project"), "--force"])
        #expect(run.status == 1)
        #expect(run.stderr == "error: \(scratch.file("project")) holds a folder (src), so it is not an export to replace\n")
        #expect(contents(scratch.file("project")) == ["src"])
    }

    /// What an export killed mid-write left beside its folder is removed by the next one.
    @Test func anAbandonedTemporaryFolderIsRemoved() throws {
        let scratch = try TemporaryDirectory()
        let maximum = try String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let abandoned = "tables.tmp-\(Int(maximum)! + 1)"
        try FileManager.default.createDirectory(atPath: scratch.file(abandoned), withIntermediateDirectories: false)
        try scratch.write("half", to: abandoned + "/claims.csv")
        #expect(try BinaryRun.run(["export", "--sql", "sqlite", "--output", scratch.file("tables")]).status == 0)
        #expect(contents(scratch.path) == ["tables"])
    }

    @Test func aFileInTheWayIsRefused() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("x", to: "tables")
        let run = try BinaryRun.run(["export", "--sql", "sqlite", "--output", scratch.file("tables")])
        #expect(run.status == 1)
        #expect(run.stderr == "error: \(scratch.file("tables")) is a file, not a folder\n")
        #expect(try scratch.read("tables") == "x")
    }

    @Test func aFolderThatCannotBeCreatedIsAnError() throws {
        let run = try BinaryRun.run(["export", "--sql", "sqlite", "--output", "/no/such/place/tables"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: cannot create /no/such/place/tables: No such file or directory"), "\(run.stderr)")
    }

    @Test(arguments: [
        (["export", "--output", "x"], "give the engine to export for: --sql sqlite, --sql duckdb or --sql postgres"),
        (["export", "--sql", "sqlit", "--output", "x"], "no SQL dialect \"sqlit\"; conflictq exports for sqlite, duckdb, postgres; did you mean \"sqlite\"?"),
        (["export", "--sql", "postgresql", "--output", "x"], "did you mean \"postgres\"?"),
        (["export", "--sql", "duckdb"], "give the folder to write: --output DIR"),
        (["export", "--sql", "duckdb", "--output", ""], "--output was given an empty folder name"),
        (["export", "--sql", "duckdb", "--output", "x", "--model", ""], "--model was given an empty file name"),
        (["export", "--sql", "duckdb", "--output", "x", "--frobnicate"], "Unknown option '--frobnicate'"),
    ])
    func usageErrorsExitTwoAndWriteNothing(arguments: [String], message: String) throws {
        let scratch = try TemporaryDirectory()
        let run = try BinaryRun.run(arguments, in: scratch.path)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(contents(scratch.path).isEmpty)
    }

    /// A model that cannot be loaded is the shell's own error, word for word, and exit status 3.
    @Test(arguments: ["/no/such/model.yaml", "Tests/ConflictModelTests/BrokenModels/wrong-kind.yaml"])
    func aModelThatFailsToLoadIsTheShellsErrorAndExitsThree(model: String) throws {
        let scratch = try TemporaryDirectory()
        let export = try BinaryRun.run(["export", "--sql", "sqlite", "--model", model, "--output", scratch.file("tables")])
        let shell = try BinaryRun.run(["--model", model, "-c", "actors"])
        #expect(export.status == 3)
        #expect(shell.status == 3)
        #expect(!export.stderr.isEmpty)
        #expect(export.stderr == shell.stderr)
        #expect(contents(scratch.path).isEmpty)
    }

    @Test func helpDescribesTheCommand() throws {
        let run = try BinaryRun.run(["export", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: conflictq export [--sql <dialect>] [--model <model> ...] [--output <folder>] [--force]"), "\(run.stdout)")
        #expect(run.stdout.contains("sqlite3 conflict.db < load.sql"))
    }
}
