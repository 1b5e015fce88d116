import ConflictModel
import ConflictQuery

/// What `.why` prints: for each row of the last result, every source, paragraph and excerpt behind it.
enum ProvenanceTable {
    static func explaining(_ tables: [ResultTable], outlets: [String: String]) -> ResultTable {
        let several = tables.count > 1
        var rows: [ResultTable.Row] = []
        var unsourced: [String] = []
        for (tableIndex, table) in tables.enumerated() {
            for (rowIndex, row) in table.rows.enumerated() {
                let label = several ? "\(table.title ?? String(tableIndex + 1)) \(rowIndex + 1)" : String(rowIndex + 1)
                if row.provenance.isEmpty { unsourced.append(label) }
                for reference in row.provenance {
                    rows.append(ResultTable.Row([
                        .text(label), .text(outlets[reference.source] ?? reference.source),
                        .integer(reference.paragraph), .text(reference.excerpt),
                    ]))
                }
            }
        }
        var notes: [String] = []
        if tables.allSatisfy(\.rows.isEmpty) {
            notes.append("the last result has no rows")
        } else if !unsourced.isEmpty {
            notes.append("no recorded source for row " + unsourced.joined(separator: ", "))
        }
        notes.append("paragraph 0 is the headline; 1, 2, 3... count the body's paragraphs")
        return ResultTable(
            title: "Where the last result comes from",
            columns: [
                ResultTable.Column("row", .text), ResultTable.Column("source", .text),
                ResultTable.Column("paragraph", .integer), ResultTable.Column("excerpt", .text),
            ],
            rows: rows, notes: notes)
    }
}
