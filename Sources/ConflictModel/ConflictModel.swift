/// Everything known about a conflict: its vocabulary, sources, actors, events, claims and statements.
///
/// Built once, then only read; the lookup tables are made in `init` so that queries over large
/// models find actors, events and statements by id without scanning.
public struct ConflictModel: Sendable {
    public let vocabulary: Vocabulary
    public let sources: [Source]
    public let actors: [Actor]
    public let events: [Event]
    public let claims: [Claim]
    public let statements: [Statement]
    /// A data set's rows kept as columns in a store, beside the entries above: events after
    /// `events`, claims after `claims`. Nil for a model read from model files.
    public let rows: StoredRows?

    private let actorsByID: [String: Int]
    private let actorsByName: [String: [Int]]
    private let eventsByID: [String: Int]
    private let sourcesByID: [String: Int]
    private let statementsByID: [Int: Int]
    private let claimsByID: [Int: Int]
    /// For each actor id, the positions of the actors that belong to it or speak for it directly.
    private let membersByParent: [String: [Int]]
    /// For each event id, the positions of the events that are part of it directly.
    private let partsByEvent: [String: [Int]]

    public init(
        vocabulary: Vocabulary, sources: [Source], actors: [Actor], events: [Event],
        claims: [Claim], statements: [Statement], rows: StoredRows? = nil
    ) {
        self.rows = rows
        self.vocabulary = vocabulary
        self.sources = sources
        self.actors = actors
        self.events = events
        self.claims = claims
        self.statements = statements
        actorsByID = Self.index(actors) { $0.id }
        eventsByID = Self.index(events) { $0.id }
        sourcesByID = Self.index(sources) { $0.id }
        statementsByID = Self.index(statements) { $0.id }
        claimsByID = Self.index(claims) { $0.id }
        var byName: [String: [Int]] = [:]
        for (position, actor) in actors.enumerated() {
            for name in Set(actor.names.map(Self.nameKey)) { byName[name, default: []].append(position) }
        }
        actorsByName = byName
        var members: [String: [Int]] = [:]
        for (position, actor) in actors.enumerated() {
            for parent in Set([actor.partOf, actor.represents].compactMap { $0 }) {
                members[parent, default: []].append(position)
            }
        }
        membersByParent = members
        var parts: [String: [Int]] = [:]
        for (position, event) in events.enumerated() {
            if let whole = event.partOf { parts[whole, default: []].append(position) }
        }
        partsByEvent = parts
    }

    public static let empty = ConflictModel(
        vocabulary: Vocabulary(), sources: [], actors: [], events: [], claims: [], statements: [])

    public func actor(id: String) -> Actor? { actorsByID[id].map { actors[$0] } }
    public func event(id: String) -> Event? { eventsByID[id].map { events[$0] } }
    /// One property of an event, read in place: a claim's country, asked of every claim, would
    /// otherwise copy its event's whole record.
    public func event<Property>(id: String, _ property: KeyPath<Event, Property>) -> Property? {
        eventsByID[id].map { events[$0][keyPath: property] }
    }
    public func source(id: String) -> Source? { sourcesByID[id].map { sources[$0] } }
    public func statement(id: Int) -> Statement? { statementsByID[id].map { statements[$0] } }
    public func claim(id: Int) -> Claim? { claimsByID[id].map { claims[$0] } }

    /// The actors a name, alias or id stands for, ignoring case; more than one when the name is shared.
    public func actors(named name: String) -> [Actor] {
        (actorsByName[Self.nameKey(name)] ?? []).map { actors[$0] }
    }

    /// The display name of an actor id, or the id itself if the model has no such actor.
    /// Reads the name in place: queries ask it for every record they test, group or show, and
    /// copying the whole actor to read one field cost more than finding it.
    public func name(ofActor id: String) -> String { actorsByID[id].map { actors[$0].name } ?? id }

    /// The actor and everyone who speaks for it or belongs to it, at any depth: Pakistan, its
    /// government, its army, and their ministers.
    public func actorAndMembers(_ id: String) -> Set<String> { members(of: id).ids }

    /// The actor with everyone who belongs to it or speaks for it, at any depth, found once each
    /// through an index of direct members, so a long chain costs its length and no more.
    ///
    /// A government is an actor of its own, apart from the state it governs: where the walk goes
    /// from a state to a government (Afghanistan to the Afghan Taliban, its de facto government),
    /// the government and those under it are also listed in `acrossGovernment`, so that an answer
    /// can say it took them in.
    public func members(of id: String) -> ActorMembers {
        var ids: Set<String> = [id]
        var acrossGovernment: Set<String> = []
        var governments: [String] = []
        var pending: [(id: String, across: Bool)] = [(id, false)]
        while let (current, across) = pending.popLast() {
            let parentIsState = actor(id: current)?.kind == .state
            for position in membersByParent[current] ?? [] {
                let member = actors[position]
                guard ids.insert(member.id).inserted else { continue }
                let crosses = parentIsState && member.kind == .government
                if crosses { governments.append(member.id) }
                if across || crosses { acrossGovernment.insert(member.id) }
                pending.append((member.id, across || crosses))
            }
        }
        return ActorMembers(root: id, ids: ids, acrossGovernment: acrossGovernment, governments: governments)
    }

    /// The top of the chain of bodies an actor speaks for or belongs to: Tarar → Pakistan.
    public func side(of id: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let up = actor(id: current).flatMap({ $0.represents ?? $0.partOf }), seen.insert(up).inserted {
            current = up
        }
        return current
    }

    /// The body a statement speaks for: the one it names, else the state or body its speaker (a
    /// person) speaks for, else the speaker itself, as a state or a ministry speaks for itself.
    /// Nil only for a reciprocal act whose words nobody in it is quoted for.
    public func voice(of statement: Statement) -> String? {
        voice(represents: statement.represents, speaker: statement.speaker)
    }

    /// The same, from a statement's two fields, for callers that read them where they lie.
    public func voice(represents: String?, speaker: String?) -> String? {
        if let represents { return represents }
        guard let speaker else { return nil }
        if let actor = actor(id: speaker), actor.kind == .person, let body = actor.represents { return body }
        return speaker
    }

    /// The events with these ids and every event part of them, at any depth: an operation and its
    /// strikes. Found once each through an index of direct parts, so a long chain costs its length.
    public func eventsAndParts(_ ids: Set<String>) -> Set<String> {
        var found = ids.filter { eventsByID[$0] != nil }
        var pending = Array(found)
        while let current = pending.popLast() {
            for position in partsByEvent[current] ?? [] where found.insert(events[position].id).inserted {
                pending.append(events[position].id)
            }
        }
        return found
    }

    /// An id made of a name, as drafts and imports make them: "Attaullah Tarar" is
    /// "attaullah-tarar", its letters and digits in lower case joined by dashes.
    public static func idSlug(_ name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "actor" : slug
    }

    /// Names are compared without case and with runs of blanks folded, so "afghan  taliban" finds them.
    public static func nameKey(_ name: String) -> String {
        if let ascii = asciiNameKey(name) { return ascii }
        return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The same key, byte by byte, for a name that is all ASCII, as nearly all are; nil otherwise.
    /// `Character.isWhitespace` looks each character up in Unicode's tables: for the built-in model's
    /// names alone that was a tenth of a one-shot query's instructions.
    private static func asciiNameKey(_ name: String) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(name.utf8.count)
        var blankPending = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") || (0x09...0x0D).contains(byte) {  // the ASCII white space
                blankPending = !key.isEmpty
                continue
            }
            if blankPending {
                key.append(UInt8(ascii: " "))
                blankPending = false
            }
            key.append((UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Takes a closure rather than a key path: key paths are built at run time on first use, which
    /// every one-shot query paid for before its first result.
    private static func index<Element, Key: Hashable>(_ elements: [Element], by key: (Element) -> Key) -> [Key: Int] {
        var index: [Key: Int] = [:]
        index.reserveCapacity(elements.count)
        for (position, element) in elements.enumerated() where index[key(element)] == nil {
            index[key(element)] = position
        }
        return index
    }
}
