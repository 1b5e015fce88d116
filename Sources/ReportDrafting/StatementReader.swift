import ConflictModel

/// The statements of one sentence: each an act of the vocabulary found by its words ("offered to
/// mediate", "condolences", "cessation of hostilities"), who made it, whom it was addressed to or
/// about, where it was said, and its quote.
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

    /// An act found in a sentence: where its words are, and where the words of its doer's verb
    /// are ("urged" of "urged both sides to show restraint").
    private struct Found {
        let act: Act
        let at: Int
        let length: Int
        var verbAt: Int
    }

    /// The statements of one sentence, in order: one for each act whose words it holds
    /// ("condemned the attack and called for an inquiry" is a condemnation and an appeal).
    func statements(
        in sentence: Sentence, mentions: [Mention], attributions: [Attribution], context: ReadingContext
    ) -> [Reading] {
        let found = acts(in: sentence)
        return found.indices.compactMap { index in
            let end = index + 1 < found.count ? found[index + 1].verbAt - 1 : nil
            return reading(
                found[index], endingBefore: end, in: sentence, mentions: mentions, attributions: attributions, context: context)
        }
    }

    /// Each act of the vocabulary the sentence holds, once, at its first words; an act listed
    /// earlier wins words that two acts share, and an act gives way to one it yields to whose
    /// words follow it closely ("called on both sides to exercise restraint").
    private func acts(in sentence: Sentence) -> [Found] {
        let all = sentence.words
        var found: [Found] = []
        var taken = Set<Int>()
        var yields: [String: [String]] = [:]
        for entry in words.acts {
            guard let act = vocabulary.act(entry.meaning.act) ?? entry.meaning.definition,
                !found.contains(where: { $0.act.id == act.id }),
                let at = all.indices.first(where: { at in
                    sentence.matches(entry.words, at: at) && !(at..<(at + entry.words.count)).contains { taken.contains($0) }
                })
            else { continue }
            found.append(Found(act: act, at: at, length: entry.words.count, verbAt: at))
            taken.formUnion(at..<(at + entry.words.count))
            yields[act.id, default: []] += entry.meaning.yieldsTo
        }
        found.sort { $0.at < $1.at }
        // "urged both sides to show restraint": the appeal's verb is the de-escalation's, and
        // there is one statement.
        var kept: [Found] = []
        for one in found {
            if let general = kept.last, yields[general.act.id]?.contains(one.act.id) ?? false,
                one.at - (general.at + general.length) <= 10,
                !all[general.at..<one.at].contains(where: { [".", ";"].contains($0.text) })
            {
                kept[kept.count - 1] = Found(act: one.act, at: one.at, length: one.length, verbAt: general.verbAt)
                continue
            }
            kept.append(one)
        }
        return kept
    }

    private func reading(
        _ found: Found, endingBefore end: Int?, in sentence: Sentence, mentions: [Mention], attributions: [Attribution],
        context: ReadingContext
    ) -> Reading? {
        let all = sentence.words
        let (act, at, length) = (found.act, found.at, found.length)
        var speaker: Attribution.Speaker?
        var doubt: String?
        // Who does it: the subject of its verb ("the Union condemned"), else whoever the
        // sentence says spoke ("..., the presidency said").
        if let doer = Attribution.subject(
            ofVerbAt: found.verbAt, stance: .asserted, in: sentence, mentions: mentions, words: words, context: context)
        {
            (speaker, doubt) = (doer.speaker, doer.doubt)
        } else if let attribution = Attribution.nearest(attributions, to: at, in: sentence) {
            (speaker, doubt) = (attribution.speaker, attribution.doubt)
        } else if let turnSpeaker = context.turns?.speakers[sentence.paragraph] {
            // "A: No. We will not sit at their table": the one who answers.
            speaker = .actor(turnSpeaker)
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
            // "with Sollenia's Kasimir Loft": the state a person named there speaks for takes no
            // part of its own.
            if mentions.contains(where: { $0.id != mention.id && context.index.actors[$0.id]?.represents == mention.id }) {
                continue
            }
            // Another act's words are about its own; who took part in a call may be named anywhere.
            if let end, mention.first > end, !act.reciprocal { continue }
            others.append(mention.id)
        }
        // A call with one side named is no statement a model can hold: it takes two.
        if act.reciprocal, others.isEmpty { return nil }
        // What it says: the words after the act's, to the next act's, unless those are in a
        // quote, which says it itself.
        let quote = quote(in: sentence)
        var contentEnd = all.lastIndex { $0.isWord } ?? at + length - 1
        if let end {
            contentEnd = min(contentEnd, end)
            while contentEnd > at + length, !all[contentEnd].isWord || all[contentEnd].lower == "and" { contentEnd -= 1 }
        }
        var content = contentEnd >= at + length ? sentence.excerpt(at + length, contentEnd) : nil
        if let quote, quote.contains(sentence.excerpt(at, at + length - 1)) { content = nil }
        if let text = content, text.first.map({ !$0.isLetter && !$0.isNumber }) ?? false { content = nil }
        let first = min(found.verbAt, at)
        return Reading(
            act: act, speaker: speaker, speakerDoubt: doubt, others: others,
            content: content.map { String($0.prefix(160)) }, channel: channel(in: sentence), quote: quote,
            mode: act.id == "mediation-offer" ? .offered : .done, first: max(0, first - 6),
            last: min(all.count - 1, at + length + 6))
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
