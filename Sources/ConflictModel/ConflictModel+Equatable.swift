/// Two models are equal when they hold the same entries in the same order. The lookup tables are
/// made from those entries, so comparing them would add nothing. Stored rows count as the entries
/// they stand for.
extension ConflictModel: Equatable {
    public static func == (lhs: ConflictModel, rhs: ConflictModel) -> Bool {
        if lhs.rows != nil || rhs.rows != nil { return lhs.materialized() == rhs.materialized() }
        return lhs.vocabulary == rhs.vocabulary && lhs.sources == rhs.sources && lhs.actors == rhs.actors
            && lhs.events == rhs.events && lhs.claims == rhs.claims && lhs.statements == rhs.statements
    }
}
