import ConflictModel

/// A total given with its breakdown: "78 deaths: 12 Pakistani soldiers and one civilian, along
/// with 13 Afghan soldiers and 52 Afghan civilians" of one side, or "13 dead: eight civilians and
/// five soldiers". Figures of one series given together (the same report, the same time) are
/// parts of one count, unless one of them is the sum of the others: then that one is the total,
/// and the others are inside it.
enum Breakdown {
    /// The figure that is the sum of the others given with it, if one is; the figures must be
    /// exact, and there must be at least two besides it.
    static func total(of group: [Claim]) -> Claim? {
        guard group.count >= 3, group.allSatisfy(\.quantity.isExact) else { return nil }
        let sum = group.reduce(0) { $0 + $1.quantity.value }
        return group.first { $0.quantity.value * 2 == sum }
    }
}
