import ConflictDiagnostics
import ConflictModel

/// What can be asked: the measures, acts, qualifiers, entities, fields and values of the loaded model.
struct DiscoveryAnswers {
    let model: ConflictModel

    func answer(_ discovery: Discovery) throws(Diagnostic) -> ResultTable {
        switch discovery {
        case .units:
            return ResultTable(
                columns: [.init("unit", .text), .init("description", .text), .init("claims", .integer)],
                rows: model.vocabulary.units.map { unit in
                    ResultTable.Row([
                        .text(unit.id), .text(unit.description), .integer(claimsPerUnit[unit.id, default: 0]),
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
                        .integer(claimsPerMeasure[measure.id, default: 0]),
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
                        .text(act.cameoName), .integer(model.statements.count { $0.act == act.id }),
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
                        .text(entity.rawValue), .integer(count(entity)),
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

    /// How many claims each unit and each measure has, entries and stored rows alike.
    private var claimsPerUnit: [String: Int] { tally { $0.unit($1) } }
    private var claimsPerMeasure: [String: Int] { tally { $0.measure($1) } }

    private func tally(_ key: (ClaimAccess, Int) -> String) -> [String: Int] {
        let claims = ClaimAccess(model)
        var counts: [String: Int] = [:]
        for position in 0..<model.claimCount { counts[key(claims, position), default: 0] += 1 }
        return counts
    }

    private func count(_ entity: Entity) -> Int {
        switch entity {
        case .actors: return model.actors.count
        case .events: return model.eventCount
        case .claims: return model.claimCount
        case .statements: return model.statements.count
        case .quotes: return model.statements.count { $0.quote != nil }
        case .sources: return model.sources.count
        }
    }

    /// The distinct values a field takes, with how often: `values of party`.
    private func values(of field: Name, in entity: Entity?) throws(Diagnostic) -> ResultTable {
        let searched = entity.map { [$0] } ?? [.claims, .statements, .events, .actors, .sources]
        for candidate in searched {
            let values: [Value]? =
                switch candidate {
                case .actors: read(field, FieldCatalog.actors(model))
                case .events where model.rows != nil: read(field, RowSets.events(model))
                case .events: read(field, FieldCatalog.events(model))
                case .claims where model.rows != nil: read(field, RowSets.claims(model))
                case .claims: read(field, FieldCatalog.claims(model))
                case .statements: read(field, FieldCatalog.statements(model))
                case .quotes: read(field, FieldCatalog.statements(model, quotesOnly: true))
                case .sources: read(field, FieldCatalog.sources(model))
                }
            guard let values else { continue }
            var counts: [Value: Int] = [:]
            var order: [Value] = []
            for value in values where !value.isNull {
                if counts[value] == nil { order.append(value) }
                counts[value, default: 0] += 1
            }
            order.sort { ValueOrder.less($0, $1) }
            return ResultTable(
                columns: [.init("value", .text), .init("\(candidate.rawValue)", .integer)],
                rows: order.map { ResultTable.Row([$0, .integer(counts[$0]!)]) },
                notes: entity == nil ? ["values of \(field.text.lowercased()) in \(candidate.rawValue)"] : [])
        }
        let names = searched.flatMap(FieldCatalog.fieldNames(of:))
        throw Diagnostic(
            "no \(entity?.rawValue ?? "entity") has a field \"\(field.text)\"", at: field.range,
            suggestions: Suggestions.close(to: field.text, in: names))
    }

    /// Every value of the field across the records, lists taken apart; nil when the entity has no such field.
    private func read<Record>(_ name: Name, _ set: RecordSet<Record>) -> [Value]? {
        guard let field = set.field(name.text) else { return nil }
        return set.records.flatMap { record -> [Value] in
            let value = field.read(record, model)
            if case .list(let items) = value { return items }
            return [value]
        }
    }
}
