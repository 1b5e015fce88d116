import ConflictDiagnostics
import ConflictModel

/// `sum`, `avg` and `count` of measures over a store's rows alone, read straight from the columns
/// in one pass: each condition a comparison of numbers (a text's place in the table, a year, an
/// actor id's place) made once per text, each group keyed by those numbers. It gives what the
/// general path gives (the groups, in the order first met, with their members; the totals and
/// parts left out; the denied figures), which `Aggregation` then turns into the answer as it does
/// any other: the tests hold the two paths to the same answers.
///
/// It takes only what it can answer exactly: a model whose claims are all rows, a condition made
/// of `and`, `=`, `!=`, `in` and `not in` on text and actor fields and comparisons of the year,
/// `according to` an actor whose members are no government of their own, and groups by fields of
/// one value. Anything else (and any error) goes the general way.
struct ColumnarFigures {
    let model: ConflictModel
    let rows: StoredRows

    /// What the general path would have found before making the answer's rows.
    struct Prepared {
        var groups: [Grouping.Group]
        var denied = 0
        var totals = 0
        var parts = 0
        var kept = 0
    }

    /// A claim's column a condition or a group reads, as a number.
    private enum Column {
        case claimText(StoredRows.ClaimText)
        case eventText(StoredRows.EventText)
        case year
        case stance
        case qualifier

        init?(_ name: String) {
            let name = name.lowercased()
            switch FieldCatalog.synonyms[name] ?? name {
            case "measure": self = .claimText(.measure)
            case "counted": self = .claimText(.counted)
            case "unit": self = .claimText(.unit)
            case "party": self = .claimText(.party)
            case "claimant": self = .claimText(.claimant)
            case "note": self = .claimText(.note)
            case "country": self = .eventText(.country)
            case "dataset": self = .eventText(.dataset)
            case "event": self = .eventText(.name)
            case "year": self = .year
            case "stance": self = .stance
            case "qualifier": self = .qualifier
            default: return nil
            }
        }

        var isYear: Bool {
            if case .year = self { return true }
            return false
        }

        var isActor: Bool {
            if case .claimText(let text) = self { return text == .party || text == .claimant }
            return false
        }

        /// The number the claim holds in this column: a place in the text table, a year, a choice;
        /// -1 (or `Int.min` for a year) for none.
        func read(_ rows: StoredRows, _ claim: Int, event: Int) -> Int {
            switch self {
            case .claimText(let text): return rows.place(text, ofClaim: claim)
            case .eventText(let text): return rows.place(text, ofEvent: event)
            case .year: return rows.year(ofEvent: event) ?? .min
            case .stance: return Claim.Stance.allCases.firstIndex(of: rows.stance(ofClaim: claim))!
            case .qualifier: return Qualifier.allCases.firstIndex(of: rows.qualifier(ofClaim: claim))!
            }
        }
    }

    /// One condition on a column: whether a number it holds passes.
    private struct ColumnTest {
        let column: Column
        let passes: NumberTest

        init(_ column: Column, _ passes: @escaping (Int) -> Bool) {
            self.column = column
            self.passes = NumberTest(passes)
        }

        func callAsFunction(_ number: Int) -> Bool { passes(number) }
    }

    /// The groups and counts of `sum`, `avg` or `count` of `measures`, or nil when the query is
    /// not one this path answers exactly.
    func prepare(_ aggregate: Aggregate, measures: [String], keys: [String]) -> Prepared? {
        guard model.claims.isEmpty, [.sum, .avg, .count].contains(aggregate.function) else { return nil }
        let clauses = aggregate.clauses
        var tests: [ColumnTest] = []
        if let filter = clauses.filter {
            guard let compiled = compile(filter) else { return nil }
            tests = compiled
        }
        if let name = clauses.accordingTo {
            guard let side = try? ActorResolver(model: model).side(name, phrase: "according to"), side.crossing == nil else {
                return nil
            }
            tests.append(ColumnTest(.claimText(.claimant)) { [rows] place in place >= 0 && side.ids.contains(rows.text(place)) })
        }
        guard let columns = keys.map(Column.init) as [Column?] as? [Column], columns.count == keys.count else { return nil }
        let measureTest = ColumnTest(.claimText(.measure)) { [rows] place in place >= 0 && measures.contains(rows.text(place)) }
        let adds = aggregate.function != .count

        var prepared = Prepared(groups: [])
        var groupOfKey: [[Int]: Int] = [:]
        var key: [Int] = []
        key.reserveCapacity(columns.count)
        var kept: [Int] = []
        var leftOut: (totals: [Int], parts: [Int]) = ([], [])
        func add(_ claim: Int, event: Int) {
            key.removeAll(keepingCapacity: true)
            for column in columns { key.append(column.read(rows, claim, event: event)) }
            if let group = groupOfKey[key] {
                prepared.groups[group].members.append(claim)
            } else {
                groupOfKey[key] = prepared.groups.count
                prepared.groups.append(Grouping.Group(key: [], members: [claim]))
            }
        }
        for event in 0..<rows.eventCount {
            kept.removeAll(keepingCapacity: true)
            for claim in rows.claims(ofEvent: event) {
                guard measureTest(rows.place(.measure, ofClaim: claim)),
                    tests.allSatisfy({ $0($0.column.read(rows, claim, event: event)) })
                else { continue }
                if adds && rows.stance(ofClaim: claim) == .denied {
                    prepared.denied += 1
                    continue
                }
                kept.append(claim)
            }
            if adds { separateTotalsAndParts(&kept, columns, event: event, &prepared, leftOut: &leftOut) }
            for claim in kept { add(claim, event: event) }
            prepared.kept += kept.count
        }
        return prepared
    }

    /// `TotalsAndParts.separate` within one event, where a row's total and its parts all are: a
    /// total whose parts fall in other groups is left out, else its parts are.
    private func separateTotalsAndParts(
        _ kept: inout [Int], _ columns: [Column], event: Int, _ prepared: inout Prepared, leftOut: inout (totals: [Int], parts: [Int])
    ) {
        guard kept.contains(where: { rows.partOf(ofClaim: $0) != nil }) else { return }
        // An event has a few claims: they are compared pair by pair, with nothing allocated.
        func sameRow(_ a: Int, _ b: Int) -> Bool {
            columns.allSatisfy { $0.read(rows, a, event: event) == $0.read(rows, b, event: event) }
        }
        func total(of part: Int) -> Int? {
            guard let id = rows.partOf(ofClaim: part) else { return nil }
            return kept.first { rows.id(ofClaim: $0) == id }
        }
        leftOut.totals.removeAll(keepingCapacity: true)
        leftOut.parts.removeAll(keepingCapacity: true)
        for part in kept {
            if let total = total(of: part), !leftOut.totals.contains(total), !sameRow(part, total) { leftOut.totals.append(total) }
        }
        for part in kept {
            if let total = total(of: part), !leftOut.totals.contains(total) { leftOut.parts.append(part) }
        }
        prepared.totals += leftOut.totals.count
        prepared.parts += leftOut.parts.count
        if !leftOut.totals.isEmpty || !leftOut.parts.isEmpty {
            let out = leftOut
            kept.removeAll { out.totals.contains($0) || out.parts.contains($0) }
        }
    }

    /// The condition as tests that must all pass, or nil when it has other than `and` and
    /// comparisons this path makes exactly.
    private func compile(_ condition: Condition) -> [ColumnTest]? {
        switch condition {
        case .and(let left, let right):
            guard let l = compile(left), let r = compile(right) else { return nil }
            return l + r
        case .test(let test):
            return compile(test).map { [$0] }
        case .or, .not, .possibly:
            return nil
        }
    }

    private func compile(_ test: Test) -> ColumnTest? {
        guard let column = Column(test.field.text), !test.values.isEmpty else { return nil }
        let negate = test.negated || test.op == .notEqual
        guard [.equal, .notEqual, .isIn].contains(test.op) || (column.isYear && test.op != .contains && test.op != .within)
        else { return nil }
        let rows = self.rows
        switch column {
        case .year:
            let wanted = test.values.compactMap(\.number)
            guard wanted.count == test.values.count else { return nil }
            let op = test.op
            return ColumnTest(column) { year in
                let passes = year != .min && wanted.contains { Truth.compare(low: Double(year), high: Double(year), op, $0) == .yes }
                return negate ? !passes : passes
            }
        case .claimText where column.isActor:
            var ids: Set<String> = []
            for literal in test.values {
                guard let found = try? ActorResolver(model: model).resolve(literal.text, at: literal.range) else { return nil }
                ids.formUnion(found.map(\.id))
            }
            return ColumnTest(column) { place in
                let passes = place >= 0 && ids.contains(rows.text(place))
                return negate ? !passes : passes
            }
        case .claimText, .eventText:
            // `event = X` takes in the parts of X: the general path sees to that.
            if case .eventText(.name) = column { return nil }
            let wanted = test.values.map { ConflictModel.nameKey($0.text) }
            return ColumnTest(column) { place in
                let passes = place >= 0 && wanted.contains(ConflictModel.nameKey(rows.text(place)))
                return negate ? !passes : passes
            }
        case .stance, .qualifier:
            return nil
        }
    }
}
