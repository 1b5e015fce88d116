import ConflictModel

/// A total given with its breakdown is never added to its own parts: where the total and a part
/// fall in one row of a sum (the same claimant, side and unit), the total is kept and its parts
/// left out; where they fall in different rows (UCDP's best estimate, with each side's deaths
/// counted apart), the parts are kept, each in its side's row, and the total left out, as sums
/// never add figures of different sides.
enum TotalsAndParts {
    struct Selection {
        var kept: [Int]
        /// Totals left out because their parts are added, each in its own row.
        var totals = 0
        /// Parts left out because the total they belong to is in their row.
        var parts = 0
    }

    /// The positions are of `set`'s records, whose claims `claims` reads.
    static func separate<Record>(
        _ positions: [Int], in set: RecordSet<Record>, _ claims: ClaimAccess, rowsBy fields: [Field<Record>], model: ConflictModel
    ) -> Selection {
        // Most models give no breakdown: nothing to look up.
        guard positions.contains(where: { claims.partOf($0) != nil }) else { return Selection(kept: positions) }
        var positionOfID: [Int: Int] = [:]
        for position in positions { positionOfID[claims.id(position)] = position }
        func row(_ position: Int) -> [Value] { fields.indices.map { fields[$0].read(set.records[position], model) } }
        // First the totals whose parts fall in other rows: those are left out, and then every part
        // of theirs is kept, the one in the total's own row too (UCDP's deaths of unknown side).
        var selectedParts: [(part: Int, total: Int)] = []
        for position in positions {
            if let id = claims.partOf(position), let total = positionOfID[id] { selectedParts.append((position, total)) }
        }
        var totals: Set<Int> = []
        for (part, total) in selectedParts where !totals.contains(total) && row(part) != row(total) { totals.insert(total) }
        var leftOut = totals
        var parts = 0
        for (part, total) in selectedParts where !totals.contains(total) {
            leftOut.insert(part)
            parts += 1
        }
        return Selection(kept: positions.filter { !leftOut.contains($0) }, totals: totals.count, parts: parts)
    }
}
