import ConflictModel

/// Who a sentence says its words or figures come from: the subject of "said", "told",
/// "claimed"..., the name after "according to", or a pronoun or "the minister" that refers back to
/// a person named before. With its stance: an accusation ("alleged", "accused") or a denial.
struct Attribution {
    enum Speaker: Equatable {
        case actor(String)
        /// Words that name someone the draft does not know: "security sources".
        case unknown(String)
        /// A body the draft does not know, of an actor it knows: "Varenian emergency services"
        /// are Varenia's, "the army" is the army of the state the report is about.
        case body(String, of: String)
    }

    let speaker: Speaker
    let stance: Claim.Stance
    /// The attributing word's place, to prefer the attribution nearest a figure.
    let at: Int
    /// Why the draft is unsure of it, if it is.
    let doubt: String?

    /// Words before "claim", "report" or "statement" that make it a noun, no verb: "the rebels'
    /// claim of more than 50 dead soldiers".
    private static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "any", "such", "our",
    ]

    /// Verbs that give a claim a name, which a word of scorn makes a denial: "called it \"fiction\"".
    private static let namingVerbs: Set<String> = ["called", "calls", "dismissed", "dismisses", "branded", "brands", "termed"]

    /// Everything the sentence attributes, in order.
    static func find(
        in sentence: Sentence, mentions: [Mention], words: DraftingWords, context: ReadingContext
    ) -> [Attribution] {
        var found: [Attribution] = []
        let all = sentence.words
        for index in all.indices {
            // "according to X", "citing X"
            if let phrase = words.beforeSpeaker.first(where: { sentence.matches($0, at: index) }) {
                let after = index + phrase.count
                if let speaker = speaker(startingAt: after, in: sentence, mentions: mentions, words: words, context: context) {
                    found.append(Attribution(speaker: speaker.0, stance: .asserted, at: index, doubt: speaker.1))
                }
                continue
            }
            // "a figure Veltrana's ministry called \"fiction\"": a name for a claim that calls it untrue.
            let scorns =
                Self.namingVerbs.contains(all[index].lower)
                && all[(index + 1)..<min(all.count, index + 6)].contains { FigureReader.scorn.contains($0.lower) }
            guard
                words.attributionVerbs.contains(all[index].lower) || words.alleged.contains(all[index].lower)
                    || words.denied.contains(all[index].lower) || scorns
            else { continue }
            let stance: Claim.Stance =
                words.alleged.contains(all[index].lower)
                ? .alleged : words.denied.contains(all[index].lower) || scorns ? .denied : .asserted
            if index > 0, isNoun(at: index, in: sentence) { continue }
            if let attribution = subject(
                ofVerbAt: index, stance: stance, in: sentence, mentions: mentions, words: words, context: context)
            {
                found.append(attribution)
            }
        }
        return found
    }

    /// Who does what the word at `index` says: the subject of a verb ("Tarar said", "Lazaria's
    /// defence ministry blamed Tovren and said"), a pronoun or "the minister" before it, the name
    /// after it ("..., said Tarar"), or people of a place or a group named by their noun.
    static func subject(
        ofVerbAt index: Int, stance: Claim.Stance, in sentence: Sentence, mentions: [Mention], words: DraftingWords,
        context: ReadingContext
    ) -> Attribution? {
        let all = sentence.words
        // "A military source who asked not to be named said": the subject is before the clause
        // about it.
        if index > 1, let who = (max(1, index - 10)..<index).last(where: { all[$0].lower == "who" }),
            words.speakerGroups.contains(all[who - 1].lower),
            !all[who..<index].contains(where: { [",", ";", "—"].contains($0.text) }),
            let subject = subject(ofVerbAt: who, stance: stance, in: sentence, mentions: mentions, words: words, context: context)
        {
            return Attribution(speaker: subject.speaker, stance: stance, at: index, doubt: subject.doubt)
        }
        // "Lazaria's defence ministry blamed Tovren for the fighting and said": the subject of
        // the clause's first verb says the second too.
        if index > 0, all[index - 1].lower == "and" {
            let start = clauseStart(before: index - 1, in: sentence)
            // "It put Northland's toll at four, and said ...": the pronoun the clause begins with.
            if words.pronouns.contains(all[start].lower) || ["it", "they"].contains(all[start].lower) {
                if let (speaker, doubt) = reference(
                    endingBefore: start + 1, in: sentence, mentions: mentions, words: words, context: context)
                {
                    return Attribution(speaker: speaker, stance: stance, at: index, doubt: doubt)
                }
            } else if let subject = clauseSubject(before: index - 1, in: sentence, mentions: mentions, context: context) {
                return Attribution(speaker: .actor(subject.id), stance: stance, at: index, doubt: nil)
            }
        }
        // The subject: the nearest name ending before the verb, with at most a few words between
        // ("Tarar has claimed", "Fitrat reported on X").
        if let subject = mentions.last(where: { $0.last < index && index - $0.last <= 8 }),
            !all[(subject.last + 1)..<index].contains(where: { [",", ";", "that", "and", "which", "who"].contains($0.lower) })
        {
            // "Varenian emergency services said", "the UN refugee agency said": a body of the
            // actor named, by the lowercase words that end in what bodies are called.
            let between = all[(subject.last + 1)..<index]
            if (1...3).contains(between.count), between.allSatisfy({ $0.isWord && !$0.isCapitalized }),
                let head = between.last, words.speakerGroups.contains(head.lower),
                context.index.kind(of: subject.id) != .person
            {
                let name = sentence.excerpt(subject.first, index - 1)
                return Attribution(
                    speaker: .body(name, of: subject.id), stance: stance, at: index,
                    doubt: "\"\(name)\" names no actor the draft knows")
            }
            return Attribution(speaker: .actor(subject.id), stance: stance, at: index, doubt: nil)
        }
        // "Mosharraf Ali Zaidi, a spokesperson for Prime Minister Shehbaz Sharif, denied": the
        // name before the words set off by commas.
        // "the city's mayor, Olga Petrin, told": the name set off by the commas.
        if index > 1, all[index - 1].text == ",", let open = (0..<(index - 1)).last(where: { all[$0].text == "," }),
            // "The army spokesman, Col. Tomas Reld, said": a rank may stand before the name.
            let subject = mentions.last(where: {
                $0.last == open - 1 || ($0.first > open && $0.first <= open + 3 && $0.last == index - 2)
            })
        {
            return Attribution(speaker: .actor(subject.id), stance: stance, at: index, doubt: nil)
        }
        // A pronoun or "the minister" just before the verb.
        if let (speaker, doubt) = reference(endingBefore: index, in: sentence, mentions: mentions, words: words, context: context)
        {
            return Attribution(speaker: speaker, stance: stance, at: index, doubt: doubt)
        }
        // "..., said Tarar": the name after the verb.
        if index > 0, stance == .asserted, [",", "”", "\"", "’"].contains(all[index - 1].text),
            let after = speaker(startingAt: index + 1, in: sentence, mentions: mentions, words: words, context: context)
        {
            return Attribution(speaker: after.0, stance: stance, at: index, doubt: after.1)
        }
        // "Police in Brezno said", "a hospital in Solange said", "residents of the nearby
        // town of Lusoro said": people of a place, named by their noun and the place.
        if index > 1, all[index - 1].isCapitalized,
            NameFinder.isPlace(at: index - 1, in: sentence, words: words) || all[index - 2].lower == "of",
            let noun = (max(0, index - 7)..<(index - 1)).last(where: {
                words.speakerGroups.contains(all[$0].lower) && ["in", "of", "at", "from"].contains(all[$0 + 1].lower)
            }),
            !mentions.contains(where: { $0.first == index - 1 })
        {
            let head = all[noun].text.prefix(1).uppercased() + all[noun].text.dropFirst()
            let phrase = "\(head) \(all[noun + 1].text) \(all[index - 1].text)"
            return Attribution(
                speaker: .unknown(phrase), stance: stance, at: index,
                doubt: "\"\(phrase)\" names no actor the draft knows")
        }
        // "security sources said"
        if index > 0, words.speakerGroups.contains(all[index - 1].lower) {
            // "security sources", "Thai military officials": up to three words, not across grammar words.
            var first = index - 1
            while first > 0, index - first < 3, all[first - 1].isWord,
                !["the", "a", "an", "and", "that", "while", "but", "as", "meanwhile"].contains(all[first - 1].lower)
            {
                first -= 1
            }
            let phrase = sentence.excerpt(first, index - 1)
            // "..., police said Tuesday": the police of the report's own country.
            if first == index - 1, let home = context.homeState,
                let body = stateBody(all[first].lower, of: home, context: context),
                // "police said" after "Police in Brezno said": those police, named shorter.
                !context.index.introduced.contains(where: { id in
                    Sentence.words(of: Substring(context.index.actors[id]?.name ?? "")).contains {
                        $0.lower == all[first].lower
                    }
                })
            {
                return Attribution(
                    speaker: body, stance: stance, at: index, doubt: "\"\(phrase)\" names no actor the draft knows")
            }
            return Attribution(
                speaker: .unknown(phrase), stance: stance, at: index,
                doubt: "\"\(phrase)\" names no actor the draft knows")
        }
        return nil
    }

    /// A body every state has, named by its word alone: the police of Nalestra for "police".
    private static func stateBody(_ word: String, of state: String?, context: ReadingContext) -> Speaker? {
        guard let state, ["army", "military", "navy", "police"].contains(word) else { return nil }
        let adjective = NameFinder.adjective(of: context.index.actors[state]?.name ?? state, known: context.index)
        return .body(adjective + " " + word.prefix(1).uppercased() + word.dropFirst(), of: state)
    }

    /// Whether the attribution word at `index` is a noun: "the rebels' claim", "a report".
    private static func isNoun(at index: Int, in sentence: Sentence) -> Bool {
        let before = sentence.words[index - 1]
        return determiners.contains(before.lower) || before.lower.hasSuffix("s'") || before.lower.hasSuffix("’s")
            || before.lower.hasSuffix("'s")
    }

    /// Where the clause that holds word `end` begins: after the last semicolon or colon before it.
    private static func clauseStart(before end: Int, in sentence: Sentence) -> Int {
        (0..<end).last { [";", ":"].contains(sentence.words[$0].text) }.map { $0 + 1 } ?? 0
    }

    /// The actor a clause begins with, before `end`: at the sentence's start, or after an opening
    /// phrase set off by a comma ("In a statement on Telegram, Lazaria's defence ministry").
    private static func clauseSubject(
        before end: Int, in sentence: Sentence, mentions: [Mention], context: ReadingContext
    ) -> Mention? {
        let all = sentence.words
        let start = clauseStart(before: end, in: sentence)
        // "Neighbouring Zarkand's foreign office": a word or two may come before it.
        let first = mentions.first { mention in
            guard mention.first >= start, mention.last < end else { return false }
            let before = mention.first - 1
            return mention.first - start <= 2
                && (start..<mention.first).allSatisfy({ all[$0].isWord && (!all[$0].isCapitalized || $0 == start) })
                || (before >= start && all[before].text == ",")
                || (before > start && all[before - 1].text == "," && ["the", "a", "an"].contains(all[before].lower))
        }
        // "Afghan government spokesman Hamdullah Fitrat denied ... and accused": the person the
        // words of a title lead to, not the adjective they begin with.
        guard let first, context.index.kind(of: first.id) != .person else { return first }
        let person = mentions.first { mention in
            mention.first > first.last && mention.first - first.last <= 4 && mention.last < end
                && context.index.kind(of: mention.id) == .person
                && all[(first.last + 1)..<mention.first].allSatisfy { $0.isWord && $0.lower != "and" }
        }
        return person ?? first
    }

    /// The one that says the words at `position`: the last attribution before it, else the first after.
    /// One inside an aside set off by dashes or brackets speaks only there: "— an armed group
    /// that Ambrekh accuses Terrovia of sheltering — and had killed 40".
    static func nearest(_ attributions: [Attribution], to position: Int, in sentence: Sentence? = nil) -> Attribution? {
        let asides = sentence.map(Self.asides) ?? []
        let speaking = attributions.filter { attribution in
            !asides.contains { $0.contains(attribution.at) && !$0.contains(position) }
        }
        return speaking.last { $0.at <= position } ?? speaking.first
    }

    /// The word ranges between a pair of dashes or of brackets.
    private static func asides(of sentence: Sentence) -> [ClosedRange<Int>] {
        var asides: [ClosedRange<Int>] = []
        var dash: Int?
        var bracket: Int?
        for (index, word) in sentence.words.enumerated() {
            switch word.text {
            case "—", "–":
                if let open = dash {
                    asides.append(open...index)
                    dash = nil
                } else {
                    dash = index
                }
            case "(": bracket = index
            case ")":
                if let open = bracket { asides.append(open...index) }
                bracket = nil
            default: break
            }
        }
        return asides
    }

    /// A name, a pronoun or "the minister" starting at `index`.
    private static func speaker(
        startingAt index: Int, in sentence: Sentence, mentions: [Mention], words: DraftingWords, context: ReadingContext
    ) -> (Speaker, String?)? {
        var start = index
        let all = sentence.words
        // "according to a tally by the Sahel Security Observatory", "according to figures from the
        // ministry": the speaker is whoever made the count.
        if let by = (index..<min(all.count, index + 4)).first(where: { ["by", "from"].contains(all[$0].lower) }),
            all[index..<by].allSatisfy({ $0.isWord && !$0.isCapitalized })
        {
            start = by + 1
        }
        if start < all.count, all[start].lower == "the" { start += 1 }
        // "according to the country's health ministry": a body of the state named last.
        let stateBefore = mentions.last { $0.last < index && context.index.kind(of: context.index.state(of: $0.id)) == .state }
            .map { context.index.state(of: $0.id) }
        if start + 1 < all.count, ["country's", "country’s", "nation's", "nation’s"].contains(all[start].lower),
            let state = stateBefore ?? context.lastState,
            let end = (start + 1..<min(all.count, start + 4)).first(where: { words.speakerGroups.contains(all[$0].lower) })
        {
            let adjective = NameFinder.adjective(of: context.index.actors[state]?.name ?? state, known: context.index)
            let body = all[(start + 1)...end].map { $0.text.prefix(1).uppercased() + $0.text.dropFirst() }.joined(separator: " ")
            return (
                .body(adjective + " " + body, of: state),
                "\"\(sentence.excerpt(start, end))\" taken as the body of \(context.index.actors[state]?.name ?? state)"
            )
        }
        // "said Ambassador Rui Sato", "according to army spokesman Col. Dana Frey": the name after
        // the words of a title.
        if let mention = mentions.first(where: { mention in
            mention.first >= start && mention.first - start <= 4
                && sentence.words[start..<mention.first].allSatisfy {
                    words.personTitles.contains($0.lower) || $0.isCapitalized || $0.text == "."
                        || words.honorifics.contains([$0.lower])
                        || mention.first - start <= 2
                }
        }) {
            return (.actor(mention.id), nil)
        }
        guard start < sentence.words.count else { return nil }
        let word = sentence.words[start].lower
        if words.pronouns.contains(word) {
            return context.pronounTarget(in: sentence.paragraph).map { (.actor($0), nil) }
                ?? (.unknown(word), "\"\(word)\" refers to no person named before")
        }
        if start > index, let body = context.lastBody(named: word) { return (.actor(body), nil) }
        if words.personTitles.contains(word) { return titled(word, in: sentence, context: context) }
        // "according to the International Organization for Migration": a name no list knows.
        if all[start].isCapitalized, all[start].isWord {
            var last = start
            while last + 1 < all.count,
                all[last + 1].isCapitalized && all[last + 1].isWord
                    || (["of", "for", "on"].contains(all[last + 1].lower) && last + 2 < all.count && all[last + 2].isCapitalized)
            {
                last += 1
            }
            if last > start {
                return (
                    .unknown(sentence.excerpt(start, last)), "\"\(sentence.excerpt(start, last))\" names no actor the draft knows"
                )
            }
            // "according to the Halvek regional military administration": a place's name before a
            // body's lowercase words.
            let lowercase = (start + 1..<min(all.count, start + 5)).prefix { all[$0].isWord && !all[$0].isCapitalized }
            if let end = lowercase.last(where: { words.speakerGroups.contains(all[$0].lower) }) {
                return (
                    .unknown(sentence.excerpt(start, end)), "\"\(sentence.excerpt(start, end))\" names no actor the draft knows"
                )
            }
        }
        // "according to a security source who asked not to be named", "according to local
        // officials": people the report gives no name for; "according to the army": the army of
        // the state the report is about.
        let first = ["a", "an"].contains(word) ? start + 1 : start
        if let end = (first..<min(all.count, first + 3)).first(where: { words.speakerGroups.contains(all[$0].lower) }),
            all[first...end].allSatisfy({ $0.isWord && !$0.isCapitalized })
        {
            // One word alone ("the army") is a body of the state, or no one the sentence names.
            if first == end {
                return stateBody(all[end].lower, of: context.homeState ?? context.lastState, context: context).map {
                    ($0, "\"\(all[end].text)\" names no actor the draft knows")
                }
            }
            let phrase = sentence.excerpt(first, end)
            return (.unknown(phrase.prefix(1).uppercased() + phrase.dropFirst()), "\"\(phrase)\" names no actor the draft knows")
        }
        return nil
    }

    /// "he said", "the minister added", "the spokesman told": a reference back, ending just before
    /// the verb at `index`.
    private static func reference(
        endingBefore index: Int, in sentence: Sentence, mentions: [Mention], words: DraftingWords, context: ReadingContext
    ) -> (Speaker, String?)? {
        var before = index - 1
        // "He also said", "he further claimed"
        while before >= 0,
            ["also", "further", "later", "then", "now", "still", "again", "has", "had", "have"].contains(
                sentence.words[before].lower)
        {
            before -= 1
        }
        guard before >= 0 else { return nil }
        let word = sentence.words[before].lower
        if ["it", "they"].contains(word), let body = context.lastBody { return (.actor(body), nil) }
        if words.pronouns.contains(word) {
            // "Castelvey said she had spoken by phone": the person this sentence named before.
            if let person = mentions.last(where: { $0.last < before && context.index.kind(of: $0.id) == .person }) {
                return (.actor(person.id), nil)
            }
            if let person = context.pronounTarget(in: sentence.paragraph) { return (.actor(person), nil) }
            return (.unknown(word), "\"\(word)\" refers to no person named before")
        }
        // "the ministry said", "the army added": the body of that name named last.
        if before > 0, sentence.words[before - 1].lower == "the", let body = context.lastBody(named: word) {
            return (.actor(body), nil)
        }
        // "the statement added": whoever made the statement last, the body that spoke last.
        if before > 0, sentence.words[before - 1].lower == "the", ["statement", "communique", "release"].contains(word),
            let body = context.lastBody
        {
            return (.actor(body), nil)
        }
        // "The army said" where no army is named: the army of the state named last.
        if before > 0, sentence.words[before - 1].lower == "the",
            let body = stateBody(word, of: context.lastState, context: context)
        {
            return (body, "\"the \(word)\" names no actor the draft knows")
        }
        // "The group said", "the rebels said": the armed group named last.
        if before > 0, sentence.words[before - 1].lower == "the",
            ["group", "rebels", "militants", "insurgents", "movement", "militia", "fighters"].contains(word),
            let group = context.lastArmedGroup
        {
            return (.actor(group), nil)
        }
        if words.personTitles.contains(word), before > 0, sentence.words[before - 1].lower == "the" {
            return titled(word, in: sentence, context: context)
        }
        return nil
    }

    /// "the minister": the last person of that title; else, as "he", the one who spoke last
    /// ("The officer added" after Commissioner Rennet spoke).
    private static func titled(_ word: String, in sentence: Sentence, context: ReadingContext) -> (Speaker, String?) {
        if let person = context.lastPerson(titled: word) { return (.actor(person), nil) }
        if let person = context.pronounTarget(in: sentence.paragraph) {
            return (.actor(person), "\"the \(word)\" taken as the one who spoke last")
        }
        return (.unknown("the " + word), "\"the \(word)\" refers to no \(word) named before")
    }
}
