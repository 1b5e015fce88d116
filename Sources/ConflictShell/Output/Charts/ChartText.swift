/// The words around a chart: model text made safe for a terminal, fitted to a width.
enum ChartText {
    /// One line of untrusted text as a terminal may show it (see `CellText.lines`).
    static func safe(_ text: String) -> String { CellText.lines(text).joined(separator: " ") }

    /// The text cut to `width` columns, ending in an ellipsis where it was cut.
    static func fitted(_ text: String, width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = ""
        var used = 0
        let room = width - DisplayWidth.of(ellipsis)
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if used + characterWidth > room { break }
            kept.append(character)
            used += characterWidth
        }
        return kept + ellipsis
    }

    /// Entries ("● Attaullah Tarar") joined on lines no wider than `width`, three blanks apart.
    /// `widths` are the entries' widths as shown, which their colour codes do not count in.
    static func legend(_ entries: [(text: String, width: Int)], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for entry in entries {
            if used > 0, used + 3 + entry.width > width {
                lines.append(line)
                (line, used) = ("", 0)
            }
            if used > 0 {
                line += "   "
                used += 3
            }
            line += entry.text
            used += entry.width
        }
        if used > 0 { lines.append(line) }
        return lines
    }
}
