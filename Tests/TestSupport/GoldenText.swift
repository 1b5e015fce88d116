import ConflictQuery

/// A result as the golden files write it: the columns, one line a row with its cells joined by
/// ` | `, a titled table under `## title`, and its notes as `-- note`.
public enum GoldenText {
    public static func render(_ table: ResultTable) -> String {
        var lines: [String] = []
        if let title = table.title { lines.append("## \(title)") }
        lines.append(table.columns.map(\.name).joined(separator: " | "))
        for row in table.rows { lines.append(row.values.map(\.text).joined(separator: " | ")) }
        lines += table.notes.map { "-- \($0)" }
        return lines.joined(separator: "\n")
    }
}
