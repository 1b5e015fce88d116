import ConflictDiagnostics

/// What is wrong with a data set file, and where: the file, the line a row starts on, and the
/// column by its name in the file's header.
public struct ImportProblem: Error, Equatable, Sendable {
    public let file: String
    public let line: Int
    public let column: String?
    public let message: String

    public init(file: String, line: Int, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `ged.csv:12: column best: ...`, with any control character in the file's text shown.
    public var description: String {
        let place = "\(file):\(line): " + (column.map { "column \($0): " } ?? "")
        return TerminalText.visible(place + message)
    }
}
