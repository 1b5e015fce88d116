import ConflictModel

/// The model's entries as the layout's rows: what goes in each column of each table.
///
/// One walk over the model fills every table at once, so a store's rows are made into events and
/// claims one at a time, once each, and let go of at once.
struct ModelRows {
    let model: ConflictModel
    /// Hands a row to the table named so.
    let emit: (String, [SQLValue]) throws -> Void

    /// The export's number of the next data set record.
    private var nextRecord = 1

    init(_ model: ConflictModel, emit: @escaping (String, [SQLValue]) throws -> Void) {
        self.model = model
        self.emit = emit
    }

    mutating func write() throws {
        let vocabulary = model.vocabulary
        try emit("conflictq_schema", [.integer(RelationalLayout.version), .text(vocabulary.cameoVersion)])
        for unit in vocabulary.units { try emit("units", [.text(unit.id), .text(unit.description), .text(unit.continues)]) }
        for measure in vocabulary.measures {
            try emit("measures", [.text(measure.id), .text(measure.description), .text(measure.unit)])
        }
        for act in vocabulary.acts {
            try emit("acts", [.text(act.id), .text(act.label), .text(act.cameo), .text(act.cameoName), .boolean(act.reciprocal)])
            try list("act_verbs", of: .text(act.id), act.verbs)
        }
        for (index, source) in model.sources.enumerated() {
            try emit(
                "sources", [.text(source.id), .integer(index + 1), .text(source.outlet), .date(source.date), .text(source.title), .text(source.url)])
            try list("source_wire_inputs", of: .text(source.id), source.wireInputs)
        }
        for (index, actor) in model.actors.enumerated() { try write(actor, position: index + 1) }
        for (index, event) in model.events.enumerated() { try write(event, position: index + 1) }
        if let rows = model.rows {
            for position in 0..<rows.eventCount { try write(rows.event(position), position: model.events.count + position + 1) }
        }
        for (index, claim) in model.claims.enumerated() { try write(claim, position: index + 1) }
        if let rows = model.rows {
            for position in 0..<rows.claimCount { try write(rows.claim(position), position: model.claims.count + position + 1) }
        }
        for (index, statement) in model.statements.enumerated() { try write(statement, position: index + 1) }
    }

    private func write(_ actor: Actor, position: Int) throws {
        try emit(
            "actors",
            [
                .text(actor.id), .integer(position), .text(actor.name), .text(actor.kind.rawValue), .text(actor.role),
                .text(actor.represents), .text(actor.partOf), .text(actor.note), .text(model.side(of: actor.id)),
            ])
        try list("actor_aliases", of: .text(actor.id), actor.aliases)
        try sources("actor_sources", of: .text(actor.id), actor.sources)
    }

    private mutating func write(_ event: Event, position: Int) throws {
        let record = try write(event.record)
        try emit(
            "events",
            [
                .text(event.id), .integer(position), .text(event.name), .text(event.kind.rawValue), .date(event.date), .date(event.dateEnd),
                .text(event.dateNote), .text(event.place), .text(event.partOf), .text(event.status.rawValue),
                .text(event.allegedBy), .text(event.country), .real(event.coordinates?.latitude),
                .real(event.coordinates?.longitude), .text(event.placePrecision), .text(event.category),
                .text(event.subcategory), record,
            ])
        for (role, actors) in [("initiator", event.initiators), ("target", event.targets), ("side", event.sides)] {
            for (index, actor) in actors.enumerated() {
                try emit("event_actors", [.text(event.id), .text(role), .integer(index + 1), .text(actor)])
            }
        }
        try sources("event_sources", of: .text(event.id), event.sources)
    }

    private func write(_ claim: Claim, position: Int) throws {
        let quantity = claim.quantity
        try emit(
            "claims",
            [
                .integer(claim.id), .integer(position), .text(claim.event), .text(claim.measure), .text(claim.counted), .text(claim.unit),
                .text(claim.party), .real(quantity.value), .text(quantity.qualifier.rawValue), .real(quantity.low),
                .real(quantity.high), .text(claim.claimant), .text(claim.stance.rawValue), .date(claim.asOf),
                .date(claim.since), .boolean(claim.runningTotal), .text(claim.note), .integer(claim.partOf),
            ])
        try sources("claim_sources", of: .integer(claim.id), claim.sources)
    }

    private mutating func write(_ statement: Statement, position: Int) throws {
        let record = try write(statement.record)
        try emit(
            "statements",
            [
                .integer(statement.id), .integer(position), .text(statement.act), .text(statement.speaker), .text(statement.represents),
                .text(statement.content), .text(statement.channel), .text(statement.mode.rawValue), .text(statement.quote),
                .integer(statement.answers), .date(statement.date), .text(statement.reportedBy), .text(statement.cameo),
                record,
            ])
        let roles = [("target", statement.targets), ("participant", statement.participants), ("subject", statement.subjects)]
        for (role, actors) in roles {
            for (index, actor) in actors.enumerated() {
                try emit("statement_actors", [.integer(statement.id), .text(role), .integer(index + 1), .text(actor)])
            }
        }
        try sources("statement_sources", of: .integer(statement.id), statement.sources)
    }

    /// The record's row and its kept columns; its number, or NULL when there is none.
    private mutating func write(_ record: DataRecord?) throws -> SQLValue {
        guard let record else { return .null }
        let number = nextRecord
        nextRecord += 1
        try emit(
            "records",
            [.integer(number), .text(record.dataset), .text(record.release), .text(record.id), .text(record.file), .integer(record.line)])
        for (index, column) in record.columns.enumerated() {
            try emit("record_columns", [.integer(number), .integer(index + 1), .text(column.name), .text(column.value)])
        }
        return .integer(number)
    }

    private func list(_ table: String, of owner: SQLValue, _ items: [String]) throws {
        for (index, item) in items.enumerated() { try emit(table, [owner, .integer(index + 1), .text(item)]) }
    }

    private func sources(_ table: String, of owner: SQLValue, _ references: [SourceRef]) throws {
        for (index, reference) in references.enumerated() {
            try emit(
                table,
                [
                    owner, .integer(index + 1), .text(reference.source), .integer(reference.paragraph), .text(reference.excerpt),
                    .text(reference.role.rawValue),
                ])
        }
    }
}
