import ConflictModel

/// Records put into groups by the values of some fields, each group once, in the order first met.
struct Grouping {
    /// One group: the values of the grouping fields, and the positions of its records.
    struct Group {
        let key: [Value]
        var members: [Int]
    }

    private(set) var groups: [Group] = []
    /// Whether some record fell in more than one group, because a grouped field held a list.
    private(set) var countedMoreThanOnce = false

    /// Groups the records at `positions` of `set`, read in place: on a large model this loop is
    /// most of an aggregate, so each key is looked up once and its group found by position.
    init<Record>(_ set: RecordSet<Record>, _ positions: [Int], by fields: [Field<Record>], model: ConflictModel) {
        var groupOfKey: [[KeyPart]: Int] = [:]
        groupOfKey.reserveCapacity(positions.count)
        var groups: [Group] = []
        var countedMoreThanOnce = false
        func add(_ position: Int, to key: [KeyPart], values: () -> [Value]) {
            if let group = groupOfKey[key] {
                groups[group].members.append(position)
            } else {
                groupOfKey[key] = groups.count
                groups.append(Group(key: values(), members: [position]))
            }
        }
        // One array for every record's key, refilled in place: a key is copied only to make a group.
        var parts: [KeyPart] = []
        parts.reserveCapacity(fields.count)
        set.records.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for position in positions {
                let record = RecordRef(first + position)
                parts.removeAll(keepingCapacity: true)
                // By index: a `for field in fields` copies each field, closures and all, for every record.
                for index in fields.indices { parts.append(KeyPart.read(fields[index], record, model)) }
                if !parts.contains(where: \.isList) {
                    add(position, to: parts) { parts.map { $0.value(in: model) } }
                    continue
                }
                let keys = Self.keys(parts.map { $0.value(in: model) })
                countedMoreThanOnce = countedMoreThanOnce || keys.count > 1
                for key in keys {
                    add(position, to: zip(fields, key).map { KeyPart($1, of: $0) }) { key }
                }
            }
        }
        self.groups = groups
        self.countedMoreThanOnce = countedMoreThanOnce
    }

    /// Groups found otherwise (`ColumnarFigures`), each record of a group holding one value of each field.
    init(groups: [Group]) { self.groups = groups }

    /// With no grouping field and no record, one empty group, so that a count says 0.
    mutating func keepOneEmptyGroup() {
        if groups.isEmpty { groups = [Group(key: [], members: [])] }
    }

    /// The groups a record falls in. A list is taken apart, so that a statement to Pakistan and the
    /// Afghan Taliban counts once for each of them, as event data counts dyads.
    private static func keys(_ values: [Value]) -> [[Value]] {
        var keys: [[Value]] = [[]]
        for value in values {
            let parts: [Value]
            if case .list(let items) = value { parts = items.isEmpty ? [.null] : items } else { parts = [value] }
            keys = keys.flatMap { key in parts.map { key + [$0] } }
        }
        return keys
    }

    /// A grouped field's value as a key, with an actor as its id alone: a record's key is made
    /// without looking up a name, which is looked up once a group, when the group is made. Most of
    /// a large aggregate is making these keys.
    private enum KeyPart: Hashable {
        case actor(String?)
        case actors([String])
        case value(Value)

        static func read<Record>(_ field: Field<Record>, _ record: RecordRef<Record>, _ model: ConflictModel) -> KeyPart {
            guard let ids = field.actorIDs?(record, model) else { return .value(field.readInPlace(record, model)) }
            switch ids {
            case .one(let id): return .actor(id)
            case .many(let ids): return .actors(ids)
            }
        }

        /// The part of one value of a key taken apart from a list, as `read` would have made it.
        init<Record>(_ value: Value, of field: Field<Record>) {
            guard field.actorIDs != nil else { self = .value(value); return }
            if case .actor(let id, _) = value { self = .actor(id) } else { self = .actor(nil) }
        }

        var isList: Bool {
            switch self {
            case .actors: return true
            case .value(.list): return true
            default: return false
            }
        }

        func value(in model: ConflictModel) -> Value {
            switch self {
            case .actor(let id): return .actor(id, in: model)
            case .actors(let ids): return .actors(ids, in: model)
            case .value(let value): return value
            }
        }
    }
}
