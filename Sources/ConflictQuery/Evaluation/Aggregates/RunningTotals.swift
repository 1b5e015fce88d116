import ConflictModel

/// A claimant's running totals of one thing are one series: each revises the one before, and only
/// the latest answers, never their sum.
enum RunningTotals {
    /// Keeps, of each series among `positions` (of the model's claims), only the latest, and says
    /// how many earlier ones were left out. A series is one claimant's figures of one measure, in
    /// one unit, for one side and event.
    static func latest(_ positions: [Int], in claims: [Claim]) -> (kept: [Int], superseded: Int) {
        struct Series: Hashable {
            let claimant: String, measure: String, unit: String, party: String?, event: String?
        }
        var latest: [Series: Int] = [:]
        for position in positions where claims[position].runningTotal {
            let claim = claims[position]
            let series = Series(
                claimant: claim.claimant, measure: claim.measure, unit: claim.unit, party: claim.party, event: claim.event)
            if let current = latest[series], !isLater(claim, than: claims[current]) { continue }
            latest[series] = position
        }
        let latestPositions = Set(latest.values)
        let kept = positions.filter { !claims[$0].runningTotal || latestPositions.contains($0) }
        return (kept, positions.count - kept.count)
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
