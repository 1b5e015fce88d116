import ConflictModel

/// The actors a draft can name, found by their names and aliases in a report's words: those of
/// the model drafted into, the built-in model and the gazetteer, and the people the report itself
/// introduces ("information minister Attaullah Tarar").
struct ActorIndex {
    /// Each actor as the model that first defined it has it: what a draft writes for it, so that
    /// the draft merges with that model.
    private(set) var actors: [String: Actor] = [:]
    /// Every name and alias, as lowercase words, with the actor it names, in the order given.
    private var names: [(words: [String], id: String)] = []
    /// The same names by their first word, longest first: a mention is looked for at every word
    /// of every sentence, among the few names that can start there.
    private var namesByFirstWord: [String: [(words: [String], id: String)]] = [:]
    /// Actors the report introduces, not known before.
    private(set) var introduced: [String] = []
    /// The first words of names that the text writes in lowercase: a person known only by a
    /// title, "the representative of Calverra".
    private var lowercaseHeads: Set<String> = []

    init(models: [ConflictModel]) {
        for model in models {
            for actor in model.actors {
                if actors[actor.id] == nil { actors[actor.id] = actor }
                for name in [actor.name] + actor.aliases { addName(name, for: actor.id) }
                // A person is named by surname after the first mention: "Tarar said".
                if actor.kind == .person, let surname = actor.name.split(separator: " ").last, surname.count > 2 {
                    addName(String(surname), for: actor.id)
                }
            }
        }
    }

    /// A name the drafter also knows an actor by, without writing it into the actor: "Karvenian"
    /// for Karvenia.
    mutating func alias(_ name: String, for id: String) {
        addName(name, for: id)
    }

    /// A name the report gives an actor of its own that a model or the gazetteer gives another:
    /// "the Sevranian Armed Forces (SAF)" are SAF in this report, not Sudan's army.
    mutating func takeName(_ name: String, for id: String) {
        let words = Sentence.words(of: Substring(name)).map(\.base)
        guard let first = words.first else { return }
        names.removeAll { $0.words == words }
        namesByFirstWord[first]?.removeAll { $0.words == words }
        addAlias(name, to: id)
    }

    private mutating func addName(_ name: String, for id: String) {
        // A lowercase alias ("army" for the Pakistan Army) is a word of every report, no name.
        guard name.first?.isLowercase != true else { return }
        let words = Sentence.words(of: Substring(name)).map(\.base)
        guard !words.isEmpty, !names.contains(where: { $0.words == words }) else { return }
        names.append((words, id))
        var starting = namesByFirstWord[words[0], default: []]
        starting.insert((words, id), at: starting.firstIndex { $0.words.count < words.count } ?? starting.endIndex)
        namesByFirstWord[words[0]] = starting
    }

    /// An actor the report introduces, under a new id unless the name is taken.
    mutating func introduce(_ actor: Actor) -> String {
        if let known = id(named: actor.name) { return known }
        var candidate = actor
        var suffix = 2
        while actors[candidate.id] != nil {
            candidate.id = "\(actor.id)-\(suffix)"
            suffix += 1
        }
        actors[candidate.id] = candidate
        introduced.append(candidate.id)
        for name in [candidate.name] + candidate.aliases { addName(name, for: candidate.id) }
        if candidate.kind == .person, !candidate.name.contains(" of "), let surname = candidate.name.split(separator: " ").last,
            surname.count > 2
        {
            addName(String(surname), for: candidate.id)
        }
        return candidate.id
    }

    /// A person the report names only by a title, "Representative of Calverra": found where the
    /// text writes the title in lowercase too.
    mutating func nameByTitle(_ id: String) {
        guard let name = actors[id]?.name, let head = Sentence.words(of: Substring(name)).first else { return }
        lowercaseHeads.insert(head.lower)
    }

    /// Another name of an actor, written into it: "Kirrani Army" for the Kirran Army once the
    /// report has shown that "Kirrani" is Kirran's adjective.
    mutating func addAlias(_ name: String, to id: String) {
        guard var actor = actors[id], actor.name != name, !actor.aliases.contains(name) else { return }
        actor.aliases.append(name)
        actors[id] = actor
        addName(name, for: id)
    }

    /// A better name for an actor the report introduced: "the Ministry of Defence" of a report on
    /// Brevonia is the Brevonian Ministry of Defence. The old name still finds it in the report,
    /// but is not written as an alias: another model's "Ministry of Defence" is another state's.
    mutating func rename(_ id: String, to name: String) {
        guard var actor = actors[id], introduced.contains(id), actor.name != name else { return }
        actor.aliases.removeAll { $0 == name }
        actor.name = name
        actors[id] = actor
        addName(name, for: id)
    }

    /// Whom an actor known by name alone stands for, once a sentence's words say it: the outlet
    /// "Ministry of Defence of the Republic of Harnovia" speaks for Harnovia.
    mutating func standFor(_ id: String, represents: String?, partOf: String?) {
        guard represents != nil || partOf != nil, var actor = actors[id], actor.represents == nil, actor.partOf == nil,
            represents != id, partOf != id
        else { return }
        actor.represents = represents
        actor.partOf = partOf
        actors[id] = actor
    }

    /// One actor the report introduced under two names, the short one first: "the Ministry of
    /// Defence" of a title, and "the Ministry of Defence of the Republic of Harnovia" of the text.
    /// The short one's names become the long one's aliases.
    mutating func merge(_ short: String, into long: String) {
        guard short != long, let actor = actors[short], introduced.contains(short) else { return }
        actors[short] = nil
        introduced.removeAll { $0 == short }
        for index in names.indices where names[index].id == short { names[index].id = long }
        for (first, starting) in namesByFirstWord {
            namesByFirstWord[first] = starting.map { ($0.words, $0.id == short ? long : $0.id) }
        }
        for name in [actor.name] + actor.aliases { addAlias(name, to: long) }
        redirect(short, to: long)
    }

    /// Points what is part of or represents `id`, an actor never introduced, at `target`: the
    /// state a people's adjective turned out to name.
    mutating func redirect(_ id: String, to target: String) {
        guard id != target, actors[id] == nil else { return }
        for (key, var actor) in actors where actor.partOf == id || actor.represents == id {
            if actor.partOf == id { actor.partOf = target }
            if actor.represents == id { actor.represents = target }
            actors[key] = actor
        }
    }

    /// Every one-word name the drafter knows the actor by, capitalized: its adjectives among them.
    func singleWordNames(of id: String) -> [String] {
        names.filter { $0.id == id && $0.words.count == 1 }.map { $0.words[0].prefix(1).uppercased() + $0.words[0].dropFirst() }
    }

    func id(named name: String) -> String? {
        let words = Sentence.words(of: Substring(name)).map(\.base)
        return names.first { $0.words == words }?.id
    }

    /// The actor whose name starts at word `index`, if the word is capitalized as names are, with
    /// the index of the name's last word.
    func mention(in sentence: Sentence, at index: Int) -> (id: String, last: Int)? {
        let word = sentence.words[index]
        guard word.isCapitalized || lowercaseHeads.contains(word.lower) else { return nil }
        // A phrase's word matches the sentence's word or its base: "Pakistan’s" is "pakistan".
        let starting = (namesByFirstWord[word.base] ?? []) + (word.base == word.lower ? [] : namesByFirstWord[word.lower] ?? [])
        let longest = starting.filter { sentence.matches($0.words, at: index) }.max { $0.words.count < $1.words.count }
        return longest.map { ($0.id, index + $0.words.count - 1) }
    }

    /// Every mention in the sentence, left to right, none inside another.
    func mentions(in sentence: Sentence) -> [Mention] {
        var found: [Mention] = []
        var index = 0
        while index < sentence.words.count {
            if let (id, last) = mention(in: sentence, at: index) {
                found.append(Mention(id: id, first: index, last: last))
                index = last + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The state an actor stands for in the end: itself, or what it represents or is part of.
    func state(of id: String) -> String {
        var current = id
        for _ in 0..<8 {
            guard let actor = actors[current] else { break }
            if actor.kind == .state { return current }
            guard let next = actor.represents ?? actor.partOf else { break }
            current = next
        }
        return current
    }

    func kind(of id: String) -> Actor.Kind? { actors[id]?.kind }

    /// The one body of that kind that belongs to a state or speaks for it, if there is one: the
    /// Royal Thai Army for Thailand's army.
    func body(of state: String, kind: Actor.Kind) -> Actor? {
        let bodies = actors.values.filter { $0.kind == kind && ($0.partOf == state || $0.represents == state) }
        return bodies.count == 1 ? bodies[0] : nil
    }
}

/// Where a sentence names an actor.
struct Mention: Equatable {
    let id: String
    let first: Int
    let last: Int
}
