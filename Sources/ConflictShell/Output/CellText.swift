import ConflictDiagnostics

/// Turns a value's words into lines that are safe and tidy inside a table cell.
enum CellText {
    /// Splits on line feeds, turns tabs into blanks, and shows every other control, bidirectional
    /// or invisible character visibly (`TerminalText.visible`: ESC as "␛", U+202E as "<U+202E>"),
    /// so that text from a model file can neither break the table's layout nor act on the
    /// terminal, and widths are measured on what is shown.
    ///
    /// A line feed is the one line break a model file's text means (YAML reads every line break
    /// of a file as one, and a `|` block keeps them). Any other character that ends a line
    /// somewhere (CR, VT, FF, NEL U+0085, LS U+2028, PS U+2029) is shown, not obeyed: "A\rB" is
    /// the name `A␍B`, never the two lines A and B.
    static func lines(_ text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            var line = String(decoding: line, as: UTF8.self)
            if line.utf8.contains(UInt8(ascii: "\t")) { line = line.replacing("\t", with: " ") }
            return TerminalText.visible(line)
        }
    }

    /// Breaks a line into pieces no wider than `width` columns, at spaces where it can and inside a
    /// word only when the word alone is too wide.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 0, DisplayWidth.of(line) > width else { return [line] }
        var pieces: [String] = []
        var current = ""
        var currentWidth = 0
        for word in line.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if currentWidth > 0, currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 {
                pieces.append(current)
                current = ""
                currentWidth = 0
            }
            if wordWidth <= width {
                current = String(word)
                currentWidth = wordWidth
                continue
            }
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > width, currentWidth > 0 {
                    pieces.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        if currentWidth > 0 || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    /// The line padded with spaces to `width` columns, on the left for numbers so that digits line up.
    static func pad(_ line: String, to width: Int, alignRight: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(line)))
        return alignRight ? padding + line : line + padding
    }
}
