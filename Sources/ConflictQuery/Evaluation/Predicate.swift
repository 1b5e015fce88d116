import ConflictDiagnostics
import ConflictModel

/// A compiled condition, which reads records in place (see `RecordRef`).
typealias RecordTest<Record> = (RecordRef<Record>) -> Truth

/// A place where a condition took in, for a state, a government that is an actor of its own: if a
/// record that passed holds one of `ids` in the field, the answer says so.
struct GovernmentCrossing<Record> {
    let actorIDs: @Sendable (RecordRef<Record>, ConflictModel) -> ActorIDs
    let ids: Set<String>
    let note: String
}

/// Turns a `where` condition into a test on records, resolving names and checking types once,
/// before any record is looked at.
struct PredicateCompiler<Record> {
    let set: RecordSet<Record>
    let model: ConflictModel
    /// With this set, `possibly C` is compiled as C: to tell the rows that only possibly match.
    var strict = false
    /// Where `within` went from a state to a government, for the note the answer adds.
    private(set) var crossings: [GovernmentCrossing<Record>] = []

    init(set: RecordSet<Record>, model: ConflictModel, strict: Bool = false) {
        self.set = set
        self.model = model
        self.strict = strict
    }

    mutating func compile(_ condition: Condition) throws(Diagnostic) -> RecordTest<Record> {
        switch condition {
        case .and(let left, let right):
            let (l, r) = (try compile(left), try compile(right))
            return { min(l($0), r($0)) }
        case .or(let left, let right):
            let (l, r) = (try compile(left), try compile(right))
            return { max(l($0), r($0)) }
        case .not(let inner):
            let test = try compile(inner)
            return { test($0).negated }
        case .possibly(let inner):
            let test = try compile(inner)
            return strict ? test : { test($0).orPossibly }
        case .test(let test):
            let positive = try compile(test)
            let negate = test.negated || test.op == .notEqual
            return negate ? { positive($0).negated } : positive
        }
    }

    private mutating func compile(_ test: Test) throws(Diagnostic) -> RecordTest<Record> {
        let field = try set.field(named: test.field)
        let model = self.model
        switch field.type {
        case .actor:
            return try actorTest(test, field: field)
        case .integer, .number, .quantity:
            let wanted = try test.values.map { (literal: Literal) throws(Diagnostic) -> Double in
                guard let number = literal.number else {
                    throw Diagnostic("\(field.name) is a number; compare it with a number", at: literal.range)
                }
                return number
            }
            if test.op == .contains || test.op == .within {
                throw Diagnostic(
                    "\(field.name) is a number; compare it with =, !=, <, <=, >, >= or in", at: test.range)
            }
            let op = test.op
            return { record in
                Self.bestTruth(in: field.readInPlace(record, model)) { low, high in
                    Truth.best(of: wanted) { Truth.compare(low: low, high: high, op, $0) }
                }
            }
        case .date:
            let dates = try test.values.map { (literal: Literal) throws(Diagnostic) -> PartialDate in
                guard let date = PartialDate(literal.text) else {
                    let reason = PartialDate.impossibility(of: literal.text).map { ": \($0)" } ?? "; write YYYY, YYYY-MM or YYYY-MM-DD"
                    throw Diagnostic("\"\(literal.text)\" is not a date\(reason)", at: literal.range)
                }
                return date
            }
            if test.op == .contains || test.op == .within {
                throw Diagnostic("compare a date with =, !=, <, <=, >, >= or in", at: test.range)
            }
            let op = test.op
            return { record in
                guard case .date(let date) = field.readInPlace(record, model) else { return .no }
                return Truth.best(of: dates) { Self.compare(date, $0, op) }
            }
        case .bool:
            let flags = try test.values.map { (literal: Literal) throws(Diagnostic) -> Bool in
                switch literal.text.lowercased() {
                case "yes", "true": return true
                case "no", "false": return false
                default: throw Diagnostic("\(field.name) is yes or no", at: literal.range)
                }
            }
            return { record in
                guard case .bool(let flag) = field.readInPlace(record, model) else { return .no }
                return .of(flags.contains(flag))
            }
        case .text, .list:
            return try textTest(test, field: field)
        }
    }

    private func textTest(_ test: Test, field: Field<Record>) throws(Diagnostic) -> RecordTest<Record> {
        let model = self.model
        let wanted = test.values.map { ConflictModel.nameKey($0.text) }
        switch test.op {
        case .contains:
            return { record in
                .of(Self.texts(of: field.readInPlace(record, model)).contains { text in wanted.contains { text.contains($0) } })
            }
        case .equal, .notEqual, .isIn:
            if let matching = field.matching {
                let test = matching(wanted, model)
                return { record in .of(test(record)) }
            }
            return { record in
                var texts = Self.texts(of: field.readInPlace(record, model))
                if let more = field.alsoKnownAs { texts += more(record, model).map(ConflictModel.nameKey) }
                return .of(texts.contains { wanted.contains($0) })
            }
        case .within:
            throw Diagnostic(
                "\(field.name) is text; within takes in an actor's members, so it compares actors (use =, in or contains)",
                at: test.range)
        default:
            throw Diagnostic("\(field.name) is text; compare it with =, !=, in or contains", at: test.range)
        }
    }

    /// `=`, `!=` and `in` name actors exactly: `party = Pakistan` is Pakistan's own figures, as
    /// `count claims by party` counts them. `within` takes in everyone under the actor: its parts,
    /// members and spokespeople, and, noted in the answer, a government of its own.
    private mutating func actorTest(_ test: Test, field: Field<Record>) throws(Diagnostic) -> RecordTest<Record> {
        let model = self.model
        let actorIDs = field.actorIDsReader
        switch test.op {
        case .contains:
            let wanted = test.values.map { ConflictModel.nameKey($0.text) }
            return { record in
                .of(
                    actorIDs(record, model).contains { id in
                        let names = model.actor(id: id)?.names ?? [id]
                        return names.contains { name in wanted.contains { ConflictModel.nameKey(name).contains($0) } }
                    })
            }
        case .equal, .notEqual, .isIn:
            var ids: Set<String> = []
            for literal in test.values {
                for actor in try resolveActor(literal.text, at: literal.range) { ids.insert(actor.id) }
            }
            return Self.holdsOne(of: ids, field, model)
        case .within:
            var ids: Set<String> = []
            for literal in test.values {
                for actor in try resolveActor(literal.text, at: literal.range) {
                    let members = model.members(of: actor.id)
                    ids.formUnion(members.ids)
                    if let note = Self.crossingNote(members, phrase: "\(field.name) within \(actor.name)", model: model) {
                        crossings.append(GovernmentCrossing(actorIDs: actorIDs, ids: members.acrossGovernment, note: note))
                    }
                }
            }
            return Self.holdsOne(of: ids, field, model)
        default:
            throw Diagnostic(
                "\(field.name) is an actor; compare it with =, !=, in, within or contains", at: test.range)
        }
    }

    /// "party within Afghanistan takes in the Afghan Taliban, a government that is an actor of its
    /// own; party = Afghanistan is the state alone", or nil when no government was crossed into.
    static func crossingNote(_ members: ActorMembers, phrase: String, model: ConflictModel) -> String? {
        guard !members.governments.isEmpty else { return nil }
        let names = members.governments.map { id -> String in
            guard let actor = model.actor(id: id) else { return id }
            return actor.note.map { "\(actor.name) (\($0))" } ?? actor.name
        }
        return "\(phrase) takes in \(names.joined(separator: " and ")): a government is an actor of its own, "
            + "apart from the state it governs"
    }

    /// The actors a name stands for, or an error at the name listing the close ones.
    func resolveActor(_ name: String, at range: SourceRange) throws(Diagnostic) -> [Actor] {
        try ActorResolver(model: model).resolve(name, at: range)
    }

    /// Of a date known to the day, the month or the year, whether it compares so with another:
    /// certainly, when every day it could be does; possibly, when some do. `date = 2026-02` is
    /// every day of February.
    private static func compare(_ date: PartialDate, _ wanted: PartialDate, _ op: Test.Operator) -> Truth {
        let (first, last) = (date.firstDay, date.lastDay)
        let (from, to) = (wanted.firstDay, wanted.lastDay)
        switch op {
        case .equal, .notEqual, .isIn, .contains, .within:
            if from <= first && last <= to { return .yes }
            return last < from || to < first ? .no : .possibly
        case .less: return last < from ? .yes : first >= from ? .no : .possibly
        case .lessOrEqual: return last <= to ? .yes : first > to ? .no : .possibly
        case .greater: return first > to ? .yes : last <= to ? .no : .possibly
        case .greaterOrEqual: return first >= from ? .yes : last < from ? .no : .possibly
        }
    }

    /// The best outcome of a numeric test over a value: a figure by its interval, a whole number or
    /// plain number as itself, a list by its best item. Made for every record a query tests, so it
    /// looks inside lists without building an array of their numbers.
    private static func bestTruth(in value: Value, _ test: (Double, Double?) -> Truth) -> Truth {
        switch value {
        case .integer(let n): return test(Double(n), Double(n))
        case .number(let n): return test(n, n)
        case .quantity(let q): return test(q.low, q.high)
        case .list(let values): return Truth.best(of: values) { bestTruth(in: $0, test) }
        default: return .no
        }
    }

    static func texts(of value: Value) -> [String] {
        switch value {
        case .null: return []
        case .list(let values): return values.flatMap(texts(of:))
        default: return [ConflictModel.nameKey(value.text)]
        }
    }

    /// Whether a record's actor field holds one of `ids`, by the field's own test when it has one.
    static func holdsOne(of ids: Set<String>, _ field: Field<Record>, _ model: ConflictModel) -> RecordTest<Record> {
        if let idsMatch = field.idsMatch {
            let test = idsMatch(ids, model)
            return { record in .of(test(record)) }
        }
        let actorIDs = field.actorIDsReader
        let isWanted = membership(ids)
        return { record in .of(actorIDs(record, model).contains(where: isWanted)) }
    }

    /// Whether an id is one of these. A few ids, as a condition names, are compared one by one:
    /// short strings compare faster than they hash.
    static func membership(_ ids: Set<String>) -> (String) -> Bool {
        if ids.count > 8 { return ids.contains }
        let few = Array(ids)
        return { few.contains($0) }
    }
}

/// Finds actors by name, alias or id, ignoring case.
struct ActorResolver {
    let model: ConflictModel

    func resolve(_ name: String, at range: SourceRange) throws(Diagnostic) -> [Actor] {
        let found = model.actors(named: name)
        if !found.isEmpty { return found }
        let names = model.actors.flatMap { [$0.name] + $0.aliases }
        throw Diagnostic("no actor is named \"\(name)\"", at: range, suggestions: Suggestions.close(to: name, in: names))
    }

    /// Everyone whose words count as this actor's: the actor, its members and its spokespeople,
    /// with the note to add when that took in a government of its own.
    func side(_ name: Name, phrase: String) throws(Diagnostic) -> (ids: Set<String>, crossing: (ids: Set<String>, note: String)?) {
        var ids: Set<String> = []
        var crossing: (ids: Set<String>, note: String)?
        for actor in try resolve(name.text, at: name.range) {
            let members = model.members(of: actor.id)
            ids.formUnion(members.ids)
            if let note = PredicateCompiler<Actor>.crossingNote(members, phrase: "\(phrase) \(actor.name)", model: model) {
                crossing = (members.acrossGovernment.union(crossing?.ids ?? []), note)
            }
        }
        return (ids, crossing)
    }
}
