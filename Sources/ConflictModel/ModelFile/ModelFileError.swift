/// One problem in a model file, at the line and column where it is, naming the field it is in.
///
/// Rendered the way compilers print diagnostics (`file:line:col: error: message`), so that editors
/// and terminals can jump straight to the place.
public struct ModelFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The path the file was given as, or `builtin` for the built-in model.
    public let file: String
    /// Counted from 1. A problem with the whole file (missing, too large) is put at line 1, column 1.
    public let line: Int
    /// Counted from 1 in Unicode scalars, as YAML counts them.
    public let column: Int
    /// Where in the model the problem is, as keys and list positions counted from 0:
    /// `claims[2].qualifier`; empty for a problem with the whole file.
    public let field: String
    public let message: String

    public init(file: String, line: Int, column: Int, field: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.message = message
    }

    /// `claims.yaml:12:16: error: claims[2].qualifier: unknown qualifier "roughly"; ...`
    public var description: String {
        let subject = field.isEmpty ? "" : field + ": "
        return "\(file):\(line):\(column): error: \(subject)\(message)"
    }
}

/// Every problem found in the model files of one load; a load that finds any gives no model at all.
public struct ModelFileErrors: Error, Sendable, CustomStringConvertible {
    /// In the order of the files, then of lines and columns within a file.
    public let errors: [ModelFileError]

    public init(_ errors: [ModelFileError]) {
        self.errors = errors
    }

    /// One error a line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
