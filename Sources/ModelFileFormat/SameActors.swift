import ConflictModel

/// Actors that several files describe are one actor: the same id, or, for actors of different
/// files, a name or alias in common and the same kind. The first file's entry is kept; the later
/// ones add their other names and their sources, and every reference to a later id is turned
/// into the kept one. What cannot be one actor (two kinds, two bodies it belongs to) is an error
/// naming both places.
struct SameActors {
    private(set) var kept: [Located<Actor>] = []
    /// The later ids of actors merged into an earlier one, by the id kept.
    private(set) var renamed: [String: String] = [:]
    private(set) var errors: [ModelFileError] = []

    private var positionByID: [String: Int] = [:]
    /// Each folded name of a kept actor, with the file it came from first.
    private var positionByName: [String: Int] = [:]

    init(_ actors: [Located<Actor>]) {
        for actor in actors { add(actor) }
    }

    private mutating func add(_ actor: Located<Actor>) {
        if let position = positionByID[actor.value.id] {
            let earlier = kept[position]
            // Within one file, an id given twice is a mistake, whatever the entries say.
            if earlier.positions.file == actor.positions.file {
                errors.append(
                    actor.error("id", "duplicate actor id \"\(actor.value.id)\": also defined \(earlier.placeDescription(of: "id"))"))
            } else {
                merge(actor, into: position)
            }
            return
        }
        // Only across files: within one file, two entries are two actors the author meant.
        var seen: Set<String> = []
        let names = ([actor.value.name] + actor.value.aliases).map(ConflictModel.nameKey).filter { seen.insert($0).inserted }
        if let (position, name) = earlierActorOfAnotherFile(named: names, than: actor) {
            let earlier = kept[position]
            guard earlier.value.kind == actor.value.kind else {
                errors.append(
                    actor.error(
                        "name",
                        "the actor \"\(actor.value.id)\" shares the name \"\(Self.display(name, in: actor.value))\" with \"\(earlier.value.id)\" "
                            + "\(earlier.placeDescription(of: "name")), but is \(Self.article(actor.value.kind)) and that one "
                            + "\(Self.article(earlier.value.kind)): give them other names, or the same id if they are one actor"))
                return
            }
            renamed[actor.value.id] = earlier.value.id
            merge(actor, into: position)
            return
        }
        positionByID[actor.value.id] = kept.count
        for name in names where positionByName[name] == nil { positionByName[name] = kept.count }
        kept.append(actor)
    }

    /// A kept actor of another file than `actor`'s with one of `names`, and the name they share.
    private func earlierActorOfAnotherFile(named names: [String], than actor: Located<Actor>) -> (Int, String)? {
        for name in names {
            if let position = positionByName[name], kept[position].positions.file != actor.positions.file {
                return (position, name)
            }
        }
        return nil
    }

    private mutating func merge(_ later: Located<Actor>, into position: Int) {
        var actor = kept[position].value
        let other = later.value
        let place = kept[position].placeDescription(of: "id")
        if actor.kind != other.kind {
            errors.append(
                later.error(
                    "kind",
                    "the actor \"\(other.id)\" is \(Self.article(other.kind)) here and \(Self.article(actor.kind)) \(place); "
                        + "one actor has one kind"))
            return
        }
        for (field, mine, theirs) in [("represents", actor.represents, other.represents), ("part_of", actor.partOf, other.partOf)] {
            if let mine, let theirs, renamed[theirs] ?? theirs != renamed[mine] ?? mine {
                errors.append(
                    later.error(
                        field, "the actor \"\(other.id)\" has \(field) \"\(theirs)\" here and \"\(mine)\" \(place); one actor has one"))
                return
            }
        }
        let known = Set(actor.names.map(ConflictModel.nameKey))
        for name in [other.name] + other.aliases where !known.contains(ConflictModel.nameKey(name)) {
            if !actor.aliases.contains(name) { actor.aliases.append(name) }
        }
        actor.role = actor.role ?? other.role
        actor.represents = actor.represents ?? other.represents
        actor.partOf = actor.partOf ?? other.partOf
        actor.note = actor.note ?? other.note
        actor.sources += other.sources.filter { !actor.sources.contains($0) }
        kept[position].value = actor
        for name in ([other.name] + other.aliases).map(ConflictModel.nameKey) where positionByName[name] == nil {
            positionByName[name] = position
        }
    }

    /// "a state", "an organisation".
    private static func article(_ kind: Actor.Kind) -> String {
        ("aeio".contains(kind.rawValue.first ?? "x") ? "an " : "a ") + kind.rawValue
    }

    /// The name as the actor writes it, for a message.
    private static func display(_ key: String, in actor: Actor) -> String {
        ([actor.name] + actor.aliases).first { ConflictModel.nameKey($0) == key } ?? key
    }
}
