import ConflictQuery

/// Aligned columns with borders, for people reading a terminal:
///
///     +----------------+-----------+
///     | party          | killed    |
///     +----------------+-----------+
///     | Afghan Taliban | about 300 |
///     +----------------+-----------+
///
/// Numbers are right-aligned. When the style has a width, the widest text columns are narrowed
/// and their cells wrapped at spaces until the table fits; numbers are never wrapped. Without a
/// width (a pipe or a file) nothing is wrapped or cut. Notes follow the table; a result without
/// rows shows only its notes. A result with a chart is drawn as that chart instead of a grid.
struct TableFormatter: ResultFormatter {
    var style: RenderStyle
    let includesNotes = true

    /// Text columns are not narrowed below this, so that a very narrow terminal still gets words.
    private static let narrowestTextColumn = 10

    func format(_ tables: [ResultTable]) -> String {
        tables.map(formatTable).joined(separator: "\n")
    }

    private func formatTable(_ table: ResultTable) -> String {
        var text = ""
        if let title = table.title {
            text +=
                TerminalEscape.paint(CellText.lines(title).joined(separator: " "), TerminalEscape.bold, when: style.color) + "\n"
        }
        if let chart = table.chart, !table.rows.isEmpty {
            text += ChartDrawing(style: style).draw(chart)
        } else if !table.rows.isEmpty && !table.columns.isEmpty {
            text += grid(table)
        } else if table.notes.isEmpty {
            text += "(no rows)\n"
        }
        for note in table.notes {
            text +=
                TerminalEscape.paint(CellText.lines(note).joined(separator: " "), TerminalEscape.dim, when: style.color) + "\n"
        }
        return text
    }

    private func grid(_ table: ResultTable) -> String {
        let headers = table.columns.map { CellText.lines($0.name) }
        let cells = table.rows.map { row in
            table.columns.indices.map { index in
                CellText.lines(index < row.values.count ? row.values[index].text : "")
            }
        }
        let rightAligned = table.columns.map(\.type.isNumeric)
        let widths = fittedWidths(
            natural: table.columns.indices.map { column in
                ([headers[column]] + cells.map { $0[column] }).flatMap { $0 }.map(DisplayWidth.of).max() ?? 0
            },
            wrappable: rightAligned.map { !$0 })

        let lines = BorderLines(style.borders, widths: widths)
        var text = lines.top + "\n"
        text += rowLines(headers, widths: widths, rightAligned: rightAligned.map { _ in false }, bold: true, lines)
        text += lines.middle + "\n"
        for row in cells {
            text += rowLines(row, widths: widths, rightAligned: rightAligned, bold: false, lines)
        }
        text += lines.bottom + "\n"
        return text
    }

    /// Each column's width: its natural width, narrowed one column at a time from the widest
    /// wrappable column until the whole table fits the style's width (or nothing more can give).
    private func fittedWidths(natural: [Int], wrappable: [Bool]) -> [Int] {
        var widths = natural.map { max(1, $0) }
        guard let maxWidth = style.maxWidth else { return widths }
        let budget = maxWidth - (3 * widths.count + 1)
        let minimums = widths.indices.map { wrappable[$0] ? min(widths[$0], Self.narrowestTextColumn) : widths[$0] }
        var excess = widths.reduce(0, +) - budget
        while excess > 0 {
            let candidates = widths.indices.filter { widths[$0] > minimums[$0] }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }

    /// One table row as as many text lines as its tallest wrapped cell needs.
    private func rowLines(
        _ cells: [[String]], widths: [Int], rightAligned: [Bool], bold: Bool, _ lines: BorderLines
    ) -> String {
        let wrapped = cells.indices.map { column in
            cells[column].flatMap { CellText.wrap($0, width: widths[column]) }
        }
        let height = wrapped.map(\.count).max() ?? 1
        var text = ""
        for lineIndex in 0..<height {
            let parts = wrapped.indices.map { column -> String in
                let line = lineIndex < wrapped[column].count ? wrapped[column][lineIndex] : ""
                let padded = CellText.pad(line, to: widths[column], alignRight: rightAligned[column])
                return bold ? TerminalEscape.paint(padded, TerminalEscape.bold, when: style.color) : padded
            }
            text += lines.vertical + " " + parts.joined(separator: " " + lines.vertical + " ") + " " + lines.vertical + "\n"
        }
        return text
    }
}

/// The horizontal rules and the vertical bar of one table, in ASCII or box-drawing characters.
private struct BorderLines {
    let top: String
    let middle: String
    let bottom: String
    let vertical: String

    init(_ borders: RenderStyle.Borders, widths: [Int]) {
        func rule(_ left: String, _ fill: String, _ join: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: join) + right
        }
        switch borders {
        case .ascii:
            top = rule("+", "-", "+", "+")
            middle = top
            bottom = top
            vertical = "|"
        case .unicode:
            top = rule("┌", "─", "┬", "┐")
            middle = rule("├", "─", "┼", "┤")
            bottom = rule("└", "─", "┴", "┘")
            vertical = "│"
        }
    }
}
