import YAMLReader
import ConflictModel
import ConflictDiagnostics

/// Turns a model file's text into YAML nodes, and the reader's complaints into model file errors
/// at the line and column it names.
enum YAMLDocument {
    /// The document's root node; nil when the text holds no document at all (empty, or only comments).
    static func parse(_ text: String, file: String) -> Result<YAMLNode?, ModelFileError> {
        do {
            return .success(try YAMLParser.parse(text))
        } catch {
            return .failure(
                ModelFileError(
                    file: file, line: error.mark.line, column: error.mark.column, field: "", message: error.description))
        }
    }
}

extension YAMLNode {
    /// Where the node was written.
    var position: Position { Position(mark) }

    /// True for YAML's ways of writing nothing: an empty value, `~` and `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.isNull
    }

    /// What the node is, for "expected ..., found ..." messages.
    var kindDescription: String {
        switch self {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(let scalar):
            if scalar.isNull { return "nothing" }
            if scalar.isPlain { return "\"\(scalar.text)\"" }
            return "the quoted string \"\(scalar.text)\""
        }
    }
}

extension YAMLScalar {
    var position: Position { Position(mark) }
}

extension Position {
    init(_ mark: YAMLMark) {
        self.init(line: mark.line, column: mark.column)
    }
}
