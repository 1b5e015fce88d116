import ConflictQuery

/// Fits completions to the way libedit applies them: it replaces only the word before the cursor
/// (delimited by its word-break characters) with the first match, and lists the others.
///
/// The language may replace a longer span (a quoted name with blanks in it) or a shorter one, so
/// each candidate is trimmed or extended to start where the editor's word starts.
enum EditorCompletion {
    /// Where libedit's words break: blanks and the language's punctuation, but not `"`, so that a
    /// quoted value is completed with its quotes.
    static let wordBreakCharacters = " \t\n(),;=<>!"

    /// The candidates rewritten to replace `line[wordStart..<cursor]`.
    static func candidates(for completions: Completions, line: [UInt8], wordStart: Int, cursor: Int) -> [String] {
        let start = min(max(0, completions.replacing.start), cursor)
        let wordStart = min(max(0, wordStart), cursor)
        if start == wordStart { return completions.candidates }
        if start > wordStart {
            let lead = String(decoding: line[wordStart..<start], as: UTF8.self)
            return completions.candidates.map { lead + $0 }
        }
        // The language replaces from before the editor's word: drop the part already on the line,
        // matching without case as names do.
        let typed = String(decoding: line[start..<wordStart], as: UTF8.self).lowercased()
        return completions.candidates.compactMap { candidate in
            let head = candidate.prefix(typed.count)
            return head.lowercased() == typed ? String(candidate.dropFirst(typed.count)) : nil
        }
    }

    /// What replaces the word: the only candidate, or the longest start all candidates share, but
    /// never something that would drop what was typed.
    static func replacement(for candidates: [String], typedWord: String) -> String {
        guard var common = candidates.first else { return typedWord }
        for candidate in candidates.dropFirst() {
            common = String(zip(common, candidate).prefix { $0 == $1 }.map(\.0))
        }
        return common.lowercased().hasPrefix(typedWord.lowercased()) ? common : typedWord
    }

    /// The cursor as a byte offset into the line. libedit keeps the line in wide characters and
    /// counts `rl_point` and `rl_end` in them (one per code point in a UTF-8 locale), while the
    /// line it hands over and the language's offsets are UTF-8 bytes. In a single-byte locale the
    /// two counts agree, which `lineEnd` tells apart.
    static func byteOffset(ofPosition position: Int, lineEnd: Int, in line: [UInt8]) -> Int {
        let position = max(0, position)
        guard lineEnd != line.count else { return min(position, line.count) }
        var characters = 0
        for (offset, byte) in line.enumerated() where byte & 0xC0 != 0x80 {
            if characters == position { return offset }
            characters += 1
        }
        return line.count
    }
}
