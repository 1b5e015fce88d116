import ConflictModel

/// Finds the actor a data set means by its name for it ("Taleban", "Military Forces of Pakistan
/// (2018-)", GDELT's `PAKGOV`) among the actors already known: those of the models imported into
/// and of the shipped alias table (Models/datasets/aliases.yaml), by name, alias or id, as
/// queries find them. A name found nowhere becomes an actor of its own, named as the data set
/// names it, and is listed as unresolved.
struct ActorResolver {
    private let known: ConflictModel
    /// The actors this import made, by id, in the order first met.
    private(set) var created: [Actor] = []
    /// The known actors the import uses, by id, with the data set's names for them.
    private(set) var used: [String: Set<String>] = [:]
    /// Names that matched no known actor, with how many rows gave each.
    private(set) var unresolved: [String: Int] = [:]
    private var idOfName: [String: String] = [:]
    private var takenIDs: Set<String>

    init(known: ConflictModel) {
        self.known = known
        takenIDs = Set(known.actors.map(\.id))
    }

    /// Whether `name` is an actor already known or already made.
    func knows(_ name: String) -> Bool {
        idOfName[ConflictModel.nameKey(name)] != nil || Self.candidates(of: name).contains { !known.actors(named: $0).isEmpty }
    }

    /// The id of the actor `name` means; `kind` is what a new one is taken to be.
    mutating func resolve(_ name: String, kind: Actor.Kind, partOf: String? = nil, represents: String? = nil) -> String {
        let key = ConflictModel.nameKey(name)
        if let id = idOfName[key] {
            if unresolved[name] != nil { unresolved[name, default: 0] += 1 }
            return id
        }
        let known = self.known
        if let actor = Self.candidates(of: name).lazy.compactMap({ known.actors(named: $0).first }).first {
            idOfName[key] = actor.id
            // The data set's own spelling is kept as an alias, so that the file reads alone.
            var names = used[actor.id] ?? []
            if ConflictModel.nameKey(actor.name) != key { names.insert(name) }
            used[actor.id] = names
            return actor.id
        }
        let id = newID(for: name)
        created.append(Actor(id: id, name: name, kind: kind, represents: represents, partOf: partOf))
        idOfName[key] = id
        unresolved[name, default: 0] += 1
        return id
    }

    /// The name as given, then without the period ACLED adds to a state's forces ("Military Forces
    /// of Pakistan (2018-)" is also "Military Forces of Pakistan").
    private static func candidates(of name: String) -> [String] {
        guard name.hasSuffix(")"), let open = name.lastIndex(of: "(") else { return [name] }
        let inside = name[name.index(after: open)..<name.index(before: name.endIndex)]
        guard !inside.isEmpty, inside.allSatisfy({ $0.isNumber || $0 == "-" || $0 == " " }) else { return [name] }
        return [name, String(name[..<open]).trimmingSpaces]
    }

    /// An id made of the name, as a draft makes one, unlike any other.
    private mutating func newID(for name: String) -> String {
        let slug = ConflictModel.idSlug(name)
        var id = slug
        var number = 2
        while takenIDs.contains(id) {
            id = "\(slug)-\(number)"
            number += 1
        }
        takenIDs.insert(id)
        return id
    }

    /// The actors the import's model file must hold to stand alone: each known actor it uses, with
    /// the data set's names added to its aliases, and the actors those speak for or belong to;
    /// then the actors it made.
    func actorsToWrite() -> [Actor] {
        var written: [Actor] = []
        var seen: Set<String> = []
        func add(_ id: String, extraNames: Set<String>) {
            guard !seen.contains(id), var actor = known.actor(id: id) else { return }
            seen.insert(id)
            actor.aliases += extraNames.filter { !actor.names.contains($0) }.sorted()
            actor.sources = []
            written.append(actor)
            if let represents = actor.represents { add(represents, extraNames: []) }
            if let partOf = actor.partOf { add(partOf, extraNames: []) }
        }
        for id in used.keys.sorted() { add(id, extraNames: used[id] ?? []) }
        return written + created
    }
}

extension String {
    /// Without the spaces at either end: ACLED's "Traders (Pakistan); Labour Group" has them after
    /// its semicolons, and a name before "(2018-)" one before the bracket.
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return String(text)
    }
}
