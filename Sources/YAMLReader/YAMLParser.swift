/// Reads the YAML that model files are written in into nodes.
///
/// The subset people write by hand and `ModelFiles.export` writes: one document; block mappings and
/// lists by indentation; `[a, b]` and `{a: b}` across lines; plain, quoted and block scalars;
/// comments. Anchors and aliases, tags, complex keys and further documents are refused with a
/// message that says so, rather than read half-way: a model file has no use for them, and each is
/// a way for a file to mean something its reader does not see.
///
/// A recursive descent whose functions follow the grammar: a document holds a node; a block node
/// is a mapping, a list, or a scalar or bracketed node; a bracketed node holds more of them. Depth
/// is bounded, so no file can exhaust the stack.
public struct YAMLParser {
    /// Deeper than any model file goes (five levels), and shallow enough that reading it cannot
    /// exhaust a thread's stack.
    static let maximumDepth = 500

    /// A model file holds at most this many list items and mapping entries in all: a million is
    /// ten times what the largest model file of 16 MiB reasonably holds, and the bound keeps a
    /// file of millions of one-letter values (`[x, x, x, ...]`) from taking gigabytes and minutes
    /// to read.
    static let maximumValues = 1_000_000

    private var scanner: YAMLScanner
    private var depth = 0
    private var values = 0

    /// The document's root node; nil when the text holds none (empty, or only comments).
    public static func parse(_ text: String) throws(YAMLSyntaxError) -> YAMLNode? {
        var parser = YAMLParser(scanner: YAMLScanner(text))
        return try parser.document()
    }

    private init(scanner: YAMLScanner) {
        self.scanner = scanner
    }

    /// Where a block node starts, which decides whether it may be a block mapping or list.
    private enum Placement {
        /// On a line of its own or after `- `: its column is its indentation.
        case lineStart
        /// After something on the same line that leaves no room for indentation, as the message
        /// says it: "on the same line as its key".
        case sameLine(String)
    }

    // MARK: - The document

    private mutating func document() throws(YAMLSyntaxError) -> YAMLNode? {
        try scanner.checkCharacters()
        try scanner.skipToContent()
        if scanner.byte == UInt8(ascii: "%") && scanner.indentColumn == 0 {
            throw unsupported("directives (%YAML, %TAG) are not supported in model files: remove the line")
        }
        var root: YAMLNode? = nil
        if scanner.isAtDocumentStart {
            scanner.advance(3)
            if scanner.isAtLineEnd() {
                try scanner.skipToContent()
            } else {
                root = try blockNode(parentIndent: -1, placement: .sameLine("on the same line as \"---\""))
            }
        }
        if root == nil && !scanner.isAtEnd && !scanner.isAtDocumentMarker() {
            root = try blockNode(parentIndent: -1, placement: .lineStart)
        }
        try scanner.skipToContent()
        if scanner.isAtDocumentMarker() && !scanner.isAtDocumentStart {
            scanner.advance(3)
            try scanner.skipToContent()
            if !scanner.isAtEnd && !scanner.isAtDocumentStart {
                throw scanner.invalid("nothing but comments may follow \"...\", the end of the document")
            }
        }
        if scanner.isAtDocumentStart {
            throw unsupported(
                "a model file holds one YAML document, and a second one starts here (\"---\"); put everything in one")
        }
        if !scanner.isAtEnd {
            if let root, scanner.isFirstOnLine, case .mapping = root {
                throw scanner.invalid("bad indentation: this line is indented less than the file's first key, at \(root.mark)")
            }
            throw scanner.invalid("expected the end of the file after the top-level value that starts at \(root?.mark ?? .start)")
        }
        return root
    }

    // MARK: - Block nodes

    /// The node at the cursor, in a block collection indented `parentIndent` (-1 at the top).
    private mutating func blockNode(parentIndent: Int, placement: Placement) throws(YAMLSyntaxError) -> YAMLNode {
        let column = scanner.indentColumn
        if isAtListItem() {
            guard case .lineStart = placement else { throw cannotStart("a list (\"- \")", placement) }
            return try blockSequence(indent: column, isMappingValue: false)
        }
        switch scanner.byte {
        case YAMLByte.openBracket, YAMLByte.openBrace:
            let node = try flowCollection(blockIndent: parentIndent)
            scanner.skipBlanks()
            if isAtValueIndicator() { throw collectionAsKey(node) }
            return node
        case YAMLByte.pipe, YAMLByte.greaterThan:
            let mark = scanner.mark()
            let (text, style) = try scanner.blockScalar(parentIndent: parentIndent)
            return .scalar(YAMLScalar(text: text, style: style, mark: mark))
        default:
            let start = scanner.offset
            let (scalar, isKey) = try scalarOrKey(minimumIndent: parentIndent + 1)
            guard isKey else { return .scalar(scalar) }
            guard case .sameLine(let place) = placement else {
                return try blockMapping(indent: column, firstKey: scalar)
            }
            if scalar.isPlain {
                throw scanner.invalid(
                    "\": \" cannot appear in a plain value; put the value in quotes: " + quoted(restOfLine(from: start)))
            }
            throw cannotStart("a mapping", .sameLine(place))
        }
    }

    /// A scalar that may be a key: quoted, or plain on its first line, and followed by `: `. Only a
    /// scalar that is not a key can go on over several lines; a key fits on one.
    private mutating func scalarOrKey(minimumIndent: Int) throws(YAMLSyntaxError) -> (scalar: YAMLScalar, isKey: Bool) {
        try refuseUnsupportedStart()
        let mark = scanner.mark()
        let byte = scanner.byte
        if byte == YAMLByte.doubleQuote || byte == YAMLByte.singleQuote {
            let line = scanner.line
            let text = try scanner.quotedScalar(minimumIndent: minimumIndent)
            let scalar = YAMLScalar(text: text, style: byte == YAMLByte.doubleQuote ? .doubleQuoted : .singleQuoted, mark: mark)
            scanner.skipBlanks()
            guard isAtValueIndicator() else { return (scalar, false) }
            if scanner.line != line {
                throw YAMLSyntaxError(kind: .invalid, mark: mark, message: "a key must fit on one line")
            }
            return (scalar, true)
        }
        try refuseInvalidPlainStart()
        let firstLine = scanner.plainLine(inFlow: false)
        let afterText = scanner.place
        scanner.skipBlanks()
        if isAtValueIndicator() {
            if firstLine.isEmpty { throw scanner.invalid("a key is missing before \":\"") }
            return (YAMLScalar(text: scanner.text(firstLine), style: .plain, mark: mark), true)
        }
        scanner.place = afterText
        let text = try scanner.plainText(firstLine: firstLine, minimumIndent: minimumIndent, inFlow: false)
        return (YAMLScalar(text: text, style: .plain, mark: mark), false)
    }

    /// Keys at `indent`, the first already read, each with its value.
    private mutating func blockMapping(indent: Int, firstKey: YAMLScalar) throws(YAMLSyntaxError) -> YAMLNode {
        try enterCollection(at: firstKey.mark)
        defer { depth -= 1 }
        var entries: [YAMLNode.Entry] = []
        var key = firstKey
        while true {
            scanner.advance()  // the ":"
            let (value, isEmpty) = try mappingValue(keyIndent: indent)
            try countValue()
            entries.append(YAMLNode.Entry(key: key, value: value))
            try scanner.skipToContent()
            if scanner.isAtEnd || scanner.isAtDocumentMarker() { break }
            guard scanner.isFirstOnLine else {
                throw scanner.invalid(
                    "expected the end of the line after the value of \"\(key.text)\", found \(scanner.describeCurrent())")
            }
            let column = scanner.indentColumn
            if column < indent { break }
            if column > indent {
                throw scanner.invalid(
                    "bad indentation: a key of this mapping belongs at column \(indent + 1), like its first key at \(firstKey.mark)"
                )
            }
            key = try nextKey(of: firstKey, after: key, valueWasEmpty: isEmpty)
        }
        try checkDuplicates(entries)
        return .mapping(entries, mark: firstKey.mark)
    }

    /// A key at the mapping's indentation, after its first.
    private mutating func nextKey(of firstKey: YAMLScalar, after previous: YAMLScalar, valueWasEmpty: Bool)
        throws(YAMLSyntaxError) -> YAMLScalar
    {
        if isAtListItem() {
            throw scanner.invalid(
                "a list item cannot be at the level of the keys of the mapping at \(firstKey.mark); indent the list under its key"
            )
        }
        if scanner.byte == YAMLByte.openBracket || scanner.byte == YAMLByte.openBrace {
            throw unsupported("a key must be a name, written plain or quoted, not a list or mapping")
        }
        let isBlockScalar = scanner.byte == YAMLByte.pipe || scanner.byte == YAMLByte.greaterThan
        let mark = scanner.mark()
        if !isBlockScalar {
            let (key, isKey) = try scalarOrKey(minimumIndent: Int.max)
            if isKey { return key }
        }
        if valueWasEmpty {
            throw YAMLSyntaxError(
                kind: .invalid, mark: mark,
                message: "a mapping value must be indented more than its key (\"\(previous.text)\" at \(previous.mark))")
        }
        throw YAMLSyntaxError(
            kind: .invalid, mark: mark,
            message: "expected \"key: value\": this line is at the level of the keys of the mapping at \(firstKey.mark)")
    }

    /// What follows a key's `:`: a value on the same line, a node on the lines below indented more
    /// than the key (or a list at the key's own indentation, as YAML allows), or nothing, which is
    /// an empty plain scalar placed just after the `:`.
    private mutating func mappingValue(keyIndent: Int) throws(YAMLSyntaxError) -> (node: YAMLNode, isEmpty: Bool) {
        let afterColon = scanner.mark()
        guard scanner.isAtLineEnd() else {
            return (try blockNode(parentIndent: keyIndent, placement: .sameLine("on the same line as its key")), false)
        }
        try scanner.skipToContent()
        if !scanner.isAtEnd && !scanner.isAtDocumentMarker() {
            let column = scanner.indentColumn
            if column > keyIndent {
                return (try blockNode(parentIndent: keyIndent, placement: .lineStart), false)
            }
            if column == keyIndent && isAtListItem() {
                return (try blockSequence(indent: column, isMappingValue: true), false)
            }
        }
        return (.scalar(YAMLScalar(text: "", style: .plain, mark: afterColon)), true)
    }

    /// Items at `indent`, each after `- `. A list that is a mapping's value may sit at its key's
    /// indentation; it ends at the next key.
    private mutating func blockSequence(indent: Int, isMappingValue: Bool) throws(YAMLSyntaxError) -> YAMLNode {
        try enterCollection()
        defer { depth -= 1 }
        let mark = scanner.mark()
        var items: [YAMLNode] = []
        while true {
            scanner.advance()  // the "-"
            let afterDash = scanner.mark()
            while scanner.byte == YAMLByte.space { scanner.advance() }
            let afterTab = scanner.byte == YAMLByte.tab
            if scanner.isAtLineEnd() {
                try scanner.skipToContent()
                if !scanner.isAtEnd && !scanner.isAtDocumentMarker() && scanner.indentColumn > indent {
                    try countValue()
                    items.append(try blockNode(parentIndent: indent, placement: .lineStart))
                } else {
                    try countValue()
                    items.append(.scalar(YAMLScalar(text: "", style: .plain, mark: afterDash)))
                }
            } else {
                let placement: Placement = afterTab ? .sameLine("after a tab") : .lineStart
                try countValue()
                items.append(try blockNode(parentIndent: indent, placement: placement))
            }
            try scanner.skipToContent()
            if scanner.isAtEnd || scanner.isAtDocumentMarker() { break }
            guard scanner.isFirstOnLine else {
                throw scanner.invalid("expected the end of the line after the list item, found \(scanner.describeCurrent())")
            }
            let column = scanner.indentColumn
            if column < indent { break }
            if column > indent {
                throw scanner.invalid(
                    "bad indentation: an item of this list belongs at column \(indent + 1), like its first item at \(mark)")
            }
            guard isAtListItem() else {
                if isMappingValue { break }
                throw scanner.invalid("expected a list item (\"- \") at the level of the list that starts at \(mark)")
            }
        }
        return .sequence(items, mark: mark)
    }

    // MARK: - Flow nodes

    /// A node inside brackets. `blockIndent` is the indentation of the block collection the brackets
    /// are in: their lines must be indented more, as a value's are.
    private mutating func flowNode(blockIndent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        let byte = scanner.byte
        if byte == YAMLByte.openBracket || byte == YAMLByte.openBrace {
            return try flowCollection(blockIndent: blockIndent)
        }
        try refuseUnsupportedStart()
        let mark = scanner.mark()
        if byte == YAMLByte.doubleQuote || byte == YAMLByte.singleQuote {
            let text = try scanner.quotedScalar(minimumIndent: blockIndent + 1)
            return .scalar(
                YAMLScalar(text: text, style: byte == YAMLByte.doubleQuote ? .doubleQuoted : .singleQuoted, mark: mark))
        }
        if byte == YAMLByte.pipe || byte == YAMLByte.greaterThan {
            throw scanner.invalid("block scalars (| and >) cannot be inside [ ] or { }; write a quoted string")
        }
        if byte == YAMLByte.dash && (YAMLByte.isBlankOrBreakOrEnd(scanner.peek(1)) || YAMLByte.isFlowIndicator(scanner.peek(1))) {
            throw scanner.invalid("a list inside [ ] or { } is written [a, b], not with \"- \"")
        }
        try refuseInvalidPlainStart()
        let firstLine = scanner.plainLine(inFlow: true)
        if firstLine.isEmpty { throw scanner.invalid("expected a value, found \(scanner.describeCurrent())") }
        let text = try scanner.plainText(firstLine: firstLine, minimumIndent: blockIndent + 1, inFlow: true)
        return .scalar(YAMLScalar(text: text, style: .plain, mark: mark))
    }

    /// `[a, b]` or `{a: b, c: d}`, from the bracket at the cursor to the one that closes it. A list
    /// may hold single `key: value` pairs (`[a: 1]`), as YAML allows; a mapping may hold keys
    /// without a value (`{a, b}`), which are empty.
    private mutating func flowCollection(blockIndent: Int) throws(YAMLSyntaxError) -> YAMLNode {
        try enterCollection()
        defer { depth -= 1 }
        let opening = scanner.mark()
        let isSequence = scanner.byte == YAMLByte.openBracket
        let closing = isSequence ? YAMLByte.closeBracket : YAMLByte.closeBrace
        let name = isSequence ? "flow sequence" : "flow mapping"
        let context = "the \(name) opened at \(opening)"
        scanner.advance()
        var items: [YAMLNode] = []
        var entries: [YAMLNode.Entry] = []
        while true {
            try skipFlowSpace(blockIndent: blockIndent, in: context)
            if scanner.byte == closing {
                scanner.advance()
                break
            }
            if scanner.byte == YAMLByte.comma { throw scanner.invalid("expected a value before \",\" in \(context)") }
            if scanner.byte == YAMLByte.closeBracket || scanner.byte == YAMLByte.closeBrace {
                throw scanner.invalid("\(scanner.describeCurrent()) does not close \(context)")
            }
            if isSequence {
                let node = try flowNode(blockIndent: blockIndent)
                try skipFlowSpace(blockIndent: blockIndent, in: context)
                if scanner.byte == YAMLByte.colon {
                    let key = try flowKey(node)
                    let value = try flowValue(blockIndent: blockIndent, closing: closing, in: context)
                    try countValue()
                    items.append(.mapping([YAMLNode.Entry(key: key, value: value)], mark: key.mark))
                } else {
                    try countValue()
                    items.append(node)
                }
            } else {
                if isAtFlowValueIndicator() {
                    throw scanner.invalid("a key is missing before \":\"")
                }
                let key = try flowKey(flowNode(blockIndent: blockIndent))
                try skipFlowSpace(blockIndent: blockIndent, in: context)
                if scanner.byte == YAMLByte.colon {
                    try countValue()
                    entries.append(
                        YAMLNode.Entry(key: key, value: try flowValue(blockIndent: blockIndent, closing: closing, in: context)))
                } else {
                    try countValue()
                    entries.append(
                        YAMLNode.Entry(key: key, value: .scalar(YAMLScalar(text: "", style: .plain, mark: scanner.mark()))))
                }
            }
            try skipFlowSpace(blockIndent: blockIndent, in: context)
            if scanner.byte == YAMLByte.comma {
                scanner.advance()
            } else if scanner.byte != closing {
                let expected = isSequence ? "\",\" or \"]\"" : "\",\" or \"}\""
                throw scanner.invalid("expected \(expected) in \(context), found \(scanner.describeCurrent())" + cutShort())
            }
        }
        if isSequence { return .sequence(items, mark: opening) }
        try checkDuplicates(entries)
        return .mapping(entries, mark: opening)
    }

    /// The key of a `key: value` inside brackets, which must be a scalar.
    private mutating func flowKey(_ node: YAMLNode) throws(YAMLSyntaxError) -> YAMLScalar {
        guard case .scalar(let key) = node else { throw collectionAsKey(node) }
        return key
    }

    /// What follows a `:` inside brackets; empty when a `,` or the closing bracket comes first.
    private mutating func flowValue(blockIndent: Int, closing: UInt8, in context: String) throws(YAMLSyntaxError) -> YAMLNode {
        scanner.advance()  // the ":"
        let afterColon = scanner.mark()
        try skipFlowSpace(blockIndent: blockIndent, in: context)
        if scanner.byte == YAMLByte.comma || scanner.byte == closing {
            return .scalar(YAMLScalar(text: "", style: .plain, mark: afterColon))
        }
        return try flowNode(blockIndent: blockIndent)
    }

    /// Blanks, comments and line breaks inside brackets, where indentation means nothing, except that
    /// a line indented no more than the block around the brackets (other than one that closes them)
    /// is where they should have been closed: the error is there, not at the end of the file.
    private mutating func skipFlowSpace(blockIndent: Int, in context: String) throws(YAMLSyntaxError) {
        while true {
            scanner.skipBlanks()
            if scanner.byte == YAMLByte.hash { scanner.skipComment() }
            if scanner.isAtEnd { throw scanner.invalid("\(context) is not closed" + cutShort()) }
            guard YAMLByte.isBreak(scanner.byte) else { return }
            scanner.skipBreak()
            if scanner.isAtDocumentMarker() { throw scanner.invalid("\(context) is not closed before this line") }
            while scanner.byte == YAMLByte.space { scanner.advance() }
            let indent = scanner.indentColumn
            scanner.skipBlanks()
            let byte = scanner.byte
            if indent <= blockIndent && !scanner.isAtEnd && !YAMLByte.isBreak(byte) && byte != YAMLByte.hash
                && byte != YAMLByte.closeBracket && byte != YAMLByte.closeBrace
            {
                throw scanner.invalid("\(context) is not closed before this line")
            }
        }
    }

    // MARK: - Checks

    /// `- ` (or a `-` that ends the line): a block list's item.
    private func isAtListItem() -> Bool {
        scanner.byte == YAMLByte.dash && YAMLByte.isBlankOrBreakOrEnd(scanner.peek(1))
    }

    /// A `:` that ends a key in block context: before a blank, a line break or the end.
    private func isAtValueIndicator() -> Bool {
        scanner.byte == YAMLByte.colon && YAMLByte.isBlankOrBreakOrEnd(scanner.peek(1))
    }

    /// A `:` that ends a key inside brackets, where `,` `]` `}` may follow it too.
    private func isAtFlowValueIndicator() -> Bool {
        scanner.byte == YAMLByte.colon
            && (YAMLByte.isBlankOrBreakOrEnd(scanner.peek(1)) || YAMLByte.isFlowIndicator(scanner.peek(1)))
    }

    /// What model files leave out of YAML, refused where it starts.
    private mutating func refuseUnsupportedStart() throws(YAMLSyntaxError) {
        switch scanner.byte {
        case UInt8(ascii: "&"), UInt8(ascii: "*"):
            throw unsupported("anchors and aliases are not supported in model files: write the value out")
        case UInt8(ascii: "!"):
            throw unsupported("tags (!name) are not supported in model files: write the value without one")
        case YAMLByte.question where YAMLByte.isBlankOrBreakOrEnd(scanner.peek(1)) || YAMLByte.isFlowIndicator(scanner.peek(1)):
            throw unsupported(
                "complex keys (\"? \") are not supported in model files: write each key as a name followed by \":\"")
        default:
            break
        }
    }

    /// Characters that YAML keeps for itself at the start of a value, which must be quoted there.
    private mutating func refuseInvalidPlainStart() throws(YAMLSyntaxError) {
        let byte = scanner.byte
        switch byte {
        case UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            throw scanner.invalid("a value cannot start with \(scanner.describeCurrent()) unless it is quoted")
        case YAMLByte.comma, YAMLByte.closeBracket, YAMLByte.closeBrace:
            throw scanner.invalid("unexpected \(scanner.describeCurrent()): no [ ] or { } is open here")
        default:
            break
        }
    }

    /// Counts one more list item or mapping entry, refusing a file with too many.
    private mutating func countValue() throws(YAMLSyntaxError) {
        values += 1
        if values > Self.maximumValues {
            throw YAMLSyntaxError(
                kind: .invalid, mark: scanner.mark(),
                message: "the file holds more than \(Self.maximumValues) list items and mapping entries; "
                    + "split it into several model files")
        }
    }

    /// Counts one more level of nesting for the collection that starts at `mark` (the cursor's by default).
    private mutating func enterCollection(at mark: YAMLMark? = nil) throws(YAMLSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw YAMLSyntaxError(
                kind: .invalid, mark: mark ?? scanner.mark(),
                message: "lists and mappings are nested more than \(Self.maximumDepth) deep")
        }
    }

    /// YAML requires a mapping's keys to differ; a key given twice is almost always a value pasted
    /// into the wrong entry. Reported at the first place the first repeated key appears.
    private func checkDuplicates(_ entries: [YAMLNode.Entry]) throws(YAMLSyntaxError) {
        guard entries.count > 1 else { return }
        var repeated: [YAMLScalar] = []
        if entries.count <= 16 {
            for (index, entry) in entries.enumerated() where !repeated.contains(where: { $0.text == entry.key.text }) {
                if entries[(index + 1)...].contains(where: { $0.key.text == entry.key.text }) { repeated.append(entry.key) }
            }
        } else {
            var seen: [String: YAMLScalar] = [:]
            var reported: Set<String> = []
            for entry in entries {
                if let first = seen[entry.key.text] {
                    if reported.insert(first.text).inserted { repeated.append(first) }
                } else {
                    seen[entry.key.text] = entry.key
                }
            }
            repeated.sort { ($0.mark.line, $0.mark.column) < ($1.mark.line, $1.mark.column) }
        }
        guard let first = repeated.first else { return }
        let keys = repeated.map { "\"\($0.text)\"" }.joined(separator: ", ")
        let subject = repeated.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear"
        throw YAMLSyntaxError(kind: .unsupported, mark: first.mark, message: "\(subject) more than once in one mapping")
    }

    // MARK: - Messages

    private mutating func unsupported(_ message: String) -> YAMLSyntaxError {
        YAMLSyntaxError(kind: .unsupported, mark: scanner.mark(), message: message)
    }

    private mutating func cannotStart(_ what: String, _ placement: Placement) -> YAMLSyntaxError {
        guard case .sameLine(let place) = placement else { return scanner.invalid("\(what) cannot start here") }
        return scanner.invalid("\(what) cannot start \(place); start it on a line of its own, indented")
    }

    private func collectionAsKey(_ node: YAMLNode) -> YAMLSyntaxError {
        YAMLSyntaxError(
            kind: .unsupported, mark: node.mark,
            message: "a key must be a name, written plain or quoted, not a list or mapping")
    }

    /// Said when the end of the file is what cut a construct short.
    private func cutShort() -> String {
        scanner.isAtEnd ? "; the file ends too early: is it cut short?" : ""
    }

    /// The line from `start` to its end or its comment, for a message that shows how to quote it.
    private func restOfLine(from start: Int) -> String {
        var end = start
        let bytes = scanner.bytes
        while bytes[end] != YAMLByte.end && !YAMLByte.isBreak(bytes[end]) {
            if YAMLByte.isBlank(bytes[end]) && bytes[end + 1] == YAMLByte.hash { break }
            end += 1
        }
        while end > start && YAMLByte.isBlank(bytes[end - 1]) { end -= 1 }
        return scanner.text(start..<end)
    }

    /// `"A: the first actor"`, escaped as a double-quoted scalar needs.
    private func quoted(_ text: String) -> String {
        var result = "\""
        for character in text.unicodeScalars {
            if character == "\"" || character == "\\" { result += "\\" }
            result.unicodeScalars.append(character)
        }
        return result + "\""
    }
}
