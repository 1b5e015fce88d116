import ConflictModel

/// What a draft is not sure of, entry by entry, with the reason: written as a `# review:`
/// comment above the entry and listed when the draft is made, so that a person checks each one.
public struct Reviews: Sendable {
    public enum Section: String, Sendable {
        case actors, claims, statements
    }

    public struct Mark: Sendable, Equatable {
        public let section: Section
        public let id: String
        public let reason: String
    }

    public private(set) var marks: [Mark] = []

    mutating func add(_ section: Section, _ id: String, _ reason: String) {
        let mark = Mark(section: section, id: id, reason: reason)
        if !marks.contains(mark) { marks.append(mark) }
    }

    /// The reasons for one entry, by the section and id the model file writes.
    public func reasons(_ section: String, _ id: String) -> [String] {
        marks.filter { $0.section.rawValue == section && $0.id == id }.map(\.reason)
    }
}

/// A claim as drafted, before it is numbered, with what the draft doubts about it.
struct DraftedClaim {
    var claim: Claim
    let measure: DraftingWords.MeasureMeaning
    var doubts: [String]

    /// One figure said twice is one claim with both sources; an approximate figure whose interval
    /// holds another's of the same measure, unit and side (a headline's "about 300" over a
    /// minister's 297) is the outlet's restatement of it, a source of that claim.
    static func mergingRestatements(_ claims: [DraftedClaim]) -> [DraftedClaim] {
        var kept: [DraftedClaim] = []
        for claim in claims {
            if let same = kept.firstIndex(where: { $0.isSameFigure(as: claim) }) {
                kept[same].claim.sources += claim.claim.sources
                continue
            }
            kept.append(claim)
        }
        var restatements: Set<Int> = []
        // A headline's figure is the outlet's summary of one in the body: "274 Taliban fighters
        // killed" over "more than 274 ... killed".
        for index in kept.indices where kept[index].claim.sources.first?.paragraph == 0 {
            let headline = kept[index].claim
            guard
                let target = kept.indices.first(where: { other in
                    let body = kept[other].claim
                    return other != index && body.sources.first?.paragraph != 0 && body.measure == headline.measure
                        && body.quantity.value == headline.quantity.value
                })
            else { continue }
            kept[target].claim.sources += headline.sources.map {
                SourceRef(source: $0.source, paragraph: $0.paragraph, excerpt: $0.excerpt, role: .restated)
            }
            restatements.insert(index)
        }
        for index in kept.indices where !restatements.contains(index)
            && [.about, .around, .approximately, .nearly].contains(kept[index].claim.quantity.qualifier)
        {
            let rough = kept[index].claim
            guard
                let target = kept.indices.first(where: { other in
                    let exact = kept[other].claim
                    return exact.quantity.isExact && exact.measure == rough.measure && exact.unit == rough.unit
                        && exact.party == rough.party && rough.quantity.low <= exact.quantity.value
                        && exact.quantity.value <= (rough.quantity.high ?? .infinity)
                })
            else { continue }
            kept[target].claim.sources += rough.sources.map {
                SourceRef(source: $0.source, paragraph: $0.paragraph, excerpt: $0.excerpt, role: .restated)
            }
            restatements.insert(index)
        }
        return kept.indices.filter { !restatements.contains($0) }.map { kept[$0] }
    }

    /// The same figure of the same claimant about the same side: counting the same thing, or
    /// said again in another paragraph in other words. Two things of one number in one paragraph
    /// ("two corps headquarters ... two ammunition depots") stay two.
    private func isSameFigure(as other: DraftedClaim) -> Bool {
        claim.measure == other.claim.measure && claim.quantity == other.claim.quantity && claim.unit == other.claim.unit
            && claim.party == other.claim.party && claim.claimant == other.claim.claimant
            && (claim.counted.lowercased() == other.claim.counted.lowercased()
                || claim.sources.first?.paragraph != other.claim.sources.first?.paragraph)
    }
}

/// A statement as drafted, before it is numbered.
struct DraftedStatement {
    var statement: Statement
    var doubts: [String]
}

