import ConflictDiagnostics
import ConflictModel
import SQLExport

/// Turns a query into one SQL statement for an engine holding the relational layout
/// (`RelationalLayout`), and the statement's rows back into the answer the built-in evaluator
/// gives: the same columns, rows, order and notes.
///
/// The language's rules are kept in the SQL: a figure's interval through comparisons and sums,
/// no adding across claimants, sides or units, a denial never added, a total never added to its
/// own parts, no claim distinct from zero, `within` and `according to` through the actor
/// hierarchy. Answers that are records in full, series, what a reader knew on a day, or groups by
/// a list's items are compiled to the statement that fetches the entries they rest on, and given
/// by the built-in evaluator from those (`SQLFetchedAnswer`). A construct the compiler did not
/// know would be an error naming it (`notCompiled`), never an answer that could differ.
///
/// A query is first checked by the built-in evaluator against `catalog` (the engine's actors and
/// vocabulary, with no events or claims), so a bad query gets the very error it gets without an
/// engine: an unknown field, actor or measure, a date that is none, a `by` that names an actor.
public struct SQLCompiler: Sendable {
    public let dialect: SQLDialect
    /// The engine's actors and vocabulary (`EngineCatalog`).
    public let catalog: ConflictModel
    public let facts: SQLFacts

    public init(dialect: SQLDialect, catalog: ConflictModel, facts: SQLFacts = SQLFacts()) {
        self.dialect = dialect
        self.catalog = catalog
        self.facts = facts
    }

    /// The statement of each query of `text`, in order.
    public func sql(_ text: String) throws(Diagnostic) -> [String] {
        try Parser.parse(text).map { (query: Query) throws(Diagnostic) in
            try compile(query, source: text).sql ?? "-- answered from conflictq's own catalog of the language: no statement"
        }
    }

    /// The bars an aggregate's answer is drawn as: its figure (the count, the sum...) labelled by
    /// the columns before it, one panel a unit.
    static func bars(of table: ResultTable, _ aggregate: Aggregate) -> AggregateChart {
        let figure: Int
        let title: String
        if case .entity(let entity) = aggregate.target {
            (figure, title) = (table.columns.count - 1, "count \(entity.rawValue)")
        } else if case .measures(let names) = aggregate.target {
            let label = "\(aggregate.function.rawValue) " + names.map { $0.text.lowercased() }.joined(separator: " + ")
            (figure, title) = (table.columns.firstIndex { $0.name == label } ?? 0, label)
        } else {
            preconditionFailure("an aggregate counts entities or figures")
        }
        let unit = table.columns[..<figure].firstIndex { $0.name == ClaimField.unit.rawValue }
        return AggregateChart(
            labelColumns: Array(0..<figure).filter { $0 != unit }, figureColumn: figure, unitColumn: unit, title: title)
    }

    /// Whether it adds or compares figures grouped by a field that holds a list (`sum killed by
    /// source`): a claim is then in several groups, and each group's running totals and totals
    /// with their parts are its own, which the built-in weighs on the claims fetched for it.
    static func addsByAList(_ aggregate: Aggregate, _ catalog: ConflictModel) -> Bool {
        guard case .measures = aggregate.target else { return false }
        return aggregate.clauses.groupBy.contains { holdsList($0, .claims, catalog) }
    }

    /// Whether a listing is ordered by a field that holds a list (`events order by initiator`):
    /// lists are ordered item by item, actors by their names, which the built-in does on the
    /// rows fetched for it.
    static func ordersByAList(_ listing: Listing, _ catalog: ConflictModel) -> Bool {
        listing.clauses.order.contains { holdsList($0.field, listing.entity, catalog) }
    }

    /// Whether the entity's field of that name holds a list (its table's rows are the items).
    private static func holdsList(_ name: Name, _ entity: Entity, _ catalog: ConflictModel) -> Bool {
        switch SQLEntity(entity, dialect: .sqlite, catalog: catalog).field(name.text)?.reading {
        case .actors, .items: return true
        default: return false
        }
    }

    /// The error for a construct the compiler does not translate.
    static func notCompiled(_ what: String, at range: SourceRange) -> Diagnostic {
        Diagnostic(
            "\(what) is not compiled to SQL yet, so the engine cannot answer it; the built-in evaluator can "
                + "(run without --engine, on a model file or store)",
            at: range)
    }

    func compile(_ query: Query, source: String) throws(Diagnostic) -> CompiledQuery {
        let context = SQLQueryContext(dialect: dialect, catalog: catalog, facts: facts, source: source)
        switch query.kind {
        case .show, .describe:
            // Checked on what is fetched: an id or name the engine lacks is an error there.
            return try SQLFetchedAnswer(context: context).compile(query)
        case .history, .listing, .aggregate, .discovery: break
        }
        // The same checks, and errors, as without an engine; the answer on no claims is dropped.
        _ = try Evaluator(model: catalog, source: source, isCancelled: { false }).evaluate(query)
        switch query.kind {
        case _ where query.clauses?.asOf != nil:
            return try SQLFetchedAnswer(context: context).compile(query)
        case .history:
            return try SQLFetchedAnswer(context: context).compile(query)
        case .listing(let listing) where !listing.actPhrases.isEmpty:
            return try SQLFetchedAnswer(context: context).compile(query)
        case .listing(let listing) where Self.ordersByAList(listing, catalog):
            return try SQLFetchedAnswer(context: context).compile(query)
        case .aggregate(let aggregate) where Self.addsByAList(aggregate, catalog):
            return try SQLFetchedAnswer(context: context).compile(query)
        case .discovery(let discovery):
            return try SQLDiscovery(context: context).compile(discovery)
        default: break
        }
        if query.chart != nil, case .aggregate(let aggregate) = query.kind {
            // The bars of an aggregate are drawn from its rows, as `Aggregation` draws them.
            var unchartered = query
            unchartered.chart = nil
            let compiled = try compile(unchartered, source: source)
            return CompiledQuery(sql: compiled.sql) { (rows, connection) throws(Diagnostic) in
                var table = try compiled.read(rows, connection)[0]
                table.chart = Self.bars(of: table, aggregate).chart(table.rows)
                return table
            }
        }
        switch query.kind {
        case .listing(let listing):
            return try SQLListing(context: context, entity: SQLEntity(listing.entity, dialect: dialect, catalog: catalog)).compile(listing)
        case .aggregate(let aggregate):
            switch aggregate.target {
            case .entity(let name):
                let entity = SQLEntity(name, dialect: dialect, catalog: catalog)
                return try SQLAggregate(context: context, entity: entity, aggregate: aggregate).compileCount()
            case .measures:
                return try SQLAggregate(context: context, entity: SQLEntity(.claims, dialect: dialect, catalog: catalog), aggregate: aggregate)
                    .compileFigures()
            }
        case .history, .describe, .show, .discovery: preconditionFailure("compiled above")
        }
    }
}

/// A compiled query: its statement, and how its rows become the answer.
struct CompiledQuery {
    /// Nil when the answer needs nothing of the engine's (`fields`, `qualifiers`).
    let sql: String?
    /// Reads the statement's rows; the connection finds a row's sources when they are asked for.
    let read: (_ rows: [[String?]], _ connection: (any SQLConnection)?) throws(Diagnostic) -> [ResultTable]

    init(sql: String?, tables read: @escaping (_ rows: [[String?]], _ connection: (any SQLConnection)?) throws(Diagnostic) -> [ResultTable]) {
        self.sql = sql
        self.read = read
    }

    /// A query answered by one table.
    init(sql: String?, read: @escaping (_ rows: [[String?]], _ connection: (any SQLConnection)?) throws(Diagnostic) -> ResultTable) {
        self.init(sql: sql, tables: { (rows, connection) throws(Diagnostic) in [try read(rows, connection)] })
    }
}

/// What every part of a compiled query shares.
struct SQLQueryContext {
    let dialect: SQLDialect
    let catalog: ConflictModel
    let facts: SQLFacts
    /// The query's text, to quote parts of it back in notes.
    let source: String

    var evaluator: Evaluator { Evaluator(model: catalog, source: source, isCancelled: { false }) }

    /// The first statement part: `WITH RECURSIVE` and its tables, or nothing.
    static func with(_ tables: [String]) -> String {
        tables.isEmpty ? "" : "WITH RECURSIVE " + tables.joined(separator: ",\n") + "\n"
    }
}

/// One entity as the SQL reads it: its tables, its fields, and where its rows were reported.
struct SQLEntity {
    let entity: Entity
    let tables: String
    /// The alias of the entity's own table: `c`, `e`, `a`, `s` or `so`.
    let alias: String
    /// Its table of sources and the column there that holds the entity's id; nil for sources.
    let sourcesTable: String?
    let sourcesOwner: String
    /// What a row must be to be one of the entity's at all: a quote is a statement with words.
    let rowFilter: String?
    let lookup: (String) -> SQLField?
    /// The built-in evaluator's listed fields, `according to` field and interval, by name.
    let listed: [String]
    let saidBy: String?
    let interval: (low: String, high: String)?

    init(_ entity: Entity, dialect: SQLDialect, catalog: ConflictModel) {
        self.entity = entity
        rowFilter = entity == .quotes ? "s.quote IS NOT NULL" : nil
        func names<Record>(_ set: RecordSet<Record>) -> ([String], String?, (String, String)?) {
            (set.listed.map(\.name), set.saidBy?.name, set.interval.map { ($0.low.name, $0.high.name) })
        }
        switch entity {
        case .claims:
            (tables, alias, sourcesTable, sourcesOwner) = (SQLFieldCatalog.claimTables, "c", "claim_sources", "claim")
            lookup = { name in Self.resolve(name, ClaimField.init(rawValue:)).map(SQLFieldCatalog.claim) }
            (listed, saidBy, interval) = names(FieldCatalog.claims(catalog))
        case .events:
            (tables, alias, sourcesTable, sourcesOwner) = (SQLFieldCatalog.eventTables, "e", "event_sources", "event")
            lookup = { name in Self.resolve(name, EventField.init(rawValue:)).map(SQLFieldCatalog.event) }
            (listed, saidBy, interval) = names(FieldCatalog.events(catalog))
        case .actors:
            (tables, alias, sourcesTable, sourcesOwner) = (SQLFieldCatalog.actorTables, "a", "actor_sources", "actor")
            lookup = { name in Self.resolve(name, ActorField.init(rawValue:)).map(SQLFieldCatalog.actor) }
            (listed, saidBy, interval) = names(FieldCatalog.actors(catalog))
        case .statements, .quotes:
            (tables, alias, sourcesTable, sourcesOwner) = (SQLFieldCatalog.statementTables, "s", "statement_sources", "statement")
            lookup = { name in Self.resolve(name, StatementField.init(rawValue:)).map(SQLFieldCatalog.statement) }
            (listed, saidBy, interval) = names(FieldCatalog.statements(catalog, quotesOnly: entity == .quotes))
        case .sources:
            (tables, alias, sourcesTable, sourcesOwner) = (SQLFieldCatalog.sourceTables, "so", nil, "")
            lookup = { name in Self.resolve(name, SourceField.init(rawValue:)).map(SQLFieldCatalog.source) }
            (listed, saidBy, interval) = names(FieldCatalog.sources(catalog))
        }
    }

    private static func resolve<F>(_ name: String, _ make: (String) -> F?) -> F? {
        let key = name.lowercased()
        return make(key) ?? FieldCatalog.synonyms[key].flatMap(make)
    }

    func field(_ name: String) -> SQLField? { lookup(name) }

    var position: String { "\(alias).position" }
    var id: String { "\(alias).id" }

    /// The WHERE of the entity's rows that may pass a truth.
    func rowsPassing(_ truth: String) -> String {
        (rowFilter.map { "\($0) AND " } ?? "") + "\(truth) >= 1"
    }

    /// Whether its ids are numbers (claims, statements) rather than texts.
    var numberedIDs: Bool { [.claims, .statements, .quotes].contains(entity) }

    /// `with sources`: a row's sources as one list, `source ¶paragraph "excerpt"` each.
    var sourcesCell: SQLField {
        guard let sourcesTable else { return SQLField(name: "sources", type: .list, reading: .scalar("NULL")) }
        let text = "source || ' ¶' || CAST(paragraph AS TEXT) || ' \"' || excerpt || '\"'"
        return SQLField(name: "sources", type: .list, reading: .items(table: sourcesTable, owner: "\(sourcesOwner) = \(id)", column: text))
    }

    /// A row's sources, asked of the engine when `.why`, JSON or a comparison needs them.
    func provenance(of id: String, _ connection: (any SQLConnection)?) -> () -> [SourceRef] {
        guard let sourcesTable else { return { [] } }
        return Self.sources("SELECT source, paragraph, excerpt, role FROM \(sourcesTable) WHERE \(sourcesOwner) = \(id) ORDER BY position", connection)
    }

    /// The sources of the rows of `table` (a CTE of the statement `with` starts, with `id` and
    /// `pos` columns) that `condition` keeps, in their order: an aggregate row's, found when asked.
    func provenance(with: String, of table: String, where condition: String, _ connection: (any SQLConnection)?) -> () -> [SourceRef] {
        guard let sourcesTable else { return { [] } }
        return Self.sources(
            with + "SELECT k.source, k.paragraph, k.excerpt, k.role FROM \(table) g JOIN \(sourcesTable) k ON k.\(sourcesOwner) = g.id "
                + "WHERE \(condition) ORDER BY g.pos, k.position", connection)
    }

    private static func sources(_ sql: String, _ connection: (any SQLConnection)?) -> () -> [SourceRef] {
        {
            guard let connection, let rows = try? connection.rows(sql, isCancelled: { false }) else { return [] }
            return rows.compactMap { row in
                guard row.count == 4, let source = row[0], let paragraph = row[1].flatMap({ Int($0) }), let excerpt = row[2] else { return nil }
                return SourceRef(
                    source: source, paragraph: paragraph, excerpt: excerpt, role: row[3].flatMap(SourceRef.Role.init(rawValue:)) ?? .reported)
            }
        }
    }
}

/// The `where` and `according to` of a query as one truth, with what the answer's notes need.
struct SQLSelection {
    /// The truth of a row: 2 kept, 1 possibly, 0 not.
    var truth = "2"
    /// With `possibly` in the condition: the truth read strictly, to mark the rows kept only possibly.
    var strictTruth: String?
    var helpers: [String] = []
    var crossings: [(test: String, note: String)] = []
    /// The condition's text, for the note on rows that might match.
    var conditionText: String?

    init(_ clauses: Clauses, _ entity: SQLEntity, _ context: SQLQueryContext) throws(Diagnostic) {
        if let filter = clauses.filter {
            var condition = SQLCondition(dialect: context.dialect, catalog: context.catalog, field: entity.field)
            truth = try condition.truth(filter)
            helpers = condition.helpers
            crossings = condition.crossings
            if filter.mentionsPossibly {
                var strict = SQLCondition(dialect: context.dialect, catalog: context.catalog, field: entity.field, strict: true)
                // Compiled the same way, it names the same event tables (ev1, ...) as the first.
                strictTruth = try strict.truth(filter)
            }
            conditionText = clauses.filterRange.map(context.evaluator.text(of:))
        }
        if let name = clauses.accordingTo, let claimant = entity.saidBy.flatMap(entity.field) {
            let side = try ActorResolver(model: context.catalog).side(name, phrase: "according to")
            let condition = SQLCondition(dialect: context.dialect, catalog: context.catalog, field: entity.field)
            let said = context.dialect.truth(condition.holds(claimant, side.ids))
            truth = truth == "2" ? said : context.dialect.least(truth, said)
            if let crossing = side.crossing { crossings.append((condition.holds(claimant, crossing.ids), crossing.note)) }
        }
    }

    /// The notes a selection gives: rows that might match, governments taken in for a state.
    func notes(possible: Int, crossed: [Bool], entity: Entity) -> [String] {
        var notes: [String] = []
        if possible > 0, let conditionText { notes.append(Evaluator.possibleNote(possible, entity, condition: conditionText)) }
        for (index, crossing) in crossings.enumerated() where crossed[index] { notes.append(crossing.note) }
        return notes
    }
}
