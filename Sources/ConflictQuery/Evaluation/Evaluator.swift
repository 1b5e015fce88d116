import ConflictDiagnostics
import ConflictModel

/// Answers parsed queries against a model.
struct Evaluator {
    let model: ConflictModel
    /// The text the queries were parsed from, to quote them back in notes.
    let source: String
    let isCancelled: () -> Bool
    /// With stored rows, the model with them made entries: for the queries that do not yet read
    /// rows where they lie (`as of`, a measure's description, and any query of a model whose
    /// running totals share a claimant with the rows).
    var whole: () -> ConflictModel
    /// Counts of single incidents a history's notes take in beside the model's own: those an
    /// engine counted and did not fetch (`SQLFetchedAnswer`).
    var incidentsElsewhere = 0

    init(model: ConflictModel, source: String, isCancelled: @escaping () -> Bool, whole: (() -> ConflictModel)? = nil) {
        self.model = model
        self.source = source
        self.isCancelled = isCancelled
        self.whole = whole ?? { model }
    }

    func evaluate(_ query: Query) throws(Diagnostic) -> [ResultTable] {
        if let rows = model.rows, query.clauses?.asOf == nil {
            let lookup = StoredRowLookup(model, rows)
            switch query.kind {
            case .show(let entity, let id):
                if let few = lookup.model(entity, id.text) {
                    return try Description(model: few, rowCandidates: lookup.candidates).show(entity, id)
                }
            case .describe(let name):
                if let few = lookup.model(describing: name.text) {
                    return try Description(model: few, rowEventNames: lookup.eventNames).describe(name)
                }
            case .listing, .aggregate, .history, .discovery: break
            }
        }
        if model.rows != nil && !readsRows(query) {
            return try Evaluator(model: whole(), source: source, isCancelled: isCancelled).evaluate(query)
        }
        if let day = query.clauses?.asOf {
            return try asSeen(on: day).evaluate(query.withoutAsOf).map { table in
                var table = table
                table.notes.append("as of \(day): only what reports published by then carry")
                return table
            }
        }
        if let request = query.chart { return [try chart(request, query)] }
        switch query.kind {
        case .listing(let listing):
            return [try list(listing)]
        case .aggregate(let aggregate):
            return [try Aggregation(evaluator: self).evaluate(aggregate)]
        case .history(let history):
            return [try RevisionHistory(evaluator: self).evaluate(history)]
        case .describe(let name):
            return try Description(model: model).describe(name)
        case .show(let entity, let id):
            return try Description(model: model).show(entity, id)
        case .discovery(let discovery):
            return [try DiscoveryAnswers(model: model).answer(discovery)]
        }
    }

    /// Whether the query is answered on the model as it is, its stored rows read where they lie:
    /// listings, counts and sums of events and claims, charted or not, histories and discovery; and what
    /// never reads an event or a claim (actors, statements, quotes, sources, and actors by what
    /// they said), which the rows cannot change. Not when the model's running totals share a
    /// claimant with the rows (an incident count within a running total's period is the total's).
    private func readsRows(_ query: Query) -> Bool {
        guard query.clauses?.asOf == nil, let rows = model.rows else { return false }
        switch query.kind {
        case .listing(let listing):
            guard listing.actPhrases.isEmpty, [.events, .claims].contains(listing.entity) else { return true }
        case .aggregate(let aggregate):
            if case .entity(let entity) = aggregate.target, ![.events, .claims].contains(entity) { return true }
        case .discovery, .history: return true
        case .describe, .show: return false
        }
        let claimants = rows.claimants
        return !model.claims.contains { $0.runningTotal && claimants.contains($0.claimant) }
    }

    /// A history drawn as lines (or bars), an aggregate as bars: lines join figures in time
    /// order, which an aggregate's groups do not have.
    private func chart(_ request: ChartRequest, _ query: Query) throws(Diagnostic) -> ResultTable {
        switch query.kind {
        case .history(let history):
            return try RevisionHistory(evaluator: self).evaluate(history, drawing: request.kind ?? .line)
        case .aggregate(let aggregate):
            if request.kind == .line {
                throw Diagnostic(
                    "a line joins figures in time order, and an aggregate's groups have none: draw them as bars "
                        + "(chart bars), or chart a history for figures over time", at: request.range)
            }
            return try Aggregation(evaluator: self).evaluate(aggregate, drawing: true)
        case .listing, .describe, .show, .discovery:
            throw Diagnostic("only a history or an aggregate can be charted", at: request.range)
        }
    }

    /// The measures named, each checked against the vocabulary: for aggregates and histories.
    func measureIDs(_ names: [Name]) throws(Diagnostic) -> [String] {
        try names.map { (name: Name) throws(Diagnostic) -> String in
            let id = name.text.lowercased()
            guard model.vocabulary.measure(id) != nil else {
                throw Diagnostic(
                    "unknown measure \"\(name.text)\"", at: name.range,
                    suggestions: Suggestions.close(to: name.text, in: model.vocabulary.measures.map(\.id)))
            }
            return id
        }
    }

    /// The same question asked of the model as a reader on `day` could have known it.
    private func asSeen(on day: PartialDate) -> Evaluator {
        Evaluator(model: whole().asSeen(on: day), source: source, isCancelled: isCancelled)
    }

    private func list(_ listing: Listing) throws(Diagnostic) -> ResultTable {
        if !listing.actPhrases.isEmpty {
            return try ActorsByAct(evaluator: self).list(listing)
        }
        if let first = listing.clauses.groupBy.first {
            if let mistake = attributionMistake(first, listing.entity) { throw mistake }
            throw Diagnostic(
                "a listing is not grouped; count by a field instead: count \(listing.entity.rawValue) by \(first.text)",
                at: first.range)
        }
        switch listing.entity {
        case .actors: return try list(FieldCatalog.actors(model), listing.clauses)
        case .events where model.rows != nil: return try list(RowSets.events(model), listing.clauses)
        case .events: return try list(FieldCatalog.events(model), listing.clauses)
        case .claims where model.rows != nil: return try list(RowSets.claims(model), listing.clauses)
        case .claims: return try list(FieldCatalog.claims(model), listing.clauses)
        case .statements: return try list(FieldCatalog.statements(model), listing.clauses)
        case .quotes: return try list(FieldCatalog.statements(model, quotesOnly: true), listing.clauses)
        case .sources: return try list(FieldCatalog.sources(model), listing.clauses)
        }
    }

    private func list<Record>(_ set: RecordSet<Record>, _ clauses: Clauses) throws(Diagnostic) -> ResultTable {
        let selection = try select(set, clauses)
        var positions = selection.positions
        var notes = selection.positions.isEmpty ? ["no \(set.entity.singular) matches"] : []
        notes += selection.notes
        if !clauses.order.isEmpty {
            positions = try order(positions.map { ($0, set.records[$0]) }, in: set, by: clauses.order).map(\.0)
        }
        if let limit = clauses.limit { positions = Array(positions.prefix(limit)) }
        var fields = set.listed
        if clauses.withIntervals, let interval = set.interval { fields += [interval.low, interval.high] }
        var columns = fields.map { ResultTable.Column($0.name, $0.type) }
        // With `possibly`, each row says whether it matches for certain.
        let marksCertainty = selection.onlyPossible != nil
        if marksCertainty { columns.append(ResultTable.Column("matches", .text)) }
        if clauses.withSources { columns.append(ResultTable.Column("sources", .list)) }
        let rows = positions.map { position in
            let record = set.records[position]
            var values = fields.map { $0.read(record, model) }
            if marksCertainty {
                values.append(.text(selection.onlyPossible?.contains(position) == true ? "possibly" : "certainly"))
            }
            if clauses.withSources { values.append(Self.sourcesCell(set.provenance(record))) }
            return ResultTable.Row(values, provenance: set.provenance(record))
        }
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    /// `by NAME` where NAME is an actor, not a field: `by` only groups, and what an actor claimed
    /// or said is asked with `according to`. Nil when the name is no actor's.
    func attributionMistake(_ name: Name, _ entity: Entity) -> Diagnostic? {
        guard let actor = model.actors(named: name.text).first else { return nil }
        let quoted = actor.name.contains(" ") ? "\"\(actor.name)\"" : actor.name
        return Diagnostic(
            "\"by\" groups by a field, and \(entity.rawValue) have no field \"\(name.text)\"; for what \(actor.name) "
                + "claimed or said, write: according to \(quoted)",
            at: name.range)
    }

    /// The records a query's clauses keep, and what the answer must say about how they were chosen.
    struct Selection {
        /// Positions in the record set of those that certainly pass.
        var positions: [Int]
        /// With `possibly` in the condition: the kept positions that only possibly pass.
        var onlyPossible: Set<Int>?
        /// Records that might pass, left out; a government taken in for a state.
        var notes: [String]
    }

    /// The positions in `set.records` of the records that pass `where` and `according to`, read in
    /// place: for callers that go through many records and need only a little of each.
    func select<Record>(_ set: RecordSet<Record>, _ clauses: Clauses) throws(Diagnostic) -> Selection {
        var tests: [RecordTest<Record>] = []
        var crossings: [GovernmentCrossing<Record>] = []
        var strictTest: RecordTest<Record>?
        if let filter = clauses.filter {
            var compiler = PredicateCompiler(set: set, model: model)
            tests.append(try compiler.compile(filter))
            crossings += compiler.crossings
            if filter.mentionsPossibly {
                var strict = PredicateCompiler(set: set, model: model, strict: true)
                strictTest = try strict.compile(filter)
            }
        }
        if let name = clauses.accordingTo {
            let (test, crossing) = try attribution(set, name)
            tests.append(test)
            if let crossing { crossings.append(crossing) }
        }
        var selected: [Int] = []
        var possible = 0
        var onlyPossible: Set<Int> = []
        try set.records.withUnsafeBufferPointer { (records) throws(Diagnostic) in
            guard let first = records.baseAddress else { return }
            for position in records.indices {
                if position % 4096 == 0 && isCancelled() {
                    throw Diagnostic("cancelled", at: SourceRange(0, 0), kind: .cancelled)
                }
                let record = RecordRef(first + position)
                var truth = Truth.yes
                for index in tests.indices where truth != .no { truth = min(truth, tests[index](record)) }
                switch truth {
                case .yes:
                    selected.append(position)
                    if let strictTest, strictTest(record) != .yes { onlyPossible.insert(position) }
                case .possibly: possible += 1
                case .no: break
                }
            }
        }
        var notes: [String] = []
        if possible > 0, let range = clauses.filterRange {
            notes.append(Self.possibleNote(possible, set.entity, condition: text(of: range)))
        }
        set.records.withUnsafeBufferPointer { records in
            guard let first = records.baseAddress else { return }
            for crossing in crossings
            where selected.contains(where: { crossing.actorIDs(RecordRef(first + $0), model).contains(where: crossing.ids.contains) }) {
                notes.append(crossing.note)
            }
        }
        return Selection(positions: selected, onlyPossible: strictTest == nil ? nil : onlyPossible, notes: notes)
    }

    /// "1 more claim might match: value > 130 is neither certainly true nor certainly false for
    /// it, ..."
    static func possibleNote(_ count: Int, _ entity: Entity, condition: String) -> String {
        let one = count == 1
        let what = one ? entity.singular : entity.rawValue
        let asked = condition.contains(" and ") || condition.contains(" or ") ? "possibly (\(condition))" : "possibly \(condition)"
        return "\(count) more \(what) might match: \(condition) is neither certainly true nor certainly false for "
            + (one ? "it, as its figure or date is known only as a range" : "them, as their figures or dates are known only as ranges")
            + " (where \(asked) lists \(one ? "it" : "them") too)"
    }

    /// `according to X`: only what X, or someone speaking for it or belonging to it, claimed or said.
    private func attribution<Record>(_ set: RecordSet<Record>, _ name: Name) throws(Diagnostic)
        -> (RecordTest<Record>, GovernmentCrossing<Record>?)
    {
        guard let field = set.saidBy else {
            throw Diagnostic("only claims, statements and quotes have someone who said them", at: name.range)
        }
        let side = try ActorResolver(model: model).side(name, phrase: "according to")
        let actorIDs = field.actorIDsReader
        let crossing = side.crossing.map { GovernmentCrossing(actorIDs: actorIDs, ids: $0.ids, note: $0.note) }
        return (PredicateCompiler<Record>.holdsOne(of: side.ids, field, model), crossing)
    }

    /// Sorts records, each with whatever the caller carries beside it, by the `order by` keys.
    func order<Record, Carried>(_ records: [(Carried, Record)], in set: RecordSet<Record>, by keys: [OrderKey]) throws(Diagnostic)
        -> [(Carried, Record)]
    {
        guard !keys.isEmpty else { return records }
        let fields = try keys.map { (key: OrderKey) throws(Diagnostic) in (try set.field(named: key.field), key.descending) }
        let model = self.model
        return records.map { record in (record, fields.map { $0.0.read(record.1, model) }) }
            .sorted { Self.precedes($0.1, $1.1, descending: fields.map(\.1)) }
            .map(\.0)
    }

    /// Compares rows of sort keys; empty values sort last either way.
    static func precedes(_ a: [Value], _ b: [Value], descending: [Bool]) -> Bool {
        for (index, (left, right)) in zip(a, b).enumerated() {
            if left == right { continue }
            if left.isNull { return false }
            if right.isNull { return true }
            let ascending = ValueOrder.less(left, right)
            if ascending == ValueOrder.less(right, left) { continue }
            return descending[index] ? !ascending : ascending
        }
        return false
    }

    /// One cell listing where a row was reported: `national-herald-2026-02-28 ¶2 "…297 fighters…"`.
    static func sourcesCell(_ refs: [SourceRef]) -> Value {
        .list(refs.map { .text("\($0.source) ¶\($0.paragraph) \"\($0.excerpt)\"") })
    }

    /// The query text a span covers, to quote it back in a note.
    func text(of range: SourceRange) -> String {
        let bytes = Array(source.utf8)
        guard range.start <= range.end, range.end <= bytes.count else { return "" }
        return String(decoding: bytes[range.start..<range.end], as: UTF8.self)
    }
}

/// How values sort: figures by their stated value, then the low end of their interval, then its
/// high end (none last), so "nearly 300" comes before an exact 300 and "more than 450" after an
/// exact 450; numbers by value, dates by their first day then their last, everything else by its
/// text without case.
enum ValueOrder {
    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (numericKey(a), numericKey(b)) {
        case (let x?, let y?): return x.value != y.value ? x.value < y.value : x.low != y.low ? x.low < y.low : x.high < y.high
        default: break
        }
        if case .date(let x) = a, case .date(let y) = b {
            return x.firstDay != y.firstDay ? x.firstDay < y.firstDay : x.lastDay < y.lastDay
        }
        return a.text.lowercased() < b.text.lowercased()
    }

    private static func numericKey(_ value: Value) -> (value: Double, low: Double, high: Double)? {
        switch value {
        case .integer(let n): return (Double(n), Double(n), Double(n))
        case .number(let n): return (n, n, n)
        case .quantity(let q): return (q.value, q.low, q.high ?? .infinity)
        default: return nil
        }
    }
}

extension Condition {
    /// Whether `possibly` appears anywhere in it.
    var mentionsPossibly: Bool {
        switch self {
        case .and(let l, let r), .or(let l, let r): return l.mentionsPossibly || r.mentionsPossibly
        case .not(let inner): return inner.mentionsPossibly
        case .possibly: return true
        case .test: return false
        }
    }
}
