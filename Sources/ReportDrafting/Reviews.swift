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
    /// "the death toll had risen to nine": a count that grew from one given before it.
    var isRise = false
    /// "including two children": a part of the figure before it, which a denial of the whole denies too.
    var isPart = false

    /// One figure said twice is one claim with both sources. A figure that restates another is
    /// a source of that claim (`role: restated`), not a claim of its own: a headline's figure of
    /// the same value as the body's; the same figure put to the state ("Pakistan has killed 527")
    /// that the body gives to its minister; and a rounding ("nearly 300", "dozens") whose interval
    /// holds an exact figure of the same measure, unit and side. `summarizes(a, b)` says whether
    /// claimant `a` may stand for `b` in a summary: the same actor, the state `b` speaks for, or
    /// the outlet.
    static func mergingRestatements(_ claims: [DraftedClaim], summarizes: (Claim, Claim) -> Bool) -> [DraftedClaim] {
        var kept: [DraftedClaim] = []
        for claim in claims {
            if let same = kept.firstIndex(where: { $0.isSameFigure(as: claim) }) {
                kept[same].claim.sources += claim.claim.sources
                continue
            }
            kept.append(claim)
        }
        var restatements: Set<Int> = []
        func restate(_ index: Int, into target: Int) {
            kept[target].claim.sources += kept[index].claim.sources.map {
                SourceRef(source: $0.source, paragraph: $0.paragraph, excerpt: $0.excerpt, role: .restated)
            }
            restatements.insert(index)
        }
        for index in kept.indices {
            let figure = kept[index].claim
            let isHeadline = figure.sources.first?.paragraph == 0
            let isRough = !figure.quantity.isExact
            let candidates = kept.indices.filter { other in
                let body = kept[other].claim
                // A denial restates no claim it denies: "denies the claims ... that up to 300 were killed".
                guard other != index, !restatements.contains(other), body.measure == figure.measure,
                    body.stance == figure.stance || body.sources.first?.excerpt != figure.sources.first?.excerpt,
                    body.sources.first?.paragraph != 0 || !isHeadline
                else { return false }
                // "killing at least 23 people" restates no "31 people last year".
                if let then = body.asOf, let now = figure.asOf, then.year != now.year { return false }
                if isHeadline && body.quantity.value == figure.quantity.value { return true }
                // A title rarely says whose its figure is: the side guessed for it decides nothing.
                guard body.unit == figure.unit, body.party == figure.party || figure.party == nil || isHeadline,
                    summarizes(figure, body)
                else { return false }
                if body.quantity.value == figure.quantity.value && body.claimant != figure.claimant { return true }
                // "At least six ... killed" of 3pm is no rounding of the nine the toll "had risen
                // to" by 10pm: it is the count it rose from.
                if kept[other].isRise, figure.quantity.value < body.quantity.value { return false }
                // A rounding sums up what the report tells after it: a rough figure further down
                // is a count of its own ("has so far confirmed at least 35 deaths").
                // A title's "dozens" sums up the body's "at least 37" too.
                return isRough && (body.quantity.isExact || isHeadline)
                    && (figure.sources.first?.paragraph ?? 0) <= (body.sources.first?.paragraph ?? 0)
                    && figure.quantity.low <= body.quantity.value
                    && body.quantity.value <= (figure.quantity.high ?? .infinity)
                    // "fewer than 100" rounds no nine: a rounding is near what it rounds.
                    && body.quantity.value * 2 >= figure.quantity.value
                    // Nor does "at least 23" round 412: what it rounds is not many times more.
                    && figure.quantity.low * 3 >= body.quantity.value
            }
            // The body's own figure of the most particular claimant: a person before a state.
            if let target = candidates.first(where: { kept[$0].claim.claimant != figure.claimant }) ?? candidates.first {
                restate(index, into: target)
            }
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
