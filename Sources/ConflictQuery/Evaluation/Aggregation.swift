import ConflictDiagnostics
import ConflictModel

/// `sum`, `count`, `min`, `max` and `avg`, with the rules that keep answers honest: figures from
/// different claimants, about different sides or in different units are never added together,
/// figures in different units are never compared, a running total is revised by its claimant's
/// later one rather than added to it, and no claim is not zero.
struct Aggregation {
    let evaluator: Evaluator
    private var model: ConflictModel { evaluator.model }

    func evaluate(_ aggregate: Aggregate) throws(Diagnostic) -> ResultTable {
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
            case .events: return try count(FieldCatalog.events(model), aggregate)
            case .claims: return try count(FieldCatalog.claims(model), aggregate)
            case .statements: return try count(FieldCatalog.statements(model), aggregate)
            case .quotes: return try count(FieldCatalog.statements(model, quotesOnly: true), aggregate)
            case .sources: return try count(FieldCatalog.sources(model), aggregate)
            }
        case .measures(let names):
            return try figures(names, aggregate)
        }
    }

    // MARK: - count ENTITY

    private func count<Record>(_ set: RecordSet<Record>, _ aggregate: Aggregate) throws(Diagnostic) -> ResultTable {
        let groupFields = try groupingFields(aggregate.clauses.groupBy, in: set)
        let selection = try evaluator.select(set, aggregate.clauses)
        let records = selection.positions.map { set.records[$0] }
        var groups: [[Value]: [Record]] = [:]
        var order: [[Value]] = []
        var countedMoreThanOnce = false
        for record in records {
            let keys = Self.keys(groupFields.map { $0.read(record, model) })
            countedMoreThanOnce = countedMoreThanOnce || keys.count > 1
            for key in keys {
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(record)
            }
        }
        if groupFields.isEmpty && order.isEmpty { order = [[]] }
        let columns = groupFields.map { ResultTable.Column($0.name, $0.type) } + [ResultTable.Column("count", .integer)]
        var rows = order.map { key in
            let members = groups[key] ?? []
            return ResultTable.Row(key + [.integer(members.count)], provenance: members.flatMap(set.provenance))
        }
        rows = try sortRows(rows, columns: columns, aggregate.clauses)
        var notes = selection.notes
        if countedMoreThanOnce {
            notes.append("a \(set.entity.singular) with several values of a grouped field is counted once for each")
        }
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    // MARK: - sum, count, min, max, avg of measures

    private func figures(_ names: [Name], _ aggregate: Aggregate) throws(Diagnostic) -> ResultTable {
        let measures = try names.map { (name: Name) throws(Diagnostic) -> String in
            let id = name.text.lowercased()
            guard model.vocabulary.measure(id) != nil else {
                throw Diagnostic(
                    "unknown measure \"\(name.text)\"", at: name.range,
                    suggestions: Suggestions.close(to: name.text, in: model.vocabulary.measures.map(\.id)))
            }
            return id
        }
        let set = FieldCatalog.claims(model)
        let userGroups = try groupingFields(aggregate.clauses.groupBy, in: set)
        func groupsBy(_ field: ClaimField) -> Bool { userGroups.contains { $0.name == field.rawValue } }
        // Claims are handled by their positions in the model, and read where they lie: copying
        // each one would cost more than the sums (see `RecordRef`).
        let all = model.claims
        let selection = try evaluator.select(set, aggregate.clauses)
        let selected = selection.positions.filter { measures.contains(all[$0].measure) }
        let (claims, superseded) = aggregate.function == .count ? (selected, 0) : latestRunningTotals(selected)

        let function = aggregate.function
        let label = "\(function.rawValue) \(measures.joined(separator: " + "))"
        // Figures are added only within one claimant's word about one side's losses in one unit,
        // and compared only within one unit: the unit is always a group.
        let adds = function == .sum || function == .avg
        let compares = function == .min || function == .max
        var implicit: [Field<Claim>] = []
        var units: [Field<Claim>] = []
        if adds || compares {
            for field in [ClaimField.claimant, .party] where !userGroups.contains(where: { $0.name == field.rawValue }) {
                implicit.append(field.field)
            }
            if !groupsBy(.unit) { units.append(ClaimField.unit.field) }
        }
        let keyFields = userGroups + (adds ? implicit : []) + units
        // Each key is looked up once, and its group found by position: on a large model this loop
        // is most of the query.
        var groupOfKey: [[Value]: Int] = [:]
        var order: [[Value]] = []
        var groups: [[Int]] = []
        all.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return }
            for position in claims {
                let claim = RecordRef(first + position)
                for key in Self.keys(keyFields.map { $0.readInPlace(claim, model) }) {
                    if let group = groupOfKey[key] {
                        groups[group].append(position)
                    } else {
                        groupOfKey[key] = groups.count
                        order.append(key)
                        groups.append([position])
                    }
                }
            }
        }

        if function == .count && keyFields.isEmpty && order.isEmpty {
            order = [[]]
            groups = [[]]
        }

        var columns = keyFields.map { ResultTable.Column($0.name, $0.type) }
        if !adds && function != .count { columns += implicit.map { ResultTable.Column($0.name, $0.type) } }
        columns.append(ResultTable.Column(label, function == .count ? .integer : .quantity))
        if aggregate.clauses.withIntervals && function != .count {
            columns += [ResultTable.Column("low", .number), ResultTable.Column("high", .number)]
        }
        if function != .count {
            columns.append(ResultTable.Column(function == .min || function == .max ? "claim" : "claims", .integer))
        }
        if aggregate.clauses.withSources { columns.append(ResultTable.Column("sources", .list)) }

        var rows: [ResultTable.Row] = []
        var uncertain: [(extreme: Int, rival: Int)] = []
        for (key, members) in zip(order, groups) {
            var values = key
            var used = members
            switch function {
            case .count:
                values.append(.integer(members.count))
            case .sum, .avg:
                let quantities = members.map { all[$0].quantity }
                values.append(
                    .quantity(function == .sum ? QuantityArithmetic.sum(quantities) : QuantityArithmetic.average(quantities)))
            case .min, .max:
                let extreme =
                    function == .max
                    ? members.max { ValueOrder.less(.quantity(all[$0].quantity), .quantity(all[$1].quantity)) }!
                    : members.min { ValueOrder.less(.quantity(all[$0].quantity), .quantity(all[$1].quantity)) }!
                used = [extreme]
                values += implicit.map { $0.read(all[extreme], model) }
                values.append(.quantity(all[extreme].quantity))
                if let rival = rival(of: extreme, among: members, largest: function == .max) { uncertain.append((extreme, rival)) }
            }
            if aggregate.clauses.withIntervals, function != .count, case .quantity(let q) = values.last! {
                values += [.number(q.low), .number(q.high ?? .infinity)]
            }
            if function != .count {
                values.append(.integer(function == .min || function == .max ? all[used[0]].id : members.count))
            }
            let provenance = used.flatMap { all[$0].sources }
            if aggregate.clauses.withSources { values.append(Evaluator.sourcesCell(provenance)) }
            rows.append(ResultTable.Row(values, provenance: provenance))
        }
        rows = try sortRows(rows, columns: columns, aggregate.clauses)

        var notes = selection.notes
        if claims.isEmpty {
            let filter = evaluator.text(of: aggregate.bodyRange)
            notes.append("no claim matches: the model holds no figure for \(filter), which is not the same as zero")
        }
        let claimants = Set(claims.map { all[$0].claimant })
        if adds && claimants.count > 1 && !groupsBy(.claimant) {
            notes.append(
                "figures from \(claimants.count) claimants are not added together; each claimant has its own row (choose one with: according to NAME)"
            )
        }
        if adds && !groupsBy(.party) && Set(claims.map { all[$0].party }).count > 1 {
            notes.append("figures counting different sides are not added together; each side has its own row")
        }
        let unitsSeen = Set(claims.map { all[$0].unit })
        if (adds || compares) && unitsSeen.count > 1 && !groupsBy(.unit) {
            let verb = adds ? "added together" : "compared"
            notes.append(
                "figures in different units (\(unitsSeen.sorted().joined(separator: ", "))) are not \(verb); each unit has its own row")
        }
        for (extreme, rival) in uncertain {
            notes.append(
                "claim \(all[extreme].id) is \(function == .max ? "the largest" : "the smallest") as stated, but the interval of "
                    + "claim \(all[rival].id) (\(all[rival].quantity), \(all[rival].quantity.intervalDescription)) reaches past it: "
                    + "which is \(function == .max ? "larger" : "smaller") is not certain")
        }
        if superseded > 0 {
            notes.append(
                "\(superseded) earlier running total\(superseded == 1 ? " was" : "s were") revised by a later one from the same claimant and left out"
            )
        }
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    /// Of the claims in a group, one whose interval reaches past the extreme's, so that which is the
    /// largest (or smallest) is not certain; nil when the extreme is so for certain.
    private func rival(of extreme: Int, among members: [Int], largest: Bool) -> Int? {
        let all = model.claims
        let chosen = all[extreme].quantity
        return members.first { other in
            guard other != extreme else { return false }
            let quantity = all[other].quantity
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

    /// The groups a record falls in. A list is taken apart, so that a statement to Pakistan and the
    /// Afghan Taliban counts once for each of them, as event data counts dyads.
    private static func keys(_ values: [Value]) -> [[Value]] {
        // Most records hold no list in their grouped fields: one key, with nothing to take apart.
        if !values.contains(where: { if case .list = $0 { true } else { false } }) { return [values] }
        var keys: [[Value]] = [[]]
        for value in values {
            let parts: [Value]
            if case .list(let items) = value { parts = items.isEmpty ? [.null] : items } else { parts = [value] }
            keys = keys.flatMap { key in parts.map { key + [$0] } }
        }
        return keys
    }

    /// Keeps, of each claimant's series of running totals for one thing, only the latest.
    /// Takes and gives positions in the model's claims.
    private func latestRunningTotals(_ positions: [Int]) -> (kept: [Int], superseded: Int) {
        struct Series: Hashable {
            let claimant: String, measure: String, counted: String, party: String?, event: String?
        }
        let all = model.claims
        var latest: [Series: Int] = [:]
        for position in positions where all[position].runningTotal {
            let claim = all[position]
            let series = Series(
                claimant: claim.claimant, measure: claim.measure, counted: claim.counted,
                party: claim.party, event: claim.event)
            if let current = latest[series], !Self.isLater(claim, than: all[current]) { continue }
            latest[series] = position
        }
        let latestPositions = Set(latest.values)
        let kept = positions.filter { !all[$0].runningTotal || latestPositions.contains($0) }
        return (kept, positions.count - kept.count)
    }

    private static func isLater(_ claim: Claim, than other: Claim) -> Bool {
        switch (claim.date, other.date) {
        case (let a?, let b?) where a != b: return b < a
        case (_?, nil): return true
        case (nil, _?): return false
        default: return claim.id > other.id
        }
    }

    /// `order by` and `limit` on an aggregate's rows, by the names of its columns.
    private func sortRows(_ rows: [ResultTable.Row], columns: [ResultTable.Column], _ clauses: Clauses) throws(Diagnostic)
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
