import ConflictModel

/// Actors the report names that no model or gazetteer knows, found by where their names stand:
/// "Southland said", "46 Northland soldiers", "Northland's defence ministry denied", "the Council
/// of Northern States". A capitalized name anywhere else is more likely a place ("the village of
/// Ostry") and is left alone. The draft marks each one found for review.
struct NameFinder {
    let words: DraftingWords
    /// Names the report uses for places ("the Tolvenna region", "Vindrel Province"): never a
    /// state, whatever else they stand before.
    var places: Set<String> = []
    /// The report's capitalized words, without a possessive: where the name a people's adjective
    /// comes from is found ("Quellish" of Quellmark).
    var capitalized: Set<String> = []

    /// The report's capitalized words, without a possessive.
    static func capitalizedWords(in sentences: [Sentence]) -> Set<String> {
        Set(sentences.flatMap(\.words).filter { $0.isWord && $0.isCapitalized }.map { String($0.text.prefix($0.base.count)) })
    }

    /// The state a people's adjective names: by the stem it shares with a name of the report, else
    /// by the rule of its ending.
    func stateName(fromAdjective adjective: String) -> String {
        Self.stateName(fromAdjective: adjective, among: capitalized) ?? Self.stateName(fromAdjective: adjective)
    }

    /// The names a report puts before a word of a place: "the mountainous Tolvenna region".
    static func placeNames(in sentences: [Sentence]) -> Set<String> {
        var names: Set<String> = []
        for sentence in sentences {
            let all = sentence.words
            for index in all.indices.dropLast() where all[index].isCapitalized && all[index].isWord && index > 0 {
                let next = all[index + 1].lower
                if ["region", "province", "valley", "county", "governorate", "prefecture", "district"].contains(next) {
                    names.insert(all[index].base)
                }
            }
        }
        return names
    }

    /// Words between a state's name and "Army" or "Forces" that keep it the state's own:
    /// "the Kalirian Armed Forces", "the Lazarian Air Force". Any other ("the Kalirian Popular
    /// Army", "the Hill Tribes Liberation Army") makes it an armed group.
    private static let stateForceWords: Set<String> = [
        "armed", "air", "national", "border", "royal", "defence", "defense", "security", "naval", "coast", "republican", "state",
    ]
    /// The bodies a state has, which make the owner of "X's army" or "X's foreign office" a state.
    private static let stateBodies: Set<String> = [
        "ministry", "army", "forces", "force", "military", "navy", "government", "parliament", "police", "guard", "office",
        "agency", "services", "service", "council", "assembly", "department", "directorate", "bureau", "commission",
    ]
    /// Words of an armed group's name that no state's army has: "Liberation Army", "Popular Forces".
    private static let causeWords: Set<String> = [
        "liberation", "popular", "people's", "people’s", "peoples", "revolutionary", "resistance", "patriotic", "salvation",
        "freedom", "islamic", "holy", "mujahideen", "rebel", "insurgent", "tribes", "tribal", "united", "democratic", "rapid",
    ]
    /// Bodies of a government, which speak for the state whose name begins theirs.
    private static let governmentBodies: Set<String> = [
        "ministry", "government", "office", "parliament", "assembly", "council", "department", "directorate", "bureau",
        "secretariat", "authority", "service", "services",
    ]
    /// Capitalized words that begin sentences or stand in names without naming an actor.
    private static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "but", "and", "as", "it", "its", "their", "his", "her", "this", "that", "these",
        "those", "after", "before", "while", "when", "since", "meanwhile", "however", "also", "both", "each", "every", "some",
        "many", "more", "most", "all", "no", "there", "here", "two", "three", "four", "five", "one", "we", "they", "our",
        "he", "she", "i", "you", "if", "with", "from", "by", "for", "to", "of", "so", "yet", "earlier", "later", "today",
        "operation", "village", "city", "town", "province", "district", "region", "border", "security", "local", "state",
        "police", "army", "military", "government", "officials", "residents", "troops", "rebel", "rebels", "militants",
        // Words that begin a sentence before a name: "Neighbouring Zarkand's foreign office".
        "neighbouring", "neighboring", "rival", "former", "senior", "unless", "here", "none", "drone", "drones",
        "air", "top", "according", "citing", "separately", "elsewhere", "still", "my", "your", "partners", "summary", "update",
        "witnesses", "rescuers", "activists", "authorities", "doctors", "medics", "paramedics", "sources", "analysts",
        "observers", "reports", "reporters", "survivors", "relatives", "hospital", "hospitals", "ambulances", "soldiers",
        "enemy", "enemies", "editor", "editor's", "editor’s", "editors'", "editors’", "note",
        // Where words were posted, no one who posts them.
        "telegram", "facebook", "twitter", "whatsapp", "youtube", "instagram", "tiktok", "signal", "viber",
    ]
    /// Words that begin the name of a ministry ("the Health Ministry") but are no name alone:
    /// "Health officials in Tessumar say".
    private static let departments: Set<String> = [
        "health", "interior", "defence", "defense", "foreign", "finance", "justice", "education", "aid", "relief",
        "humanitarian", "medical", "emergency", "rescue", "civil", "home", "information",
    ]

    /// The heads of the bodies every state has, which a report may name without the state's
    /// word: "the defence ministry", "the Ministry of Defence", "the government".
    private static let everyStatesBodies: Set<String> = ["ministry", "government", "army", "military", "navy", "department"]

    /// Whether `name` is a body every state has, named with no state's word in it: "the interior
    /// ministry", "Ministry of Foreign Affairs", "the armed forces". Such a body is the state's the
    /// report is about.
    static func isBareStateBody(_ name: String) -> Bool {
        let words = Sentence.words(of: Substring(name)).map(\.lower).filter { $0 != "the" }
        guard let head = words.first(where: everyStatesBodies.contains) ?? (words.last == "forces" ? "forces" : nil) else {
            return false
        }
        return words.allSatisfy { word in
            word == head || departments.contains(word) || stateForceWords.contains(word)
                || ["of", "and", "affairs", "forces", "force", "federal", "interim", "central"].contains(word)
        }
    }

    /// A name found, with the actor it makes and where it was read.
    struct Found {
        let actor: Actor
        let first: Int
        let last: Int
        /// Whether the name may be a people's adjective ("Karvenian soldiers") rather than the
        /// state's own name: never so for a possessive ("Kirran's army"), which only a name takes.
        var mayBeAdjective = false
    }

    func names(in sentence: Sentence, index: ActorIndex) -> [Found] {
        let all = sentence.words
        var found: [Found] = []
        var position = 0
        let known = index.mentions(in: sentence)
        while position < all.count {
            // "Northland's defence ministry", "Southland's army", of a state known or not.
            if let body = body(at: position, in: sentence, index: index) {
                let stateKnown = known.first { $0.first == position && $0.last == position }
                // "Thailand's army" is the Royal Thai Army where the gazetteer has one.
                if let state = stateKnown, let existing = index.body(of: state.id, kind: body.actor.kind) {
                    found.append(Found(actor: existing, first: position, last: body.last))
                    position = body.last + 1
                    continue
                }
                if stateKnown == nil { found.append(Found(actor: body.state, first: position, last: position)) }
                var actor = body.actor
                if let state = stateKnown {
                    actor.partOf = actor.partOf.map { _ in state.id }
                    actor.represents = actor.represents.map { _ in state.id }
                }
                found.append(Found(actor: actor, first: position, last: body.last))
                position = body.last + 1
                continue
            }
            // "The Ministry of Defence of the Republic of Harnovia", known already as the outlet:
            // whom it speaks for is in its name.
            // "The Ministry of Defence of the Republic of Harnovia" after the title's "Ministry of
            // Defence": the longer name, read past the known one.
            if let mention = known.first(where: { $0.first == position }),
                index.actors[mention.id]?.represents == nil, index.actors[mention.id]?.partOf == nil,
                let (first, last) = nameRun(at: position, in: sentence, known: known.filter { $0.first != position }),
                last >= mention.last, last > first,
                let named = bodyOfAState(first, last, in: sentence, index: index), named.count == 2
            {
                found += named
                position = last + 1
                continue
            }
            if let body = namedBody(at: position, in: sentence, index: index, known: known) {
                found.append(body)
                position = body.last + 1
                continue
            }
            // "the 41st Mechanised Brigade": a unit known by its number is part of an army the
            // report names otherwise, no actor of its own.
            if position > 0, Self.isOrdinal(all[position - 1]) {
                position += 1
                while position < all.count, all[position].isCapitalized { position += 1 }
                continue
            }
            guard let (first, last) = nameRun(at: position, in: sentence, known: known) else {
                position += 1
                continue
            }
            position = last + 1
            let name = sentence.excerpt(first, last)
            let plain = Self.withoutPossessive(name)
            let after = last + 1 < all.count ? all[last + 1] : nil
            let possessive = all[last].lower.hasSuffix("’s") || all[last].lower.hasSuffix("'s")
            let lastWord = Sentence.words(of: Substring(plain)).last?.lower ?? ""
            let runWords = Sentence.words(of: Substring(plain)).map(\.lower)
            if first < last,
                let long = index.introduced.first(where: { id in
                    // "the Ministry of Defence" after "the Ministry of Defence of the Republic of
                    // Harnovia": the same body, named shorter.
                    guard let named = index.actors[id], named.kind != .person else { return false }
                    return named.name.lowercased().hasPrefix(plain.lowercased() + " of ")
                })
            {
                found.append(
                    Found(
                        actor: Actor(id: long, name: plain, kind: index.kind(of: long) ?? .organisation), first: first, last: last
                    ))
            } else if let named = bodyOfAState(first, last, in: sentence, index: index) {
                found += named
            } else if first == last,
                let group = index.introduced.first(where: { id in
                    // "the Brotherhood's claim" after "the Black Tide Brotherhood": the same body, named shorter.
                    guard let named = index.actors[id], named.kind != .person, named.name.contains(" ") else { return false }
                    return named.name.split(separator: " ").last.map { $0.lowercased() == plain.lowercased() } ?? false
                })
            {
                found.append(
                    Found(
                        actor: Actor(id: group, name: plain, kind: index.kind(of: group) ?? .organisation), first: first,
                        last: last))
            } else if words.bodyKinds[lastWord] == nil, runWords.count > 2,
                runWords.contains(where: { words.bodyKinds[$0] == .organisation })
            {
                // "the International Organization for Migration": a body's word inside its name.
                found.append(Found(actor: actor(plain, kind: .organisation), first: first, last: last))
            } else if let kind = words.bodyKinds[lastWord], [.armedForce, .government].contains(kind), runWords.count > 1,
                Self.isAdjective(runWords[0]), runWords.dropFirst().dropLast().allSatisfy(Self.stateForceWords.contains)
            {
                // "the Ombrassan Armed Forces", "the Ombrassan Government": the body of the state
                // the adjective names, which the report may name nowhere else.
                let adjective = String(Sentence.words(of: Substring(plain))[0].text)
                let state = actor(stateName(fromAdjective: adjective), kind: .state)
                found.append(Found(actor: state, first: first, last: first, mayBeAdjective: true))
                var body = actor(plain, kind: kind)
                if kind == .armedForce { body.partOf = state.id } else { body.represents = state.id }
                found.append(Found(actor: body, first: first, last: last))
            } else if let kind = words.bodyKinds[lastWord] {
                // A force whose name says it fights for a cause is a group's: "the Hill Tribes
                // Liberation Army"; so is one whose name has no state's in it: "the Tarn
                // Highlands Army".
                let nameWords = Sentence.words(of: Substring(plain))
                let noState =
                    nameWords.count > 2
                    && nameWords.dropLast().allSatisfy { word in
                        !Self.isAdjective(word.lower) && !Self.stateForceWords.contains(word.lower)
                            && index.id(named: String(word.text)).map { index.kind(of: $0) != .state } ?? true
                    }
                let isGroup =
                    kind == .armedForce
                    && (nameWords.contains { Self.causeWords.contains($0.lower) } || noState
                        || Self.isSoCalled(first, in: sentence))
                found.append(Found(actor: actor(plain, kind: isGroup ? .armedGroup : kind), first: first, last: last))
            } else if first == last, let next = after, next.lower == "police", !Self.isAdjective(plain) {
                // "Corrandel police chief Mathilde Orsk": a city's police, no state's.
                found.append(Found(actor: actor(plain + " Police", kind: .armedForce), first: first, last: last + 1))
                position = last + 2
            } else if first == last, let next = after, !next.isCapitalized, let kind = words.bodyKinds[next.lower],
                [.armedForce, .government].contains(kind)
            {
                // "the Karvenian army said": the army of the state the adjective names.
                let state = actor(stateName(fromAdjective: plain), kind: .state)
                found.append(Found(actor: state, first: first, last: last, mayBeAdjective: true))
                var body = actor(plain + " " + next.text.prefix(1).uppercased() + next.text.dropFirst(), kind: kind)
                if kind == .armedForce { body.partOf = state.id } else { body.represents = state.id }
                found.append(Found(actor: body, first: first, last: last + 1))
                position = last + 2
            } else if first == last, namesAStateAfterOf(at: first, in: sentence),
                !places.contains(Sentence.words(of: Substring(plain)).first?.lower ?? "")
            {
                // "the servicemen of Krasmor", "Oskavar, the capital of Quillany": a state.
                found.append(Found(actor: actor(plain, kind: .state), first: first, last: last))
            } else if first == last, Self.isPlace(at: first, in: sentence, words: words) {
                // "Police in Brezno said", "residents of the town of Lusoro said": a place.
                continue
            } else if first == last, places.contains(Sentence.words(of: Substring(plain)).first?.lower ?? "") {
                continue
            } else if first == last, ReportDates.isCalendarWord(plain) {
                // "Sunday's attack", "March's toll": a day's, no state's.
                continue
            } else if first == last, possessive, Self.ownsAPlace(after: last, in: sentence, words: words) {
                // "Tessumar's three hospitals", "Tolvenna's largest town": a town's or a region's.
                continue
            } else if first == last, possessive, first > 0, all[first - 1].lower == "the" {
                // "the Brotherhood's claim": a state's name takes no article.
                found.append(Found(actor: actor(plain, kind: .organisation), first: first, last: last))
            } else if first == last, Self.endsATitle(at: first, in: sentence, words: words) {
                // "The Chief of the General Staff added": the person the title names.
                continue
            } else if first == last,
                possessive || isSideWord(after) || isAttribution(at: last + 1, in: sentence)
            {
                found.append(Found(actor: actor(plain, kind: .state), first: first, last: last, mayBeAdjective: !possessive))
            }
        }
        return found
    }

    /// Whether the name at `index` ends a person's title: "the Chief of the General Staff",
    /// "the Minister of Foreign Affairs".
    static func endsATitle(at index: Int, in sentence: Sentence, words: DraftingWords) -> Bool {
        let before = sentence.words[max(0, index - 5)..<index]
        guard let of = before.lastIndex(where: { $0.lower == "of" }), of > 0 else { return false }
        return words.personTitles.contains(sentence.words[of - 1].lower)
            && sentence.words[(of + 1)..<index].allSatisfy { $0.lower == "the" || $0.isCapitalized }
    }

    /// Words that make the name after "the X of" a state's: "the Republic of Harnovia".
    private static let statehoodWords: Set<String> = [
        "republic", "kingdom", "state", "federation", "emirate", "principality", "commonwealth", "sultanate",
    ]
    /// Bodies whose names go on with "of": "the Ministry of Defence of the Republic of Harnovia",
    /// "the Holy Synod of the Ordenic Church". Not the words of many units ("Units of the
    /// Northern Group of Forces"), which name no one body.
    private static let pluralHeads: Set<String> = ["units", "brigades", "battalions", "forces", "services"]

    /// A body named with "of" or "for": its kind by the word before the first of them, and the
    /// state its name ends in, where it ends in "the Republic of X" or a state the report knows.
    /// "the Ministry of Defence of the Republic of Harnovia" speaks for Harnovia.
    private func bodyOfAState(_ first: Int, _ last: Int, in sentence: Sentence, index: ActorIndex) -> [Found]? {
        let all = sentence.words
        guard let of = (first...last).first(where: { ["of", "for"].contains(all[$0].lower) }), of > first,
            !Self.pluralHeads.contains(all[of - 1].lower)
        else { return nil }
        let lastWord = all[last].lower
        guard let kind = words.bodyKinds[lastWord] ?? words.bodyKinds[all[of - 1].lower] else { return nil }
        let name = sentence.excerpt(first, last)
        var body = actor(name, kind: kind)
        var found: [Found] = []
        // The state: the name after the last "of", alone.
        if let lastOf = (first...last).last(where: { all[$0].lower == "of" }), lastOf == last - 1 {
            let stateWord = all[last]
            let statehood = lastOf > first && Self.statehoodWords.contains(all[lastOf - 1].lower)
            let known = index.id(named: stateWord.base).flatMap { index.kind(of: $0) == .state ? $0 : nil }
            // "the Ministry of Defence of Maltrenia": a ministry is a state's.
            let ministry = all[first].lower == "ministry" && lastOf > of && stateWord.isWord && !Self.isAdjective(stateWord.lower)
            if statehood || known != nil || ministry {
                var state = known.flatMap { index.actors[$0] } ?? actor(String(stateWord.text), kind: .state)
                if statehood, known == nil { state.aliases = [sentence.excerpt(lastOf - 1, last)] }
                found.append(Found(actor: state, first: last, last: last))
                switch kind {
                case .armedForce: body.partOf = state.id
                default: body.represents = state.id
                }
                if kind == .armedForce,
                    Sentence.words(of: Substring(name)).contains(where: { Self.causeWords.contains($0.lower) })
                {
                    body = actor(name, kind: .armedGroup)
                }
            }
        }
        found.append(Found(actor: body, first: first, last: last))
        return found
    }

    /// "Northland's defence ministry", "Southland's army": a state's possessive and the body of
    /// it, one or two lowercase words ending in a body's word, with the state as the text names it.
    private func body(at position: Int, in sentence: Sentence, index: ActorIndex) -> (state: Actor, actor: Actor, last: Int)? {
        let all = sentence.words
        let word = all[position]
        guard word.isCapitalized, word.lower.hasSuffix("’s") || word.lower.hasSuffix("'s"), position + 1 < all.count,
            // "the Sovann People's Army": a word inside a name, no state's possessive.
            !Self.causeWords.contains(word.lower),
            position == 0 || !all[position - 1].isCapitalized || !all[position - 1].isWord
                || Self.notNames.contains(all[position - 1].lower)
        else {
            return nil
        }
        let groupLast: Int
        if words.bodyKinds[all[position + 1].lower] != nil {
            groupLast = position + 1
        } else if position + 2 < all.count, all[position + 1].isWord, words.bodyKinds[all[position + 2].lower] != nil {
            groupLast = position + 2
        } else if position + 3 < all.count, all[position + 1].isWord, all[position + 2].isWord, !all[position + 1].isCapitalized,
            !all[position + 2].isCapitalized, words.bodyKinds[all[position + 3].lower] != nil
        {
            // "Penvarra's civil protection agency".
            groupLast = position + 3
        } else {
            return nil
        }
        // "Morongo's district hospital": the owner of a body no state has may be a town.
        guard let kind = words.bodyKinds[all[groupLast].lower], Self.stateBodies.contains(all[groupLast].lower) else {
            return nil
        }
        let name = Self.withoutPossessive(String(word.text))
        let state = actor(name, kind: .state)
        // "Veltrana's Ministry of Defence": a body's name that goes on with "of" is the state's
        // in the form a heading prints it, "Ministry of Defence of Veltrana".
        if all[position + 1].isCapitalized, groupLast == position + 1, groupLast + 2 < all.count,
            ["of", "for"].contains(all[groupLast + 1].lower),
            let (_, last) = nameRun(at: position + 1, in: sentence, known: []), last > groupLast + 1
        {
            let group = sentence.excerpt(position + 1, last)
            // "Gavrissa's Office for Relief and Solidarity" is named so without the state.
            var body = actor(all[groupLast + 1].lower == "for" ? group : group + " of " + name, kind: kind)
            body.aliases = [sentence.excerpt(position, last)]
            if kind == .armedForce { body.partOf = state.id } else { body.represents = state.id }
            return (state, body, last)
        }
        let group = all[(position + 1)...groupLast].map { $0.text.prefix(1).uppercased() + $0.text.dropFirst() }.joined(
            separator: " ")
        // A state's body is named with its adjective where it has one: "Doravia's foreign ministry"
        // is the Doravian Foreign Ministry, "Cambodia's defence ministry" the Cambodian one.
        var body = actor(Self.adjective(of: name, known: index) + " " + group, kind: kind)
        // The report's own words are a name of it too: "Duskar's military".
        body.aliases = [name + " " + group, sentence.excerpt(position, groupLast)]
        if kind == .armedForce { body.partOf = state.id } else { body.represents = state.id }
        return (state, body, groupLast)
    }

    /// Whether a name is said to be an armed group's by the words before it: "the so-called
    /// Thornwood Army", "the self-styled Tarn Highlands Army".
    static func isSoCalled(_ first: Int, in sentence: Sentence) -> Bool {
        first > 0 && ["so-called", "self-styled", "self-proclaimed"].contains(sentence.words[first - 1].lower)
    }

    /// "the Kaliria Conflict Monitor", "the Kalirian Popular Front", "the Tovren Defence
    /// Ministry": capitalized words after a state's name or adjective, ending in a body's word.
    /// The state's army and ministries are part of it or speak for it; a front, a monitor or a
    /// society is a body of its own that only bears the state's name.
    private func namedBody(at position: Int, in sentence: Sentence, index: ActorIndex, known: [Mention]) -> Found? {
        let all = sentence.words
        guard let state = known.first(where: { $0.first == position }), index.kind(of: state.id) == .state,
            !all[state.last].lower.hasSuffix("’s"), !all[state.last].lower.hasSuffix("'s")
        else { return nil }
        var last = state.last
        while last + 1 < all.count, all[last + 1].isWord, all[last + 1].isCapitalized,
            !all[last + 1].text.contains(where: \.isNumber),
            !known.contains(where: { $0.first == last + 1 }), !words.personTitles.contains(all[last + 1].lower)
        {
            last += 1
        }
        guard last > state.last, let kind = words.bodyKinds[all[last].lower] else { return nil }
        let name = sentence.excerpt(position, last)
        if index.id(named: name) != nil { return nil }
        let between = all[(state.last + 1)..<last].map(\.lower)
        var body: Actor
        switch kind {
        case .armedForce where between.allSatisfy(Self.stateForceWords.contains):
            body = actor(name, kind: .armedForce)
            body.partOf = state.id
        case .armedForce, .armedGroup:
            body = actor(name, kind: .armedGroup)
        case .government:
            body = actor(name, kind: .government)
            body.represents = state.id
        default:
            body = actor(name, kind: kind)
            if Self.governmentBodies.contains(all[last].lower) { body.represents = state.id }
        }
        return Found(actor: body, first: position, last: last)
    }

    /// Prepositions of place.
    static let placePrepositions: Set<String> = ["in", "at", "near", "inside", "outside", "into", "around", "outskirts"]

    /// Which part of a place: "in eastern Quessary" names Quessary as "in Quessary" does.
    static let compassWords: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    ]

    /// Words that may stand between a preposition of place and the place: "in eastern Quessary",
    /// "in the neighbouring state".
    static let placeModifiers = compassWords.union(["the", "a", "neighbouring", "neighboring"])

    /// Whether a mention is an adjective before a noun that names no place ("in Pakistani
    /// strikes"), not a place itself ("in Cambodia on Sunday", "in the Duskari border city").
    static func modifiesNoun(_ mention: Mention, in sentence: Sentence, words: DraftingWords) -> Bool {
        let all = sentence.words
        guard mention.last + 1 < all.count, all[mention.last + 1].isWord, !all[mention.last + 1].isCapitalized else {
            return false
        }
        let next = all[mention.last + 1].lower
        return !Self.wordsAfterAPlace.contains(next) && !words.placeNouns.contains(next) && !words.placeThings.contains(next)
    }

    /// Lowercase words that may follow a place's name without making it an adjective ("on the
    /// Southland side of the border" is a place).
    private static let wordsAfterAPlace: Set<String> = [
        "side",
        "and", "or", "but", "on", "in", "at", "since", "after", "before", "during", "as", "by", "to", "from", "near",
        "where", "when", "while", "over", "for", "with", "of", "last", "this", "said", "says", "was", "were", "is", "are",
        "has", "have", "had",
    ]

    /// Whether a mention names a place: after a preposition of place, or a possessive before a
    /// place's noun ("Velmora's main port", "Kirran's border villages").
    static func namesPlace(_ mention: Mention, in sentence: Sentence, words: DraftingWords) -> Bool {
        let all = sentence.words
        if isPlace(at: mention.first, in: sentence, words: words) { return true }
        let word = all[mention.last].lower
        guard word.hasSuffix("’s") || word.hasSuffix("'s") else { return false }
        return all[(mention.last + 1)..<min(all.count, mention.last + 4)].contains {
            words.placeNouns.contains($0.lower) || words.placeNouns.contains($0.base)
        }
    }

    /// Whether the name at `index` stands where a place does: after a preposition of place, or
    /// after "the town of". A state there is still the state ("in Northland"), but a name no list
    /// knows is more likely a town than a side.
    static func isPlace(at index: Int, in sentence: Sentence, words: DraftingWords) -> Bool {
        let all = sentence.words
        guard index > 0 else { return false }
        // "in eastern Quessary": the preposition before the part of the place. Not "in the
        // Duskari border city", where the name is the city's adjective, no place itself.
        let start = index > 1 && compassWords.contains(all[index - 1].lower) ? index - 1 : index
        let before = all[start - 1].lower
        if placePrepositions.contains(before) { return true }
        return before == "of" && start > 1 && words.placeNouns.contains(all[start - 2].lower)
    }

    /// "Northland soldiers", "Southland artillery": a name before what a side has.
    func isSideWord(_ next: Sentence.Word?) -> Bool {
        guard let next else { return false }
        // "Tormsby barracks", "Remsk airport": what a town has, no side's.
        let ofAPlace = words.units.contains { $0.words == [next.lower] && Self.placeUnits.contains($0.meaning.unit) }
        return (!ofAPlace && words.units.contains { $0.words.first == next.lower }) || words.bodyKinds[next.lower] != nil
            || [
                "border", "side", "forces", "troops", "artillery", "army", "government", "officials", "authorities", "territory",
                "soil",
                "positions", "jets", "drones", "air", "defence", "defense", "foreign", "security", "military",
            ].contains(next.lower)
    }

    /// Whether the words before a name, and its "of", make it a state: "the servicemen of Krasmor",
    /// "soldiers of Ardun", "the people of Sindravar" (but not "the residents of Ostry", whom a
    /// town has too).
    private func namesAStateAfterOf(at index: Int, in sentence: Sentence) -> Bool {
        let all = sentence.words
        guard index >= 2, all[index - 1].lower == "of" else { return false }
        // "In a message to the people of Sindravar", "Oskavar, the capital of Quillany".
        return words.forces.contains(all[index - 2].lower)
            || ["army", "forces", "people", "citizens", "peoples", "government", "capital"].contains(all[index - 2].lower)
    }

    /// Units of what stands in a place rather than with a side.
    private static let placeUnits: Set<String> = ["facilities", "buildings", "locations"]

    /// Whether a speaker's verb stands at `index`: "said", "denied", or "has denied", "had
    /// killed" (an auxiliary alone, as in "the darkest day Corrandel has known", is none).
    private func isAttribution(at index: Int, in sentence: Sentence) -> Bool {
        let all = sentence.words
        guard index < all.count else { return false }
        func isVerb(_ word: Sentence.Word) -> Bool {
            words.attributionVerbs.contains(word.lower) || words.denied.contains(word.lower) || words.alleged.contains(word.lower)
        }
        if isVerb(all[index]) { return true }
        guard ["has", "had", "have", "was", "is"].contains(all[index].lower), index + 1 < all.count else { return false }
        var next = index + 1
        if ["also", "already", "now", "since", "repeatedly"].contains(all[next].lower), next + 1 < all.count { next += 1 }
        return isVerb(all[next]) || sentence.longest(words.measures, at: next) != nil
    }

    /// A run of capitalized words, with "of", "for" and "the" inside where a capitalized word
    /// follows ("Council of Northern States"), that no known name covers.
    private func nameRun(at position: Int, in sentence: Sentence, known: [Mention]) -> (Int, Int)? {
        let all = sentence.words
        // "AK-47 rifles": a name with a digit is a model's, not an actor's.
        guard all[position].isWord, all[position].isCapitalized, !all[position].text.contains(where: \.isNumber),
            !Self.notNames.contains(all[position].lower), !words.personTitles.contains(all[position].lower),
            // "Twelve people were wounded": a number at a sentence's start names no one.
            NumberPhrase.read(sentence, at: position, words: words) == nil,
            !ReportDates.weekdays.contains(all[position].lower),
            !known.contains(where: { $0.first <= position && position <= $0.last })
        else { return nil }
        var last = position
        while last + 1 < all.count {
            let next = all[last + 1]
            if next.isWord, next.isCapitalized, !next.text.contains(where: \.isNumber),
                !known.contains(where: { $0.first == last + 1 }),
                !words.personTitles.contains(next.lower)
            {
                last += 1
                continue
            }
            // "Yesterday the Ministry": a sentence's first word and "the" begin no name.
            if ["of", "for", "the"].contains(next.lower), last + 2 < all.count, all[last + 2].isCapitalized,
                !["the"].contains(all[last + 2].lower) || last + 3 < all.count, next.lower != "the" || last > 0
            {
                last += 2
                continue
            }
            // "the Office for Relief and Solidarity": "and" inside a body's name that went on with "of" or "for".
            if next.lower == "and", last + 2 < all.count, all[last + 2].isCapitalized, all[last + 2].isWord,
                all[position...last].contains(where: { ["of", "for"].contains($0.lower) }),
                !known.contains(where: { $0.first == last + 2 })
            {
                last += 2
                continue
            }
            // "the Council of the Grey Gulf States", "the Brotherhood of the Red Ford".
            if ["of", "for"].contains(next.lower), last + 3 < all.count, all[last + 2].lower == "the",
                all[last + 3].isWord, all[last + 3].isCapitalized, !all[last + 3].text.contains(where: \.isNumber),
                !words.personTitles.contains(all[last + 3].lower)
            {
                last += 3
                continue
            }
            break
        }
        if position == last, Self.departments.contains(all[position].lower) { return nil }
        // A sentence's first word is capitalized anyway: only a name when more follows it or it
        // stands before what names are followed by.
        if position == 0 && last == 0 {
            // "Traders said dozens of stalls had been flattened": people of no name.
            let lower = all[0].lower
            if words.civilians.contains(lower) || words.forces.contains(lower) || words.fighters.contains(lower)
                || ["neighbours", "neighbors", "locals"].contains(lower)
            {
                return nil
            }
            let next = all.count > 1 ? all[1] : nil
            let possessive = all[0].lower.hasSuffix("’s") || all[0].lower.hasSuffix("'s")
            guard possessive || isAttribution(at: 1, in: sentence) || isSideWord(next) else { return nil }
        }
        return (position, last)
    }

    /// "41st", "3rd", "102nd": a number of order, in digits.
    private static func isOrdinal(_ word: Sentence.Word) -> Bool {
        let digits = word.lower.prefix { $0.isNumber }
        return !digits.isEmpty && ["st", "nd", "rd", "th"].contains(String(word.lower.dropFirst(digits.count)))
    }

    /// Whether the words after a possessive name what a place has: "Tessumar's three hospitals".
    static func ownsAPlace(after possessive: Int, in sentence: Sentence, words: DraftingWords) -> Bool {
        let following = sentence.words[(possessive + 1)..<min(sentence.words.count, possessive + 4)]
        return following.prefix(while: { $0.isWord && !$0.isCapitalized }).contains {
            words.placeThings.contains($0.lower) || words.placeNouns.contains($0.lower)
        }
    }

    /// Whether a word ends as a people's adjective does: "Ombrassan", "Kirrani", "Sudanese".
    static func isAdjective(_ word: String) -> Bool {
        adjectiveEndings.contains { word.lowercased().hasSuffix($0) }
    }

    private static let adjectiveEndings = ["an", "ian", "ese", "i", "ish", "ene"]

    /// The one name of the report a people's adjective comes from, by their shared stem:
    /// "Quellish" of Quellmark, "Yarvene" of Yarvenland, "Merovan" of Merovay, which no rule of
    /// endings makes. `names` are the report's capitalized words, without a possessive.
    static func stateName(fromAdjective adjective: String, among names: Set<String>) -> String? {
        let lower = adjective.lowercased()
        guard let ending = adjectiveEndings.filter({ lower.hasSuffix($0) }).max(by: { $0.count < $1.count }) else {
            return nil
        }
        let stem = String(lower.dropLast(ending.count))
        guard stem.count >= 4 else { return nil }
        let matches = names.filter { name in
            let name = name.lowercased()
            // "Tessmoor" of "Tessmoorian", "Lazaria" of "Lazarian".
            return name.count >= stem.count && name.hasPrefix(stem) && !name.hasPrefix(lower) && !isAdjective(name)
                && name.allSatisfy(\.isLetter)
        }
        return matches.count == 1 ? matches.first : nil
    }

    /// The actor a people's adjective names, when one of the names it could come from is known:
    /// "Karvenian" for Karvenia, "Pakistani" for Pakistan, "Sudanese" for Sudan.
    static func demonymBase(_ word: String, index: ActorIndex) -> String? {
        let lower = word.lowercased()
        guard ["an", "ian", "ese", "i", "ish", "ic"].contains(where: { lower.hasSuffix($0) }) else { return nil }
        // "Ashkari" of Ashkaria, "Kirrani" of Kirran, "Karvenian" of Karvenia.
        for cut in 0...3 where word.count > cut + 2 {
            let base = String(word.dropLast(cut))
            if let id = (cut > 0 ? index.id(named: base) : nil) ?? index.id(named: base + "a") { return id }
        }
        // "Brellish" of Brelland, "Polish" of Poland, "Finnish" of Finland.
        if lower.hasSuffix("ish"), word.count > 5 {
            let stem = String(word.dropLast(3))
            let single = stem.count > 2 && stem.last == stem.dropLast().last ? String(stem.dropLast()) : stem
            for name in [stem + "and", stem + "land", single + "land", stem + "eland"] {
                if let id = index.id(named: name) { return id }
            }
        }
        return nil
    }

    private func actor(_ name: String, kind: Actor.Kind) -> Actor {
        Actor(id: Drafter.slug(name), name: name, kind: kind)
    }

    /// "Cambodian" for Cambodia where the gazetteer has the adjective as an alias; else one made
    /// the usual way for a name in -a ("Doravian"); else the name itself ("Northland").
    static func adjective(of name: String, known index: ActorIndex) -> String {
        if let id = index.id(named: name) {
            // Its own aliases first, then those of the bodies that stand for it ("Afghan").
            let sides = [id] + index.actors.values.filter { $0.id != id && index.state(of: $0.id) == id }.map(\.id).sorted()
            for side in sides {
                // Not the name itself: "Afghanistan" ends as adjectives do.
                let adjectives = index.singleWordNames(of: side).filter { alias in
                    !alias.contains(" ") && alias.lowercased() != name.lowercased()
                        && ["an", "ian", "ese", "i", "ish"].contains { alias.lowercased().hasSuffix($0) }
                        && alias.lowercased().hasPrefix(String(name.lowercased().prefix(3)))
                }
                if let adjective = adjectives.first { return adjective }
            }
        }
        return name.hasSuffix("a") ? name + "n" : name
    }

    /// "Karvenia" of "Karvenian", "Velmora" of "Velmoran": the name an adjective in -n comes
    /// from; other adjectives ("Sudanese") are kept, since their names cannot be told.
    static func stateName(fromAdjective adjective: String) -> String {
        adjective.hasSuffix("ian") || (adjective.hasSuffix("an") && adjective.count > 4)
            ? String(adjective.dropLast()) : adjective
    }

    private static func withoutPossessive(_ name: String) -> String {
        for suffix in ["’s", "'s"] where name.hasSuffix(suffix) { return String(name.dropLast(2)) }
        return name
    }
}
