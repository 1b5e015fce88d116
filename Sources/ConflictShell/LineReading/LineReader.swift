/// What asking for a line can bring back.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C while typing: drop what was typed and ask again.
    case interrupted
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
}

/// A source of typed lines: libedit on a terminal, or a scripted list in tests.
protocol LineReader: AnyObject {
    func readLine(prompt: String) -> LineInput
    /// Adds an entry to the in-memory history that Up and Down walk through.
    func remember(_ entry: String)
}
