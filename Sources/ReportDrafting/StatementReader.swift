import ConflictModel

/// The statement of one sentence, if it makes one: an act of the vocabulary found by its words
/// ("offered to mediate", "condolences", "cessation of hostilities"), who made it, whom it was
/// addressed to or about, where it was said, and its quote.
struct StatementReader {
    let words: DraftingWords
    let vocabulary: Vocabulary

    struct Reading {
        var act: Act
        var speaker: Attribution.Speaker
        var speakerDoubt: String?
        var others: [String]
        var content: String?
        var channel: String?
        var quote: String?
        var mode: Statement.Mode
        var first: Int
        var last: Int
    }

    func statement(in sentence: Sentence, mentions: [Mention], attributions: [Attribution], context: ReadingContext) -> Reading? {
        let all = sentence.words
        // The act listed first that the sentence holds, where it is.
        var found: (act: Act, at: Int, length: Int)?
        for entry in words.acts {
            guard let act = vocabulary.act(entry.meaning.act) ?? entry.meaning.definition,
                let at = all.indices.first(where: { sentence.matches(entry.words, at: $0) })
            else { continue }
            found = (act, at, entry.words.count)
            break
        }
        guard let (act, at, length) = found else { return nil }
        var speaker: Attribution.Speaker?
        var doubt: String?
        if let attribution = Attribution.nearest(attributions, to: at) {
            (speaker, doubt) = (attribution.speaker, attribution.doubt)
        } else if let subject = mentions.first(where: { $0.last < at && context.index.kind(of: $0.id) == .person })
            ?? mentions.first(where: { $0.last < at })
        {
            // The subject: a person named before the act's words, else the first actor.
            speaker = .actor(subject.id)
        } else if let reference = pronounSubject(before: at, in: sentence, context: context) {
            speaker = .actor(reference)
        }
        guard let speaker else { return nil }
        let speakerID: String? = if case .actor(let id) = speaker { id } else { nil }
        let own = speakerID.map { context.index.state(of: $0) }
        var others: [String] = []
        for mention in mentions where mention.id != speakerID && !others.contains(mention.id) {
            // Whom the speaker speaks for is no one it addresses.
            if let speakerID, context.index.actors[speakerID]?.represents == mention.id || own == mention.id { continue }
            others.append(mention.id)
        }
        // What it says: the words after the act's, unless those are in a quote, which says it itself.
        let quote = quote(in: sentence)
        let contentEnd = all.lastIndex { $0.isWord } ?? at + length - 1
        var content = contentEnd >= at + length ? sentence.excerpt(at + length, contentEnd) : nil
        if let quote, quote.contains(sentence.excerpt(at, at + length - 1)) { content = nil }
        if let text = content, text.first.map({ !$0.isLetter && !$0.isNumber }) ?? false { content = nil }
        return Reading(
            act: act, speaker: speaker, speakerDoubt: doubt, others: others,
            content: content.map { String($0.prefix(160)) }, channel: channel(in: sentence), quote: quote,
            mode: act.id == "mediation-offer" ? .offered : .done, first: max(0, at - 6), last: min(all.count - 1, at + length + 6))
    }

    /// "He said", "She offered": a sentence that starts with a pronoun speaks for the last person named.
    private func pronounSubject(before index: Int, in sentence: Sentence, context: ReadingContext) -> String? {
        guard let first = sentence.words.first, words.pronouns.contains(first.lower), index > 0 else { return nil }
        return context.lastPerson
    }

    private func channel(in sentence: Sentence) -> String? {
        for index in sentence.words.indices {
            if let entry = sentence.longest(words.channels, at: index) { return entry.meaning }
        }
        return nil
    }

    /// The words between the sentence's first pair of quotation marks.
    private func quote(in sentence: Sentence) -> String? {
        let text = sentence.text
        guard let open = text.firstIndex(where: { $0 == "“" || $0 == "\"" }) else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(where: { $0 == "”" || $0 == "\"" }) else { return nil }
        var quoted = rest[..<close].trimmingBlanks
        while let last = quoted.last, [",", ";", ":"].contains(last) { quoted = quoted.dropLast() }
        return quoted.split(separator: " ").count >= 3 ? String(quoted) : nil
    }
}
