import ConflictModel

/// A report printed in turns, each paragraph under the mark of whoever speaks before a colon.
///
/// - An interview's "Q:" and "A:": the answers are the words of the person interviewed, the one
///   the introduction names last, and hold on the day it says they met ("met the rebels'
///   commander, Tavish Orrin, ... on 3 September").
/// - A parliament's record or a briefing's transcript, each turn under a person's name: "The
///   Minister for Defence (Ms Harriet Quellwood):", "Mr Tobin Ravell (Cressworth Vale):", "Ms
///   Quellwood:". A turn's words run on through the paragraphs after it that have no mark.
struct SpeakerTurns {
    /// Whose words each paragraph of a turn is, but the interviewer's questions.
    let speakers: [Int: String]
    /// The paragraphs of an interviewer's questions.
    let questions: Set<Int>
    /// The person an interview asks, whose side "your men" in a question are.
    let interviewee: String?
    /// The day of the interview, where the introduction gives it.
    let day: PartialDate?

    /// Words of a turn's mark, before its colon.
    private static let answerMarks: Set<String> = ["a", "answer"]
    private static let questionMarks: Set<String> = ["q", "question"]
    /// Verbs of the sentence that says when the interview was done.
    private static let meetingVerbs: Set<String> = ["met", "interviewed", "spoke", "talked", "sat"]

    /// The turns of a report, if it is printed in turns. A transcript's speakers the draft did not
    /// know yet are added to the index, speaking for `home` (the record's own state).
    static func of(
        _ sentences: [Sentence], index: inout ActorIndex, home: String?, sourceID: String, titles: Set<String>,
        dayIn: (Sentence) -> PartialDate?
    ) -> SpeakerTurns? {
        interview(sentences, index: index, dayIn: dayIn)
            ?? transcript(sentences, index: &index, home: home, sourceID: sourceID, titles: titles)
    }

    private static func interview(_ sentences: [Sentence], index: ActorIndex, dayIn: (Sentence) -> PartialDate?) -> SpeakerTurns?
    {
        var answers: Set<Int> = []
        var questions: Set<Int> = []
        for sentence in openings(of: sentences) {
            guard sentence.words.count > 2, sentence.words[1].text == ":" else { continue }
            let mark = sentence.words[0].lower
            if answerMarks.contains(mark) { answers.insert(sentence.paragraph) }
            if questionMarks.contains(mark) { questions.insert(sentence.paragraph) }
        }
        guard !answers.isEmpty, !questions.isEmpty, let firstTurn = answers.union(questions).min() else { return nil }
        let introduction = sentences.filter { $0.paragraph > 0 && $0.paragraph < firstTurn }
        guard
            let interviewee = introduction.flatMap({ index.mentions(in: $0) }).last(where: { index.kind(of: $0.id) == .person })?
                .id
        else { return nil }
        let day = introduction.first { sentence in sentence.words.contains { meetingVerbs.contains($0.lower) } }.flatMap(dayIn)
        return SpeakerTurns(
            speakers: Dictionary(uniqueKeysWithValues: answers.map { ($0, interviewee) }), questions: questions,
            interviewee: interviewee, day: day)
    }

    /// Forms of address before a speaker's name in a record: "Ms Harriet Quellwood".
    private static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "prof", "professor",
    ]

    /// Turns under people's names: two at least, or it is one quote set off by a colon.
    private static func transcript(
        _ sentences: [Sentence], index: inout ActorIndex, home: String?, sourceID: String, titles: Set<String>
    ) -> SpeakerTurns? {
        var marked: [Int: String] = [:]
        var questions: Set<Int> = []
        var roles: [String: String] = [:]
        for sentence in openings(of: sentences) {
            // "QUESTION: Marit Corrello, Harbourline Radio. Colonel, ...": a journalist's question,
            // whose figures are whoever it says gave them.
            if sentence.words.count > 2, sentence.words[1].text == ":", questionMarks.contains(sentence.words[0].lower) {
                questions.insert(sentence.paragraph)
                marked[sentence.paragraph] = noOne
                continue
            }
            // "SPOKESPERSON:" under "PRESS BRIEFING BY THE SPOKESPERSON OF THE MINISTRY OF DEFENCE,
            // COLONEL ORIEL SANDQUIST": the person the heading names with that title.
            if sentence.words.count > 2, sentence.words[1].text == ":", titles.contains(sentence.words[0].lower),
                !sentence.words[0].text.contains(where: \.isLowercase)
            {
                let title = sentence.words[0].lower
                if roles[title] == nil {
                    roles[title] = titled(
                        title, in: sentences, before: sentence.paragraph, ranks: titles, index: &index, home: home,
                        sourceID: sourceID)
                }
                if let speaker = roles[title] { marked[sentence.paragraph] = speaker }
                continue
            }
            // "MODERATOR: We will take questions.": a turn of someone the draft gives no words to.
            if sentence.words.count > 2, sentence.words[1].text == ":", sentence.words[0].text.count > 1,
                !sentence.words[0].text.contains(where: \.isLowercase), sentence.words[0].isWord
            {
                marked[sentence.paragraph] = noOne
                continue
            }
            guard let colon = sentence.words.prefix(12).firstIndex(where: { $0.text == ":" }), colon > 1,
                colon + 1 < sentence.words.count,
                // A name alone or with its title and seat, not a sentence that quotes one.
                sentence.words[..<colon].allSatisfy({
                    !$0.isWord || $0.isCapitalized || ["for", "of", "the", "and"].contains($0.lower)
                })
            else { continue }
            if let speaker = speaker(marked: sentence, before: colon, index: &index, home: home, sourceID: sourceID) {
                marked[sentence.paragraph] = speaker
            }
        }
        // Two speakers at least, or one who answers questions.
        let people = Set(marked.values).subtracting([noOne])
        guard people.count >= 2 || (people.count == 1 && !questions.isEmpty), let first = marked.keys.min() else { return nil }
        var speakers: [Int: String] = [:]
        var current = marked[first]
        let last = sentences.map(\.paragraph).max() ?? first
        for paragraph in first...last {
            if let speaker = marked[paragraph] { current = speaker }
            if current != noOne { speakers[paragraph] = current }
        }
        return SpeakerTurns(speakers: speakers, questions: questions, interviewee: nil, day: nil)
    }

    /// What the turns of a question or a moderator are marked with: no one's words.
    private static let noOne = ""

    /// The person a heading names with a title: "THE SPOKESPERSON OF THE MINISTRY OF DEFENCE,
    /// COLONEL ORIEL SANDQUIST" is Oriel Sandquist, Spokesperson of the Ministry of Defence, with
    /// ranks (a person's titles) left out of the name.
    private static func titled(
        _ title: String, in sentences: [Sentence], before paragraph: Int, ranks: Set<String>, index: inout ActorIndex,
        home: String?, sourceID: String
    ) -> String? {
        for sentence in sentences where sentence.paragraph > 0 && sentence.paragraph < paragraph {
            let all = sentence.words
            guard let at = all.firstIndex(where: { $0.lower == title }),
                let comma = all[at...].firstIndex(where: { $0.text == "," })
            else { continue }
            var name = Array(all[(comma + 1)...].prefix { $0.isWord && $0.isCapitalized })
            while let first = name.first, name.count > 2, ranks.contains(first.lower) { name.removeFirst() }
            guard name.count >= 2, name.count <= 4, let last = name.last else { continue }
            let full = name.map(\.text).joined(separator: " ").titleCasedWords
            if let known = index.id(named: full) {
                index.standFor(known, represents: home, partOf: nil)
                return known
            }
            let role = all[at..<comma].map { word in
                ["of", "the", "and", "for"].contains(word.lower)
                    ? word.lower : word.text.prefix(1) + word.text.dropFirst().lowercased()
            }.joined(separator: " ")
            let surname = last.text.titleCasedWords
            return index.introduce(
                Actor(
                    id: ConflictModel.idSlug(full), name: full, aliases: [surname], kind: .person, role: role, represents: home,
                    sources: [
                        SourceRef(source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(at, all.count - 1))
                    ]))
        }
        return nil
    }

    /// The person a turn's mark names: one the draft knows, or one named with a form of address
    /// ("The Minister for Defence (Ms Harriet Quellwood)", "Mr Tobin Ravell (Cressworth Vale)"),
    /// added with the title before the brackets as role.
    private static func speaker(
        marked sentence: Sentence, before colon: Int, index: inout ActorIndex, home: String?, sourceID: String
    ) -> String? {
        let all = sentence.words
        let mark = Sentence(paragraph: sentence.paragraph, text: sentence.text, words: Array(all[..<colon]))
        if let known = index.mentions(in: mark).last(where: { index.kind(of: $0.id) == .person }) { return known.id }
        // The name: after a form of address, inside the brackets or before them.
        let open = all[..<colon].firstIndex { $0.text == "(" }
        let close = all[..<colon].firstIndex { $0.text == ")" }
        var name: ClosedRange<Int>?
        var role: String?
        if let open, let close, close > open + 2, honorifics.contains(all[open + 1].lower) {
            name = (open + 2)...(close - 1)
            if open > 0 { role = sentence.excerpt(all[0].lower == "the" && open > 1 ? 1 : 0, open - 1) }
        } else if honorifics.contains(all[0].lower), (open ?? colon) > 2 {
            name = 1...((open ?? colon) - 1)
        }
        guard let name, all[name].allSatisfy({ $0.isWord && $0.isCapitalized }) else { return nil }
        let full = sentence.excerpt(name.lowerBound, name.upperBound)
        let surname = String(all[name.upperBound].text)
        return index.introduce(
            Actor(
                id: ConflictModel.idSlug(full), name: full, aliases: name.count > 1 ? [surname] : [], kind: .person, role: role,
                represents: home,
                sources: [
                    SourceRef(source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(0, colon - 1))
                ]))
    }

    /// The first sentence of each body paragraph.
    private static func openings(of sentences: [Sentence]) -> [Sentence] {
        sentences.filter { $0.paragraph > 0 && $0.text.startIndex == $0.text.base.startIndex }
    }

    func isTurn(_ paragraph: Int) -> Bool { speakers[paragraph] != nil || questions.contains(paragraph) }
}
