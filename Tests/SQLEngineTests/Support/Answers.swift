import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import SQLExport
import TestSupport

/// A query's answer in the golden files' text form (as `GoldenFile` prints it): columns, rows,
/// notes, or the rendered error; and the sources of its rows. Two evaluators agree on a query
/// when both are equal.
struct Answer: Equatable {
    let text: String
    /// The sources of the first rows of each table, as `.why` lists them.
    let sources: [[SourceRef]]

    /// Asks once; an engine is asked again only for the sources of the first `rows` rows.
    init(_ query: String, on engine: QueryEngine, rows: Int = .max) {
        do {
            let tables = try engine.run(query)
            text = tables.map(GoldenText.render).joined(separator: "\n")
            sources = tables.flatMap { $0.rows.prefix(rows).map(\.provenance) }
        } catch {
            text = DiagnosticRenderer().render(error, in: query)
            sources = []
        }
    }

    /// Whether it is the compiler saying it does not translate the query.
    var isRefusal: Bool { text.contains("is not compiled to SQL yet") }

    /// Why two answers differ, for the test's message; nil when they agree.
    static func difference(_ expected: Answer, _ got: Answer, engine: String) -> String? {
        if got.text != expected.text { return "--- built-in\n\(expected.text)\n--- \(engine)\n\(got.text)" }
        if got.sources != expected.sources { return "the rows' sources differ:\n\(expected.sources)\n\(got.sources)" }
        return nil
    }
}
