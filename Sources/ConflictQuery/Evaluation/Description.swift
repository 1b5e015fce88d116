import ConflictDiagnostics
import ConflictModel

/// `describe NAME` and `show claim N`: one thing in full, with what relates to it and its sources.
struct Description {
    let model: ConflictModel
    /// With a store's rows left out of `model`: the ids and names a missing one could have meant
    /// among them, by entity, found only for the error.
    var rowCandidates: (Entity) -> [String] = { _ in [] }
    /// The same for `describe`: the names of the rows' events.
    var rowEventNames: () -> [String] = { [] }
    /// With an engine, the numbers of the claims of a measure and of the statements of an act,
    /// fetched from it when a measure or act is described, in the model's order; nil to read the model.
    var claimsOfMeasure: ((String) -> [Int])?
    var statementsOfAct: ((String) -> [Int])?

    func describe(_ name: Name) throws(Diagnostic) -> [ResultTable] {
        let key = ConflictModel.nameKey(name.text)
        if let actor = model.actors(named: name.text).first { return describe(actor) }
        if let event = model.events.first(where: { ConflictModel.nameKey($0.name) == key || $0.id == key }) {
            return describe(event)
        }
        if let act = model.vocabulary.acts.first(where: {
            ([$0.id, $0.label] + $0.verbs).map(ConflictModel.nameKey).contains(key)
        }) {
            return [
                record(
                    "act \(act.id)",
                    [
                        ("id", .text(act.id)), ("label", .text(act.label)), ("verbs", .list(act.verbs.map(Value.text))),
                        ("cameo", .text(act.cameo)), ("cameo_name", .text(act.cameoName)),
                        ("cameo_version", .text(model.vocabulary.cameoVersion)),
                        ("statements", .list(statements(of: act).map(Value.integer))),
                    ], provenance: [])
            ]
        }
        if let measure = model.vocabulary.measure(key) {
            return [
                record(
                    "measure \(measure.id)",
                    [
                        ("id", .text(measure.id)), ("description", .text(measure.description)), ("unit", .text(measure.unit)),
                        ("claims", .list(claims(of: measure).map(Value.integer))),
                    ], provenance: [])
            ]
        }
        if let source = model.source(id: name.text) { return [describe(source)] }
        let names =
            model.actors.flatMap { [$0.name] + $0.aliases } + model.events.map(\.name) + rowEventNames()
            + model.vocabulary.acts.map(\.label) + model.vocabulary.measures.map(\.id)
        throw Diagnostic(
            "nothing in the model is called \"\(name.text)\"", at: name.range,
            suggestions: Suggestions.close(to: name.text, in: names))
    }

    private func statements(of act: Act) -> [Int] {
        statementsOfAct?(act.id) ?? model.statements.filter { $0.act == act.id }.map(\.id)
    }

    private func claims(of measure: Measure) -> [Int] {
        claimsOfMeasure?(measure.id) ?? model.claims.filter { $0.measure == measure.id }.map(\.id)
    }

    func show(_ entity: Entity, _ id: Name) throws(Diagnostic) -> [ResultTable] {
        switch entity {
        case .claims:
            guard let number = Int(id.text), let claim = model.claim(id: number) else { throw missing(entity, id) }
            return [describe(claim), sources(claim.sources)]
        case .statements, .quotes:
            guard let number = Int(id.text), let statement = model.statement(id: number) else { throw missing(entity, id) }
            return [describe(statement), sources(statement.sources)]
        case .actors:
            guard let actor = model.actors(named: id.text).first else { throw missing(entity, id) }
            return describe(actor)
        case .events:
            let key = ConflictModel.nameKey(id.text)
            guard let event = model.events.first(where: { $0.id == key || ConflictModel.nameKey($0.name) == key }) else {
                throw missing(entity, id)
            }
            return describe(event)
        case .sources:
            guard let source = model.source(id: id.text) else { throw missing(entity, id) }
            return [describe(source)]
        }
    }

    private func missing(_ entity: Entity, _ id: Name) -> Diagnostic {
        let candidates: [String]
        switch entity {
        case .claims: candidates = model.claims.map { String($0.id) }
        case .statements, .quotes: candidates = model.statements.map { String($0.id) }
        case .actors: candidates = model.actors.flatMap { [$0.name] + $0.aliases }
        case .events: candidates = model.events.flatMap { [$0.id, $0.name] }
        case .sources: candidates = model.sources.map(\.id)
        }
        let all = candidates + rowCandidates(entity)
        let range = all.count > 12 ? "" : " (there are: \(all.joined(separator: ", ")))"
        return Diagnostic(
            "there is no \(entity.singular) \(id.text)\(Int(id.text) != nil ? range : "")", at: id.range,
            suggestions: Int(id.text) == nil ? Suggestions.close(to: id.text, in: all) : [])
    }

    // MARK: - Records

    private func describe(_ actor: Actor) -> [ResultTable] {
        var tables = [
            record(
                actor.name,
                [
                    ("id", .text(actor.id)), ("name", .text(actor.name)), ("aliases", .list(actor.aliases.map(Value.text))),
                    ("kind", .text(actor.kind.rawValue)), ("role", .text(actor.role)),
                    ("represents", .actor(actor.represents, in: model)), ("part_of", .actor(actor.partOf, in: model)),
                    ("note", .text(actor.note)),
                ], provenance: actor.sources)
        ]
        let membership = model.members(of: actor.id)
        let members = membership.ids
        // The tables below take in everyone under the actor: say so where that crosses into a government.
        if let note = PredicateCompiler<Actor>.crossingNote(membership, phrase: "what follows for \(actor.name)", model: model) {
            tables[0].notes.append(note)
        }
        let said = model.statements.filter { $0.speaker.map(members.contains) ?? false }
        let addressed = model.statements.filter { $0.targets.contains(where: members.contains) }
        let joined = model.statements.filter { $0.participants.contains(where: members.contains) }
        let about = model.statements.filter { $0.subjects.contains(where: members.contains) }
        let claimed = model.claims.filter { members.contains($0.claimant) }
        let counted = model.claims.filter { $0.party.map(members.contains) ?? false }
        let events = model.events.filter { ($0.initiators + $0.targets).contains(where: members.contains) }
        let spokespeople = model.actors.filter { $0.id != actor.id && members.contains($0.id) }
        if !spokespeople.isEmpty {
            tables.append(
                ResultTable(
                    title: "Speaking for or part of \(actor.name)",
                    columns: [.init("actor", .actor), .init("kind", .text), .init("role", .text)],
                    rows: spokespeople.map {
                        ResultTable.Row(
                            [.actor($0.id, in: model), .text($0.kind.rawValue), .text($0.role)], provenance: $0.sources)
                    }))
        }
        if !said.isEmpty { tables.append(statementTable("Statements by \(actor.name) and those speaking for it", said)) }
        if !addressed.isEmpty { tables.append(statementTable("Statements addressed to \(actor.name)", addressed)) }
        if !joined.isEmpty {
            tables.append(statementTable("Calls and consultations \(actor.name) or those speaking for it took part in", joined))
        }
        if !about.isEmpty { tables.append(statementTable("Statements about \(actor.name)", about)) }
        if !claimed.isEmpty { tables.append(claimTable("Figures claimed by \(actor.name) and those speaking for it", claimed)) }
        if !counted.isEmpty { tables.append(claimTable("Figures counting \(actor.name)'s side", counted)) }
        if !events.isEmpty {
            tables.append(
                ResultTable(
                    title: "Events involving \(actor.name)",
                    columns: [.init("event", .text), .init("kind", .text), .init("status", .text)],
                    rows: events.map {
                        ResultTable.Row(
                            [.text($0.name), .text($0.kind.rawValue), .text($0.status.rawValue)], provenance: $0.sources)
                    }))
        }
        tables.append(sources(actor.sources))
        return tables
    }

    private func describe(_ event: Event) -> [ResultTable] {
        let table = record(
            event.name,
            [
                ("id", .text(event.id)), ("name", .text(event.name)), ("kind", .text(event.kind.rawValue)),
                ("initiator", .actors(event.initiators, in: model)), ("target", .actors(event.targets, in: model)),
                ("side", .actors(event.sides, in: model)),
                ("date", .date(event.date)), ("date_end", .date(event.dateEnd)), ("date_note", .text(event.dateNote)),
                ("place", .text(event.place)), ("country", .text(event.country)),
                ("latitude", event.coordinates.map { .number($0.latitude) } ?? .null),
                ("longitude", event.coordinates.map { .number($0.longitude) } ?? .null),
                ("place_precision", .text(event.placePrecision)), ("category", .text(event.category)),
                ("subcategory", .text(event.subcategory)),
                ("part_of", .text(event.partOf.map { model.event(id: $0)?.name ?? $0 })),
                ("status", .text(event.status.rawValue)), ("alleged_by", .actor(event.allegedBy, in: model)),
                ("dataset", .text(event.record?.dataset)), ("release", .text(event.record?.release)),
                ("record", .text(event.record?.id)),
            ], provenance: event.sources)
        var tables = [table]
        let parts = model.events.filter { $0.partOf == event.id }
        if !parts.isEmpty {
            tables.append(
                ResultTable(
                    title: "Parts of \(event.name)", columns: [.init("event", .text), .init("kind", .text)],
                    rows: parts.map { ResultTable.Row([.text($0.name), .text($0.kind.rawValue)], provenance: $0.sources) }))
        }
        let withParts = model.eventsAndParts([event.id])
        let claims = model.claims.filter { claim in claim.event.map(withParts.contains) ?? false }
        if !claims.isEmpty { tables.append(claimTable("Figures about \(event.name)", claims)) }
        if let row = event.record, !row.columns.isEmpty {
            tables.append(
                ResultTable(
                    title: "The \(row.dataset) row, columns kept as written" + (row.line.map { " (line \($0) of \(row.file ?? "its file"))" } ?? ""),
                    columns: [.init("column", .text), .init("value", .text)],
                    rows: row.columns.map { ResultTable.Row([.text($0.name), .text($0.value)]) }))
        }
        tables.append(sources(event.sources))
        return tables
    }

    private func describe(_ claim: Claim) -> ResultTable {
        let measure = model.vocabulary.measure(claim.measure)
        return record(
            "claim \(claim.id)",
            [
                ("id", .integer(claim.id)), ("measure", .text(claim.measure)), ("measure_means", .text(measure?.description)),
                ("value", .quantity(claim.quantity)), ("qualifier", .text(claim.quantity.qualifier.rawValue)),
                ("interval", .text(claim.quantity.intervalDescription)), ("unit", .text(claim.unit)),
                ("unit_means", .text(model.vocabulary.unit(claim.unit)?.description)), ("counted", .text(claim.counted)),
                ("party", .actor(claim.party, in: model)), ("claimant", .actor(claim.claimant, in: model)),
                ("stance", .text(claim.stance.rawValue)),
                ("side", .actor(model.side(of: claim.claimant), in: model)),
                ("event", .text(claim.event.map { model.event(id: $0)?.name ?? $0 })), ("as_of", .date(claim.asOf)),
                ("since", .date(claim.since)), ("reported", .date(model.firstReported(claim.sources))),
                ("running_total", .bool(claim.runningTotal)), ("note", .text(claim.note)),
                ("part_of", .integer(claim.partOf)),
            ], provenance: claim.sources)
    }

    private func describe(_ statement: Statement) -> ResultTable {
        let act = model.vocabulary.act(statement.act)
        return record(
            "statement \(statement.id)",
            [
                ("id", .integer(statement.id)), ("speaker", .actor(statement.speaker, in: model)),
                ("represents", .actor(model.voice(of: statement), in: model)),
                ("act", .text(statement.act)), ("act_label", .text(act?.label)),
                ("cameo", .text(statement.cameo ?? act?.cameo)), ("cameo_name", .text(act?.cameoName)),
                ("cameo_version", .text(model.vocabulary.cameoVersion)),
                ("target", .actors(statement.targets, in: model)),
                ("participant", .actors(statement.participants, in: model)),
                ("subject", .actors(statement.subjects, in: model)), ("content", .text(statement.content)),
                ("channel", .text(statement.channel)),
                ("mode", .text(statement.mode.rawValue)), ("quote", .text(statement.quote)),
                ("answers", .integer(statement.answers)), ("date", .date(statement.date)),
                ("reported_by", .actor(statement.reportedBy, in: model)),
                ("dataset", .text(statement.record?.dataset)), ("record", .text(statement.record?.id)),
            ], provenance: statement.sources)
    }

    private func describe(_ source: Source) -> ResultTable {
        record(
            source.outlet,
            [
                ("id", .text(source.id)), ("outlet", .text(source.outlet)), ("date", .date(source.date)),
                ("title", .text(source.title)), ("wire_inputs", .list(source.wireInputs.map(Value.text))),
                ("url", .text(source.url)),
            ], provenance: [])
    }

    /// A record as a two-column table of its fields, leaving out the empty ones.
    private func record(_ title: String, _ fields: [(String, Value)], provenance: [SourceRef]) -> ResultTable {
        let rows = fields.filter { !$0.1.isNull && $0.1 != .list([]) }.map {
            ResultTable.Row([.text($0.0), $0.1], provenance: provenance)
        }
        return ResultTable(title: title, columns: [.init("field", .text), .init("value", .text)], rows: rows)
    }

    private func statementTable(_ title: String, _ statements: [Statement]) -> ResultTable {
        ResultTable(
            title: title,
            columns: [
                .init("id", .integer), .init("speaker", .actor), .init("act", .text),
                .init("target", .actor), .init("participant", .actor), .init("mode", .text),
            ],
            rows: statements.map {
                ResultTable.Row(
                    [
                        .integer($0.id), .actor($0.speaker, in: model), .text($0.act),
                        .actors($0.targets, in: model), .actors($0.participants, in: model), .text($0.mode.rawValue),
                    ], provenance: $0.sources)
            })
    }

    private func claimTable(_ title: String, _ claims: [Claim]) -> ResultTable {
        ResultTable(
            title: title,
            columns: [
                .init("id", .integer), .init("measure", .text), .init("value", .quantity), .init("unit", .text),
                .init("counted", .text), .init("claimant", .actor), .init("stance", .text),
            ],
            rows: claims.map {
                ResultTable.Row(
                    [
                        .integer($0.id), .text($0.measure), .quantity($0.quantity), .text($0.unit), .text($0.counted),
                        .actor($0.claimant, in: model), .text($0.stance.rawValue),
                    ], provenance: $0.sources)
            })
    }

    private func sources(_ refs: [SourceRef]) -> ResultTable {
        ResultTable(
            title: "Sources",
            columns: [.init("source", .text), .init("paragraph", .integer), .init("role", .text), .init("excerpt", .text)],
            rows: refs.map {
                ResultTable.Row(
                    [.text($0.source), .integer($0.paragraph), .text($0.role.rawValue), .text($0.excerpt)], provenance: [$0])
            })
    }
}
