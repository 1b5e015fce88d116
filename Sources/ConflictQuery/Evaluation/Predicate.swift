import ConflictModel

/// A compiled condition, which reads records in place (see `RecordRef`).
typealias RecordTest<Record> = (RecordRef<Record>) -> Bool

/// Turns a `where` condition into a test on records, resolving names and checking types once,
/// before any record is looked at.
struct PredicateCompiler<Record> {
    let set: RecordSet<Record>
    let model: ConflictModel

    func compile(_ condition: Condition) throws(Diagnostic) -> RecordTest<Record> {
        switch condition {
        case .and(let left, let right):
            let (l, r) = (try compile(left), try compile(right))
            return { l($0) && r($0) }
        case .or(let left, let right):
            let (l, r) = (try compile(left), try compile(right))
            return { l($0) || r($0) }
        case .not(let inner):
            let test = try compile(inner)
            return { !test($0) }
        case .test(let test):
            let positive = try compile(test)
            let negate = test.negated || test.op == .notEqual
            return negate ? { !positive($0) } : positive
        }
    }

    private func compile(_ test: Test) throws(Diagnostic) -> RecordTest<Record> {
        let field = try set.field(named: test.field)
        let model = self.model
        switch field.type {
        case .actor:
            return try actorTest(test, field: field)
        case .integer, .quantity:
            let wanted = try test.values.map { (literal: Literal) throws(Diagnostic) -> Double in
                guard let number = literal.number else {
                    throw Diagnostic("\(field.name) is a number; compare it with a number", at: literal.range)
                }
                return number
            }
            let compare = try ordering(test, field: field)
            return { record in
                Self.anyNumber(in: field.readInPlace(record, model)) { value in wanted.contains { compare(value, $0) } }
            }
        case .date:
            let dates = try test.values.map { (literal: Literal) throws(Diagnostic) -> PartialDate in
                guard let date = PartialDate(literal.text) else {
                    throw Diagnostic(
                        "\"\(literal.text)\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
                        at: literal.range)
                }
                return date
            }
            if test.op == .contains {
                throw Diagnostic("compare a date with =, !=, <, <=, >, >= or in", at: test.range)
            }
            return { record in
                guard case .date(let date) = field.readInPlace(record, model) else { return false }
                return dates.contains { Self.compare(date, $0, test.op) }
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
                guard case .bool(let flag) = field.readInPlace(record, model) else { return false }
                return flags.contains(flag)
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
                Self.texts(of: field.readInPlace(record, model)).contains { text in wanted.contains { text.contains($0) } }
            }
        case .equal, .notEqual, .isIn:
            return { record in
                var texts = Self.texts(of: field.readInPlace(record, model))
                if let more = field.alsoKnownAs { texts += more(record, model).map(ConflictModel.nameKey) }
                return texts.contains { wanted.contains($0) }
            }
        default:
            throw Diagnostic("\(field.name) is text; compare it with =, !=, in or contains", at: test.range)
        }
    }

    /// Actors match by any name or alias, in any case, and stand for everyone who speaks for them
    /// or belongs to them: `party = Pakistan` takes in the Pakistan Army's losses too.
    private func actorTest(_ test: Test, field: Field<Record>) throws(Diagnostic) -> RecordTest<Record> {
        let model = self.model
        let actorIDs = field.actorIDsReader
        switch test.op {
        case .contains:
            let wanted = test.values.map { ConflictModel.nameKey($0.text) }
            return { record in
                actorIDs(record, model).contains { id in
                    let names = model.actor(id: id)?.names ?? [id]
                    return names.contains { name in wanted.contains { ConflictModel.nameKey(name).contains($0) } }
                }
            }
        case .equal, .notEqual, .isIn:
            var ids: Set<String> = []
            for literal in test.values {
                for actor in try resolveActor(literal.text, at: literal.range) {
                    ids.formUnion(model.actorAndMembers(actor.id))
                }
            }
            let isWanted = Self.membership(ids)
            return { record in actorIDs(record, model).contains(where: isWanted) }
        default:
            throw Diagnostic("\(field.name) is an actor; compare it with =, !=, in or contains", at: test.range)
        }
    }

    /// The actors a name stands for, or an error at the name listing the close ones.
    func resolveActor(_ name: String, at range: SourceRange) throws(Diagnostic) -> [Actor] {
        try ActorResolver(model: model).resolve(name, at: range)
    }

    private func ordering(_ test: Test, field: Field<Record>) throws(Diagnostic) -> (Double, Double) -> Bool {
        switch test.op {
        case .equal, .notEqual, .isIn: return (==)
        case .less: return (<)
        case .lessOrEqual: return (<=)
        case .greater: return (>)
        case .greaterOrEqual: return (>=)
        case .contains:
            throw Diagnostic("\(field.name) is a number; compare it with =, !=, <, <=, >, >= or in", at: test.range)
        }
    }

    private static func compare(_ date: PartialDate, _ wanted: PartialDate, _ op: Test.Operator) -> Bool {
        switch op {
        // `date = 2026-02` takes in every day of February.
        case .equal, .notEqual, .isIn: return date.description.hasPrefix(wanted.description)
        case .less: return date < wanted
        case .lessOrEqual: return date < wanted || date.description.hasPrefix(wanted.description)
        case .greater: return wanted < date && !date.description.hasPrefix(wanted.description)
        case .greaterOrEqual: return !(date < wanted)
        case .contains: return false
        }
    }

    /// Whether a number in the value passes: made for every record a query tests, so it looks
    /// inside lists without building an array of their numbers.
    private static func anyNumber(in value: Value, where passes: (Double) -> Bool) -> Bool {
        switch value {
        case .integer(let n): return passes(Double(n))
        case .quantity(let q): return passes(q.value)
        case .list(let values): return values.contains { anyNumber(in: $0, where: passes) }
        default: return false
        }
    }

    static func texts(of value: Value) -> [String] {
        switch value {
        case .null: return []
        case .list(let values): return values.flatMap(texts(of:))
        default: return [ConflictModel.nameKey(value.text)]
        }
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

    /// Everyone whose words count as this actor's: the actor, its members and its spokespeople.
    func side(_ name: Name) throws(Diagnostic) -> Set<String> {
        var ids: Set<String> = []
        for actor in try resolve(name.text, at: name.range) { ids.formUnion(model.actorAndMembers(actor.id)) }
        return ids
    }
}
