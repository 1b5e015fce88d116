import ConflictModel
import SQLExport

/// The few entries an answer rests on, fetched from an engine whole, as the model holds them:
/// the answers `SQLFetchedAnswer` compiles are given by the built-in evaluator on the catalog
/// with these entries in it, so they read exactly what they read on a model file.
///
/// The compiler says which claims, statements and events are wanted, each as a query of ids; the
/// fetch adds what those entries refer to (a claim's event, an event's larger events, their data
/// set records) and reads every table's rows in one statement: a `UNION ALL` of the tables, each
/// row tagged with its table's name and padded to the widest table.
struct SQLRecordFetch {
    let dialect: SQLDialect
    /// Tables the wanted ids' queries use (`WITH` entries), before the fetch's own.
    var helpers: [String] = []
    /// `SELECT`s of ids, each read as one column; nil for none of that entity.
    var claims: String?
    var statements: String?
    var events: String?
    /// The events whose data set rows are wanted with every kept column (`describe` shows them);
    /// nil for none: the columns are most of a data set's bytes.
    var recordColumnsOf: String?
    /// Counts the answer takes beside the entries, each a scalar `SELECT`, by name.
    var tallies: [(name: String, sql: String)] = []
    /// Numbers the answer lists beside the entries (a described measure's claims), each a
    /// `SELECT` of `n` and its place `p`, by name.
    var numberLists: [(name: String, sql: String)] = []

    /// The tables an entry is read from, each listing where its rows belong, by the fetch's tables
    /// of ids: `want_e` the events, `want_c` the claims, `want_s` the statements, `want_r` the records.
    private static let reads: [(table: String, owner: String, wanted: String)] = [
        ("events", "id", "want_e"), ("event_actors", "event", "want_e"), ("event_sources", "event", "want_e"),
        ("claims", "id", "want_c"), ("claim_sources", "claim", "want_c"),
        ("statements", "id", "want_s"), ("statement_actors", "statement", "want_s"),
        ("statement_sources", "statement", "want_s"),
        ("records", "id", "want_r"), ("record_columns", "record", "want_rc"),
    ]

    private static let width = reads.map { RelationalLayout.table($0.table).columns.count }.max()!

    var sql: String {
        func wanted(_ select: String?, _ table: String) -> String { select ?? "SELECT id FROM \(table) WHERE 1 = 0" }
        let tables =
            helpers + [
                "want_c(id) AS (\(wanted(claims, "claims")))",
                "want_s(id) AS (\(wanted(statements, "statements")))",
                // What the wanted claims are about, and every event a wanted one is part of.
                "want_e0(id) AS (\(wanted(events, "events")) UNION SELECT event FROM claims "
                    + "WHERE id IN (SELECT id FROM want_c) AND event IS NOT NULL)",
                "want_e(id) AS (SELECT id FROM want_e0 UNION SELECT ev.part_of FROM events ev JOIN want_e w ON ev.id = w.id "
                    + "WHERE ev.part_of IS NOT NULL)",
                "want_r(id) AS (SELECT record FROM events WHERE id IN (SELECT id FROM want_e) AND record IS NOT NULL "
                    + "UNION SELECT record FROM statements WHERE id IN (SELECT id FROM want_s) AND record IS NOT NULL)",
                "want_rc(id) AS (SELECT record FROM events WHERE id IN (\(wanted(recordColumnsOf, "events"))) AND record IS NOT NULL)",
            ]
        // Every row: its tag, then its cells as text, padded to the widest table's.
        func row(_ tag: String, _ cells: [String]) -> String {
            "SELECT " + ([sqlLiteral(tag)] + (cells + Array(repeating: "NULL", count: Self.width - cells.count)).map(text))
                .joined(separator: ", ")
        }
        let selects = Self.reads.map { read in
            row(read.table, RelationalLayout.table(read.table).columns.map(\.name))
                + " FROM \(read.table) WHERE \(read.owner) IN (SELECT id FROM \(read.wanted))"
        }
        let counts = tallies.map { row(Self.tallyTag + $0.name, ["(\($0.sql))"]) }
        let numbers = numberLists.map { row(Self.numbersTag + $0.name, ["n", "p"]) + " FROM (\($0.sql)) x" }
        return SQLQueryContext.with(tables) + (selects + counts + numbers).joined(separator: "\nUNION ALL ")
    }

    /// What tags a tally's row, or a listed number's, before its name.
    private static let tallyTag = "tally "
    private static let numbersTag = "numbers "

    /// The lists of numbers the rows carry, by name, each in its order.
    static func numberLists(_ rows: [[String?]]) -> [String: [Int]] {
        var lists: [String: [(place: Int, number: Int)]] = [:]
        for row in rows where row.count > 2 {
            guard let tag = row[0] ?? nil, tag.hasPrefix(numbersTag), let number = row[1].flatMap(Self.integer) else { continue }
            lists[String(tag.dropFirst(numbersTag.count)), default: []].append((row[2].flatMap(Self.integer) ?? 0, number))
        }
        return lists.mapValues { $0.sorted { $0.place < $1.place }.map(\.number) }
    }

    /// A whole number as an engine prints it: `12`, or `12.0` from a column read as a real.
    fileprivate static func integer(_ cell: String) -> Int? { Int(cell) ?? Double(cell).flatMap { Int(exactly: $0) } }

    /// The tallies the rows carry, by name.
    static func tallies(_ rows: [[String?]]) -> [String: Int] {
        var tallies: [String: Int] = [:]
        for row in rows where row.count > 1 {
            guard let tag = row[0] ?? nil, tag.hasPrefix(tallyTag) else { continue }
            tallies[String(tag.dropFirst(tallyTag.count))] = row[1].flatMap(Self.integer) ?? 0
        }
        return tallies
    }

    /// A column as text, so that every table's rows fit one result: SQLite keeps each cell's own
    /// type in a column, and prints a real in full only as a real.
    private func text(_ column: String) -> String {
        dialect == .sqlite ? column : "CAST(\(column) AS TEXT)"
    }

    /// The catalog with the fetched entries in it, in the model's order.
    static func model(_ rows: [[String?]], catalog: ConflictModel) -> ConflictModel {
        var byTable: [String: [[String: String]]] = [:]
        for row in rows {
            guard let table = row.first ?? nil, let layout = reads.first(where: { $0.table == table }) else { continue }
            var cells: [String: String] = [:]
            for (index, column) in RelationalLayout.table(layout.table).columns.enumerated() where index + 1 < row.count {
                if let cell = row[index + 1] { cells[column.name] = cell }
            }
            byTable[table, default: []].append(cells)
        }
        let read = FetchedRows(byTable)
        let events = read.entries("events").map(read.event)
        let claims = read.entries("claims").map(read.claim)
        let statements = read.entries("statements").map(read.statement)
        return ConflictModel(
            vocabulary: catalog.vocabulary, sources: catalog.sources, actors: catalog.actors, events: events, claims: claims,
            statements: statements)
    }
}

/// The fetched rows by table, each a row's cells by column name (NULLs left out), made into the
/// model's entries as `ModelRows` wrote them.
private struct FetchedRows {
    let tables: [String: [[String: String]]]
    private var records: [Int: DataRecord] = [:]
    private var actors: [String: [String: [String: [String]]]] = [:]
    private var sources: [String: [String: [SourceRef]]] = [:]

    init(_ tables: [String: [[String: String]]]) {
        self.tables = tables
        for (table, owner) in [("event_actors", "event"), ("statement_actors", "statement")] {
            actors[table] = roles(table, owner: owner)
        }
        for (table, owner) in [("event_sources", "event"), ("claim_sources", "claim"), ("statement_sources", "statement")] {
            sources[table] = references(table, owner: owner)
        }
        let columns = lists("record_columns", owner: "record")
        for row in tables["records"] ?? [] {
            guard let number = integer(row["id"]) else { continue }
            records[number] = DataRecord(
                dataset: row["dataset"] ?? "", release: row["release"], id: row["row_id"] ?? "", file: row["file"],
                line: integer(row["line"]),
                columns: (columns[number] ?? []).map { DataRecord.Column($0["name"] ?? "", $0["value"] ?? "") })
        }
    }

    /// An entry table's rows in the model's order.
    func entries(_ table: String) -> [[String: String]] {
        (tables[table] ?? []).sorted { position($0) < position($1) }
    }

    func event(_ row: [String: String]) -> Event {
        let id = row["id"] ?? ""
        let roles = actors["event_actors"]?[id] ?? [:]
        let coordinates = row["latitude"].flatMap(Double.init).flatMap { latitude in
            row["longitude"].flatMap(Double.init).map { Coordinates(latitude: latitude, longitude: $0) }
        }
        return Event(
            id: id, name: row["name"] ?? "", kind: row["kind"].flatMap(Event.Kind.init(rawValue:)) ?? .other,
            initiators: roles["initiator"] ?? [], targets: roles["target"] ?? [], date: date(row["date"]),
            dateNote: row["date_note"], place: row["place"], partOf: row["part_of"],
            status: row["status"].flatMap(Event.Status.init(rawValue:)) ?? .asserted, allegedBy: row["alleged_by"],
            sources: sources["event_sources"]?[id] ?? [], dateEnd: date(row["date_end"]), country: row["country"],
            coordinates: coordinates, placePrecision: row["place_precision"], category: row["category"],
            subcategory: row["subcategory"], sides: roles["side"] ?? [], record: integer(row["record"]).flatMap { records[$0] })
    }

    func claim(_ row: [String: String]) -> Claim {
        let id = integer(row["id"]) ?? 0
        let quantity = Quantity(
            row["value"].flatMap(Double.init) ?? 0, row["qualifier"].flatMap(Qualifier.init(rawValue:)) ?? .exact,
            low: row["low"].flatMap(Double.init), high: .some(row["high"].flatMap(Double.init)))
        return Claim(
            id: id, event: row["event"], measure: row["measure"] ?? "", counted: row["counted"] ?? "", unit: row["unit"] ?? "",
            party: row["party"], quantity: quantity, claimant: row["claimant"] ?? "",
            stance: row["stance"].flatMap(Claim.Stance.init(rawValue:)) ?? .asserted, asOf: date(row["as_of"]),
            since: date(row["since"]), runningTotal: flag(row["running_total"]), note: row["note"],
            sources: sources["claim_sources"]?[String(id)] ?? [], partOf: integer(row["part_of"]))
    }

    func statement(_ row: [String: String]) -> Statement {
        let id = integer(row["id"]) ?? 0
        let roles = actors["statement_actors"]?[String(id)] ?? [:]
        return Statement(
            id: id, speaker: row["speaker"], represents: row["represents"], act: row["act"] ?? "",
            targets: roles["target"] ?? [], participants: roles["participant"] ?? [], subjects: roles["subject"] ?? [],
            content: row["content"], channel: row["channel"], mode: row["mode"].flatMap(Statement.Mode.init(rawValue:)) ?? .done,
            date: date(row["date"]), quote: row["quote"], answers: integer(row["answers"]), reportedBy: row["reported_by"],
            cameo: row["cameo"], sources: sources["statement_sources"]?[String(id)] ?? [],
            record: integer(row["record"]).flatMap { records[$0] })
    }

    /// A list table's rows by their owner (a number's owner by its number), each in the list's order.
    private func lists(_ table: String, owner: String) -> [Int: [[String: String]]] {
        var lists: [Int: [[String: String]]] = [:]
        for row in tables[table] ?? [] { lists[integer(row[owner]) ?? 0, default: []].append(row) }
        return lists.mapValues { $0.sorted { position($0) < position($1) } }
    }

    private func references(_ table: String, owner: String) -> [String: [SourceRef]] {
        var references: [String: [(Int, SourceRef)]] = [:]
        for row in tables[table] ?? [] {
            let reference = SourceRef(
                source: row["source"] ?? "", paragraph: integer(row["paragraph"]) ?? 0, excerpt: row["excerpt"] ?? "",
                role: row["role"].flatMap(SourceRef.Role.init(rawValue:)) ?? .reported)
            references[key(row[owner]), default: []].append((position(row), reference))
        }
        return references.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
    }

    /// The actors of each role of each owner: `[owner: [role: [actor]]]`.
    private func roles(_ table: String, owner: String) -> [String: [String: [String]]] {
        var roles: [String: [String: [(Int, String)]]] = [:]
        for row in tables[table] ?? [] {
            roles[key(row[owner]), default: [:]][row["role"] ?? "", default: []].append((position(row), row["actor"] ?? ""))
        }
        return roles.mapValues { $0.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) } }
    }

    /// An owner as a key: a number as the model writes it ("12", not "12.0"), a text as it is.
    private func key(_ cell: String?) -> String { integer(cell).map(String.init) ?? cell ?? "" }
    private func position(_ row: [String: String]) -> Int { integer(row["position"]) ?? 0 }
    private func integer(_ cell: String?) -> Int? { cell.flatMap(SQLRecordFetch.integer) }
    private func date(_ cell: String?) -> PartialDate? { cell.flatMap(PartialDate.init) }
    private func flag(_ cell: String?) -> Bool { ["1", "t", "true"].contains((cell ?? "").lowercased()) }
}
