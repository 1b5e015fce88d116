import ConflictDiagnostics
import ConflictModel

/// `sum`, `count`, `min`, `max` and `avg`, with the rules that keep answers honest: figures from
/// different claimants, about different sides or in different units are never added together,
/// figures in different units are never compared, a running total is revised by its claimant's
/// later one rather than added to it, and no claim is not zero.
struct Aggregation {
    let evaluator: Evaluator
    private var model: ConflictModel { evaluator.model }

    /// With `drawing`, the table also carries its figures laid out as bars.
    func evaluate(_ aggregate: Aggregate, drawing: Bool = false) throws(Diagnostic) -> ResultTable {
        var (table, chart) = try answer(aggregate)
        if drawing { table.chart = chart.chart(table.rows) }
        return table
    }

    private func answer(_ aggregate: Aggregate) throws(Diagnostic) -> (ResultTable, AggregateChart) {
        switch aggregate.target {
        case .entity(let entity):
            guard aggregate.function == .count else {
                let function = aggregate.function.rawValue
                throw Diagnostic(
                    "\(function) adds up figures, so it needs a measure (\(function) killed); only count counts \(entity.rawValue)",
                    at: aggregate.targetRange,
                    suggestions: Suggestions.close(to: entity.rawValue, in: model.vocabulary.measures.map(\.id)))
            }
            switch entity {
            case .actors: return try count(FieldCatalog.actors(model), aggregate)
            case .events where model.rows != nil: return try count(RowSets.events(model), aggregate)
            case .events: return try count(FieldCatalog.events(model), aggregate)
            case .claims where model.rows != nil: return try count(RowSets.claims(model), aggregate)
            case .claims: return try count(FieldCatalog.claims(model), aggregate)
            case .statements: return try count(FieldCatalog.statements(model), aggregate)
            case .quotes: return try count(FieldCatalog.statements(model, quotesOnly: true), aggregate)
            case .sources: return try count(FieldCatalog.sources(model), aggregate)
            }
        case .measures(let names):
            if model.rows != nil { return try figures(names, aggregate, in: RowSets.claims(model)) }
            return try figures(names, aggregate, in: FieldCatalog.claims(model))
        }
    }

    // MARK: - count ENTITY

    private func count<Record>(_ set: RecordSet<Record>, _ aggregate: Aggregate) throws(Diagnostic)
        -> (ResultTable, AggregateChart)
    {
        let groupFields = try groupingFields(aggregate.clauses.groupBy, in: set)
        let selection = try evaluator.select(set, aggregate.clauses)
        var grouping = Grouping(set, selection.positions, by: groupFields, model: model)
        if groupFields.isEmpty { grouping.keepOneEmptyGroup() }
        let columns = groupFields.map { ResultTable.Column($0.name, $0.type) } + [ResultTable.Column("count", .integer)]
        let (provenance, records) = (set.provenance, set.records)
        var rows = grouping.groups.map { group in
            ResultTable.Row(group.key + [.integer(group.members.count)]) {
                group.members.flatMap { provenance(records[$0]) }
            }
        }
        rows = try sortRows(rows, columns: columns, aggregate.clauses)
        var notes = selection.notes
        if grouping.countedMoreThanOnce {
            notes.append("a \(set.entity.singular) with several values of a grouped field is counted once for each")
        }
        let chart = AggregateChart(
            labelColumns: Array(groupFields.indices), figureColumn: groupFields.count, unitColumn: nil,
            title: "count \(set.entity.rawValue)")
        return (ResultTable(columns: columns, rows: rows, notes: notes), chart)
    }

    // MARK: - sum, count, min, max, avg of measures

    /// The claims are `set`'s records: the model's entries, or, with stored rows, entries and rows.
    private func figures<Record>(_ names: [Name], _ aggregate: Aggregate, in set: RecordSet<Record>) throws(Diagnostic)
        -> (ResultTable, AggregateChart)
    {
        let measures = try evaluator.measureIDs(names)
        let function = aggregate.function
        let clauses = aggregate.clauses
        let userGroups = try groupingFields(clauses.groupBy, in: set)
        func groupsBy(_ field: ClaimField) -> Bool { userGroups.contains { $0.name == field.rawValue } }
        // Figures are added only within one claimant's word about one side's losses in one unit,
        // and compared only within one unit: the unit is always a group.
        let adds = function == .sum || function == .avg
        let compares = function == .min || function == .max
        let field = { (field: ClaimField) in set.field(field.rawValue)! }
        let sides = (adds || compares) ? [ClaimField.claimant, .party].filter { !groupsBy($0) }.map(field) : []
        let unit = (adds || compares) && !groupsBy(.unit) ? [field(.unit)] : []
        let keyFields = userGroups + (adds ? sides : []) + unit
        // Claims are handled by their positions in the model, and read where they lie: copying
        // each one would cost more than the sums (see `RecordRef`).
        let all = ClaimAccess(model)
        var selectionNotes: [String] = []
        var denied = 0
        var series = RunningTotals.Selection(kept: [])
        var breakdowns = TotalsAndParts.Selection(kept: [])
        var grouping: Grouping
        if Record.self == ClaimRow.self, let rows = model.rows,
            let fast = ColumnarFigures(model: model, rows: rows).prepare(aggregate, measures: measures, keys: keyFields.map(\.name))
        {
            // A store's rows alone, read by their columns: the same groups, in the same order.
            grouping = Grouping(groups: fast.groups.map { group in
                Grouping.Group(key: keyFields.map { $0.read(set.records[group.members[0]], model) }, members: group.members)
            })
            (denied, breakdowns.totals, breakdowns.parts) = (fast.denied, fast.totals, fast.parts)
        } else {
            let selection = try evaluator.select(set, clauses)
            selectionNotes = selection.notes
            // A denial says the figure is not so: it is no figure to add or compare, only to count.
            var selected: [Int] = []
            for position in selection.positions where measures.contains(all.measure(position)) {
                if function != .count && all.stance(position) == .denied {
                    denied += 1
                } else {
                    selected.append(position)
                }
            }
            // Only entries are running totals; stored rows are figures of their own, kept after them.
            series = RunningTotals.Selection(kept: selected)
            if function != .count {
                let entries = selected.filter(all.isEntry)
                series = RunningTotals.latest(entries, in: model.claims, model: model)
                series.kept += selected[entries.count...]
            }
            breakdowns = adds
                ? TotalsAndParts.separate(series.kept, in: set, all, rowsBy: keyFields, model: model)
                : TotalsAndParts.Selection(kept: series.kept)
            grouping = Grouping(set, breakdowns.kept, by: keyFields, model: model)
        }
        let noClaim = grouping.groups.isEmpty
        if function == .count && keyFields.isEmpty { grouping.keepOneEmptyGroup() }

        var layout = keyFields.enumerated().map { FigureColumn<Record>.key($1, index: $0) }
        if compares { layout += sides.map(FigureColumn<Record>.ofChosenClaim) }
        layout.append(.figure(label: "\(function.rawValue) \(measures.joined(separator: " + "))", function: function))
        if clauses.withIntervals && function != .count { layout += [.low, .high] }
        if function != .count { layout.append(.claims(chosen: compares)) }
        if clauses.withSources { layout.append(.sources) }

        var uncertain: [(extreme: Int, rival: Int)] = []
        let answers = try grouping.groups.map { (group) throws(Diagnostic) -> FigureColumn<Record>.Answer in
            let quantities = group.members.map(all.quantity)
            switch function {
            case .count:
                return FigureColumn<Record>.Answer(key: group.key, members: group.members, figure: nil, chosen: nil)
            case .sum, .avg:
                let sum = QuantityArithmetic.sum(quantities)
                guard QuantityArithmetic.isExact(sum) else {
                    throw Diagnostic(
                        Self.tooLargeMessage(function, measures, group: zip(keyFields, group.key)), at: aggregate.targetRange)
                }
                let figure = function == .sum ? sum : QuantityArithmetic.average(quantities)
                return FigureColumn<Record>.Answer(key: group.key, members: group.members, figure: figure, chosen: nil)
            case .min, .max:
                let order = { (a: Int, b: Int) in ValueOrder.less(.quantity(all.quantity(a)), .quantity(all.quantity(b))) }
                let chosen = function == .max ? group.members.max(by: order)! : group.members.min(by: order)!
                if let rival = rival(of: chosen, among: group.members, largest: function == .max) {
                    uncertain.append((chosen, rival))
                }
                return FigureColumn<Record>.Answer(key: group.key, members: group.members, figure: all.quantity(chosen), chosen: chosen)
            }
        }
        let rows = try sortRows(
            answers.map { answer in
                ResultTable.Row(layout.map { $0.value(answer, in: set, all, model: model) }) {
                    answer.used.flatMap(all.sources)
                }
            }, columns: layout.map(\.column), clauses)

        // Read from the groups' keys, a few rows, rather than from every claim again.
        func distinct(_ field: ClaimField) -> Set<Value> {
            guard let index = keyFields.firstIndex(where: { $0.name == field.rawValue }) else { return [] }
            return Set(grouping.groups.map { $0.key[index] })
        }
        let facts = FigureNotes(
            function: function, groupedBy: Set(userGroups.map(\.name)),
            noClaimFor: noClaim ? evaluator.text(of: aggregate.bodyRange) : nil,
            claimants: distinct(.claimant).count, parties: distinct(.party).count, units: Set(distinct(.unit).map(\.text)),
            uncertain: uncertain.map { (all.id($0.extreme), all.id($0.rival), all.quantity($0.rival)) },
            superseded: series.superseded, runningParts: series.parts, totals: breakdowns.totals, parts: breakdowns.parts,
            denied: denied, breakdowns: series.breakdowns, withinTotals: series.withinTotals)
        let notes = selectionNotes + facts.lines
        return (ResultTable(columns: layout.map(\.column), rows: rows, notes: notes), AggregateChart(layout))
    }

    /// Why a sum or an average is not given: its figures add up past what is held exactly, where it
    /// could be off by one or more without a sign of it.
    static func tooLargeMessage<Record>(
        _ function: Aggregate.Function, _ measures: [String], group: some Sequence<(Field<Record>, Value)>
    ) -> String {
        let what = measures.joined(separator: " + ")
        let key = group.map { "\($0.name) \($1.text)" }.joined(separator: ", ")
        let sum = function == .sum ? "the sum of \(what)" : "the average of \(what) needs the sum, which"
        return "\(sum) for \(key) is past 9,007,199,254,740,992 (2^53), the largest whole number a sum holds "
            + "exactly, so it cannot be given; ask for fewer figures at once (where, according to, by)"
    }

    /// Of the claims in a group, one whose interval reaches past the extreme's, so that which is the
    /// largest (or smallest) is not certain; nil when the extreme is so for certain.
    private func rival(of extreme: Int, among members: [Int], largest: Bool) -> Int? {
        let all = ClaimAccess(model)
        let chosen = all.quantity(extreme)
        return members.first { other in
            guard other != extreme else { return false }
            let quantity = all.quantity(other)
            return largest ? (quantity.high ?? .infinity) > chosen.low : quantity.low < (chosen.high ?? .infinity)
        }
    }

    /// The fields `by` names. `by` only groups: a name that is no field but an actor's is an error
    /// that says how to ask for what that actor claimed.
    private func groupingFields<Record>(_ names: [Name], in set: RecordSet<Record>) throws(Diagnostic) -> [Field<Record>] {
        try names.map { (name: Name) throws(Diagnostic) in
            if let field = set.field(name.text) { return field }
            if let mistake = evaluator.attributionMistake(name, set.entity) { throw mistake }
            return try set.field(named: name)
        }
    }

    /// `order by` and `limit` on an aggregate's rows, by the names of its columns.
    func sortRows(_ rows: [ResultTable.Row], columns: [ResultTable.Column], _ clauses: Clauses) throws(Diagnostic)
        -> [ResultTable.Row]
    {
        var sorted = rows
        if !clauses.order.isEmpty {
            let names = columns.map(\.name)
            let keys = try clauses.order.map { (key: OrderKey) throws(Diagnostic) -> (Int, Bool) in
                let wanted = key.field.text.lowercased()
                guard
                    let index = names.firstIndex(where: {
                        $0 == wanted || $0.hasPrefix(wanted + " ") || $0.hasSuffix(" " + wanted)
                    })
                else {
                    throw Diagnostic(
                        "the result has no column \"\(key.field.text)\"", at: key.field.range,
                        suggestions: Suggestions.close(to: key.field.text, in: names))
                }
                return (index, key.descending)
            }
            sorted.sort { a, b in
                Evaluator.precedes(keys.map { a.values[$0.0] }, keys.map { b.values[$0.0] }, descending: keys.map(\.1))
            }
        }
        if let limit = clauses.limit { sorted = Array(sorted.prefix(limit)) }
        return sorted
    }
}
