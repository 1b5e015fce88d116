import ConflictModel

/// One column of a `sum`, `count`, `min`, `max` or `avg` of measures, and how its value is found
/// for a group: the header and the value are defined together, so they cannot drift apart.
enum FigureColumn<Record> {
    /// A field the claims are grouped by.
    case key(Field<Record>, index: Int)
    /// For `min` and `max`: a field of the claim chosen, shown beside it (its claimant, its side).
    case ofChosenClaim(Field<Record>)
    /// The figure the function gives, headed by the query's words ("sum killed + injured").
    case figure(label: String, function: Aggregate.Function)
    /// With `with intervals`: the ends of the figure's interval.
    case low, high
    /// How many claims were added, or which claim was chosen.
    case claims(chosen: Bool)
    /// With `with sources`: where the figures were reported.
    case sources

    /// What one group's row is made of.
    struct Answer {
        let key: [Value]
        let members: [Int]
        /// The figure: a sum or an average, the claim `min` or `max` chose, or nothing for `count`.
        let figure: Quantity?
        /// For `min` and `max`, the position of the claim chosen.
        let chosen: Int?
        /// The claims the row rests on: all of them, or the one chosen.
        var used: [Int] { chosen.map { [$0] } ?? members }
    }

    var column: ResultTable.Column {
        switch self {
        case .key(let field, _), .ofChosenClaim(let field): return ResultTable.Column(field.name, field.type)
        case .figure(let label, let function): return ResultTable.Column(label, function == .count ? .integer : .quantity)
        case .low: return ResultTable.Column("low", .number)
        case .high: return ResultTable.Column("high", .number)
        case .claims(let chosen): return ResultTable.Column(chosen ? "claim" : "claims", .integer)
        case .sources: return ResultTable.Column("sources", .list)
        }
    }

    /// The claims at the answer's positions are `set`'s records, read through `claims`.
    func value(_ answer: Answer, in set: RecordSet<Record>, _ claims: ClaimAccess, model: ConflictModel) -> Value {
        switch self {
        case .key(_, let index): return answer.key[index]
        case .ofChosenClaim(let field): return answer.chosen.map { field.read(set.records[$0], model) } ?? .null
        case .figure: return answer.figure.map(Value.quantity) ?? .integer(answer.members.count)
        case .low: return answer.figure.map { .number($0.low) } ?? .null
        case .high: return answer.figure.map { .number($0.high ?? .infinity) } ?? .null
        case .claims(let chosen): return .integer(chosen ? answer.chosen.map(claims.id) ?? 0 : answer.members.count)
        case .sources: return Evaluator.sourcesCell(answer.used.flatMap(claims.sources))
        }
    }
}

extension AggregateChart {
    /// The bars of a `sum`, `min`, `max`, `avg` or `count` of measures, read from its columns.
    init<Record>(_ layout: [FigureColumn<Record>]) {
        var labels: [Int] = []
        var figure = 0
        var unit: Int?
        var title = ""
        for (index, column) in layout.enumerated() {
            switch column {
            case .key(let field, _) where field.name == ClaimField.unit.rawValue: unit = index
            case .key, .ofChosenClaim: labels.append(index)
            case .figure(let label, _): (figure, title) = (index, label)
            case .low, .high, .claims, .sources: break
            }
        }
        self.init(labelColumns: labels, figureColumn: figure, unitColumn: unit, title: title)
    }
}
