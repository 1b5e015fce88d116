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
        var groupOfKey: [[Value]: Int] = [:]
        var groups: [Group] = []
        var countedMoreThanOnce = false
        set.records.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for position in positions {
                let record = RecordRef(first + position)
                let keys = Self.keys(fields.map { $0.readInPlace(record, model) })
                countedMoreThanOnce = countedMoreThanOnce || keys.count > 1
                for key in keys {
                    if let group = groupOfKey[key] {
                        groups[group].members.append(position)
                    } else {
                        groupOfKey[key] = groups.count
                        groups.append(Group(key: key, members: [position]))
                    }
                }
            }
        }
        self.groups = groups
        self.countedMoreThanOnce = countedMoreThanOnce
    }

    /// With no grouping field and no record, one empty group, so that a count says 0.
    mutating func keepOneEmptyGroup() {
        if groups.isEmpty { groups = [Group(key: [], members: [])] }
    }

    /// The groups a record falls in. A list is taken apart, so that a statement to Pakistan and the
    /// Afghan Taliban counts once for each of them, as event data counts dyads.
    private static func keys(_ values: [Value]) -> [[Value]] {
        // Most records hold no list in their grouped fields: one key, with nothing to take apart.
        if !values.contains(where: { if case .list = $0 { true } else { false } }) { return [values] }
        var keys: [[Value]] = [[]]
        for value in values {
            let parts: [Value]
            if case .list(let items) = value { parts = items.isEmpty ? [.null] : items } else { parts = [value] }
            keys = keys.flatMap { key in parts.map { key + [$0] } }
        }
        return keys
    }
}
