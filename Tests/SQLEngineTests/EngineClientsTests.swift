import ConflictQuery
import Foundation
import SQLEngines
import TestSupport
import Testing

/// The clients are found where their usual installations put them.
@Suite struct EngineClientsTests {
    @Test func findsSQLite3() throws {
        _ = try Engines.sqlite3.get()
        let program = try EngineClients.sqlite3()
        #expect(FileManager.default.isExecutableFile(atPath: program))
        #expect(try BinaryRun.execute(program, ["-version"]).stdout.hasPrefix("3."))
    }

    /// pip's `duckdb` on PATH is a Python script; the binary beside `duckdb_cli` is taken instead.
    @Test func findsDuckDBsOwnBinary() throws {
        _ = try Engines.duckdb.get()
        let program = try EngineClients.duckdb()
        let start = try FileHandle(forReadingFrom: URL(fileURLWithPath: program)).read(upToCount: 4)
        #expect(start == Data([0x7f, 0x45, 0x4c, 0x46]), "\(program) is not a compiled program")
        #expect(try BinaryRun.execute(program, ["-version"]).stdout.hasPrefix("v"))
    }

    @Test func findsPsql() throws {
        _ = try Engines.postgres.get()
        let program = try EngineClients.psql()
        #expect(try BinaryRun.execute(program, ["--version"]).stdout.hasPrefix("psql (PostgreSQL)"))
    }
}
