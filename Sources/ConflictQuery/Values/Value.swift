import ConflictModel

/// One cell of a result: typed, so that each output format can print it its own way.
public enum Value: Hashable, Sendable {
    case text(String)
    /// A figure with its qualifier and interval.
    case quantity(Quantity)
    /// A count or an id: always exact.
    case integer(Int)
    /// A plain number that is no one's figure, such as the end of an interval.
    case number(Double)
    case date(PartialDate)
    case actor(id: String, name: String)
    case bool(Bool)
    case list([Value])
    case null

    /// The plain words a table or CSV shows: "more than 450", "Afghan Taliban", "2026-02-28".
    public var text: String {
        switch self {
        case .text(let text): return text
        case .quantity(let quantity): return quantity.description
        case .integer(let number): return String(number)
        case .number(let number): return number == .infinity ? "∞" : Quantity.format(number)
        case .date(let date): return date.description
        case .actor(_, let name): return name
        case .bool(let flag): return flag ? "yes" : "no"
        case .list(let values): return values.map(\.text).joined(separator: ", ")
        case .null: return ""
        }
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

/// What kind of values a column holds.
public enum ValueType: String, Hashable, Sendable {
    case text, quantity, integer, number, date, actor, bool, list
}
