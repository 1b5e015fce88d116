/// What `.run` and `.save` are given: a script file, or a query saved by name in the query library.
///
/// A path holds a `/` or a `.` (`casualties.cq`, `./casualties`, `~/queries/x`), as a file name
/// almost always does; a word with neither is a name (`casualties`). So `.save casualties` keeps
/// the last query in the library, `.save ./casualties` writes a file called casualties, and no
/// argument can be read both ways.
enum ScriptTarget: Equatable {
    case file(String)
    case saved(name: String)

    init(_ argument: String) {
        self = Self.isPath(argument) ? .file(argument) : .saved(name: argument)
    }

    static func isPath(_ argument: String) -> Bool {
        argument.contains("/") || argument.contains(".")
    }
}
