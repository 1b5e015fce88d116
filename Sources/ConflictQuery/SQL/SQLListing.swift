import SQLExport
import ConflictDiagnostics
import ConflictModel

/// `claims where ... order by ... limit ...` and the same of events, as one statement.
///
/// The statement's rows are the rows listed, numbered in their order, then one row of counts the
/// notes need (the rows that might match, whether a government was taken in for a state): so an
/// empty answer still says what it must.
struct SQLListing {
    let context: SQLQueryContext
    let entity: SQLEntity

    func compile(_ listing: Listing) throws(Diagnostic) -> CompiledQuery {
        let clauses = listing.clauses
        let dialect = context.dialect
        let selection = try SQLSelection(clauses, entity, context)
        var fieldNames = entity.listed
        if clauses.withIntervals, let interval = entity.interval { fieldNames += [interval.low, interval.high] }
        var fields = fieldNames.compactMap(entity.field)
        // With `with sources`, one cell more: each source, paragraph and excerpt as `.why` writes them.
        if clauses.withSources { fields.append(entity.sourcesCell) }
        var orderTerms: [String] = []
        var orderColumns: [String] = []
        for key in clauses.order {
            for term in try SQLOrder.terms(key, entity, dialect) {
                let column = "o\(orderColumns.count + 1)"
                orderColumns.append("\(term.expression) AS \(column)")
                orderTerms.append(column + (term.follows && key.descending ? " DESC" : ""))
            }
        }
        let cells = fields.flatMap { $0.cells(dialect) }
        let cellNames = cells.indices.map { "f\($0 + 1)" }
        let flags = selection.crossings.indices.map { "x\($0 + 1)" }
        let base =
            ["\(entity.position) AS pos", "\(entity.id) AS id"] + zip(cells, cellNames).map { "\($0) AS \($1)" } + orderColumns
            + ["\(selection.truth) AS t", "\(selection.strictTruth ?? "2") AS st"]
            + zip(selection.crossings, flags).map { "(CASE WHEN \($0.test) THEN 1 ELSE 0 END) AS \($1)" }
        let limit = clauses.limit.map { " WHERE n <= \($0)" } ?? ""
        let sql =
            SQLQueryContext.with(
                selection.helpers + [
                    "base AS (SELECT \(base.joined(separator: ", ")) FROM \(entity.tables) WHERE \(entity.rowsPassing(selection.truth)))",
                    "kept AS (SELECT base.*, row_number() OVER (ORDER BY \((orderTerms + ["pos"]).joined(separator: ", "))) AS n FROM base WHERE t = 2)",
                ])
            + "SELECT 0 AS part, n, id, \((cellNames + ["st"]).joined(separator: ", ")), NULL AS kept_count, NULL AS possible"
            + flags.map { ", NULL AS \($0)" }.joined() + " FROM kept\(limit)\n"
            + "UNION ALL SELECT 1, NULL, NULL, " + Array(repeating: "NULL", count: cells.count + 1).joined(separator: ", ")
            + ", (SELECT count(*) FROM kept), (SELECT count(*) FROM base WHERE t = 1)"
            + flags.map { ", (SELECT max(\($0)) FROM kept)" }.joined() + "\nORDER BY part, n"

        let entity = self.entity
        let catalog = context.catalog
        let marksCertainty = selection.strictTruth != nil
        let cellCount = cells.count
        let listedCount = fields.count - (clauses.withSources ? 1 : 0)
        let columns =
            fields.prefix(listedCount).map { ResultTable.Column($0.name, $0.type) }
            + (marksCertainty ? [ResultTable.Column("matches", .text)] : [])
            + (clauses.withSources ? [ResultTable.Column("sources", .list)] : [])
        return CompiledQuery(sql: sql) { (rows, connection) throws(Diagnostic) in
            var table = ResultTable(columns: columns, rows: [], notes: [])
            var stats: [String?] = []
            for row in rows {
                guard row.count == 3 + cellCount + 3 + flags.count else { throw SQLResult.malformed(sql) }
                if row[0] == "1" { stats = row; continue }
                var values: [Value] = []
                var at = 3
                for field in fields {
                    values.append(field.value(row[at..<(at + field.width)], catalog: catalog))
                    at += field.width
                }
                if marksCertainty { values.insert(.text(row[at] == "2" ? "certainly" : "possibly"), at: listedCount) }
                let id = row[2].map { entity.numberedIDs ? $0 : sqlLiteral($0) } ?? "NULL"
                table.rows.append(ResultTable.Row(values, provenanceOf: entity.provenance(of: id, connection)))
            }
            guard stats.count == 3 + cellCount + 3 + flags.count else { throw SQLResult.malformed(sql) }
            let counts = stats[(3 + cellCount + 1)...].map { $0.flatMap { Int($0) } ?? 0 }
            if counts[counts.startIndex] == 0 { table.notes.append("no \(entity.entity.singular) matches") }
            table.notes += selection.notes(
                possible: counts[counts.startIndex + 1], crossed: counts.dropFirst(2).map { $0 > 0 }, entity: entity.entity)
            return table
        }
    }
}

/// How a compiled statement's rows can be wrong: only if the engine gave other rows than the
/// statement asks for, which is a fault to report, not an answer.
enum SQLResult {
    static func malformed(_ sql: String) -> Diagnostic {
        Diagnostic("the engine's answer does not have the columns the statement asks for", at: SourceRange(0, 0))
    }
}

/// `order by` over rows in SQL, in the order `ValueOrder` and `Evaluator.precedes` give: empty
/// values last either way, figures by value then interval, texts without case, dates by their
/// first day then their last, ties in the model's order.
enum SQLOrder {
    struct Term {
        let expression: String
        /// Whether `desc` turns it round: the term that puts empty values last does not.
        let follows: Bool
    }

    static func terms(_ key: OrderKey, _ entity: SQLEntity, _ dialect: SQLExport.SQLDialect) throws(Diagnostic) -> [Term] {
        guard let field = entity.field(key.field.text) else {
            throw SQLCompiler.notCompiled("order by \(key.field.text)", at: key.field.range)
        }
        func keys(_ expressions: String...) -> [Term] { expressions.map { Term(expression: $0, follows: true) } }
        switch field.reading {
        case .quantity: return keys("c.value", "c.low", "(CASE WHEN c.high IS NULL THEN 1 ELSE 0 END)", "c.high")
        case .unbounded(let column): return keys("(CASE WHEN \(column) IS NULL THEN 1 ELSE 0 END)", column)
        case .scalar(let column), .alsoKnownAs(.scalar(let column), _):
            let empty = Term(expression: "(CASE WHEN \(column) IS NULL THEN 1 ELSE 0 END)", follows: false)
            switch field.type {
            case .actor:
                return [empty] + keys(dialect.bytewise("lower(COALESCE((SELECT name FROM actors WHERE id = \(column)), \(column)))"))
            case .text: return [empty] + keys(dialect.bytewise("lower(\(column))"))
            case .date: return [empty] + keys(SQLCondition.firstDay(column), SQLCondition.lastDay(column))
            default: return [empty] + keys(column)
            }
        default:
            throw SQLCompiler.notCompiled("order by a field that holds a list (\(field.name))", at: key.field.range)
        }
    }
}

