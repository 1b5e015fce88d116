import ConflictDiagnostics
import ConflictModel
import SQLExport

/// A `where` condition as an SQL expression whose value is its truth: 2 certainly, 1 possibly,
/// 0 not, by the same three-valued rules as `Truth`, so that a figure known as an interval, or a
/// date known to the month, passes or fails exactly as it does on the built-in evaluator.
///
/// The condition has been checked by the built-in evaluator first (`SQLCompiler`), so every
/// field, actor, date and operator here is one it accepts.
struct SQLCondition {
    let dialect: SQLDialect
    let catalog: ConflictModel
    /// The SQL reading of a field, by its name, for the entity queried.
    let field: (String) -> SQLField?
    /// With this set, `possibly C` is C: to tell the rows that only possibly pass.
    var strict = false
    /// Recursive CTEs the condition needs (an event with its parts), named `ev1`, `ev2`...
    private(set) var helpers: [String] = []
    /// Where `within` (or `according to`) took in a government for a state: the test of a row
    /// holding one of those, and the note to give when a row kept does.
    private(set) var crossings: [(test: String, note: String)] = []

    init(dialect: SQLDialect, catalog: ConflictModel, field: @escaping (String) -> SQLField?, strict: Bool = false) {
        self.dialect = dialect
        self.catalog = catalog
        self.field = field
        self.strict = strict
    }

    mutating func truth(_ condition: Condition) throws(Diagnostic) -> String {
        switch condition {
        case .and(let left, let right): return dialect.least(try truth(left), try truth(right))
        case .or(let left, let right): return dialect.greatest(try truth(left), try truth(right))
        case .not(let inner): return "(2 - \(try truth(inner)))"
        case .possibly(let inner):
            let test = try truth(inner)
            return strict ? test : "(CASE WHEN \(test) >= 1 THEN 2 ELSE 0 END)"
        case .test(let test):
            let positive = try truth(test)
            return test.negated || test.op == .notEqual ? "(2 - \(positive))" : positive
        }
    }

    /// The truth of a test before `!=` and `not` turn it round.
    private mutating func truth(_ test: Test) throws(Diagnostic) -> String {
        guard let field = field(test.field.text.lowercased()) ?? field(FieldCatalog.synonyms[test.field.text.lowercased()] ?? "")
        else { throw SQLCompiler.notCompiled("the field \(test.field.text)", at: test.field.range) }
        switch field.type {
        case .actor: return try actorTruth(test, field)
        case .integer, .number, .quantity: return numberTruth(test, field)
        case .date: return dateTruth(test, field)
        case .bool:
            let flags = Set(test.values.map { ["yes", "true"].contains($0.text.lowercased()) })
            guard case .scalar(let column) = field.reading else { return "0" }
            let holds = flags.count == 2 ? "\(column) IS NOT NULL" : flags.contains(true) ? dialect.isTrue(column) : "NOT \(dialect.isTrue(column))"
            return dialect.truth("(\(column) IS NOT NULL AND \(holds))")
        case .text, .list: return try textTruth(test, field)
        }
    }

    // MARK: - Actors

    private mutating func actorTruth(_ test: Test, _ field: SQLField) throws(Diagnostic) -> String {
        var ids: Set<String> = []
        switch test.op {
        case .contains:
            let wanted = test.values.map { ConflictModel.nameKey($0.text) }
            ids = Set(
                catalog.actors.filter { actor in
                    actor.names.contains { name in wanted.contains { ConflictModel.nameKey(name).contains($0) } }
                }.map(\.id))
        case .within:
            for literal in test.values {
                for actor in try ActorResolver(model: catalog).resolve(literal.text, at: literal.range) {
                    let members = catalog.members(of: actor.id)
                    ids.formUnion(members.ids)
                    if let note = PredicateCompiler<Claim>.crossingNote(members, phrase: "\(field.name) within \(actor.name)", model: catalog) {
                        crossings.append((holds(field, members.acrossGovernment), note))
                    }
                }
            }
        default:
            for literal in test.values {
                for actor in try ActorResolver(model: catalog).resolve(literal.text, at: literal.range) { ids.insert(actor.id) }
            }
        }
        return dialect.truth(holds(field, ids))
    }

    /// Whether a row's actor field holds one of `ids`.
    func holds(_ field: SQLField, _ ids: Set<String>) -> String {
        switch field.reading {
        case .actors(let table, let owner, let role):
            return "EXISTS (SELECT 1 FROM \(table) WHERE \(owner) AND role = '\(role)' AND actor IN \(sqlList(ids)))"
        case .scalar(let column), .alsoKnownAs(.scalar(let column), _):
            return "(\(column) IN \(sqlList(ids)))"
        default:
            return "(1 = 0)"
        }
    }

    // MARK: - Numbers

    private func numberTruth(_ test: Test, _ field: SQLField) -> String {
        let wanted = test.values.compactMap(\.number)
        let (low, high): (String, String)
        switch field.reading {
        case .quantity: (low, high) = ("c.low", "c.high")
        case .unbounded(let column): (low, high) = (column, column)
        case .scalar(let column), .alsoKnownAs(.scalar(let column), _): (low, high) = (column, column)
        case .items(let table, let owner, let column):
            // A list of whole numbers (paragraphs): the best of its items, each exact.
            let tests = wanted.map { Self.compare(low: column, high: column, test.op, $0) }
            let any = tests.map { "EXISTS (SELECT 1 FROM \(table) WHERE \(owner) AND \($0) = 2)" }
            return dialect.truth(any.joined(separator: " OR "))
        default: return "0"
        }
        let best = wanted.map { Self.compare(low: low, high: high, test.op, $0) }.reduce(nil as String?) { best, next in
            best.map { dialect.greatest($0, next) } ?? next
        }
        // `high` is NULL when unbounded, which reads as ∞; any other value missing is no value.
        var missing = 0
        if case .unbounded = field.reading {
            missing = Int(Truth.best(of: wanted) { Truth.compare(low: .infinity, high: nil, test.op, $0) }.rawValue)
        }
        return "(CASE WHEN \(low) IS NULL THEN \(missing) ELSE \(best ?? "0") END)"
    }

    /// `Truth.compare` in SQL: of the interval [low, high] (high NULL: no upper bound), whether it
    /// compares so with `number`.
    private static func compare(low: String, high: String, _ op: Test.Operator, _ number: Double) -> String {
        let n = sqlNumber(number)
        let bounded = "\(high) IS NOT NULL"
        switch op {
        case .greater: return "(CASE WHEN \(low) > \(n) THEN 2 WHEN \(bounded) AND \(high) <= \(n) THEN 0 ELSE 1 END)"
        case .greaterOrEqual: return "(CASE WHEN \(low) >= \(n) THEN 2 WHEN \(bounded) AND \(high) < \(n) THEN 0 ELSE 1 END)"
        case .less: return "(CASE WHEN \(bounded) AND \(high) < \(n) THEN 2 WHEN \(low) >= \(n) THEN 0 ELSE 1 END)"
        case .lessOrEqual: return "(CASE WHEN \(bounded) AND \(high) <= \(n) THEN 2 WHEN \(low) > \(n) THEN 0 ELSE 1 END)"
        case .equal, .notEqual, .isIn, .contains, .within:
            return "(CASE WHEN \(low) = \(n) AND \(bounded) AND \(high) = \(n) THEN 2 "
                + "WHEN \(n) < \(low) OR (\(bounded) AND \(n) > \(high)) THEN 0 ELSE 1 END)"
        }
    }

    // MARK: - Dates

    /// A date known to the year, the month or the day (maybe with a time), compared by its first
    /// and last day. The days are texts: a month's last day is written as its 31st, which sorts
    /// after every day of the month and before the next, so no calendar is needed.
    private func dateTruth(_ test: Test, _ field: SQLField) -> String {
        guard case .scalar(let column) = field.reading else { return "0" }
        let first = Self.firstDay(column), last = Self.lastDay(column)
        let truths = test.values.compactMap { PartialDate($0.text) }.map { wanted -> String in
            let written = sqlLiteral(wanted.withoutTime.description)
            let (from, to) = (Self.firstDay(written), Self.lastDay(written))
            switch test.op {
            case .equal, .notEqual, .isIn, .contains, .within:
                return "(CASE WHEN \(from) <= \(first) AND \(last) <= \(to) THEN 2 WHEN \(last) < \(from) OR \(to) < \(first) THEN 0 ELSE 1 END)"
            case .less: return "(CASE WHEN \(last) < \(from) THEN 2 WHEN \(first) >= \(from) THEN 0 ELSE 1 END)"
            case .lessOrEqual: return "(CASE WHEN \(last) <= \(to) THEN 2 WHEN \(first) > \(to) THEN 0 ELSE 1 END)"
            case .greater: return "(CASE WHEN \(first) > \(to) THEN 2 WHEN \(last) <= \(to) THEN 0 ELSE 1 END)"
            case .greaterOrEqual: return "(CASE WHEN \(first) >= \(from) THEN 2 WHEN \(last) < \(from) THEN 0 ELSE 1 END)"
            }
        }
        let best = truths.reduce(nil as String?) { best, next in best.map { dialect.greatest($0, next) } ?? next }
        return "(CASE WHEN \(column) IS NULL THEN 0 ELSE \(best ?? "0") END)"
    }

    static func firstDay(_ date: String) -> String {
        "(CASE length(\(date)) WHEN 4 THEN \(date) || '-01-01' WHEN 7 THEN \(date) || '-01' ELSE substr(\(date), 1, 10) END)"
    }

    static func lastDay(_ date: String) -> String {
        "(CASE length(\(date)) WHEN 4 THEN \(date) || '-12-31' WHEN 7 THEN \(date) || '-31' ELSE substr(\(date), 1, 10) END)"
    }

    // MARK: - Texts

    private mutating func textTruth(_ test: Test, _ field: SQLField) throws(Diagnostic) -> String {
        let wanted = test.values.map { ConflictModel.nameKey($0.text) }
        // Of the texts a row's field holds, as SQL: one expression, or a list's table.
        func matches(_ expression: String) -> String {
            let key = dialect.lowered(expression, toMatch: wanted)
            if test.op == .contains {
                return "(" + wanted.map { dialect.contains(key, sqlLiteral($0)) }.joined(separator: " OR ") + ")"
            }
            return "(\(key) IN \(sqlList(wanted)))"
        }
        switch field.reading {
        case .items(let table, let owner, let column):
            return dialect.truth("EXISTS (SELECT 1 FROM \(table) WHERE \(owner) AND \(matches("CAST(\(column) AS TEXT)")))")
        case .scalar where field.name == "event" && test.op != .contains:
            // A claim about a strike is about the operation the strike is part of, at any depth.
            let name = "ev\(helpers.count + 1)"
            helpers.append(
                "\(name)(id) AS (SELECT id FROM events WHERE \(dialect.lowered("name", toMatch: wanted)) IN \(sqlList(wanted)) "
                    + "OR id IN \(sqlList(wanted)) UNION SELECT x.id FROM events x JOIN \(name) ON x.part_of = \(name).id)")
            return dialect.truth("(c.event IN (SELECT id FROM \(name)))")
        case .scalar(let column):
            return dialect.truth("(\(column) IS NOT NULL AND \(matches(column)))")
        case .alsoKnownAs(.scalar(let column), let others):
            let also = test.op == .contains ? [] : others.compactMap { other -> String? in
                switch other {
                case .scalar(let expression): return "(\(expression) IS NOT NULL AND \(matches(expression)))"
                case .items(let table, let owner, let column):
                    return "EXISTS (SELECT 1 FROM \(table) WHERE \(owner) AND \(matches(column)))"
                default: return nil
                }
            }
            return dialect.truth((["(\(column) IS NOT NULL AND \(matches(column)))"] + also).joined(separator: " OR "))
        default:
            throw SQLCompiler.notCompiled("a text test on \(field.name)", at: test.range)
        }
    }
}
