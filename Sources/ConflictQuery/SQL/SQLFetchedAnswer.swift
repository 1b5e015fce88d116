import ConflictDiagnostics
import ConflictModel
import SQLExport

/// `show`, `describe`, `history`, `actors offering ...`, `as of`, and a sum or a listing ordered by
/// a list field, compiled to the one statement that fetches the entries their answer rests on
/// (`SQLRecordFetch`); the built-in evaluator then answers on the catalog with those entries in it.
///
/// These answers read records in full, series in their order, and what a reader knew on a day:
/// what the engine does best, selecting the few rows out of many, it does, and the rest is the
/// built-in's own code, so an answer cannot drift from the one a model file gives. Each fetch
/// takes every entry the built-in could read for the answer: a described event's parts, however
/// deep, with their figures; the claims a condition might keep, of every measure when a note
/// could count them.
struct SQLFetchedAnswer {
    let context: SQLQueryContext
    private var dialect: SQLDialect { context.dialect }
    private var catalog: ConflictModel { context.catalog }

    init(context: SQLQueryContext) { self.context = context }

    func compile(_ query: Query) throws(Diagnostic) -> CompiledQuery {
        var fetch = SQLRecordFetch(dialect: dialect)
        if let day = query.clauses?.asOf {
            want(knownBy: day, in: &fetch)
            return answering(query, fetch)
        }
        switch query.kind {
        case .show(let entity, let id):
            try want(entity, id, in: &fetch)
            return describing(fetch) { description throws(Diagnostic) in try description.show(entity, id) }
        case .describe(let name):
            try want(describing: name, in: &fetch)
            return describing(fetch) { description throws(Diagnostic) in try description.describe(name) }
        case .history(let history):
            try want(history, in: &fetch)
        case .listing(let listing):
            try want(listing, in: &fetch)
        case .aggregate(let aggregate):
            try want(figuresOf: aggregate, in: &fetch)
        case .discovery:
            preconditionFailure("discovery is compiled to SQL of its own")
        }
        return answering(query, fetch)
    }

    /// The built-in's answer on the fetched entries.
    private func answering(_ query: Query, _ fetch: SQLRecordFetch) -> CompiledQuery {
        let (catalog, source) = (catalog, context.source)
        return CompiledQuery(sql: fetch.sql, tables: { (rows, _) throws(Diagnostic) in
            var evaluator = Evaluator(model: SQLRecordFetch.model(rows, catalog: catalog), source: source, isCancelled: { false })
            evaluator.incidentsElsewhere = SQLRecordFetch.tallies(rows)[Self.incidents] ?? 0
            return try evaluator.evaluate(query)
        })
    }

    /// A `show` or `describe` answer; when nothing is called so, its error lists or suggests the
    /// ids and names of the engine's entries, fetched for the error alone.
    private func describing(
        _ fetch: SQLRecordFetch, _ answer: @escaping (Description) throws(Diagnostic) -> [ResultTable]
    ) -> CompiledQuery {
        let catalog = catalog
        return CompiledQuery(sql: fetch.sql, tables: { (rows, connection) throws(Diagnostic) in
            // For an error's suggestions: none, if the engine cannot give them.
            func texts(_ sql: String) -> [String] {
                guard let connection, let rows = try? connection.rows(sql, isCancelled: { false }) else { return [] }
                return rows.flatMap { $0.map { cell in cell.map { Int($0).map(String.init) ?? $0 } ?? "" } }
            }
            let numbers = SQLRecordFetch.numberLists(rows)
            let description = Description(
                model: SQLRecordFetch.model(rows, catalog: catalog),
                rowCandidates: { entity in
                    switch entity {
                    case .events: texts("SELECT id, name FROM events ORDER BY position")
                    case .claims: texts("SELECT id FROM claims ORDER BY position")
                    case .statements, .quotes: texts("SELECT id FROM statements ORDER BY position")
                    case .actors, .sources: []
                    }
                },
                rowEventNames: { texts("SELECT name FROM events ORDER BY position") },
                claimsOfMeasure: { _ in numbers[Self.measureClaims] ?? [] },
                statementsOfAct: { _ in numbers[Self.actStatements] ?? [] })
            return try answer(description)
        })
    }

    // MARK: - What each answer rests on

    private func want(_ entity: Entity, _ id: Name, in fetch: inout SQLRecordFetch) throws(Diagnostic) {
        switch entity {
        case .claims:
            if let number = Int(id.text) { fetch.claims = "SELECT id FROM claims WHERE id = \(number)" }
        case .statements, .quotes:
            if let number = Int(id.text) { fetch.statements = "SELECT id FROM statements WHERE id = \(number)" }
        case .actors:
            if let actor = catalog.actors(named: id.text).first { want(actor, in: &fetch) }
        case .events:
            try wantEvents(named: id, in: &fetch)
        case .sources:
            break
        }
    }

    /// `describe` tries an actor, an event, an act, a measure and a source, in that order. An
    /// act's statements and a measure's claims are only numbered in the answer: their numbers
    /// are fetched, not their entries, and only when no event is called so.
    private func want(describing name: Name, in fetch: inout SQLRecordFetch) throws(Diagnostic) {
        if let actor = catalog.actors(named: name.text).first { return want(actor, in: &fetch) }
        let key = ConflictModel.nameKey(name.text)
        let noEvent = "NOT EXISTS (SELECT 1 FROM events e WHERE \(try wantEvents(named: name, in: &fetch)))"
        if let act = catalog.vocabulary.acts.first(where: { ([$0.id, $0.label] + $0.verbs).map(ConflictModel.nameKey).contains(key) }) {
            fetch.numberLists.append(
                (Self.actStatements, "SELECT id AS n, position AS p FROM statements WHERE act = \(sqlLiteral(act.id)) AND \(noEvent)"))
        } else if let measure = catalog.vocabulary.measure(key) {
            fetch.numberLists.append(
                (Self.measureClaims, "SELECT id AS n, position AS p FROM claims WHERE measure = \(sqlLiteral(measure.id)) AND \(noEvent)"))
        }
    }

    /// The names of the lists of numbers a description fetches.
    private static let actStatements = "act statements"
    private static let measureClaims = "measure claims"

    /// The events called `name` (by id or name), with every part of them, however deep; the
    /// condition that finds them on `events e`.
    @discardableResult
    private func wantEvents(named name: Name, in fetch: inout SQLRecordFetch) throws(Diagnostic) -> String {
        let key = ConflictModel.nameKey(name.text)
        let named = "(e.id = \(sqlLiteral(key)) OR \(dialect.lowered("e.name", toMatch: [key])) = \(sqlLiteral(key)))"
        fetch.helpers.append(
            "named_e(id) AS (SELECT e.id FROM events e WHERE \(named) "
                + "UNION SELECT x.id FROM events x JOIN named_e n ON x.part_of = n.id)")
        fetch.events = "SELECT id FROM named_e"
        fetch.recordColumnsOf = "SELECT id FROM named_e"
        fetch.claims = "SELECT id FROM claims WHERE event IN (SELECT id FROM named_e)"
        return named
    }

    /// An actor in full: what it, or anyone under it, said, was told, took part in or was spoken
    /// of in; the figures it claimed or that count its side; the events it started or was hit by.
    private func want(_ actor: Actor, in fetch: inout SQLRecordFetch) {
        let members = sqlList(catalog.members(of: actor.id).ids)
        fetch.statements =
            "SELECT id FROM statements WHERE speaker IN \(members) UNION SELECT statement FROM statement_actors WHERE actor IN \(members)"
        fetch.claims = "SELECT id FROM claims WHERE claimant IN \(members) OR party IN \(members)"
        fetch.events = "SELECT event FROM event_actors WHERE role IN ('initiator', 'target') AND actor IN \(members)"
    }

    /// A history: the running totals its condition keeps or might keep, of its measures; of every
    /// measure the claims its notes could count (one that only might match, one that takes in a
    /// government). The other single incidents are only counted, by the engine: a data set's are
    /// most of its claims.
    private func want(_ history: History, in fetch: inout SQLRecordFetch) throws(Diagnostic) {
        let measures = try context.evaluator.measureIDs(history.measures)
        let entity = SQLEntity(.claims, dialect: dialect, catalog: catalog)
        let selection = try SQLSelection(history.clauses, entity, context)
        fetch.helpers += selection.helpers
        let measured = measures.isEmpty ? "1 = 1" : "c.measure IN \(sqlList(measures))"
        let total = dialect.isTrue("c.running_total")
        // A test on a NULL is NULL, neither crossing nor not: as a truth it is one or the other.
        let crossed = selection.crossings.map { "(CASE WHEN \($0.test) THEN 1 ELSE 0 END) = 1" }
        let noted = ["\(selection.truth) = 1"] + crossed
        fetch.claims =
            "SELECT c.id FROM \(entity.tables) WHERE \(selection.truth) >= 1 AND ((\(measured) AND \(total)) OR "
            + noted.joined(separator: " OR ") + ")"
        fetch.tallies.append(
            (
                Self.incidents,
                "SELECT count(*) FROM \(entity.tables) WHERE \(selection.truth) = 2 AND \(measured) AND NOT \(total)"
                    + crossed.map { " AND NOT \($0)" }.joined()
            ))
    }

    /// The tally of a history's single incidents that are not fetched.
    private static let incidents = "incidents"

    /// `as of DAY`: every entry a reader on that day could have known, which the built-in then
    /// reads as that reader (`ConflictModel.asSeen`). An entry is fetched unless every source of
    /// it in the catalog came out later: one with no dated source is known from its own date.
    private func want(knownBy day: PartialDate, in fetch: inout SQLRecordFetch) {
        let end = day.lastDay
        let known = sqlList(catalog.sources.filter { $0.date.withoutTime.lastDay <= end }.map(\.id))
        let all = sqlList(catalog.sources.map(\.id))
        func reported(_ table: String, _ alias: String, _ sources: String, _ owner: String) -> String {
            let cited = "SELECT 1 FROM \(sources) k WHERE k.\(owner) = \(alias).id AND k.source IN"
            return "SELECT \(alias).id FROM \(table) \(alias) WHERE EXISTS (\(cited) \(known)) OR NOT EXISTS (\(cited) \(all))"
        }
        fetch.claims = reported("claims", "c", "claim_sources", "claim")
        fetch.statements = reported("statements", "s", "statement_sources", "statement")
        fetch.events = reported("events", "e", "event_sources", "event")
    }

    /// A sum or extreme by a list field (`SQLCompiler.addsByAList`): every claim its condition
    /// keeps or might keep, of every measure (the notes count those that might), with the totals
    /// they are parts of and the parts they are totals of.
    private func want(figuresOf aggregate: Aggregate, in fetch: inout SQLRecordFetch) throws(Diagnostic) {
        let entity = SQLEntity(.claims, dialect: dialect, catalog: catalog)
        let selection = try SQLSelection(aggregate.clauses, entity, context)
        fetch.helpers += selection.helpers
        fetch.helpers.append("selected_c(id) AS (SELECT c.id FROM \(entity.tables) WHERE \(selection.truth) >= 1)")
        fetch.claims =
            "SELECT id FROM selected_c UNION SELECT part_of FROM claims WHERE id IN (SELECT id FROM selected_c) AND part_of IS NOT NULL "
            + "UNION SELECT id FROM claims WHERE part_of IN (SELECT id FROM selected_c)"
    }

    /// `actors offering ...`: the statements of the acts asked about. A listing ordered by a list
    /// field (`SQLCompiler.ordersByAList`): the entries its condition keeps or might keep; actors
    /// and sources are all in the catalog.
    private func want(_ listing: Listing, in fetch: inout SQLRecordFetch) throws(Diagnostic) {
        guard !listing.actPhrases.isEmpty else {
            let entity = SQLEntity(listing.entity, dialect: dialect, catalog: catalog)
            let selection = try SQLSelection(listing.clauses, entity, context)
            fetch.helpers += selection.helpers
            let kept = "SELECT \(entity.id) FROM \(entity.tables) WHERE \(entity.rowsPassing(selection.truth))"
            switch listing.entity {
            case .claims: fetch.claims = kept
            case .events: fetch.events = kept
            case .statements, .quotes: fetch.statements = kept
            case .actors, .sources: break
            }
            return
        }
        let byAct = ActorsByAct(evaluator: context.evaluator)
        var acts: [String] = []
        for phrase in listing.actPhrases { acts.append(try byAct.matchAct(phrase).0.id) }
        fetch.statements = "SELECT id FROM statements WHERE act IN \(sqlList(acts))"
    }
}
