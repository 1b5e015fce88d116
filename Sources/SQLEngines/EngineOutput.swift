import ConflictQuery
import SQLExport

/// The rows an engine's client printed, read as that engine's connection reads them: what a
/// statement's answer is made from, and so what the fuzzer feeds with any bytes.
public enum EngineOutput {
    /// The rows, all of one width: an answer of ragged rows is no answer to read.
    public static func rows(_ bytes: [UInt8], of dialect: SQLDialect) throws(SQLEngineError) -> [[String?]] {
        let rows: [[String?]] =
            switch dialect {
            case .sqlite: try QuotedLiteralRows.rows(bytes, shortestReals: true, program: "sqlite3")
            case .duckdb: try QuotedLiteralRows.rows(bytes, shortestReals: false, program: "duckdb")
            case .postgres: QuotedCSV.rows(bytes)
            }
        if let width = rows.first?.count, let other = rows.first(where: { $0.count != width }) {
            throw SQLEngineError(
                .server, "\(dialect.engineName)'s client printed rows of \(width) and of \(other.count) cells, which cannot be read")
        }
        return rows
    }
}
