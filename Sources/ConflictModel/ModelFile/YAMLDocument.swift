import Yams

/// Turns a model file's text into YAML nodes, and YAML's own complaints into model file errors
/// at the line and column YAML names.
enum YAMLDocument {
    /// The document's root node; nil when the text holds no document at all (empty, or only comments).
    static func parse(_ text: String, file: String) -> Result<Node?, ModelFileError> {
        let root: Node?
        do {
            // The basic resolver gives every scalar the string tag: the reader decides what a value
            // must be from its field, and YAML 1.1's regular expressions for guessing were most of
            // the time it took to read a large file.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            return .failure(translate(error, text: text, file: file))
        } catch {
            return .failure(ModelFileError(file: file, line: 1, column: 1, field: "", message: "invalid YAML: \(error)"))
        }
        // Only an alias (`*name`) can make the tree larger than the text: without one, no walk is needed.
        if let root, text.utf8.contains(UInt8(ascii: "*")), let node = firstNode(beyond: expansionLimit(text), in: root) {
            let position = node.position
            return .failure(
                ModelFileError(
                    file: file, line: position.line, column: position.column, field: "",
                    message: "aliases (*name) repeat the values anchored here (&name) so often that the file would "
                        + "hold more values than it has characters"))
        }
        return .success(root)
    }

    /// Aliases let a small file stand for a huge tree (the "billion laughs"); a model file has no
    /// reason to hold more values than its length allows, so that bounds the work of reading it.
    private static func expansionLimit(_ text: String) -> Int { 2 * text.utf8.count + 64 }

    /// The node at which walking the tree, aliases expanded, passes `limit` values; nil if it never does.
    private static func firstNode(beyond limit: Int, in root: Node) -> Node? {
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            if count > limit { return node }
            switch node {
            case .scalar, .alias: break
            case .mapping(let mapping):
                for (key, value) in mapping { pending.append(contentsOf: [key, value]) }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence)
            }
        }
        return nil
    }

    private static func translate(_ error: YamlError, text: String, file: String) -> ModelFileError {
        func at(_ line: Int, _ column: Int, _ message: String) -> ModelFileError {
            ModelFileError(file: file, line: line, column: column, field: "", message: message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            return at(mark.line, mark.column, syntaxMessage(problem, context, at: mark, in: text))
        case .reader(let problem, let offset, _, _):
            let position = offset.map { Self.position(ofCharacter: $0, in: text) } ?? Position.start
            return at(position.line, position.column, "invalid YAML: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            let subject = duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear"
            return at(context.mark.line, context.mark.column, "\(subject) more than once in one mapping")
        default:
            return at(1, 1, "invalid YAML: \(error)")
        }
    }

    /// "invalid YAML: did not find expected ',' or ']' while parsing a flow sequence that starts at 1:4"
    private static func syntaxMessage(_ problem: String, _ context: YamlError.Context?, at mark: Mark, in text: String) -> String {
        var message = "invalid YAML: \(problem)"
        if let context {
            message += " \(context.text) that starts at \(context.mark.line):\(context.mark.column)"
        }
        if problem.contains("end of stream") {
            message += "; the file ends too early: is it cut short?"
        } else if character(at: mark, in: text) == "\t" {
            message += "; YAML is indented with spaces, not tabs"
        }
        return message
    }

    private static func character(at mark: Mark, in text: String) -> Character? {
        let lines = text.split(separator: "\n", maxSplits: mark.line, omittingEmptySubsequences: false)
        guard mark.line - 1 < lines.count else { return nil }
        let scalars = lines[mark.line - 1].unicodeScalars
        guard mark.column - 1 < scalars.count else { return nil }
        return Character(scalars[scalars.index(scalars.startIndex, offsetBy: mark.column - 1)])
    }

    private static func position(ofCharacter offset: Int, in text: String) -> Position {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return Position(line: line, column: column)
    }
}

extension Node {
    /// Where the node was written; the file's start for a node made in code.
    var position: Position {
        mark.map { Position(line: $0.line, column: $0.column) } ?? .start
    }

    /// True for YAML's ways of writing nothing: an empty value, `~` and `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// What the node is, for "expected ..., found ..." messages.
    var kindDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if isNull { return "nothing" }
            if scalar.style == .plain { return "\"\(scalar.string)\"" }
            return "the quoted string \"\(scalar.string)\""
        }
    }
}
