import ConflictModel

/// A claimant's running totals of one thing are one series: each revises the one before, and only
/// the latest answers, never their sum. A count of one incident that falls within the period a
/// kept total covers is already in it, and is not added to it either.
enum RunningTotals {
    /// One claimant's figures of one measure, in one unit (or the units that continue it), for
    /// one side and event.
    struct Series: Hashable {
        let claimant: String, measure: String, unit: String, party: String?, event: String?

        init(_ claim: Claim, in vocabulary: Vocabulary, event: String?? = nil) {
            (claimant, measure, party) = (claim.claimant, claim.measure, claim.party)
            unit = vocabulary.seriesUnit(of: claim.unit)
            self.event = event ?? claim.event
        }
    }

    struct Selection {
        /// The positions kept, in the order given.
        var kept: [Int]
        /// Earlier running totals revised by a later one of their series.
        var superseded = 0
        /// Incident counts that fall, or may fall, within a kept total's period.
        var withinTotals = 0
        /// Running totals kept beside their series' latest as parts of one count with it.
        var parts = 0
        /// Running totals left out as the breakdown of a total given with them.
        var breakdowns = 0
    }

    /// Whether two running totals of one series are parts of one count rather than one revising
    /// the other: given for the same as-of time in the same report ("12 soldiers and one
    /// civilian"). A report does not revise itself; a later report, or a later time, does.
    static func arePartsOfOneCount(_ a: Claim, _ b: Claim) -> Bool {
        a.id != b.id && a.asOf == b.asOf && !Set(a.sources.map(\.source)).isDisjoint(with: b.sources.map(\.source))
    }

    /// Keeps, of each series among `positions` (of the model's claims), only the latest running
    /// total (with the parts of one count it was given with), and of the incident counts only
    /// those certainly outside every kept total's period.
    static func latest(_ positions: [Int], in claims: [Claim], model: ConflictModel) -> Selection {
        var latest: [Series: Int] = [:]
        for position in positions where claims[position].runningTotal {
            let claim = claims[position]
            let series = Series(claim, in: model.vocabulary)
            if let current = latest[series], !isLater(claim, than: claims[current]) { continue }
            latest[series] = position
        }
        var latestPositions = Set(latest.values)
        // The series whose latest figure came in parts, with those parts.
        var inParts: [Series: [Int]] = [:]
        for position in positions where claims[position].runningTotal && !latestPositions.contains(position) {
            let claim = claims[position]
            let series = Series(claim, in: model.vocabulary)
            if let newest = latest[series], arePartsOfOneCount(claim, claims[newest]) {
                latestPositions.insert(position)
                inParts[series, default: [newest]].append(position)
            }
        }
        // The kept totals by everything of their series but the event, for the incidents to find
        // theirs without going through every series.
        var totalsBySide: [Series: [Int]] = [:]
        for position in latest.values {
            totalsBySide[Series(claims[position], in: model.vocabulary, event: .some(nil)), default: []].append(position)
        }
        // A total given with its breakdown keeps the total alone.
        var inBreakdowns: Set<Int> = []
        for group in inParts.values where group.count > 2 {
            guard let total = Breakdown.total(of: group.map { claims[$0] }) else { continue }
            for position in group where claims[position].id != total.id {
                latestPositions.remove(position)
                inBreakdowns.insert(position)
            }
        }
        // What is left beside each series' one figure are parts of one count.
        let parts = latestPositions.count - latest.count
        var selection = Selection(kept: [], parts: parts, breakdowns: inBreakdowns.count)
        for position in positions {
            let claim = claims[position]
            if claim.runningTotal {
                if latestPositions.contains(position) {
                    selection.kept.append(position)
                } else if !inBreakdowns.contains(position) {
                    selection.superseded += 1
                }
                continue
            }
            // With no running total kept, which is most data, no incident needs its series made.
            if !totalsBySide.isEmpty,
                isCovered(claim, totalsBySide[Series(claim, in: model.vocabulary, event: .some(nil))] ?? [], claims, model)
            {
                selection.withinTotals += 1
            } else {
                selection.kept.append(position)
            }
        }
        return selection
    }

    /// Whether one of `totals`, the kept totals of the incident's claimant, measure, unit and
    /// side, may take in the incident: a total of its event, of no event, or of a larger event the
    /// incident's is part of, from its `since` (or the start) to its as-of time. An incident
    /// without a date may be in any of them.
    private static func isCovered(_ incident: Claim, _ totals: [Int], _ claims: [Claim], _ model: ConflictModel) -> Bool {
        totals.contains { position in
            let total = claims[position]
            guard mayFallWithin(incident, total) else { return false }
            guard let whole = total.event, whole != incident.event else { return true }
            return incident.event.map { model.eventsAndParts([whole]).contains($0) } ?? false
        }
    }

    private static func mayFallWithin(_ incident: Claim, _ total: Claim) -> Bool {
        guard let day = incident.asOf else { return true }
        if let end = total.asOf, end.withoutTime.lastDay < day.withoutTime.firstDay { return false }
        if let start = total.since, day.withoutTime.lastDay < start.firstDay { return false }
        return true
    }

    private static func isLater(_ claim: Claim, than other: Claim) -> Bool {
        switch (claim.asOf, other.asOf) {
        case (let a?, let b?) where a != b: return b < a
        case (_?, nil): return true
        case (nil, _?): return false
        default: return claim.id > other.id
        }
    }
}
