import ConflictQuery
import Foundation
import SQLExport
import TestSupport
import Testing

@testable import SQLEngines

/// A statement that would run for a long time, stopped when `isCancelled` says yes: it throws
/// `.cancelled` within a couple of seconds, and the engine has stopped it too.
@Suite struct CancellationTests {
    static let longStatements: [SQLDialect: String] = [
        .sqlite: "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 1000000000) SELECT count(*) FROM c",
        .duckdb: "SELECT count(*) FROM range(100000000000) t(i) WHERE i % 7 = 3",
        .postgres: "SELECT pg_sleep(30)",
    ]

    @Test(arguments: SQLDialect.allCases) func aLongStatementStopsWhenCancelled(_ dialect: SQLDialect) throws {
        try withConnection(dialect) { connection in
            let start = ContinuousClock.now
            let error = engineError {
                _ = try connection.rows(Self.longStatements[dialect]!, isCancelled: { ContinuousClock.now - start > .milliseconds(200) })
            }
            let took = ContinuousClock.now - start
            #expect(error?.kind == .cancelled, "\(String(describing: error))")
            // Stopped by the interrupt itself: SIGKILL would only come after the grace period.
            #expect(took < .milliseconds(ClientProcess.interruptGraceMilliseconds), "took \(took)")
            #expect(took >= .milliseconds(200))
            if dialect == .postgres {
                // psql passed the interrupt on as a cancel request: the server runs no pg_sleep any more.
                let sleepers = try sleepersLeft(connection)
                #expect(sleepers == 0)
            }
        }
    }

    /// The server's backends still sleeping, asked a few times, since a backend ends just after
    /// its client goes.
    private func sleepersLeft(_ connection: any SQLConnection) throws -> Int {
        var count = -1
        for _ in 0..<20 {
            let rows = try connection.rows(
                "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' AND pid <> pg_backend_pid() AND state = 'active'",
                isCancelled: { false })
            count = Int(rows.first?.first.flatMap { $0 } ?? "") ?? -1
            if count == 0 { break }
            usleep(100_000)
        }
        return count
    }
}
