import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import SQLExport

/// A query's answer in the golden files' text form (as `GoldenFile` prints it): columns, rows,
/// notes, or the rendered error. Two evaluators agree on a query when these are equal.
enum Answers {
    static func text(of query: String, on engine: QueryEngine) -> String {
        do {
            return try engine.run(query).map(render).joined(separator: "\n")
        } catch {
            return DiagnosticRenderer().render(error, in: query)
        }
    }

    static func render(_ table: ResultTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append("## \(title)") }
        lines.append(table.columns.map(\.name).joined(separator: " | "))
        for row in table.rows { lines.append(row.values.map(\.text).joined(separator: " | ")) }
        lines += table.notes.map { "-- \($0)" }
        return lines.joined(separator: "\n")
    }

    /// Every row's sources, as `.why` lists them.
    static func provenance(of query: String, on engine: QueryEngine) -> [[SourceRef]] {
        ((try? engine.run(query)) ?? []).flatMap { $0.rows.map(\.provenance) }
    }

    /// Whether an engine's answer is the compiler saying it does not translate the query.
    static func isRefusal(_ answer: String) -> Bool { answer.contains("is not compiled to SQL yet") }
}
