import ConflictModel

/// Answers parsed queries against a model.
struct Evaluator {
    let model: ConflictModel
    /// The text the queries were parsed from, to quote them back in notes.
    let source: String
    let isCancelled: () -> Bool

    func evaluate(_ query: Query) throws(Diagnostic) -> [ResultTable] {
        switch query.kind {
        case .listing(let listing):
            return [try list(listing)]
        case .aggregate(let aggregate):
            return [try Aggregation(evaluator: self).evaluate(aggregate)]
        case .describe(let name):
            return try Description(model: model).describe(name)
        case .show(let entity, let id):
            return try Description(model: model).show(entity, id)
        case .discovery(let discovery):
            return [try DiscoveryAnswers(model: model).answer(discovery)]
        }
    }

    private func list(_ listing: Listing) throws(Diagnostic) -> ResultTable {
        if !listing.actPhrase.isEmpty {
            return try ActorsByAct(evaluator: self).list(listing)
        }
        if let first = listing.clauses.groupBy.first {
            throw Diagnostic(
                "a listing is not grouped; count by a field instead: count \(listing.entity.rawValue) by \(first.text)",
                at: first.range)
        }
        switch listing.entity {
        case .actors: return try list(FieldCatalog.actors(model), listing.clauses)
        case .events: return try list(FieldCatalog.events(model), listing.clauses)
        case .claims: return try list(FieldCatalog.claims(model), listing.clauses)
        case .statements: return try list(FieldCatalog.statements(model), listing.clauses)
        case .quotes: return try list(FieldCatalog.statements(model, quotesOnly: true), listing.clauses)
        case .sources: return try list(FieldCatalog.sources(model), listing.clauses)
        }
    }

    private func list<Record>(_ set: RecordSet<Record>, _ clauses: Clauses) throws(Diagnostic) -> ResultTable {
        var records = try select(set, clauses)
        let notes = records.isEmpty ? ["no \(set.entity.singular) matches"] : []
        records = try order(records, in: set, by: clauses.order)
        if let limit = clauses.limit { records = Array(records.prefix(limit)) }
        var fields = set.listedFields.compactMap(set.field)
        if clauses.withIntervals, let low = set.field("low"), let high = set.field("high") { fields += [low, high] }
        var columns = fields.map { ResultTable.Column($0.name, $0.type) }
        if clauses.withSources { columns.append(ResultTable.Column("sources", .list)) }
        let rows = records.map { record in
            var values = fields.map { $0.read(record, model) }
            if clauses.withSources { values.append(Self.sourcesCell(set.provenance(record))) }
            return ResultTable.Row(values, provenance: set.provenance(record))
        }
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    /// The records that pass `where`, `by NAME` and `according to`.
    func select<Record>(_ set: RecordSet<Record>, _ clauses: Clauses) throws(Diagnostic) -> [Record] {
        try positions(in: set, passing: clauses).map { set.records[$0] }
    }

    /// The positions in `set.records` of the records that pass `where`, `by NAME` and `according to`:
    /// for callers that go through many records and need only a little of each.
    func positions<Record>(in set: RecordSet<Record>, passing clauses: Clauses) throws(Diagnostic) -> [Int] {
        var tests: [RecordTest<Record>] = []
        if let filter = clauses.filter {
            tests.append(try PredicateCompiler(set: set, model: model).compile(filter))
        }
        for name in [clauses.saidBy, clauses.accordingTo].compactMap({ $0 }) {
            tests.append(try attribution(set, name))
        }
        var selected: [Int] = []
        try set.records.withUnsafeBufferPointer { (records) throws(Diagnostic) in
            guard let first = records.baseAddress else { return }
            for position in records.indices {
                if position % 4096 == 0 && isCancelled() {
                    throw Diagnostic("cancelled", at: SourceRange(0, 0), kind: .cancelled)
                }
                if tests.allSatisfy({ $0(RecordRef(first + position)) }) { selected.append(position) }
            }
        }
        return selected
    }

    /// `according to X` and `by X`: only what X, or someone speaking for X, claimed or said.
    private func attribution<Record>(_ set: RecordSet<Record>, _ name: Name) throws(Diagnostic) -> RecordTest<Record> {
        guard let field = set.field("claimant") ?? set.field("speaker") else {
            throw Diagnostic("only claims, statements and quotes have someone who said them", at: name.range)
        }
        let isOnSide = PredicateCompiler<Record>.membership(try ActorResolver(model: model).side(name))
        let actorIDs = field.actorIDsReader
        let model = self.model
        return { record in actorIDs(record, model).contains(where: isOnSide) }
    }

    func order<Record>(_ records: [Record], in set: RecordSet<Record>, by keys: [OrderKey]) throws(Diagnostic) -> [Record] {
        guard !keys.isEmpty else { return records }
        let fields = try keys.map { (key: OrderKey) throws(Diagnostic) in (try set.field(named: key.field), key.descending) }
        let model = self.model
        return records.map { record in (record, fields.map { $0.0.read(record, model) }) }
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

/// How values sort: numbers by value, dates by day, everything else by its text without case.
enum ValueOrder {
    static func less(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): return x < y
        case (.quantity(let x), .quantity(let y)): return x.value < y.value
        case (.integer(let x), .quantity(let y)): return Double(x) < y.value
        case (.quantity(let x), .integer(let y)): return x.value < Double(y)
        case (.date(let x), .date(let y)): return x < y
        default: return a.text.lowercased() < b.text.lowercased()
        }
    }
}
