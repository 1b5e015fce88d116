import ConflictModel

/// What a `sum`, `avg`, `min`, `max` or `count` of measures must say beside its rows: what was
/// not added or compared, and what was left out and why. Made from counts alone, so that the
/// built-in evaluator and the SQL engines, which find the counts each their own way, say it in
/// the same words.
struct FigureNotes {
    let function: Aggregate.Function
    /// The fields `by` named.
    let groupedBy: Set<String>
    /// The query's words after the function, when no claim matched.
    let noClaimFor: String?
    /// How many different claimants, sides and units the rows hold (0 when not a group field).
    let claimants: Int
    let parties: Int
    let units: Set<String>
    /// For min and max: the claim chosen, and another whose interval reaches past it.
    let uncertain: [(extreme: Int, rival: Int, quantity: Quantity)]
    /// Running totals revised by a later one, kept as parts of one count, left out as a
    /// breakdown, and incident counts within a kept total's period.
    let superseded: Int
    let runningParts: Int
    /// Totals left out for their parts, and parts left out for their total.
    let totals: Int
    let parts: Int
    let denied: Int
    let breakdowns: Int
    let withinTotals: Int

    var lines: [String] {
        let adds = function == .sum || function == .avg
        let compares = function == .min || function == .max
        var notes: [String] = []
        if let filter = noClaimFor {
            notes.append("no claim matches: the model holds no figure for \(filter), which is not the same as zero")
        }
        if adds && claimants > 1 && !groupedBy.contains(ClaimField.claimant.rawValue) {
            notes.append(
                "figures from \(claimants) claimants are not added together; each claimant has its own row (choose one with: according to NAME)"
            )
        }
        if adds && !groupedBy.contains(ClaimField.party.rawValue) && parties > 1 {
            notes.append("figures counting different sides are not added together; each side has its own row")
        }
        if (adds || compares) && units.count > 1 && !groupedBy.contains(ClaimField.unit.rawValue) {
            let verb = adds ? "added together" : "compared"
            notes.append(
                "figures in different units (\(units.sorted().joined(separator: ", "))) are not \(verb); each unit has its own row")
        }
        for (extreme, rival, quantity) in uncertain {
            notes.append(
                "claim \(extreme) is \(function == .max ? "the largest" : "the smallest") as stated, but the interval of "
                    + "claim \(rival) (\(quantity), \(quantity.intervalDescription)) reaches past it: "
                    + "which is \(function == .max ? "larger" : "smaller") is not certain")
        }
        if superseded > 0 {
            notes.append(
                "\(superseded) earlier running total\(superseded == 1 ? " was" : "s were") revised by a later one from the same claimant and left out"
            )
        }
        if runningParts > 0 {
            let one = runningParts == 1
            notes.append(
                "\(runningParts) running total\(one ? " was" : "s were") given in the same report, for the same time, as "
                    + "another of the same claimant, measure and side: parts of one count (soldiers and civilians, say), "
                    + "so \(adds ? "added to it" : "kept beside it"), not revised by it")
        }
        if totals > 0 {
            let one = totals == 1
            notes.append(
                "\(totals) total\(one ? " was" : "s were") left out: \(one ? "its" : "their") parts, given with "
                    + "\(one ? "it" : "them") and counted in rows of their own (a side each), are added instead")
        }
        if parts > 0 {
            let one = parts == 1
            notes.append(
                "\(parts) part\(one ? " was" : "s were") left out: the total \(one ? "it belongs" : "they belong") "
                    + "to is in \(one ? "its" : "their") row, and holds \(one ? "it" : "them") already")
        }
        if denied > 0 {
            notes.append(
                "\(denied) denied figure\(denied == 1 ? " was" : "s were") left out: a denial says the figure is not so "
                    + "(see: claims where stance = denied)")
        }
        if breakdowns > 0 {
            let one = breakdowns == 1
            notes.append(
                "\(breakdowns) running total\(one ? " was" : "s were") left out as the breakdown of a total given with "
                    + "\(one ? "it" : "them") (the total is their sum), which is kept")
        }
        if withinTotals > 0 {
            let one = withinTotals == 1
            notes.append(
                "\(withinTotals) incident count\(one ? "" : "s") within the period of the same claimant's running total "
                    + "\(one ? "was" : "were") left out: the total takes \(one ? "it" : "them") in")
        }
        return notes
    }
}
