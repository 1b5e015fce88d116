/// Queries made at random over `RandomModel`'s names, the way SQLancer and SQLsmith make them for
/// databases: listings, counts and every aggregate, with conditions nested at random from every
/// kind of test (figures and their intervals, dates at every precision, actors by `=`, `in` and
/// `within`, texts, flags), `possibly`, `not`, groups, `according to`, order and limit.
struct RandomQuery {
    var model: RandomModel

    init(seed: UInt64) { model = RandomModel(seed: seed) }

    private mutating func pick<T>(_ items: [T]) -> T { model.pick(items) }
    private mutating func chance(_ percent: UInt64) -> Bool { model.chance(percent) }

    private mutating func actor() -> String {
        let name = pick(RandomModel.actorNames + ["North"])
        return name.contains(" ") ? "\"\(name)\"" : name
    }

    mutating func claimTest() -> String {
        // Figures and dates, where intervals make answers three-valued, come up most often.
        switch model.number(0...17) {
        case 0, 1, 14, 15, 16: return "\(pick(["value", "low", "high"])) \(pick(["=", "!=", "<", "<=", ">", ">="])) \(pick(RandomModel.figures))"
        case 2: return "value in (\(pick(RandomModel.figures)), \(pick(RandomModel.figures)))"
        case 3, 17: return "as_of \(pick(["=", "<", "<=", ">", ">=", "!="])) \(model.date().prefix(10))"
        case 4: return "party \(pick(["=", "!=", "within", "not within"])) \(actor())"
        case 5: return "claimant \(pick(["=", "within", "in"])) \(pick(["", "("]).isEmpty ? actor() : "(\(actor()), \(actor()))")"
        case 6: return "stance = \(pick(["asserted", "alleged", "denied"]))"
        case 7: return "measure \(pick(["=", "!="])) \(pick(RandomModel.measures))"
        case 8: return "unit = \(pick(["people", "vehicles", "vehicles-and-guns"]))"
        case 9: return "event = \"\(pick(RandomModel.eventNames))\""
        case 10: return "running_total = \(pick(["yes", "no"]))"
        case 11: return "counted contains \(pick(["sold", "civ", "people", "POLICE", "élè", "\"Élèves officiers\""]))"
        case 12: return "qualifier = \"\(pick(RandomModel.qualifiers))\""
        default: return "side = \(actor())"
        }
    }

    mutating func eventTest() -> String {
        switch model.number(0...5) {
        case 0: return "date \(pick(["=", "<", ">=", "!="])) \(model.date().prefix(10))"
        case 1: return "initiator \(pick(["=", "within"])) \(actor())"
        case 2: return "kind = \"\(pick(["attack", "air strike", "conflict", "clash"]))\""
        case 3: return "part_of = \"\(pick(RandomModel.eventNames))\""
        case 4: return "name contains \(pick(["raid", "WAR", "strike"]))"
        default: return "year = 2026"
        }
    }

    /// A condition of up to `depth` levels of `and`, `or`, `not` and `possibly`.
    mutating func condition(_ test: (inout RandomQuery) -> String, depth: Int = 2) -> String {
        guard depth > 0, chance(55) else { return test(&self) }
        switch model.number(0...3) {
        case 0: return "\(condition(test, depth: depth - 1)) and \(condition(test, depth: depth - 1))"
        case 1: return "(\(condition(test, depth: depth - 1)) or \(condition(test, depth: depth - 1)))"
        case 2: return "not \(condition(test, depth: depth - 1))"
        default: return "possibly (\(condition(test, depth: depth - 1)))"
        }
    }

    mutating func next() -> String {
        var parts: [String]
        let claimFields = ["party", "claimant", "unit", "measure", "stance", "event", "side", "as_of", "qualifier", "year"]
        switch model.number(0...13) {
        case 0, 1:
            parts = ["claims"]
            if chance(70) { parts.append("where " + condition { $0.claimTest() }) }
            if chance(20) { parts.append("according to \(actor())") }
            if chance(40) { parts.append("order by \(pick(["value", "as_of", "party", "claimant", "id", "high"])) \(pick(["", "desc"]))") }
            if chance(30) { parts.append("limit \(model.number(0...5))") }
            if chance(20) { parts.append("with \(pick(["intervals", "sources", "intervals, sources"]))") }
        case 2:
            parts = ["events"]
            if chance(70) { parts.append("where " + condition { $0.eventTest() }) }
            if chance(30) { parts.append("order by \(pick(["date", "name", "kind"])) \(pick(["", "desc"]))") }
        case 3:
            parts = ["count \(pick(["claims", "events"]))"]
            if parts[0] == "count claims" {
                if chance(60) { parts.append("where " + condition { $0.claimTest() }) }
                if chance(60) { parts.append("by \(pick(claimFields))") }
            } else if chance(60) {
                parts.append("where " + condition { $0.eventTest() })
            }
        case 10:
            // Answered from the entries the engine fetches: records in full, and series.
            switch model.number(0...3) {
            case 0: parts = ["show event \"\(pick(RandomModel.eventNames))\""]
            case 1: parts = ["show claim \(model.number(1...12))"]
            case 2: parts = ["describe \"\(pick(RandomModel.eventNames + RandomModel.actorNames))\""]
            default: parts = ["describe \(pick(RandomModel.measures))"]
            }
        case 11:
            parts = ["history \(pick(RandomModel.measures))"]
            if chance(60) { parts.append("where " + condition { $0.claimTest() }) }
            if chance(25) { parts.append("according to \(actor())") }
        case 12:
            // What a reader knew on a day, and counts of a list's items.
            if chance(50) {
                parts = [pick(["claims", "sum killed", "count claims by claimant", "history killed", "events"])]
                parts.append("as of \(model.date().prefix(10))")
            } else {
                // Each with its condition before what follows it: `by` and `order by` come last.
                let (start, last) = pick([
                    ("count events", "by initiator"), ("count events", "by side, target"), ("count claims", "by source"),
                    ("sum killed", "by source"), ("max injured", "by paragraph"), ("claims", "order by source desc"),
                    ("events", "order by initiator"),
                ])
                parts = [start]
                if chance(50) { parts.append("where " + (start.hasSuffix("events") ? condition { $0.eventTest() } : condition { $0.claimTest() })) }
                parts.append(last)
            }
        case 13:
            parts = [pick(["units", "measures", "entities", "values of party", "values of counted", "values of initiator in events"])]
        default:
            let measure = chance(20) ? "killed + injured" : pick(RandomModel.measures)
            parts = ["\(pick(["sum", "sum", "avg", "min", "max", "count"])) \(measure)"]
            if chance(60) { parts.append("where " + condition { $0.claimTest() }) }
            if chance(50) { parts.append("by \(pick(claimFields))") }
            if chance(25) { parts.append("according to \(actor())") }
            if chance(15) { parts.append("with intervals") }
        }
        return parts.joined(separator: " ")
    }
}
