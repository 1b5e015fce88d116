import ConflictModel
import ConflictDiagnostics

/// One problem in a model file: a diagnostic at the line and column where it is, naming the field
/// it is in. Rendered the way compilers print them (`file:line:col: error: message`), so that
/// editors and terminals can jump straight to the place.
public typealias ModelFileError = Diagnostic

/// Every problem found in the model files of one load; a load that finds any gives no model at all.
public struct ModelFileErrors: Error, Sendable, CustomStringConvertible {
    /// In the order of the files, then of lines and columns within a file.
    public let errors: [ModelFileError]
    /// The text of each file that could be read, by the path it was given as, to show the line
    /// an error is on.
    public let texts: [String: String]

    public init(_ errors: [ModelFileError], texts: [String: String] = [:]) {
        self.errors = errors
        self.texts = texts
    }

    /// One error a line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }

    /// Every error with the line of the file it is on and a caret under the place, as `--check`
    /// and a failed load print them.
    public func rendered(color: Bool = false) -> String {
        let renderer = DiagnosticRenderer(color: color)
        return errors.map { renderer.render($0, in: $0.file.flatMap { texts[$0] }) }.joined(separator: "\n")
    }
}
