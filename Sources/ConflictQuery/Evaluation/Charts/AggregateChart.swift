import ConflictModel

/// Lays out an aggregate's rows as bars: one bar for each group, labelled with its values, and
/// one panel for each unit, because figures in different units share no scale.
struct AggregateChart {
    /// The columns whose values name a group: the fields grouped by, and for `min` and `max`
    /// the claimant and side of the claim chosen.
    let labelColumns: [Int]
    /// The column of the figure: the sum, the average, the claim chosen or the count.
    let figureColumn: Int
    /// The column of the unit, where the figures are grouped by it.
    let unitColumn: Int?
    /// "sum killed", "count claims"
    let title: String

    /// The rows in the order the query gave them.
    func chart(_ rows: [ResultTable.Row]) -> Chart {
        var unitOrder: [String] = []
        var byUnit: [String: [Chart.Point]] = [:]
        for row in rows {
            guard let quantity = Self.quantity(row.values[figureColumn]) else { continue }
            let unit = unitColumn.map { row.values[$0].text } ?? ""
            if byUnit[unit] == nil { unitOrder.append(unit) }
            let label = labelColumns.map { row.values[$0] }.filter { !$0.isNull }.map(\.text).joined(separator: ", ")
            byUnit[unit, default: []].append(Chart.Point(label: label.isEmpty ? "all" : label, quantity: quantity))
        }
        return Chart(
            kind: .bars,
            panels: unitOrder.map { unit in
                Chart.Panel(
                    title: unit.isEmpty ? title : "\(title) (\(unit))", series: [Chart.Series(name: "", points: byUnit[unit]!)])
            })
    }

    private static func quantity(_ value: Value) -> Quantity? {
        switch value {
        case .quantity(let quantity): return quantity
        case .integer(let count): return Quantity(Double(count))
        default: return nil
        }
    }
}
