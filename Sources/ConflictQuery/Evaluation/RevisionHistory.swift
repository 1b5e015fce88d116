import ConflictDiagnostics
import ConflictModel

/// `history`: every running total with the ones it revised, in time order, each with the change
/// from its claimant's figure before. Several claimants' series come side by side, interleaved by
/// their as-of times; a figure in a unit that continues the one before ("tanks and armoured
/// vehicles", then "tanks, armoured vehicles and artillery") is marked as not comparable rather
/// than compared with it.
struct RevisionHistory {
    let evaluator: Evaluator
    private var model: ConflictModel { evaluator.model }

    init(evaluator: Evaluator) {
        self.evaluator = evaluator
    }

    /// One claimant's running totals of one measure, in one unit or those that continue it, for
    /// one side and event: the series whose latest figure an aggregate takes.
    private typealias Series = RunningTotals.Series

    static let columns: [ResultTable.Column] = [
        .init("as_of", .date), .init("claimant", .actor), .init("party", .actor), .init("measure", .text),
        .init("value", .quantity), .init("change", .text), .init("unit", .text), .init("counted", .text),
        .init("claim", .integer), .init("reported", .date), .init("outlets", .list),
    ]

    /// With `drawing`, the table also carries its figures laid out as that kind of chart.
    func evaluate(_ history: History, drawing: Chart.Kind? = nil) throws(Diagnostic) -> ResultTable {
        try refuseClausesItCannotTake(history.clauses)
        let measures = try evaluator.measureIDs(history.measures)
        // A store's rows are never running totals: they count only among the incidents, found
        // where they lie.
        let selection = model.rows == nil
            ? try evaluator.select(FieldCatalog.claims(model), history.clauses)
            : try evaluator.select(RowSets.claims(model), history.clauses)
        let selected = selection.positions
        let access = ClaimAccess(model)
        let all = model.claims
        let wanted = selected.filter { measures.isEmpty || measures.contains(access.measure($0)) }
        let totals = wanted.filter { access.isEntry($0) && all[$0].runningTotal }
        let incidents = wanted.count - totals.count + evaluator.incidentsElsewhere

        // Each series' figure so far: its latest claim and, when that came in parts of one
        // count, all of them and their sum, which the next revision is compared with.
        var previous: [Series: (claims: [Claim], total: Quantity)] = [:]
        var parts = 0
        var rows: [HistoryChart.Revision] = []
        var breaks = 0
        let ordered = totals.sorted(by: { Self.isBefore(all[$0], all[$1]) }).map { all[$0] }
        let totalOfBreakdown = breakdowns(ordered)
        for claim in ordered {
            let series = Series(claim, in: model.vocabulary)
            let change: Value
            var isNotComparable = false
            // "13 dead: eight civilians and five soldiers": the parts are inside the total, which
            // the series goes on from.
            if let total = totalOfBreakdown[claim.id] {
                rows.append(
                    HistoryChart.Revision(
                        claim: claim, change: .text("part of the \(total.quantity.chartLabel) given with it"), isNotComparable: true))
                continue
            }
            if let before = previous[series], let last = before.claims.last,
                RunningTotals.arePartsOfOneCount(claim, last), Self.incomparability(claim, last) == nil
            {
                change = .text("part of one count with the figure before")
                previous[series] = (before.claims + [claim], QuantityArithmetic.sum([before.total, claim.quantity]))
                parts += 1
                // Drawn apart from the figure before: a line from one part to the next is no change.
                rows.append(HistoryChart.Revision(claim: claim, change: change, isNotComparable: true))
                continue
            }
            if let before = previous[series]?.claims.last {
                if let reason = Self.incomparability(claim, before) {
                    change = .text("not comparable: \(reason)")
                    isNotComparable = true
                    breaks += 1
                } else {
                    change = .text(Self.change(from: previous[series]!.total, to: claim.quantity))
                }
            } else {
                change = .null
            }
            previous[series] = ([claim], claim.quantity)
            rows.append(HistoryChart.Revision(claim: claim, change: change, isNotComparable: isNotComparable))
        }
        let tableRows = rows.map { revision in
            let (claim, change) = (revision.claim, revision.change)
            return ResultTable.Row(
                [
                    .date(claim.asOf), .actor(claim.claimant, in: model), .actor(claim.party, in: model),
                    .text(claim.measure), .quantity(claim.quantity), change, .text(claim.unit), .text(claim.counted),
                    .integer(claim.id), .date(model.firstReported(claim.sources)), outlets(of: claim),
                ], provenance: claim.sources)
        }
        var notes = rows.isEmpty ? ["no running total matches"] : []
        notes += selection.notes
        if breaks > 0 {
            notes.append(
                "\(breaks) revision\(breaks == 1 ? " counts" : "s count") in another unit than the figure before, "
                    + "which it continues: the change is not given")
        }
        if !totalOfBreakdown.isEmpty {
            let count = totalOfBreakdown.count
            notes.append(
                "\(count) figure\(count == 1 ? " is" : "s are") the breakdown of a total given with \(count == 1 ? "it" : "them"), "
                    + "not a revision: the next revision is compared with the total")
        }
        if parts > 0 {
            notes.append(
                "\(parts) figure\(parts == 1 ? " was" : "s were") given in the same report, for the same time, as the one before: "
                    + "parts of one count, and the next revision is compared with their sum")
        }
        if incidents > 0 {
            notes.append(
                incidents == 1
                    ? "1 count of a single incident is not a running total and is not listed (see: claims where running_total = no)"
                    : "\(incidents) counts of single incidents are not running totals and are not listed "
                        + "(see: claims where running_total = no)")
        }
        return ResultTable(
            columns: Self.columns, rows: tableRows, notes: notes,
            chart: drawing.map { HistoryChart(model: model).chart($0, of: rows) })
    }

    /// Of figures given together as parts of one count, those inside a total given with them, by
    /// their ids, with that total.
    private func breakdowns(_ ordered: [Claim]) -> [Int: Claim] {
        var groups: [Series: [[Claim]]] = [:]
        for claim in ordered {
            let series = Series(claim, in: model.vocabulary)
            if let last = groups[series]?.last, last.contains(where: { RunningTotals.arePartsOfOneCount($0, claim) }) {
                groups[series]![groups[series]!.count - 1].append(claim)
            } else {
                groups[series, default: []].append([claim])
            }
        }
        var totals: [Int: Claim] = [:]
        for group in groups.values.joined() {
            guard let total = Breakdown.total(of: group) else { continue }
            for part in group where part.id != total.id { totals[part.id] = total }
        }
        return totals
    }

    /// A history is in time order and takes in whole series: it is filtered, never grouped,
    /// reordered or cut short.
    private func refuseClausesItCannotTake(_ clauses: Clauses) throws(Diagnostic) {
        if let first = clauses.groupBy.first {
            throw Diagnostic(
                "a history is not grouped: each claimant's series is its own already; filter with where", at: first.range)
        }
        if let first = clauses.order.first {
            throw Diagnostic("a history is always in time order, oldest first", at: first.field.range)
        }
        if clauses.limit != nil {
            throw Diagnostic(
                "a history is not cut short: a revision means something only beside the one before; "
                    + "narrow it with where or as of", at: clauses.limitRange ?? SourceRange(0, 0))
        }
    }

    private func outlets(of claim: Claim) -> Value {
        var seen: Set<String> = []
        let outlets = claim.sources.compactMap { model.source(id: $0.source)?.outlet ?? $0.source }
            .filter { seen.insert($0).inserted }
        return .list(outlets.map(Value.text))
    }

    /// Oldest first; figures without an as-of time last; then by claimant and id, for one order.
    private static func isBefore(_ a: Claim, _ b: Claim) -> Bool {
        switch (a.asOf, b.asOf) {
        case (let x?, let y?) where x != y: return x < y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return (a.claimant, a.id) < (b.claimant, b.id)
        }
    }

    /// Why two figures of a series cannot be compared, or nil when they can: the later counts in
    /// a unit that continues the earlier's, so it counts more kinds of thing. What was counted in
    /// the report's words (`counted`) may be worded anew in every report without that.
    private static func incomparability(_ claim: Claim, _ before: Claim) -> String? {
        guard claim.unit != before.unit else { return nil }
        return "counts \(claim.unit), the figure before \(before.unit)"
    }

    /// The change between two figures, as exact as their intervals allow: "+164", "-3",
    /// "no change", "between +40 and +80", "at least +63".
    static func change(from before: Quantity, to after: Quantity) -> String {
        let low = after.low - (before.high ?? .infinity)
        let high = (after.high ?? .infinity) - before.low
        func signed(_ number: Double) -> String { number > 0 ? "+" + Quantity.format(number) : Quantity.format(number) }
        if low == high { return low == 0 ? "no change" : signed(low) }
        if high == .infinity { return low == -.infinity ? "unknown" : "at least " + signed(low) }
        if low == -.infinity { return "at most " + signed(high) }
        return "between \(signed(low)) and \(signed(high))"
    }
}
