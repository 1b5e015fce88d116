import ConflictQuery

/// GitHub pipe tables, for pasting into issues and notes:
///
///     | party | killed |
///     | --- | ---: |
///     | Afghan Taliban | about 300 |
///
/// Numeric columns are right-aligned with `---:`. A `|` in a cell is escaped as `\|` and a line
/// break becomes `<br>`, so a cell never ends the row early. A title is a bold line before the
/// table; notes follow it as a list.
struct MarkdownFormatter: ResultFormatter {
    let includesNotes = true

    func format(_ tables: [ResultTable]) -> String {
        tables.map(formatTable).joined(separator: "\n")
    }

    private func formatTable(_ table: ResultTable) -> String {
        var text = ""
        if let title = table.title { text += "**" + Self.inline(title) + "**\n\n" }
        if !table.columns.isEmpty, !table.rows.isEmpty || table.notes.isEmpty {
            text += row(table.columns.map(\.name))
            text += "| " + table.columns.map { $0.type.isNumeric ? "---:" : "---" }.joined(separator: " | ") + " |\n"
            for tableRow in table.rows {
                text += row(table.columns.indices.map { $0 < tableRow.values.count ? tableRow.values[$0].text : "" })
            }
        }
        if !table.notes.isEmpty {
            if !text.isEmpty, !text.hasSuffix("\n\n") { text += "\n" }
            text += table.notes.map { "- " + Self.inline($0) + "\n" }.joined()
        }
        return text
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map(Self.cell).joined(separator: " | ") + " |\n"
    }

    static func cell(_ text: String) -> String {
        inline(text).replacing("|", with: "\\|")
    }

    /// One line of Markdown: line breaks become `<br>`, other control characters are replaced.
    private static func inline(_ text: String) -> String {
        CellText.lines(text).joined(separator: "<br>")
    }
}
