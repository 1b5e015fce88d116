import ConflictModel

/// Lays out a history's rows for `chart`: one panel for each measure in one unit (and the units
/// that continue it), one series in it for each claimant's word about one side, and for a line
/// chart the places on the time axis that the series share.
struct HistoryChart {
    let model: ConflictModel

    /// One running total of the history, with the change the table gives it.
    struct Revision {
        let claim: Claim
        let change: Value
        let isNotComparable: Bool
    }

    /// `revisions` are in the history's time order, which every series keeps.
    func chart(_ kind: Chart.Kind, of revisions: [Revision]) -> Chart {
        var panelOrder: [PanelKey] = []
        var byPanel: [PanelKey: [Revision]] = [:]
        for revision in revisions {
            let key = PanelKey(measure: revision.claim.measure, unit: model.vocabulary.seriesUnit(of: revision.claim.unit))
            if byPanel[key] == nil { panelOrder.append(key) }
            byPanel[key, default: []].append(revision)
        }
        return Chart(kind: kind, panels: panelOrder.map { panel($0, byPanel[$0]!) })
    }

    private struct PanelKey: Hashable {
        let measure: String, unit: String
    }

    /// A claimant's figures about one side of one event: one line, or one block of bars.
    private struct SeriesKey: Hashable {
        let claimant: String, party: String?, event: String?

        init(_ claim: Claim) {
            (claimant, party, event) = (claim.claimant, claim.party, claim.event)
        }
    }

    private func panel(_ key: PanelKey, _ revisions: [Revision]) -> Chart.Panel {
        var units: [String] = []
        for revision in revisions where !units.contains(revision.claim.unit) { units.append(revision.claim.unit) }
        let (slots, slotOfRevision) = timeAxis(revisions)

        var seriesOrder: [SeriesKey] = []
        var points: [SeriesKey: [Chart.Point]] = [:]
        for (index, revision) in revisions.enumerated() {
            let series = SeriesKey(revision.claim)
            if points[series] == nil { seriesOrder.append(series) }
            let claim = revision.claim
            points[series, default: []].append(
                Chart.Point(
                    label: claim.asOf?.description ?? "no date", slot: slotOfRevision[index], quantity: claim.quantity,
                    remark: revision.change.textOrNil.map(Self.shortened),
                    isNotComparableWithPrevious: revision.isNotComparable))
        }
        let names = seriesOrder.map(name)
        let series = seriesOrder.enumerated().map { index, key in
            // Two series of one claimant about one side differ by their event: say which.
            let shared = names.filter { $0 == names[index] }.count > 1
            let event = key.event.flatMap { model.event(id: $0)?.name } ?? "no event"
            return Chart.Series(name: shared ? "\(names[index]) (\(event))" : names[index], points: points[key]!)
        }
        return Chart.Panel(
            title: "\(key.measure) (\(units.joined(separator: ", then ")))", slots: slots, series: series)
    }

    /// A history's change as a chart says it beside a figure: "not comparable: counts X, the
    /// figure before Y" without the figure before, which is drawn just above.
    private static func shortened(_ change: String) -> String {
        guard let cut = change.firstRange(of: ", the figure before ") else { return change }
        return String(change[..<cut.lowerBound])
    }

    /// "Attaullah Tarar on Afghan Taliban"; a claimant's count of everyone is the claimant alone.
    private func name(_ key: SeriesKey) -> String {
        let claimant = model.name(ofActor: key.claimant)
        guard let party = key.party else { return claimant }
        return "\(claimant) on \(model.name(ofActor: party))"
    }

    /// The places on a line chart's time axis: one for each as-of time, shared by the series
    /// that have a figure then, and one more wherever a series revised its figure again with the
    /// same as-of time (two totals of one day, the later without an hour), so that no two figures
    /// of a series fall on one place.
    private func timeAxis(_ revisions: [Revision]) -> (slots: [String], slotOfRevision: [Int]) {
        var slots: [String] = []
        var slotOfRevision: [Int] = []
        var current: PartialDate?? = .none
        var seriesInCurrent: Set<SeriesKey> = []
        for revision in revisions {
            let series = SeriesKey(revision.claim)
            if slots.isEmpty || current != .some(revision.claim.asOf) || seriesInCurrent.contains(series) {
                slots.append(revision.claim.asOf?.description ?? "no date")
                current = .some(revision.claim.asOf)
                seriesInCurrent = []
            }
            seriesInCurrent.insert(series)
            slotOfRevision.append(slots.count - 1)
        }
        return (slots, slotOfRevision)
    }
}

extension Value {
    /// The text of a cell that has one; nil for an empty cell.
    var textOrNil: String? { isNull ? nil : text }
}
