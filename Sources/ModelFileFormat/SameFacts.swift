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

        /// The figure, its measure and its claimant tell almost all claims apart; hashing every
        /// field of a hundred thousand claims cost a sixth of loading them.
        func hash(into hasher: inout Hasher) {
            hasher.combine(quantity.value)
            hasher.combine(measure)
            hasher.combine(claimant)
        }
    }

    /// What makes two statements one act: everything but the id, the reporter and the sources.
    struct StatementIdentity: Hashable {
        let speaker: String?, represents: String?, act: String, targets: [String], participants: [String]
        let subjects: [String], content: String?, channel: String?, mode: Statement.Mode, date: PartialDate?
        let quote: String?, answers: Int?, cameo: String?

        init(_ s: Statement) {
            (speaker, represents, act, targets, participants) = (s.speaker, s.represents, s.act, s.targets, s.participants)
            (subjects, content, channel, mode, date) = (s.subjects, s.content, s.channel, s.mode, s.date)
            (quote, answers, cameo) = (s.quote, s.answers, s.cameo)
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
        var first: [Identity: Int] = [:]
        first.reserveCapacity(entries.count)
        var kept: [Located<Value>] = []
        kept.reserveCapacity(entries.count)
        for entry in entries {
            let key = identity(entry.value)
            if let position = first[key], kept[position].positions.file != entry.positions.file {
                fold(&kept[position].value, entry.value)
            } else if first[key] == nil {
                first[key] = kept.count
                kept.append(entry)
            } else {
                kept.append(entry)
            }
        }
        return kept
    }
}
