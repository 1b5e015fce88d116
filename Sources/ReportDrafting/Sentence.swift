/// One sentence of a paragraph, as words that keep their place in the paragraph's text, so that
/// an excerpt cut from the first word of a figure to its last is the report's own words.
struct Sentence {
    /// A run of letters and digits, with the hyphens, apostrophes, commas and points inside it
    /// ("twenty-three", "Pakistan’s", "2,600-km", "2.5"), or one punctuation mark.
    struct Word {
        let text: Substring
        let lower: String
        /// The word without a possessive "’s": "Pakistan’s" is "pakistan". Kept, as every
        /// phrase matched against the sentence compares it.
        let base: String
        var isWord: Bool { text.first.map { $0.isLetter || $0.isNumber } ?? false }
        var isCapitalized: Bool { text.first?.isUppercase ?? false }
        var startsWithDigit: Bool { text.first?.isNumber ?? false }

        init(text: Substring, lower: String) {
            self.text = text
            self.lower = lower
            base = ["’s", "'s"].contains(where: lower.hasSuffix) ? String(lower.dropLast(2)) : lower
        }
    }

    let paragraph: Int
    let text: Substring
    let words: [Word]

    /// The text from the start of word `first` to the end of word `last`.
    func excerpt(_ first: Int, _ last: Int) -> String {
        let (from, to) = (min(first, last), max(first, last))
        return String(text[words[from].text.startIndex..<words[to].text.endIndex])
    }

    /// Whether word `index` stands inside a quotation, one opened in this sentence or in one
    /// before it in the paragraph: “We have counted 27 dead,” the quote a speaker went on with.
    func isQuoted(at index: Int) -> Bool {
        let paragraph = text.base
        var open = false
        for character in paragraph[paragraph.startIndex..<words[index].text.startIndex] {
            switch character {
            case "“": open = true
            case "”": open = false
            case "\"": open.toggle()
            default: break
            }
        }
        return open
    }

    /// The words from index `first` up to, not including, `end`; none where the two overlap, as
    /// a figure's counted words and the next figure's number may in broken copy.
    func words(from first: Int, before end: Int) -> ArraySlice<Word> {
        let (from, to) = (max(0, first), min(end, words.count))
        return from < to ? words[from..<to] : []
    }

    /// Whether `phrase` (lowercase words) stands at word `index`.
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard !phrase.isEmpty, index >= 0, index + phrase.count <= words.count else { return false }
        for (offset, word) in phrase.enumerated() where words[index + offset].base != word && words[index + offset].lower != word
        {
            return false
        }
        return true
    }

    /// The longest of `phrases` that stands at `index`, with what it means.
    func longest<Meaning>(_ entries: [DraftingWords.Entry<Meaning>], at index: Int) -> DraftingWords.Entry<Meaning>? {
        entries.filter { matches($0.words, at: index) }.max { $0.words.count < $1.words.count }
    }

    /// Whether any of `phrases` stands anywhere in the sentence.
    func contains(_ phrases: [[String]]) -> Bool {
        words.indices.contains { index in phrases.contains { matches($0, at: index) } }
    }

    // MARK: - Splitting

    /// Words that end with a point without ending a sentence.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "lt", "gen", "col", "maj", "brig", "capt", "sgt", "st", "no", "vs", "jr", "sr", "prof",
        "gov", "sen", "rep", "u.s", "u.n", "u.k", "approx", "e.g", "i.e", "etc", "inc", "co", "corp", "jan", "feb",
        "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    ]

    /// The sentences of one paragraph: ended by `.`, `!` or `?` (and any closing quote) before a
    /// blank and a capital, a digit or a quote, unless the point ends an abbreviation or an initial;
    /// and where a line of a list or a heading begins (`lineStarts`, UTF-8 offsets in the paragraph,
    /// as `Report.lineStarts` gives them), whatever the line before ends with.
    static func split(_ paragraph: String, number: Int, lineStarts: Set<Int> = []) -> [Sentence] {
        let words = Self.words(of: Substring(paragraph))
        var sentences: [Sentence] = []
        var start = 0
        func close(at end: Int) {
            sentences.append(sentence(words, start, end, in: paragraph, number: number))
            start = end + 1
        }
        for index in words.indices {
            if index > start,
                lineStarts.contains(paragraph.utf8.distance(from: paragraph.startIndex, to: words[index].text.startIndex))
            {
                close(at: index - 1)
            }
            guard [".", "!", "?"].contains(words[index].text) else { continue }
            var end = index
            while end + 1 < words.count, ["\"", "”", "’", "'", ")"].contains(words[end + 1].text) { end += 1 }
            guard end + 1 < words.count else { continue }
            let next = words[end + 1]
            let previous = index > 0 ? words[index - 1] : nil
            let isAbbreviation =
                previous.map { abbreviations.contains($0.lower) || ($0.text.count == 1 && $0.isCapitalized) } ?? false
            let followsGap = paragraph[words[end].text.endIndex..<next.text.startIndex].contains { $0.isWhitespace }
            guard followsGap, !isAbbreviation, next.isCapitalized || next.startsWithDigit || ["\"", "“", "‘"].contains(next.text)
            else { continue }
            close(at: end)
        }
        if start < words.count { sentences.append(sentence(words, start, words.count - 1, in: paragraph, number: number)) }
        return sentences
    }

    private static func sentence(_ words: [Word], _ first: Int, _ last: Int, in paragraph: String, number: Int) -> Sentence {
        let text = paragraph[words[first].text.startIndex..<words[last].text.endIndex]
        return Sentence(paragraph: number, text: text, words: Array(words[first...last]))
    }

    /// Letters and digits run on through `-`, `'`, `’`, and through `,` and `.` between digits.
    static func words(of text: Substring) -> [Word] {
        var words: [Word] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                index = text.index(after: index)
                continue
            }
            guard character.isLetter || character.isNumber else {
                let next = text.index(after: index)
                words.append(Word(text: text[index..<next], lower: String(character)))
                index = next
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex {
                let current = text[end]
                if current.isLetter || current.isNumber {
                    end = text.index(after: end)
                    continue
                }
                let after = text.index(after: end)
                guard after < text.endIndex else { break }
                let previous = text[text.index(before: end)]
                let following = text[after]
                // "FACTBOX-Lurenne's": a wire's slug in capitals is a word of its own.
                let isSlug =
                    current == "-" && following.isUppercase && end > text.index(index, offsetBy: 2)
                    && text[index..<end].allSatisfy { $0.isUppercase }
                let joins =
                    (["-", "'", "’"].contains(current) && (following.isLetter || following.isNumber) && !isSlug)
                    || ([",", "."].contains(current) && previous.isNumber && following.isNumber)
                guard joins else { break }
                end = after
            }
            words.append(Word(text: text[index..<end], lower: text[index..<end].lowercased()))
            index = end
        }
        return words
    }
}
