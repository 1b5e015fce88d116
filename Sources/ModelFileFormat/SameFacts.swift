import ConflictModel

/// One fact reported by several outlets (a wire story in two papers) is one claim or statement
/// with the sources of all: entries of different ids that say the same thing in every field but
/// their sources are merged into the first, which keeps its id. An id given twice to entries
/// that differ is an error naming both places, as before.
enum SameFacts {
    /// What makes two claims one figure: everything but the id, the note and the sources.
    struct ClaimIdentity: Hashable {
        let event: String?, measure: String, counted: String, unit: String, party: String?, quantity: Quantity
        let claimant: String, stance: Claim.Stance, asOf: PartialDate?, since: PartialDate?, runningTotal: Bool

        init(_ c: Claim) {
            (event, measure, counted, unit, party, quantity) = (c.event, c.measure, c.counted, c.unit, c.party, c.quantity)
            (claimant, stance, asOf, since, runningTotal) = (c.claimant, c.stance, c.asOf, c.since, c.runningTotal)
        }

        /// The figure, its measure, claimant, event and side tell claims apart, a data set's too:
        /// UCDP's hundreds of thousands of zeros differ only by event and side, and a hash of the
        /// figure, measure and claimant alone put them all in one bucket, to be compared with each
        /// other, a number of comparisons that grows with the square of the claims. Hashing every
        /// field cost a sixth of loading a large model.
        func hash(into hasher: inout Hasher) {
            hasher.combine(quantity.value)
            hasher.combine(measure)
            hasher.combine(claimant)
            hasher.combine(event)
            hasher.combine(party)
        }
    }

    /// What makes two statements one act: everything but the id, the reporter and the sources. Two
    /// rows of a data set are two acts, however alike.
    struct StatementIdentity: Hashable {
        let speaker: String?, represents: String?, act: String, targets: [String], participants: [String]
        let subjects: [String], content: String?, channel: String?, mode: Statement.Mode, date: PartialDate?
        let quote: String?, answers: Int?, cameo: String?, record: DataRecord?

        init(_ s: Statement) {
            (speaker, represents, act, targets, participants) = (s.speaker, s.represents, s.act, s.targets, s.participants)
            (subjects, content, channel, mode, date) = (s.subjects, s.content, s.channel, s.mode, s.date)
            (quote, answers, cameo, record) = (s.quote, s.answers, s.cameo, s.record)
        }
    }

    static func claims(_ entries: [Located<Claim>]) -> [Located<Claim>] {
        merged(entries, identity: ClaimIdentity.init) { kept, later in
            kept.note = kept.note ?? later.note
            kept.sources += later.sources.filter { !kept.sources.contains($0) }
        }
    }

    static func statements(_ entries: [Located<Statement>]) -> [Located<Statement>] {
        merged(entries, identity: StatementIdentity.init) { kept, later in
            kept.reportedBy = kept.reportedBy ?? later.reportedBy
            kept.sources += later.sources.filter { !kept.sources.contains($0) }
        }
    }

    /// Entries in order, each one that has the identity of an earlier one of another file folded
    /// into it. Within one file, two entries are two facts the author meant: they stay apart.
    private static func merged<Value, Identity: Hashable>(
        _ entries: [Located<Value>], identity: (Value) -> Identity, fold: (inout Value, Value) -> Void
    ) -> [Located<Value>] {
        guard let file = entries.first?.positions.file, entries.contains(where: { $0.positions.file != file }) else {
            return entries
        }
        // Positions first, entries only if one is folded: copying a hundred thousand claims to
        // keep them all as they were was a third of the memory it took to load them. The
        // identities are found by their hashes, each with the positions of the first entries that
        // have it: a dictionary keyed by the identities themselves held a copy of every claim.
        var firstsByHash: [Int: [Int]] = [:]
        firstsByHash.reserveCapacity(entries.count)
        var folds: [(into: Int, from: Int)] = []
        for (index, entry) in entries.enumerated() {
            let key = identity(entry.value)
            let hash = key.hashValue
            guard let position = firstsByHash[hash]?.first(where: { identity(entries[$0].value) == key }) else {
                firstsByHash[hash, default: []].append(index)
                continue
            }
            if entries[position].positions.file != entry.positions.file { folds.append((position, index)) }
        }
        guard !folds.isEmpty else { return entries }
        var kept = entries
        var folded: Set<Int> = []
        for (into, from) in folds {
            fold(&kept[into].value, entries[from].value)
            folded.insert(from)
        }
        return kept.indices.filter { !folded.contains($0) }.map { kept[$0] }
    }
}
