/// The model as a reader on one day could have known it: only what reports published by then
/// carry. Figures revised later stay at the value they had then.
extension ConflictModel {
    /// What was known at the end of `day` (of the last day, for a month or a year). A claim is
    /// known once one of its sources is out and its as-of time has come; a statement or event once
    /// a source reports it; a source from its publication date. An actor is known once a report
    /// names it, and also when a fact known by then refers to it, with the bodies it belongs to.
    public func asSeen(on day: PartialDate) -> ConflictModel {
        let end = day.lastDay
        let claims = self.claims.filter {
            wasReported($0.sources, ownDate: $0.asOf, by: end) && ($0.asOf.map { $0.withoutTime.firstDay <= end } ?? true)
        }
        let statements = self.statements.filter { wasReported($0.sources, ownDate: $0.date, by: end) }
        let events = self.events.filter { wasReported($0.sources, ownDate: $0.date, by: end) }
        let sources = self.sources.filter { $0.date.withoutTime.lastDay <= end }
        var known = Set(actors.filter { wasReported($0.sources, ownDate: nil, by: end) }.map(\.id))
        for claim in claims { known.formUnion([claim.claimant] + [claim.party].compactMap { $0 }) }
        for statement in statements {
            known.formUnion(
                [statement.speaker, statement.represents].compactMap { $0 } + statement.targets + statement.participants
                    + statement.subjects)
        }
        for event in events { known.formUnion(event.initiators + event.targets + [event.allegedBy].compactMap { $0 }) }
        // The bodies an actor belongs to or speaks for: `side(of:)` and `within` walk up to them.
        var unvisited = Array(known)
        while let id = unvisited.popLast() {
            guard let actor = actor(id: id) else { continue }
            for parent in [actor.partOf, actor.represents].compactMap({ $0 }) where known.insert(parent).inserted {
                unvisited.append(parent)
            }
        }
        return ConflictModel(
            vocabulary: vocabulary, sources: sources, actors: actors.filter { known.contains($0.id) }, events: events,
            claims: claims, statements: statements)
    }
}
