/// Plain scalars: text written without quotes, which may go on over several lines.
extension YAMLScanner {
    /// The plain text from the cursor to where it ends on this line: a line break, a `#` after a
    /// blank (a comment), or a `:` before a blank (the end of a key); inside brackets also `,` `[`
    /// `]` `{` `}`, and a `:` before one of them. Blanks after the text are left unread.
    ///
    /// The parser reads a first line on its own, because whether `: ` follows decides whether the
    /// text was a key.
    mutating func plainLine(inFlow: Bool) -> Range<Int> {
        let start = offset
        var textEnd = offset
        while true {
            let byte = self.byte
            if byte == YAMLByte.end || YAMLByte.isBreak(byte) { break }
            if YAMLByte.isBlank(byte) {
                var ahead = offset
                while YAMLByte.isBlank(bytes[ahead]) { ahead += 1 }
                let next = bytes[ahead]
                if next == YAMLByte.hash || next == YAMLByte.end || YAMLByte.isBreak(next) { break }
                advance(ahead - offset)
                continue
            }
            if byte == YAMLByte.colon {
                let next = peek(1)
                if YAMLByte.isBlankOrBreakOrEnd(next) || (inFlow && YAMLByte.isFlowIndicator(next)) { break }
            }
            if inFlow && YAMLByte.isFlowIndicator(byte) { break }
            advance()
            textEnd = offset
        }
        advance(textEnd - offset)
        return start..<textEnd
    }

    /// A plain scalar whose first line has been read: the lines after it that are indented at least
    /// `minimumIndent` continue it, folded as YAML folds them (one line break is a space, each blank
    /// line a line break). A comment, a less indented line or a document marker ends it.
    ///
    /// Outside brackets, a continuation line cannot hold `: `: it is indented like a value, but the
    /// writer almost surely meant a key, and saying so beats "mapping values are not allowed here".
    mutating func plainText(firstLine: Range<Int>, minimumIndent: Int, inFlow: Bool) throws(YAMLSyntaxError) -> String {
        var folded: [UInt8]? = nil
        while true {
            let textEnd = place
            skipBlanks()
            guard YAMLByte.isBreak(byte) else {
                place = textEnd
                break
            }
            var breaks = 0
            var continues = false
            while YAMLByte.isBreak(byte) {
                skipBreak()
                breaks += 1
                if isAtDocumentMarker() { break }
                while byte == YAMLByte.space { advance() }
                let indent = indentColumn
                skipBlanks()
                if YAMLByte.isBreak(byte) { continue }
                continues = !isAtEnd && byte != YAMLByte.hash && indent >= minimumIndent
            }
            guard continues else {
                place = textEnd
                break
            }
            let lineStart = place
            let next = plainLine(inFlow: inFlow)
            if next.isEmpty {
                place = textEnd
                break
            }
            if !inFlow && byte == YAMLByte.colon && YAMLByte.isBlankOrBreakOrEnd(peek(1)) {
                place = lineStart
                throw invalid(
                    "this line continues the plain value above it, which cannot hold \": \"; if it starts a key, "
                        + "indent it like the keys next to it")
            }
            if folded == nil { folded = Array(bytes[firstLine]) }
            if breaks == 1 {
                folded!.append(YAMLByte.space)
            } else {
                folded!.append(contentsOf: repeatElement(YAMLByte.lineFeed, count: breaks - 1))
            }
            folded!.append(contentsOf: bytes[next])
        }
        guard let folded else { return text(firstLine) }
        return String(decoding: folded, as: UTF8.self)
    }
}
