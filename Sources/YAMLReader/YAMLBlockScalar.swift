/// Block scalars: `|` keeps the lines as they are, `>` folds them into one, both with their text on
/// the lines after the indicator.
extension YAMLScanner {
    /// The block scalar whose `|` or `>` is at the cursor, in a block collection indented
    /// `parentIndent` (-1 at the top). Its header may give a chomping indicator (`-` drops the final
    /// line break, `+` keeps every trailing one, neither keeps one) and an indentation from 1 to 9,
    /// counted from `parentIndent`; without one, the first line of text sets the indentation.
    mutating func blockScalar(parentIndent: Int) throws(YAMLSyntaxError) -> (text: String, style: YAMLScalar.Style) {
        let isLiteral = byte == YAMLByte.pipe
        let style: YAMLScalar.Style = isLiteral ? .literal : .folded
        advance()
        var chomping: UInt8? = nil
        var explicitIndent: Int? = nil
        for _ in 0..<2 {
            if chomping == nil && (byte == YAMLByte.dash || byte == YAMLByte.plus) {
                chomping = byte
                advance()
            } else if explicitIndent == nil && (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(byte) {
                explicitIndent = Int(byte - UInt8(ascii: "0"))
                advance()
            } else if byte == UInt8(ascii: "0") {
                throw invalid("a block scalar's indentation indicator is a digit from 1 to 9, not 0")
            }
        }
        let afterHeader = offset
        if !isAtLineEnd() || (byte == YAMLByte.hash && offset == afterHeader) {
            throw invalid(
                "expected the end of the line after the block scalar's header, found \(describeCurrent()); "
                    + "its text starts on the next line")
        }
        skipComment()
        if isAtEnd { return ("", style) }
        skipBreak()

        var indent = 0
        var trailingBreaks = 0
        if let explicitIndent {
            indent = max(parentIndent, 0) + explicitIndent
            skipEmptyLines(indent: indent, counting: &trailingBreaks)
        } else {
            var longestEmptyLine = 0
            while true {
                while byte == YAMLByte.space { advance() }
                guard YAMLByte.isBreak(byte) else { break }
                longestEmptyLine = max(longestEmptyLine, indentColumn)
                skipBreak()
                trailingBreaks += 1
            }
            indent = max(indentColumn, parentIndent + 1, 1)
            if !isAtEnd && indentColumn == indent && longestEmptyLine > indent {
                throw invalid(
                    "this block scalar's first line of text is indented less than a blank line before it; "
                        + "remove the spaces from the blank line")
            }
        }

        var text: [UInt8] = []
        var pendingBreak = false
        var previousStartsBlank = false
        while indentColumn == indent && !isAtEnd {
            let startsBlank = YAMLByte.isBlank(byte)
            if !isLiteral && pendingBreak && !previousStartsBlank && !startsBlank {
                if trailingBreaks == 0 { text.append(YAMLByte.space) }
            } else if pendingBreak {
                text.append(YAMLByte.lineFeed)
            }
            text.append(contentsOf: repeatElement(YAMLByte.lineFeed, count: trailingBreaks))
            trailingBreaks = 0
            previousStartsBlank = startsBlank
            let start = offset
            while byte != YAMLByte.end && !YAMLByte.isBreak(byte) { advance() }
            text.append(contentsOf: bytes[start..<offset])
            pendingBreak = false
            guard !isAtEnd else { break }
            skipBreak()
            pendingBreak = true
            skipEmptyLines(indent: indent, counting: &trailingBreaks)
        }
        if chomping != YAMLByte.dash && pendingBreak { text.append(YAMLByte.lineFeed) }
        if chomping == YAMLByte.plus { text.append(contentsOf: repeatElement(YAMLByte.lineFeed, count: trailingBreaks)) }
        return (String(decoding: text, as: UTF8.self), style)
    }

    /// Skips the indentation of the lines ahead and counts the empty ones, stopping at the first line
    /// with text, indented enough or not.
    private mutating func skipEmptyLines(indent: Int, counting breaks: inout Int) {
        while true {
            while indentColumn < indent && byte == YAMLByte.space { advance() }
            guard YAMLByte.isBreak(byte) else { return }
            skipBreak()
            breaks += 1
        }
    }
}
