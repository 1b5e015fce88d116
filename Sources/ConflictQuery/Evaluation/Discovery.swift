import ConflictDiagnostics
import ConflictModel

/// What can be asked: the measures, acts, qualifiers, entities, fields and values of the loaded model.
///
/// What is counted comes from `counts`: the built-in counts the model, an engine its tables
/// (`SQLDiscovery`); the answers are laid out here alone, the same for both.
struct DiscoveryAnswers {
    let model: ConflictModel
    let counts: DiscoveryCounts

    init(model: ConflictModel, counts: DiscoveryCounts? = nil) {
        self.model = model
        self.counts = counts ?? DiscoveryCounts(of: model)
    }

    func answer(_ discovery: Discovery) throws(Diagnostic) -> ResultTable {
        switch discovery {
        case .units:
            return ResultTable(
                columns: [.init("unit", .text), .init("description", .text), .init("claims", .integer)],
                rows: model.vocabulary.units.map { unit in
                    ResultTable.Row([
                        .text(unit.id), .text(unit.description), .integer(counts.claimsPerUnit[unit.id, default: 0]),
                    ])
                },
                notes: ["figures are added, averaged and compared only within one unit"])
        case .measures:
            return ResultTable(
                columns: [
                    .init("measure", .text), .init("description", .text), .init("unit", .text), .init("claims", .integer),
                ],
                rows: model.vocabulary.measures.map { measure in
                    ResultTable.Row([
                        .text(measure.id), .text(measure.description), .text(measure.unit),
                        .integer(counts.claimsPerMeasure[measure.id, default: 0]),
                    ])
                })
        case .acts:
            return ResultTable(
                columns: [
                    .init("act", .text), .init("label", .text), .init("ask with", .list), .init("cameo", .text),
                    .init("cameo_name", .text), .init("statements", .integer),
                ],
                rows: model.vocabulary.acts.map { act in
                    ResultTable.Row([
                        .text(act.id), .text(act.label),
                        .list(act.verbs.map { .text("actors " + $0) }), .text(act.cameo),
                        .text(act.cameoName), .integer(counts.statementsPerAct[act.id, default: 0]),
                    ])
                },
                notes: ["CAMEO codes are from \(model.vocabulary.cameoVersion)"])
        case .qualifiers:
            return ResultTable(
                columns: [.init("qualifier", .text), .init("example", .quantity), .init("interval", .text)],
                rows: Qualifier.allCases.map { qualifier in
                    let example = Quantity(300, qualifier)
                    return ResultTable.Row([.text(qualifier.rawValue), .quantity(example), .text(example.intervalDescription)])
                },
                notes: ["a model file may give a narrower interval, as long as it fits the qualifier"])
        case .entities:
            return ResultTable(
                columns: [.init("entity", .text), .init("records", .integer), .init("fields", .list)],
                rows: Entity.allCases.map { entity in
                    ResultTable.Row([
                        .text(entity.rawValue), .integer(counts.records[entity, default: 0]),
                        .list(FieldCatalog.fieldNames(of: entity).map(Value.text)),
                    ])
                })
        case .fields(let entity):
            let entities = entity.map { [$0] } ?? Entity.allCases.filter { $0 != .quotes }
            return ResultTable(
                columns: [.init("entity", .text), .init("field", .text), .init("type", .text), .init("description", .text)],
                rows: entities.flatMap { entity in
                    FieldCatalog.describe(entity).map {
                        ResultTable.Row([.text(entity.rawValue), .text($0.name), .text($0.type.rawValue), .text($0.help)])
                    }
                })
        case .values(let field, let entity):
            return try values(of: field, in: entity)
        }
    }

    /// The distinct values a field takes, with how often: `values of party`. The field is looked
    /// for in claims, statements, events, actors and sources, in that order, unless an entity is named.
    private func values(of field: Name, in entity: Entity?) throws(Diagnostic) -> ResultTable {
        let searched = entity.map { [$0] } ?? [.claims, .statements, .events, .actors, .sources]
        guard let candidate = searched.first(where: { Self.hasField(field, $0, model) }),
            let counts = try counts.values(field, candidate)
        else {
            let names = searched.flatMap(FieldCatalog.fieldNames(of:))
            throw Diagnostic(
                "no \(entity?.rawValue ?? "entity") has a field \"\(field.text)\"", at: field.range,
                suggestions: Suggestions.close(to: field.text, in: names))
        }
        // Values the order cannot tell apart come by their text, so that every run lists them alike.
        let order = counts.keys.sorted { ValueOrder.less($0, $1) || (!ValueOrder.less($1, $0) && "\($0)" < "\($1)") }
        return ResultTable(
            columns: [.init("value", .text), .init("\(candidate.rawValue)", .integer)],
            rows: order.map { ResultTable.Row([$0, .integer(counts[$0]!)]) },
            notes: entity == nil ? ["values of \(field.text.lowercased()) in \(candidate.rawValue)"] : [])
    }

    /// Whether the entity's records have the field (by its name or a synonym).
    static func hasField(_ name: Name, _ entity: Entity, _ model: ConflictModel) -> Bool {
        switch entity {
        case .actors: FieldCatalog.actors(model).field(name.text) != nil
        case .events: FieldCatalog.events(model).field(name.text) != nil
        case .claims: FieldCatalog.claims(model).field(name.text) != nil
        case .statements: FieldCatalog.statements(model).field(name.text) != nil
        case .quotes: FieldCatalog.statements(model, quotesOnly: true).field(name.text) != nil
        case .sources: FieldCatalog.sources(model).field(name.text) != nil
        }
    }
}

/// What discovery counts: claims a unit and a measure, statements an act, records an entity, and
/// how often each value of a field is taken.
struct DiscoveryCounts {
    var claimsPerUnit: [String: Int] = [:]
    var claimsPerMeasure: [String: Int] = [:]
    var statementsPerAct: [String: Int] = [:]
    var records: [Entity: Int] = [:]
    /// Each value of the entity's field (it has it) with how often, a list's items counted
    /// one by one, NULLs left out.
    var values: (Name, Entity) throws(Diagnostic) -> [Value: Int]? = { _, _ in nil }

    init() {}

    /// The model's own counts, entries and stored rows alike.
    init(of model: ConflictModel) {
        let claims = ClaimAccess(model)
        for position in 0..<model.claimCount {
            claimsPerUnit[claims.unit(position), default: 0] += 1
            claimsPerMeasure[claims.measure(position), default: 0] += 1
        }
        for statement in model.statements { statementsPerAct[statement.act, default: 0] += 1 }
        records = [
            .actors: model.actors.count, .events: model.eventCount, .claims: model.claimCount,
            .statements: model.statements.count, .quotes: model.statements.count { $0.quote != nil },
            .sources: model.sources.count,
        ]
        values = { name, entity in
            let values: [Value]? =
                switch entity {
                case .actors: Self.read(name, FieldCatalog.actors(model), model)
                case .events where model.rows != nil: Self.read(name, RowSets.events(model), model)
                case .events: Self.read(name, FieldCatalog.events(model), model)
                case .claims where model.rows != nil: Self.read(name, RowSets.claims(model), model)
                case .claims: Self.read(name, FieldCatalog.claims(model), model)
                case .statements: Self.read(name, FieldCatalog.statements(model), model)
                case .quotes: Self.read(name, FieldCatalog.statements(model, quotesOnly: true), model)
                case .sources: Self.read(name, FieldCatalog.sources(model), model)
                }
            return values.map(Self.tally)
        }
    }

    /// How often each value comes, lists taken apart, NULLs left out.
    static func tally(_ values: [Value]) -> [Value: Int] {
        var counts: [Value: Int] = [:]
        for value in values {
            if case .list(let items) = value {
                for item in items where !item.isNull { counts[item, default: 0] += 1 }
            } else if !value.isNull {
                counts[value, default: 0] += 1
            }
        }
        return counts
    }

    /// Every value of the field across the records; nil when the entity has no such field.
    private static func read<Record>(_ name: Name, _ set: RecordSet<Record>, _ model: ConflictModel) -> [Value]? {
        guard let field = set.field(name.text) else { return nil }
        return set.records.map { field.read($0, model) }
    }
}
