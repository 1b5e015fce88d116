import ConflictDiagnostics
import ConflictModel
import SQLExport

/// `count claims by ...` and `sum killed where ... by ...` (and `avg`, `min`, `max`, `count` of
/// measures) as one statement, with `Aggregation`'s rules: figures are added only within one
/// claimant's word about one side in one unit, and compared only within one unit; a denial is
/// counted but never added; a total given with its breakdown is never added to its own parts.
///
/// The statement's rows are the groups, each with the position of its first claim (groups come
/// in the order first met), then one row of the counts the notes need. `order by` and `limit`
/// then sort the groups as `Aggregation` does, by the names of the answer's columns.
struct SQLAggregate {
    let context: SQLQueryContext
    let entity: SQLEntity
    let aggregate: Aggregate

    private var dialect: SQLDialect { context.dialect }

    /// The fields `by` names, which must each hold one value a row unless `listsTakenApart`.
    private func groupFields(listsTakenApart: Bool = false) throws(Diagnostic) -> [SQLField] {
        try aggregate.clauses.groupBy.map { (name: Name) throws(Diagnostic) -> SQLField in
            guard let field = entity.field(name.text) else { throw SQLCompiler.notCompiled("by \(name.text)", at: name.range) }
            switch field.reading {
            case .actors where !listsTakenApart, .items where !listsTakenApart:
                preconditionFailure("a sum by a list field is answered from fetched claims (SQLCompiler.addsByAList)")
            default: return field
            }
        }
    }

    /// The grouping fields' key cells, a list field's items joined in one row each, as `Grouping`
    /// takes a list apart: the joins, the key cells, and what orders a record's rows (its items'
    /// positions), so that groups come in the order first met.
    private func takenApart(_ fields: [SQLField]) -> (joins: String, keys: (select: [String], names: [String]), order: [String]) {
        var joins = ""
        var cells: [String] = []
        var order = [entity.position]
        for (index, field) in fields.enumerated() {
            let alias = "l\(index + 1)"
            switch field.reading {
            case .actors(let table, let owner, let role):
                joins += " LEFT JOIN \(table) \(alias) ON \(alias).\(owner) AND \(alias).role = \(sqlLiteral(role))"
                cells.append("\(alias).actor")
                order.append("\(alias).position")
            case .items(let table, let owner, let column):
                // A record's sources are one list of distinct ids (`Value.sourceIDs`); its other items are kept as they come.
                let ownerColumn = String(owner.prefix { $0 != " " })
                let rows =
                    field.name == ClaimField.source.rawValue
                    ? "(SELECT \(ownerColumn), \(column), min(position) AS position FROM \(table) GROUP BY \(ownerColumn), \(column))" : table
                joins += " LEFT JOIN \(rows) \(alias) ON \(alias).\(owner)"
                cells.append("\(alias).\(column)")
                order.append("\(alias).position")
            default:
                cells += field.cells(dialect)
            }
        }
        let names = cells.indices.map { "k\($0 + 1)" }
        return (joins, (zip(cells, names).map { "\($0) AS \($1)" }, names), order)
    }

    /// A key cell of a list field taken apart: one item, or NULL for an empty list.
    private func item(_ cell: String?, of field: SQLField) -> Value {
        guard let cell else { return .null }
        switch field.reading {
        case .actors: return .actor(cell, in: context.catalog)
        case .items where field.name == "paragraph": return .integer(Int(cell))
        default: return .text(cell)
        }
    }

    private func keyColumns(_ fields: [SQLField]) -> (select: [String], names: [String]) {
        let cells = fields.flatMap { $0.cells(dialect) }
        let names = cells.indices.map { "k\($0 + 1)" }
        return (zip(cells, names).map { "\($0) AS \($1)" }, names)
    }

    /// The selection's table, `base`: every row that may pass, with its truth and key cells. With
    /// lists taken apart (`joins`), a record is a row an item, and `pos` numbers the rows in order.
    private func base(
        _ selection: SQLSelection, _ extra: [String], keys: [String], joins: String = "", order: [String] = []
    ) -> (sql: String, flags: [String]) {
        let flags = selection.crossings.indices.map { "x\($0 + 1)" }
        let position = order.count > 1 ? "row_number() OVER (ORDER BY \(order.joined(separator: ", ")))" : entity.position
        let columns =
            ["\(position) AS pos"] + extra + keys + ["\(selection.truth) AS t"]
            + zip(selection.crossings, flags).map { "(CASE WHEN \($0.test) THEN 1 ELSE 0 END) AS \($1)" }
        return (
            "base AS (SELECT \(columns.joined(separator: ", ")) FROM \(entity.tables)\(joins) WHERE \(entity.rowsPassing(selection.truth)))",
            flags
        )
    }

    /// The group's key from its cells; a list field taken apart gives one item (`takenApart`).
    private func decodeKey(_ fields: [SQLField], _ row: [String?], from start: Int) -> [Value] {
        var at = start
        return fields.map { field in
            defer { at += field.width }
            switch field.reading {
            case .actors, .items: return item(row[at], of: field)
            default: return field.value(row[at..<(at + field.width)], catalog: context.catalog)
            }
        }
    }

    /// The rows of the group whose first row is at `first`: those with its keys.
    static func sameGroup(_ keys: [String], first: String?, in table: String) -> String {
        guard let first, Int(first) != nil else { return " AND 1 = 0" }
        return keys.map { " AND g.\($0) IS NOT DISTINCT FROM (SELECT \($0) FROM \(table) f WHERE f.pos = \(first))" }.joined()
    }

    private func sorted(_ rows: [ResultTable.Row], _ columns: [ResultTable.Column]) throws(Diagnostic) -> [ResultTable.Row] {
        try Aggregation(evaluator: context.evaluator).sortRows(rows, columns: columns, aggregate.clauses)
    }

    // MARK: - count ENTITY

    func compileCount() throws(Diagnostic) -> CompiledQuery {
        let selection = try SQLSelection(aggregate.clauses, entity, context)
        let fields = try groupFields(listsTakenApart: true)
        let (joins, keys, order) = takenApart(fields)
        let (baseTable, flags) = base(selection, ["\(entity.id) AS id"], keys: keys.select, joins: joins, order: order)
        let group = keys.names.isEmpty ? "" : " GROUP BY " + keys.names.joined(separator: ", ")
        let width = keys.names.count
        let with = SQLQueryContext.with(selection.helpers + [baseTable])
        // A record taken apart into several rows counts once for each group, and once among those that might match.
        let sql =
            with
            + "SELECT 0 AS part, min(pos) AS n, \((keys.names + ["count(*)"]).joined(separator: ", ")), NULL AS possible"
            + flags.map { ", NULL AS \($0)" }.joined() + ", NULL AS many FROM base WHERE t = 2\(group)\n"
            + "UNION ALL SELECT 1, NULL, " + Array(repeating: "NULL, ", count: width).joined()
            + "NULL, (SELECT count(DISTINCT id) FROM base WHERE t = 1)"
            + flags.map { ", (SELECT max(\($0)) FROM base WHERE t = 2)" }.joined()
            + ", (SELECT count(*) FROM (SELECT id FROM base WHERE t = 2 GROUP BY id HAVING count(*) > 1) m)"
            + "\nORDER BY part, n"
        let columns = fields.map { ResultTable.Column($0.name, $0.type) } + [ResultTable.Column("count", .integer)]
        let entity = self.entity
        return CompiledQuery(sql: sql) { (rows, connection) throws(Diagnostic) in
            var groups: [ResultTable.Row] = []
            var stats: [Int] = []
            for row in rows {
                guard row.count == 2 + width + 3 + flags.count else { throw SQLResult.malformed(sql) }
                if row[0] == "1" {
                    stats = row[(2 + width + 1)...].map { $0.flatMap { Int($0) } ?? 0 }
                    continue
                }
                let count = row[2 + width].flatMap { Int($0) } ?? 0
                let members = "g.t = 2" + Self.sameGroup(keys.names, first: row[1], in: "base")
                let key = decodeKey(fields, row, from: 2)
                groups.append(
                    ResultTable.Row(key + [.integer(count)], provenanceOf: entity.provenance(with: with, of: "base", where: members, connection)))
            }
            guard stats.count == 2 + flags.count else { throw SQLResult.malformed(sql) }
            var notes = selection.notes(possible: stats[0], crossed: stats.dropFirst().prefix(flags.count).map { $0 > 0 }, entity: entity.entity)
            if stats[flags.count + 1] > 0 {
                notes.append("a \(entity.entity.singular) with several values of a grouped field is counted once for each")
            }
            return ResultTable(columns: columns, rows: try sorted(groups, columns), notes: notes)
        }
    }

    // MARK: - sum, avg, min, max, count of measures

    func compileFigures() throws(Diagnostic) -> CompiledQuery {
        guard case .measures(let names) = aggregate.target else { preconditionFailure("figures of a count of entities") }
        let clauses = aggregate.clauses
        let measures = try context.evaluator.measureIDs(names)
        let function = aggregate.function
        let adds = function == .sum || function == .avg
        let compares = function == .min || function == .max
        let selection = try SQLSelection(clauses, entity, context)
        let userGroups = try groupFields()
        func groupsBy(_ field: ClaimField) -> Bool { userGroups.contains { $0.name == field.rawValue } }
        let sides = (adds || compares) ? [ClaimField.claimant, .party].filter { !groupsBy($0) } : []
        let unit = (adds || compares) && !groupsBy(.unit) ? [ClaimField.unit] : []
        let keyFields = userGroups + (adds ? sides : []).map(SQLFieldCatalog.claim) + unit.map(SQLFieldCatalog.claim)
        let keys = keyColumns(keyFields)
        let figure = [
            "c.id AS id", "c.part_of AS part_of", "c.measure AS measure", "c.value AS v", "c.low AS lo", "c.high AS hi",
            "c.qualifier AS q", "c.stance AS stance", "\(dialect.isTrue("c.running_total")) AS rt", "c.claimant AS claimant",
            "c.party AS party", "c.unit AS unit", "c.event AS event", "c.as_of AS as_of", "c.since AS since",
        ]
        let (baseTable, flags) = base(selection, figure, keys: keys.select)
        var tables = selection.helpers + [baseTable]
        let picking = "t = 2 AND measure IN \(sqlList(measures))"
        tables.append("picked AS (SELECT * FROM base WHERE \(picking))")
        let same = keys.names.isEmpty ? "1 = 1" : keys.names.map { "p.\($0) IS NOT DISTINCT FROM w.\($0)" }.joined(separator: " AND ")
        switch function {
        case .count:
            tables.append("kept AS (SELECT * FROM picked)")
        case .sum, .avg, .min, .max:
            // What the data has none of needs no tables: engines plan a shorter statement faster, and
            // SQLite writes out every table read twice, a copy of the claims each.
            if context.facts.runningTotals {
                tables.append("figures AS (SELECT * FROM picked WHERE stance <> 'denied')")
                tables += SQLRunningTotals(catalog: context.catalog).tables
            } else {
                tables.append("series AS (SELECT * FROM picked WHERE stance <> 'denied')")
            }
            if adds && context.facts.breakdowns {
                tables += [
                    // A total and a part of it in one row: the total is kept. In different rows: the parts are.
                    "pairs AS (SELECT p.id AS part, w.id AS total, CASE WHEN \(same) THEN 1 ELSE 0 END AS same FROM series p "
                        + "JOIN series w ON p.part_of = w.id)",
                    "split AS (SELECT total FROM pairs GROUP BY total HAVING min(same) = 0)",
                    "kept AS (SELECT s.* FROM series s LEFT JOIN split x ON x.total = s.id LEFT JOIN series w ON w.id = s.part_of "
                        + "LEFT JOIN split y ON y.total = s.part_of WHERE x.total IS NULL AND (w.id IS NULL OR y.total IS NOT NULL))",
                ]
            } else {
                tables.append("kept AS (SELECT * FROM series)")
            }
        }
        let groupBy = keys.names.isEmpty ? "" : " GROUP BY " + keys.names.joined(separator: ", ")
        let statsColumns = [
            "(SELECT count(*) FROM base WHERE t = 1)",
            function == .count ? "0" : "(SELECT count(*) FROM base WHERE \(picking) AND stance = 'denied')",
            adds && context.facts.breakdowns ? "(SELECT count(*) FROM split)" : "0",
            adds && context.facts.breakdowns ? "(SELECT count(*) FROM pairs p LEFT JOIN split x ON x.total = p.total WHERE x.total IS NULL)" : "0",
        ] + (function == .count || !context.facts.runningTotals ? ["0", "0", "0", "0"] : SQLRunningTotals.counts) + flags.map { "(SELECT max(\($0)) FROM base WHERE t = 2)" }
        let groupCells: [String]
        switch function {
        case .count:
            groupCells = ["count(*)"]
        case .sum, .avg:
            let other = "CASE WHEN q <> 'exact' THEN q END"
            groupCells = [
                "sum(v)", "sum(lo)",
                "CASE WHEN count(hi) = count(*) THEN sum(hi) END", "count(*)",
                "min(\(other))", "max(\(other))", "min(q)",
            ]
        case .min, .max:
            groupCells = []
        }
        var sql: String
        var with = SQLQueryContext.with(tables)
        if compares {
            let order =
                function == .max
                ? "v DESC, lo DESC, (CASE WHEN hi IS NULL THEN 1 ELSE 0 END) DESC, hi DESC, pos"
                : "v, lo, (CASE WHEN hi IS NULL THEN 1 ELSE 0 END), hi, pos"
            let partition = keys.names.isEmpty ? "" : "PARTITION BY \(keys.names.joined(separator: ", ")) "
            let reaches = function == .max ? "(p.hi IS NULL OR p.hi > w.lo)" : "(w.hi IS NULL OR p.lo < w.hi)"
            tables += [
                "ranked AS (SELECT kept.*, row_number() OVER (\(partition)ORDER BY \(order)) AS rk, "
                    + "min(pos) OVER (\(partition.trimmingTrailingSpace)) AS first FROM kept)",
                "chosen AS (SELECT * FROM ranked WHERE rk = 1)",
                "rivals AS (SELECT w.id AS chosen, min(p.pos) AS rival FROM chosen w JOIN kept p ON \(same) AND p.id <> w.id "
                    + "AND \(reaches) GROUP BY w.id)",
            ]
            with = SQLQueryContext.with(tables)
            let chosenKeys = keys.names.map { "w.\($0)" }
            let cells =
                chosenKeys + ["w.claimant", "w.party"]
                + ["w.v", "w.q", "w.lo", "w.hi", "w.id"]
                + ["o.id", "o.v", "o.q", "o.lo", "o.hi"]
            sql =
                with
                + "SELECT 0 AS part, w.first AS n, \(cells.joined(separator: ", "))"
                + Array(repeating: ", NULL", count: statsColumns.count).joined()
                + " FROM chosen w LEFT JOIN rivals ON rivals.chosen = w.id LEFT JOIN kept o ON o.pos = rivals.rival\n"
                + "UNION ALL SELECT 1, NULL" + Array(repeating: ", NULL", count: cells.count).joined()
                + ", " + statsColumns.joined(separator: ", ") + "\nORDER BY part, n"
        } else {
            let cells = keys.names + groupCells
            sql =
                with
                + "SELECT 0 AS part, min(pos) AS n, \(cells.joined(separator: ", "))"
                + Array(repeating: ", NULL", count: statsColumns.count).joined() + " FROM kept\(groupBy)\n"
                + "UNION ALL SELECT 1, NULL" + Array(repeating: ", NULL", count: cells.count).joined()
                + ", " + statsColumns.joined(separator: ", ") + "\nORDER BY part, n"
        }

        // Every row of the statement has its cells and the counts': anything else is not read.
        let width = 2 + keys.names.count + (compares ? 12 : groupCells.count) + statsColumns.count
        let reader = FigureReader(
            context: context, aggregate: aggregate, measures: measures, keyFields: keyFields, userGroups: userGroups,
            sides: sides, flags: flags.count, selection: selection, entity: entity, with: with, keys: keys.names, width: width)
        return CompiledQuery(sql: sql) { (rows, connection) throws(Diagnostic) in try reader.read(rows, sql: sql, connection) }
    }
}

/// The rows of a compiled `sum` (`avg`, `min`, `max`, `count`) of measures made into its answer.
private struct FigureReader {
    let context: SQLQueryContext
    let aggregate: Aggregate
    let measures: [String]
    let keyFields: [SQLField]
    let userGroups: [SQLField]
    let sides: [ClaimField]
    let flags: Int
    let selection: SQLSelection
    let entity: SQLEntity
    /// The statement's tables, and the names of the key columns: to find a group's sources.
    let with: String
    let keys: [String]
    /// The cells of every row the statement gives.
    let width: Int

    func read(_ rows: [[String?]], sql: String, _ connection: (any SQLConnection)?) throws(Diagnostic) -> ResultTable {
        let function = aggregate.function
        let adds = function == .sum || function == .avg
        let compares = function == .min || function == .max
        let clauses = aggregate.clauses
        let catalog = context.catalog
        var columns = keyFields.map { ResultTable.Column($0.name, $0.type) }
        if compares { columns += sides.map { ResultTable.Column($0.rawValue, .actor) } }
        let label = "\(function.rawValue) \(measures.joined(separator: " + "))"
        columns.append(ResultTable.Column(label, function == .count ? .integer : .quantity))
        if clauses.withIntervals && function != .count { columns += [ResultTable.Column("low", .number), ResultTable.Column("high", .number)] }
        if function != .count { columns.append(ResultTable.Column(compares ? "claim" : "claims", .integer)) }
        if clauses.withSources { columns.append(ResultTable.Column("sources", .list)) }

        var answers: [(key: [Value], row: [Value], sources: () -> [SourceRef])] = []
        var uncertain: [(extreme: Int, rival: Int, quantity: Quantity)] = []
        var stats: [Int] = []
        let recordFields = FieldCatalog.claims(catalog)
        for row in rows {
            guard row.count == width else { throw SQLResult.malformed(sql) }
            if row[0] == "1" {
                stats = row.suffix(8 + flags).map { $0.flatMap { Int($0) } ?? 0 }
                continue
            }
            var key: [Value] = []
            var at = 2
            for field in keyFields {
                key.append(field.value(row[at..<(at + field.width)], catalog: catalog))
                at += field.width
            }
            func number(_ index: Int) -> Double? { row[index].flatMap(Double.init) }
            var values = key
            let quantity: Quantity?
            var claims: Int?
            switch function {
            case .count:
                values.append(.integer(row[at].flatMap { Int($0) } ?? 0))
                quantity = nil
            case .sum, .avg:
                let count = row[at + 3].flatMap { Int($0) } ?? 0
                // With no group, an engine adds up no rows to one row of NULLs: no group at all.
                if count == 0 { continue }
                let sum = Quantity(number(at) ?? 0, .exact, low: number(at + 1) ?? 0, high: .some(number(at + 2)))
                guard QuantityArithmetic.isExact(sum) else {
                    throw Diagnostic(
                        Aggregation.tooLargeMessage(
                            function, measures, group: zip(keyFields.map { recordFields.field($0.name)! }, key)),
                        at: aggregate.targetRange)
                }
                var qualifiers = Set([row[at + 4], row[at + 5], row[at + 6]].compactMap { $0.flatMap(Qualifier.init(rawValue:)) })
                if row[at + 4] == nil { qualifiers = [.exact] }
                if count == 1, let only = row[at + 6].flatMap(Qualifier.init(rawValue:)) { qualifiers = [only] }
                quantity = QuantityArithmetic.combined(
                    value: sum.value, low: sum.low, high: sum.high, qualifiers: qualifiers, count: count, average: function == .avg)
                values.append(.quantity(quantity!))
                claims = count
            case .min, .max:
                values += [Value.actor(row[at], in: catalog), Value.actor(row[at + 1], in: catalog)].enumerated()
                    .filter { sides.contains([ClaimField.claimant, .party][$0.offset]) }.map(\.element)
                quantity = Self.quantity(row, at + 2)
                values.append(quantity.map(Value.quantity) ?? .null)
                claims = row[at + 6].flatMap { Int($0) }
                if let chosen = claims, let rival = row[at + 7].flatMap({ Int($0) }), let rivalQuantity = Self.quantity(row, at + 8) {
                    uncertain.append((chosen, rival, rivalQuantity))
                }
            }
            if clauses.withIntervals, let quantity {
                values += [.number(quantity.low), .number(quantity.high ?? .infinity)]
            }
            if let claims { values.append(.integer(claims)) }
            // The sources of the claims a row rests on: all of its group's, or the one min or max chose.
            let sources =
                compares
                ? entity.provenance(of: claims.map(String.init) ?? "NULL", connection)
                : entity.provenance(with: with, of: "kept", where: "1 = 1" + SQLAggregate.sameGroup(keys, first: row[1], in: "kept"), connection)
            // Asked of the engine a group at a time, as `.why` asks: a statement a row.
            if clauses.withSources { values.append(Evaluator.sourcesCell(sources())) }
            answers.append((key, values, sources))
        }
        guard stats.count == 8 + flags else { throw SQLResult.malformed(sql) }
        let noClaim = answers.isEmpty || (function == .count && keyFields.isEmpty && answers.first?.row.last == .integer(0))
        if function == .count && keyFields.isEmpty && answers.isEmpty { answers = [([], [.integer(0)], { [] })] }
        func distinct(_ field: ClaimField) -> Set<Value> {
            guard let index = keyFields.firstIndex(where: { $0.name == field.rawValue }) else { return [] }
            return Set(answers.map { $0.key[index] })
        }
        let facts = FigureNotes(
            function: function, groupedBy: Set(userGroups.map(\.name)),
            noClaimFor: noClaim ? context.evaluator.text(of: aggregate.bodyRange) : nil,
            claimants: distinct(.claimant).count, parties: distinct(.party).count, units: Set(distinct(.unit).map(\.text)),
            uncertain: uncertain, superseded: stats[4], runningParts: stats[5], totals: adds ? stats[2] : 0,
            parts: adds ? stats[3] : 0, denied: stats[1], breakdowns: stats[6], withinTotals: stats[7])
        let notes = selection.notes(possible: stats[0], crossed: stats.suffix(flags).map { $0 > 0 }, entity: .claims) + facts.lines
        let rows = try Aggregation(evaluator: context.evaluator).sortRows(
            answers.map { ResultTable.Row($0.row, provenanceOf: $0.sources) }, columns: columns, clauses)
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    private static func quantity(_ row: [String?], _ at: Int) -> Quantity? {
        guard let value = row[at].flatMap(Double.init), let qualifier = row[at + 1].flatMap(Qualifier.init(rawValue:)),
            let low = row[at + 2].flatMap(Double.init)
        else { return nil }
        return Quantity(value, qualifier, low: low, high: .some(row[at + 3].flatMap(Double.init)))
    }
}

extension String {
    fileprivate var trimmingTrailingSpace: String { hasSuffix(" ") ? String(dropLast()) : self }
}
