import ConflictModel
import ConflictDiagnostics

/// The checks that need the whole model at once, after its files are merged: every reference names
/// an entry that exists, every measure and act is declared, and nothing belongs to itself.
struct ModelValidator {
    private enum Kind: String {
        case actor, event, source, unit, measure, act
    }

    private let model: ModelFileContents
    /// The ids each reference may name, including those of entries that were written with errors.
    private let known: [Kind: Set<String>]
    private let knownStatements: Set<Int>
    /// The claims' positions by id, made only once a claim names the total it is a part of: a table
    /// of the claims themselves copied every one of them, a large part of opening a data set.
    private var claimsByID: [Int: Int]?
    private var errors: [ModelFileError] = []

    static func check(_ model: ModelFileContents) -> [ModelFileError] {
        var validator = ModelValidator(model)
        // When a file could not be read at all, what it defines is unknown: its references would all
        // look broken, so they are checked once it can be read.
        if model.isReadable { validator.checkReferences() }
        validator.checkCycles()
        return validator.errors
    }

    private init(_ model: ModelFileContents) {
        self.model = model
        var known: [Kind: Set<String>] = [
            .actor: Set(model.actors.map(\.value.id)), .event: Set(model.events.map(\.value.id)),
            .source: Set(model.sources.map(\.value.id)), .unit: Set(model.units.map(\.value.id)),
            .measure: Set(model.measures.map(\.value.id)),
            .act: Set(model.acts.map(\.value.id)),
        ]
        var knownStatements = Set(model.statements.map(\.value.id))
        for id in model.unreadable {
            switch id {
            case .actor(let id): known[.actor, default: []].insert(id)
            case .event(let id): known[.event, default: []].insert(id)
            case .source(let id): known[.source, default: []].insert(id)
            case .unit(let id): known[.unit, default: []].insert(id)
            case .measure(let id): known[.measure, default: []].insert(id)
            case .act(let id): known[.act, default: []].insert(id)
            case .statement(let id): knownStatements.insert(id)
            case .claim: break
            }
        }
        self.known = known
        self.knownStatements = knownStatements
    }

    // MARK: - References

    /// The entries read without errors and, for their other errors, those read with some.
    private mutating func checkReferences() {
        let partial = model.partial
        // Two loops rather than one over the two joined: joining would copy every entry.
        for measure in model.measures { check(measure) }
        for measure in partial.measures { check(measure) }
        for unit in model.units { check(unit) }
        for unit in partial.units { check(unit) }
        for actor in model.actors { check(actor) }
        for actor in partial.actors { check(actor) }
        for event in model.events { check(event) }
        for event in partial.events { check(event) }
        for claim in model.claims { check(claim) }
        for claim in partial.claims { check(claim) }
        let acts = Dictionary(model.acts.map { ($0.value.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        for statement in model.statements { check(statement, acts) }
        for statement in partial.statements { check(statement, acts) }
    }

    private mutating func check(_ measure: Located<Measure>) {
        reference(measure, "unit", measure.value.unit, .unit)
    }

    private mutating func check(_ unit: Located<Unit>) {
        reference(unit, "continues", unit.value.continues, .unit)
    }

    private mutating func check(_ actor: Located<Actor>) {
        reference(actor, "represents", actor.value.represents, .actor)
        reference(actor, "part_of", actor.value.partOf, .actor)
        sourceReferences(actor, actor.value.sources)
    }

    private mutating func check(_ event: Located<Event>) {
        references(event, "initiators", event.value.initiators, .actor)
        references(event, "targets", event.value.targets, .actor)
        references(event, "sides", event.value.sides, .actor)
        reference(event, "part_of", event.value.partOf, .event)
        reference(event, "alleged_by", event.value.allegedBy, .actor)
        sourceReferences(event, event.value.sources)
    }

    private mutating func check(_ claim: Located<Claim>) {
        reference(claim, "event", claim.value.event, .event)
        reference(claim, "measure", claim.value.measure, .measure)
        checkUnit(claim)
        reference(claim, "party", claim.value.party, .actor)
        reference(claim, "claimant", claim.value.claimant, .actor)
        checkTotal(claim)
        sourceReferences(claim, claim.value.sources)
    }

    private mutating func check(_ statement: Located<Statement>, _ acts: [String: Act]) {
        reference(statement, "speaker", statement.value.speaker, .actor)
        reference(statement, "represents", statement.value.represents, .actor)
        reference(statement, "act", statement.value.act, .act)
        references(statement, "targets", statement.value.targets, .actor)
        references(statement, "participants", statement.value.participants, .actor)
        references(statement, "subjects", statement.value.subjects, .actor)
        if let act = acts[statement.value.act], !statement.isUnread("act") { checkParties(statement, act) }
        reference(statement, "reported_by", statement.value.reportedBy, .actor)
        if let answers = statement.value.answers, !knownStatements.contains(answers), !statement.isUnread("answers") {
            errors.append(statement.error("answers", "no statement has the id \(answers)"))
        }
        sourceReferences(statement, statement.value.sources)
    }

    /// A part names its total: a claim of the same claimant, measure, unit and event, which is no
    /// part itself, so that a sum knows which figures the total already holds.
    private mutating func checkTotal(_ claim: Located<Claim>) {
        guard let id = claim.value.partOf, !claim.isUnread("part_of") else { return }
        if claimsByID == nil {
            var positions: [Int: Int] = [:]
            positions.reserveCapacity(model.claims.count)
            for (position, claim) in model.claims.enumerated() where positions[claim.value.id] == nil {
                positions[claim.value.id] = position
            }
            claimsByID = positions
        }
        guard let position = claimsByID?[id] else {
            if !model.unreadable.contains(.claim(id)) { errors.append(claim.error("part_of", "no claim has the id \(id)")) }
            return
        }
        let total = model.claims[position].value
        let part = claim.value
        if total.id == part.id {
            errors.append(claim.error("part_of", "a claim cannot be a part of itself"))
        } else if total.partOf != nil {
            errors.append(claim.error("part_of", "claim \(id) is itself a part of claim \(total.partOf!); a part names the whole total"))
        } else if let difference = [
            ("claimant", total.claimant, part.claimant), ("measure", total.measure, part.measure), ("unit", total.unit, part.unit),
            ("event", total.event ?? "none", part.event ?? "none"),
        ].first(where: { $0.1 != $0.2 }) {
            errors.append(
                claim.error(
                    "part_of",
                    "claim \(id) is no total of this one: its \(difference.0) is \(difference.1), this one's \(difference.2); "
                        + "a total and its parts have one claimant, measure, unit and event"))
        }
    }

    /// A claim counts in a declared unit: its own, or its measure's when it names none.
    private mutating func checkUnit(_ claim: Located<Claim>) {
        guard claim.value.unit.isEmpty else { return reference(claim, "unit", claim.value.unit, .unit) }
        guard !claim.isUnread("unit"), !claim.isUnread("measure") else { return }
        // An undeclared measure is reported already, and one with errors may have had a unit that
        // could not be read: its unit cannot be known.
        guard model.measures.contains(where: { $0.value.id == claim.value.measure }) else { return }
        let declared = model.units.map(\.value.id)
        let choices = declared.isEmpty ? "; the vocabulary declares no units" : " (declared: \(declared.joined(separator: ", ")))"
        errors.append(
            claim.error(
                "unit",
                "missing required key \"unit\": the measure \"\(claim.value.measure)\" has no unit of its own, so each "
                    + "of its claims says what it counts in\(choices)"))
    }

    /// Who takes part in a statement: a speaker and targets for a directed act, participants for a
    /// reciprocal one (a call, a consultation), where the speaker may only say whose words are quoted.
    private mutating func checkParties(_ statement: Located<Statement>, _ act: Act) {
        // Who took part is not known when one of these could not be read.
        guard !["speaker", "targets", "participants"].contains(where: statement.hasUnread) else { return }
        let value = statement.value
        if act.reciprocal {
            if value.participants.count < 2 {
                errors.append(
                    statement.error(
                        "participants",
                        "the act \"\(act.id)\" is reciprocal: list everyone who took part, at least two, as participants"))
            }
            if !value.targets.isEmpty {
                errors.append(
                    statement.error(
                        "targets",
                        "the act \"\(act.id)\" is reciprocal: its statements list everyone who took part as "
                            + "participants, not targets"))
            }
            if let speaker = value.speaker, !value.participants.contains(speaker) {
                errors.append(
                    statement.error(
                        "speaker",
                        "the speaker \"\(speaker)\" of a reciprocal act must be one of its participants: the one whose words are quoted"))
            }
        } else {
            if value.speaker == nil {
                errors.append(statement.error("", "missing required key \"speaker\""))
            }
            if !value.participants.isEmpty {
                errors.append(
                    statement.error(
                        "participants",
                        "only a reciprocal act (declared with reciprocal: true) has participants; \"\(act.id)\" has a speaker and targets"))
            }
        }
    }

    private mutating func references<Value>(_ entry: Located<Value>, _ field: String, _ ids: [String], _ kind: Kind) {
        for (index, id) in ids.enumerated() { reference(entry, "\(field)[\(index)]", id, kind) }
    }

    private mutating func sourceReferences<Value>(_ entry: Located<Value>, _ refs: [SourceRef]) {
        for (index, ref) in refs.enumerated() { reference(entry, "sources[\(index)].source", ref.source, .source) }
    }

    private mutating func reference<Value>(_ entry: Located<Value>, _ field: String, _ id: String?, _ kind: Kind) {
        guard let id, known[kind]?.contains(id) != true, !entry.isUnread(field) else { return }
        errors.append(entry.error(field, unknownMessage(id, kind)))
    }

    private func unknownMessage(_ id: String, _ kind: Kind) -> String {
        let candidates = known[kind] ?? []
        switch kind {
        case .unit, .measure, .act:
            var message = "the \(kind.rawValue) \"\(id)\" is not declared in vocabulary.\(kind.rawValue)s"
            let hint = Suggestions.phrase(Suggestions.close(to: id, in: candidates))
            if !hint.isEmpty { return message + hint }
            if candidates.isEmpty { return message + "; the vocabulary declares no \(kind.rawValue)s" }
            if candidates.count <= 20 { message += "; declared: " + candidates.sorted().joined(separator: ", ") }
            return message
        case .actor:
            // A name where an id belongs is the likeliest mistake: "Pakistan" for "pakistan".
            let key = ConflictModel.nameKey(id)
            let named = model.actors.filter { $0.value.names.contains { ConflictModel.nameKey($0) == key } }
            if !named.isEmpty {
                let ids = named.map { "\"\($0.value.id)\"" }.joined(separator: " or ")
                return "no actor has the id \"\(id)\"; references use ids, not names: did you mean \(ids)?"
            }
            return "no actor has the id \"\(id)\"" + Suggestions.phrase(Suggestions.close(to: id, in: candidates))
        case .event, .source:
            return "no \(kind.rawValue) has the id \"\(id)\"" + Suggestions.phrase(Suggestions.close(to: id, in: candidates))
        }
    }

    // MARK: - Cycles

    private mutating func checkCycles() {
        let actors = Dictionary(model.actors.map { ($0.value.id, $0) }, uniquingKeysWith: { first, _ in first })
        report(
            CycleFinder.cycles(model.actors.map(\.value.id)) { id in
                guard let actor = actors[id]?.value else { return [] }
                return [
                    actor.represents.map { CycleFinder.Link(to: $0, field: "represents") },
                    actor.partOf.map { CycleFinder.Link(to: $0, field: "part_of") },
                ].compactMap { $0 }
            }, in: actors, "an actor cannot represent or belong to itself")

        let units = Dictionary(model.units.map { ($0.value.id, $0) }, uniquingKeysWith: { first, _ in first })
        report(
            CycleFinder.cycles(model.units.map(\.value.id)) { id in
                units[id]?.value.continues.map { [CycleFinder.Link(to: $0, field: "continues")] } ?? []
            }, in: units, "a unit cannot continue itself")

        let events = Dictionary(model.events.map { ($0.value.id, $0) }, uniquingKeysWith: { first, _ in first })
        report(
            CycleFinder.cycles(model.events.map(\.value.id)) { id in
                events[id]?.value.partOf.map { [CycleFinder.Link(to: $0, field: "part_of")] } ?? []
            }, in: events, "an event cannot be part of itself")

        let statements = Dictionary(model.statements.map { ($0.value.id, $0) }, uniquingKeysWith: { first, _ in first })
        report(
            CycleFinder.cycles(model.statements.map(\.value.id)) { id in
                statements[id]?.value.answers.map { [CycleFinder.Link(to: $0, field: "answers")] } ?? []
            }, in: statements, "a statement cannot answer itself")
    }

    /// `"a" → "b" → "a"`; a long cycle by its ends, so that the message stays one readable line.
    private static func describe<ID>(_ path: [ID]) -> String {
        let names = path.map { $0 is String ? "\"\($0)\"" : "\($0)" }
        guard names.count > 8 else { return names.joined(separator: " → ") }
        let hidden = names.count - 7
        return (names.prefix(4) + ["… \(hidden) more …"] + names.suffix(3)).joined(separator: " → ")
    }

    private mutating func report<ID: Hashable, Value>(
        _ cycles: [CycleFinder.Cycle<ID>], in entries: [ID: Located<Value>], _ why: String
    ) {
        for cycle in cycles {
            guard let entry = entries[cycle.from] else { continue }
            errors.append(entry.error(cycle.field, "makes a cycle: \(Self.describe(cycle.path)); \(why)"))
        }
    }
}
