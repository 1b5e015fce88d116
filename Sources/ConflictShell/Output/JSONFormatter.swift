import ConflictModel
import ConflictQuery

/// One JSON document per result table, each on one line (JSON Lines), so that a stream of queries
/// can be read document by document:
///
///     {"columns":[{"name":"party","type":"actor"},{"name":"killed","type":"quantity"}],
///      "rows":[{"party":{"id":"afghan-taliban","name":"Afghan Taliban"},
///               "killed":{"value":297,"qualifier":"exact","low":297,"high":297,"text":"297"},
///               "sources":[{"source":"national-herald-2026-02-28","paragraph":2,"excerpt":"..."}]}],
///      "notes":[]}
///
/// A row is an object keyed by column name, in column order, with its provenance under
/// `"sources"`. A quantity keeps its qualifier and interval (`"high": null` when unbounded), an
/// actor its id and name, a date its ISO text at the precision known. A title, when the result has
/// one (`describe`), comes first as `"title"`.
struct JSONFormatter: ResultFormatter {
    let includesNotes = true

    func format(_ tables: [ResultTable]) -> String {
        tables.map { document($0) + "\n" }.joined()
    }

    func document(_ table: ResultTable) -> String {
        let keys = Self.rowKeys(table.columns.map(\.name))
        var members: [String] = []
        if let title = table.title { members.append("\"title\":" + JSONText.string(title)) }
        let columns = table.columns.map { "{\"name\":\(JSONText.string($0.name)),\"type\":\(JSONText.string($0.type.rawValue))}" }
        members.append("\"columns\":[" + columns.joined(separator: ",") + "]")
        let rows = table.rows.map { row in
            var fields = keys.indices.map { index in
                JSONText.string(keys[index]) + ":" + Self.value(index < row.values.count ? row.values[index] : .null)
            }
            fields.append("\"sources\":[" + row.provenance.map(Self.sourceReference).joined(separator: ",") + "]")
            return "{" + fields.joined(separator: ",") + "}"
        }
        members.append("\"rows\":[" + rows.joined(separator: ",") + "]")
        members.append("\"notes\":[" + table.notes.map(JSONText.string).joined(separator: ",") + "]")
        return "{" + members.joined(separator: ",") + "}"
    }

    /// Column names as object keys, made unique (`killed`, `killed_2`) and kept clear of
    /// `sources`, which every row uses for its provenance.
    static func rowKeys(_ names: [String]) -> [String] {
        var used: Set<String> = ["sources"]
        return names.map { name in
            var key = name
            var suffix = 2
            while used.contains(key) {
                key = "\(name)_\(suffix)"
                suffix += 1
            }
            used.insert(key)
            return key
        }
    }

    static func value(_ value: Value) -> String {
        switch value {
        case .text(let text): return JSONText.string(text)
        case .quantity(let quantity): return self.quantity(quantity)
        case .integer(let number): return String(number)
        case .number(let number): return JSONText.number(number)
        case .date(let date): return JSONText.string(date.description)
        case .actor(let id, let name): return "{\"id\":\(JSONText.string(id)),\"name\":\(JSONText.string(name))}"
        case .bool(let flag): return flag ? "true" : "false"
        case .list(let values): return "[" + values.map(self.value).joined(separator: ",") + "]"
        case .null: return "null"
        }
    }

    static func quantity(_ quantity: Quantity) -> String {
        "{\"value\":\(JSONText.number(quantity.value)),"
            + "\"qualifier\":\(JSONText.string(quantity.qualifier.rawValue)),"
            + "\"low\":\(JSONText.number(quantity.low)),"
            + "\"high\":\(quantity.high.map(JSONText.number) ?? "null"),"
            + "\"text\":\(JSONText.string(quantity.description))}"
    }

    static func sourceReference(_ reference: SourceRef) -> String {
        "{\"source\":\(JSONText.string(reference.source)),\"paragraph\":\(reference.paragraph),"
            + "\"role\":\(JSONText.string(reference.role.rawValue)),\"excerpt\":\(JSONText.string(reference.excerpt))}"
    }
}
