import SQLExport
import ConflictModel

/// A field of claims or events as the relational layout holds it: the SQL that reads it, and
/// how its cells become the same value the built-in evaluator gives.
///
/// The tables are named by fixed aliases: `c` the claim, `e` its event (or the event listed),
/// `pe` the event's larger event, `r` the event's data set record, `cs` the claimant as an actor.
struct SQLField {
    let name: String
    let type: ValueType
    let reading: Reading

    enum Reading {
        /// One column or expression: a text, number, date, flag or a single actor's id.
        case scalar(String)
        /// A figure: its value, qualifier, low and high, four cells.
        case quantity
        /// `high`: NULL in the table, unbounded, which the language reads as ∞.
        case unbounded(String)
        /// The actors of one role in a roles table (an event's initiators), in their order.
        case actors(table: String, owner: String, role: String)
        /// A list held in a table of its own, one row an item in `position` order: where it was
        /// reported (`source`, `paragraph`, `excerpt`), an actor's aliases, a report's wire inputs.
        case items(table: String, owner: String, column: String)
        /// Texts the value also answers to in `=` and `in`, beside its own (an event's id, an
        /// actor's aliases), each a `.scalar` or `.items`.
        indirect case alsoKnownAs(Reading, [Reading])
    }

    /// The cells it takes in a result row.
    var width: Int {
        if case .quantity = reading { return 4 }
        return 1
    }

    /// The expressions of its cells, for a SELECT list.
    func cells(_ dialect: SQLExport.SQLDialect) -> [String] {
        Self.cells(of: reading, dialect)
    }

    private static func cells(of reading: Reading, _ dialect: SQLExport.SQLDialect) -> [String] {
        switch reading {
        case .scalar(let expression), .unbounded(let expression): return [expression]
        case .quantity: return ["c.value", "c.qualifier", "c.low", "c.high"]
        case .actors(let table, let owner, let role):
            return [dialect.joinedList("actor", orderBy: "position", from: "\(table) WHERE \(owner) AND role = '\(role)'")]
        case .items(let table, let owner, let column):
            return [dialect.joinedList("CAST(\(column) AS TEXT)", orderBy: "position", from: "\(table) WHERE \(owner)")]
        case .alsoKnownAs(let inner, _): return cells(of: inner, dialect)
        }
    }

    /// The value its cells say, with actors named as `catalog` names them.
    func value(_ cells: ArraySlice<String?>, catalog: ConflictModel) -> Value {
        let cell = cells[cells.startIndex]
        switch reading {
        case .quantity:
            let parts = Array(cells)
            guard let value = parts[0].flatMap(Double.init), let qualifier = parts[1].flatMap(Qualifier.init(rawValue:)),
                let low = parts[2].flatMap(Double.init)
            else { return .null }
            return .quantity(Quantity(value, qualifier, low: low, high: .some(parts[3].flatMap(Double.init))))
        case .unbounded: return .number(cell.flatMap(Double.init) ?? .infinity)
        case .actors: return .actors(Self.items(cell), in: catalog)
        case .items:
            let items = Self.items(cell)
            switch name {
            case "paragraph": return .list(items.map { .integer(Int($0)) })
            case "source":
                var seen: Set<String> = []
                return .list(items.filter { seen.insert($0).inserted }.map(Value.text))
            default: return .list(items.map(Value.text))
            }
        case .scalar, .alsoKnownAs: return Self.decode(cell, as: type, catalog: catalog)
        }
    }

    /// One cell as a value of a type.
    static func decode(_ cell: String?, as type: ValueType, catalog: ConflictModel) -> Value {
        guard let cell else { return .null }
        switch type {
        case .text, .list, .quantity: return .text(cell)
        case .integer: return Int(cell).map(Value.integer) ?? Double(cell).map { .integer(Int($0)) } ?? .null
        case .number: return Double(cell).map(Value.number) ?? .null
        case .date: return .date(PartialDate(cell))
        case .bool: return .bool(["1", "t", "true"].contains(cell.lowercased()))
        case .actor: return .actor(cell, in: catalog)
        }
    }

    /// The items of a joined list (`SQLDialect.joinedList`).
    static func items(_ cell: String?) -> [String] {
        guard let cell, !cell.isEmpty else { return [] }
        return cell.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }
}
