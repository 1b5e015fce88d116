@preconcurrency import CEditLine
import ConflictQuery
import SQLEngines
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: The bridge to C
//
// The only global state in the program lives here, because C forces it: libedit's completion
// callback and the SIGINT handler are `@convention(c)` functions that capture nothing, so what they
// need must be reachable from a global. Nothing outside this file touches these.

/// The completion the REPL currently wants; set by the one `EditLineReader`, read by `completeAtCursor`.
nonisolated(unsafe) private var activeCompleter: ((_ line: String, _ cursor: Int) -> Completions)?

/// Set by the SIGINT handler, read by the REPL and by running queries. An atomic, because a signal
/// handler may only touch lock-free state.
private let interruptRequested = Atomic<Bool>(false)

/// Ctrl-C for the interactive shell: a flag instead of death.
enum Interrupts {
    /// Replaces the default SIGINT action (end the process) with setting the flag. Only the REPL
    /// does this; scripts and `-c` keep the default, so Ctrl-C stops them as it stops any command.
    static func installHandler() {
        // Unblocked too: a Ctrl-C left blocked by a parent would wait forever.
        SignalAction.install(SIGINT) { _ in interruptRequested.store(true, ordering: .relaxed) }
    }

    static var isRequested: Bool { interruptRequested.load(ordering: .relaxed) }

    static func clear() { interruptRequested.store(false, ordering: .relaxed) }
}

/// libedit's completion hook: asks `activeCompleter`, fits the answer to libedit's idea of the
/// word, and hands back a `malloc`ed, NULL-terminated array of `strdup`ed strings, which libedit frees.
private func completeAtCursor(
    _ word: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
    // Without this, libedit goes on to complete file names when we offer nothing.
    rl_attempted_completion_over = 1
    guard let completer = activeCompleter, let buffer = rl_line_buffer else { return nil }
    let line = Array(
        UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self), count: strlen(buffer)))
    let cursor = EditorCompletion.byteOffset(ofPosition: Int(rl_point), lineEnd: Int(rl_end), in: line)
    let wordLength = word.map { strlen($0) } ?? 0
    let wordStart = max(0, cursor - wordLength)
    let completions = completer(String(decoding: line, as: UTF8.self), cursor)
    let candidates = EditorCompletion.candidates(for: completions, line: line, wordStart: wordStart, cursor: cursor)
    guard !candidates.isEmpty else { return nil }

    let typedWord = String(decoding: line[wordStart..<cursor], as: UTF8.self)
    let first = EditorCompletion.replacement(for: candidates, typedWord: typedWord)
    // A directory, a half-finished value or a parameter waiting for its value (`party=`) is
    // followed by more typing, not by a blank.
    rl_completion_append_character = candidates.count == 1 && !first.hasSuffix("/") && !first.hasSuffix("=") ? 32 : 0
    // First the replacement, then the candidates to list, then NULL. libedit looks at matches[2]
    // before matches[1] when deciding whether there is one match, so a single match is padded
    // with a second NULL rather than letting it read past the end.
    let listed = candidates.count == 1 ? [] : candidates
    let matches = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: listed.count + 3)
    matches[0] = strdup(first)
    for (index, candidate) in listed.enumerated() { matches[index + 1] = strdup(candidate) }
    matches[listed.count + 1] = nil
    matches[listed.count + 2] = nil
    return matches
}

// MARK: The reader

/// Line editing on a terminal through libedit's readline-compatible API: prompt, history, Tab.
///
/// Only one exists at a time (libedit itself is a singleton); creating it sets the process locale
/// from the environment, without which libedit mangles non-ASCII input.
///
/// libedit reads and edits UTF-8 only when the locale's character set is UTF-8: under `LC_ALL=C`
/// or `LANG=C` it would drop every byte of "Türkiye" that is not ASCII ("Trkiye"). The shell's text
/// is UTF-8 whatever the locale says, so when the locale's character set is something else, the
/// line editor's character type (`LC_CTYPE`) is set to a UTF-8 locale (`C.UTF-8`, which Debian and
/// glibc 2.35 and later have); `editsUTF8` says whether that worked.
final class EditLineReader: LineReader {
    /// Locales tried, in order, for `LC_CTYPE` when the user's is not UTF-8.
    static let fallbackLocales = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]

    /// Whether the line editor can take non-ASCII text: the character type is UTF-8.
    let editsUTF8: Bool

    init(completer: @escaping (_ line: String, _ cursor: Int) -> Completions, history: [String], capacity: Int) {
        setlocale(LC_ALL, "")
        if !Self.characterTypeIsUTF8() {
            for name in Self.fallbackLocales where setlocale(LC_CTYPE, name) != nil {
                if Self.characterTypeIsUTF8() { break }
            }
        }
        editsUTF8 = Self.characterTypeIsUTF8()
        rl_readline_name = UnsafePointer(strdup("conflictq"))
        rl_initialize()
        rl_basic_word_break_characters = UnsafePointer(strdup(EditorCompletion.wordBreakCharacters))
        rl_completer_word_break_characters = strdup(EditorCompletion.wordBreakCharacters)
        rl_attempted_completion_function = completeAtCursor
        stifle_history(Int32(capacity))
        for entry in history { add_history(entry) }
        activeCompleter = completer
    }

    deinit {
        activeCompleter = nil
    }

    /// The process's `LC_CTYPE` character set, as the C library names it, is UTF-8.
    private static func characterTypeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    func readLine(prompt: String) -> LineInput {
        Interrupts.clear()
        guard let raw = readline(prompt) else {
            // libedit restores the terminal on SIGINT and returns NULL just as at Ctrl-D; the flag
            // set by our handler tells the two apart.
            return Interrupts.isRequested ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        return .line(String(cString: raw))
    }

    func remember(_ entry: String) {
        add_history(entry)
    }
}
