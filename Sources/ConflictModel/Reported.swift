/// When facts became known: the publication dates of the sources that carry them, which are not
/// the times the facts themselves are about.
extension ConflictModel {
    /// The earliest publication date among the sources cited; nil when none is known.
    public func firstReported(_ references: [SourceRef]) -> PartialDate? {
        references.compactMap { source(id: $0.source)?.date }.min()
    }

    /// Whether a reader on `day` could have read the fact: one of its sources was published by
    /// then. A fact with no dated source is known from its own date, if it has one, or always.
    /// A date known only to the month counts from the month's last day: it was certainly out then.
    public func wasReported(_ references: [SourceRef], ownDate: PartialDate?, by day: PartialDate) -> Bool {
        guard let published = firstReported(references) ?? ownDate else { return true }
        return published.withoutTime.lastDay <= day.lastDay
    }
}
