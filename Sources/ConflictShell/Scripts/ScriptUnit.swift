/// One thing to execute: a whole query, however many lines it took, or one dot-command line.
struct ScriptUnit: Equatable {
    enum Kind: Equatable {
        case query
        case dotCommand
    }

    var kind: Kind
    /// The query's lines joined by newlines, exactly as written, so positions in errors match the source.
    var text: String
    /// The line the unit starts on, counting from 1, for `script.cq:LINE:COLUMN` in errors.
    var firstLine: Int
}

/// Where input comes from, for error messages: a script's path, `<stdin>`, or `query` for typed input.
struct InputOrigin: Equatable {
    var name: String
    /// Whether errors say which line: a file's lines mean something to the reader, a prompt's do not.
    var isFile: Bool

    static let typed = InputOrigin(name: "query", isFile: false)
    static let standardInput = InputOrigin(name: "<stdin>", isFile: true)
    static func file(_ path: String) -> InputOrigin { InputOrigin(name: path, isFile: true) }
}
