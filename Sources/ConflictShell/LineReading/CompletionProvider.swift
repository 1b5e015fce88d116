import ConflictDiagnostics
import ConflictQuery

/// Works out what Tab offers at the cursor: dot-command names and their arguments (file names,
/// saved queries and their parameters, formats, topics), or whatever the language says fits the
/// query there.
///
/// The language owns query completion (`QueryEngine.completions`); this only decides which of the
/// two applies, and gives the language the whole query when the cursor is on a continuation line.
struct CompletionProvider {
    var engine: () -> QueryEngine
    var home: String?
    /// Where the names `.run` offers are saved; nil offers none.
    var library: QueryLibrary? = nil

    /// Candidates for `line` with the cursor at a UTF-8 offset, replacing a span of `line`.
    /// `pendingQuery` is what earlier lines of an unfinished query hold.
    ///
    /// A candidate holding a control, bidirectional or invisible character (a file named
    /// `"a\u{1B}]0;x\u{07}.cq"`, an actor so named in a model file) is left out: put on the line or
    /// listed, it would reach the terminal raw, and shown visibly it would no longer be the name.
    /// The language refuses such characters in a query anyway; a file so named is typed in full.
    func complete(line: String, cursor: Int, pendingQuery: String) -> Completions {
        let bytes = Array(line.utf8)
        let cursor = min(max(0, cursor), bytes.count)
        let before = String(decoding: bytes[..<cursor], as: UTF8.self)
        var completions =
            pendingQuery.isEmpty && before.drop(while: \.isWhitespace).hasPrefix(".")
            ? completeDotCommand(before: before) : completeQuery(line: line, cursor: cursor, pendingQuery: pendingQuery)
        completions.candidates.removeAll { TerminalText.isChanged(byVisible: $0) }
        return completions
    }

    private func completeDotCommand(before: String) -> Completions {
        let cursor = before.utf8.count
        let leading = before.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }.count
        let typed = String(before.dropFirst(leading))
        guard let firstBlank = typed.firstIndex(where: \.isWhitespace) else {
            let names = DotCommand.Spec.all.map { "." + $0.name.rawValue }
            return Completions(
                replacing: SourceRange(leading, cursor),
                candidates: names.filter { $0.hasPrefix(typed.lowercased()) })
        }
        let name = typed[typed.index(after: typed.startIndex)..<firstBlank].lowercased()
        let word = String(before[(before.lastIndex(where: \.isWhitespace).map(before.index(after:)) ?? before.startIndex)...])
        let replacing = SourceRange(cursor - word.utf8.count, cursor)
        guard let command = DotCommand.Spec.named(name.hasSuffix("!") ? name.dropLast() : name[...]) else {
            return Completions(replacing: replacing, candidates: [])
        }
        var candidates = command.wordChoices.filter { $0.hasPrefix(word.lowercased()) }
        // The arguments before the word, as the command will read them, say which one is typed.
        let earlier = (try? DotCommand.parse(String(before.dropLast(word.count))))?.arguments ?? []
        let positional = command.positional(earlier)
        if positional.count < command.positionalArguments.count, !word.hasPrefix("-") {
            let argument = command.positionalArguments[positional.count]
            if case .savedQueryOrFile = argument.kind, !ScriptTarget.isPath(word), let library {
                candidates += library.entries().map(\.name).filter { $0.lowercased().hasPrefix(word.lowercased()) }
            }
            if argument.isFile { candidates += FileNameCompleter.candidates(for: word, home: home) }
        }
        candidates += parameters(of: command, after: earlier).filter { $0.hasPrefix(word) }
        return Completions(replacing: replacing, candidates: candidates)
    }

    /// `NAME=` for each parameter of the saved query that `.run` names, but those given already.
    private func parameters(of command: DotCommand.Spec, after earlier: [String]) -> [String] {
        guard command.takesParameters, case .savedQueryOrFile(writes: false)? = command.positionalArguments.first?.kind,
            let first = command.positional(earlier).first, case .saved(let name) = ScriptTarget(first),
            let entry = library?.entry(named: name), let text = try? ScriptFile.read(entry.path)
        else { return [] }
        let given = earlier.filter(ParameterArguments.isParameter).map { $0.prefix { $0 != "=" } }
        return SavedQuery.parameters(of: text).filter { name in !given.contains { $0 == name } }.map { $0 + "=" }
    }

    private func completeQuery(line: String, cursor: Int, pendingQuery: String) -> Completions {
        let prefix = pendingQuery.isEmpty ? "" : pendingQuery + "\n"
        let offset = prefix.utf8.count
        let text = prefix + line
        let found = engine().completions(in: text, at: cursor + offset)
        var start = found.replacing.start - offset
        var candidates = found.candidates
        if start < 0 {
            // The word began on an earlier line, which the editor can no longer change: offer only
            // the part of each candidate that belongs on this line.
            let carried = String(decoding: Array(text.utf8)[max(0, found.replacing.start)..<offset], as: UTF8.self)
            candidates = candidates.compactMap { $0.hasPrefix(carried) ? String($0.dropFirst(carried.count)) : nil }
            start = 0
        }
        return Completions(replacing: SourceRange(start, max(start, found.replacing.end - offset)), candidates: candidates)
    }
}
