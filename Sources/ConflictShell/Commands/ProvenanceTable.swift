import ConflictModel
import ConflictQuery

/// What `.why` prints: for each row of the last result, every source, paragraph and excerpt behind it.
enum ProvenanceTable {
    /// Rows next to each other that rest on the same sources are listed once, as a range ("1-14"),
    /// so that `describe`, whose every field comes from the same paragraphs, does not repeat them.
    /// When the result has several parts, each label starts with the part's title.
    static func explaining(_ tables: [ResultTable], outlets: [String: String]) -> ResultTable {
        let several = tables.count > 1
        var rows: [ResultTable.Row] = []
        var unsourced: [String] = []
        for (tableIndex, table) in tables.enumerated() {
            let part = several ? (table.title ?? "part \(tableIndex + 1)") + ": " : ""
            for group in runs(of: table.rows.map(\.provenance)) {
                let label = part + (group.first == group.last ? "\(group.first)" : "\(group.first)-\(group.last)")
                if group.provenance.isEmpty { unsourced.append(label) }
                for reference in group.provenance {
                    rows.append(
                        ResultTable.Row(
                            [
                                .text(label), .text(outlets[reference.source] ?? reference.source), .integer(reference.paragraph),
                                .text(reference.role.rawValue), .text(reference.excerpt),
                            ],
                            provenance: [reference]))
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
        if rows.contains(where: { $0.provenance.contains { $0.role == .restated } }) {
            notes.append("restated: the outlet's own rounding or summary of the figure, not the claimant's words")
        }
        return ResultTable(
            title: "Where the last result comes from",
            columns: [
                ResultTable.Column("row", .text), ResultTable.Column("source", .text),
                ResultTable.Column("paragraph", .integer), ResultTable.Column("role", .text),
                ResultTable.Column("excerpt", .text),
            ],
            rows: rows, notes: notes)
    }

    /// Consecutive rows (numbered from 1) that share the same sources.
    private static func runs(of provenances: [[SourceRef]]) -> [(first: Int, last: Int, provenance: [SourceRef])] {
        var runs: [(first: Int, last: Int, provenance: [SourceRef])] = []
        for (index, provenance) in provenances.enumerated() {
            if let previous = runs.last, previous.provenance == provenance {
                runs[runs.count - 1].last = index + 1
            } else {
                runs.append((index + 1, index + 1, provenance))
            }
        }
        return runs
    }
}
