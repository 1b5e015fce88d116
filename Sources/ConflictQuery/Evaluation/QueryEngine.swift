import ConflictDiagnostics
import ConflictModel
import SQLExport
import Synchronization

/// The language's one entry point: text in, result tables out.
public struct QueryEngine: Sendable {
    public let model: ConflictModel
    /// The model with a store's rows made entries, made the first time a query needs it.
    private let whole: WholeModel

    /// With an engine, queries are compiled to its SQL and run there; `model` is then its catalog.
    public let engine: (any SQLConnection)?
    /// With an engine, what its claims hold (`EngineCatalog.facts`); a model's are read from it
    /// only when `.sql` asks, never at start-up.
    private let facts: SQLFacts?
    /// With an engine, the values of fields it was asked for, for completion.
    private let valuesAsked = AskedValues()

    public init(model: ConflictModel) {
        self.model = model
        self.whole = WholeModel(model)
        self.engine = nil
        self.facts = nil
    }

    /// Queries answered by an SQL engine holding the relational layout, whose actors and
    /// vocabulary `catalog` holds (`EngineCatalog.load`).
    public init(engine: any SQLConnection, catalog: ConflictModel, facts: SQLFacts = SQLFacts()) {
        self.model = catalog
        self.whole = WholeModel(catalog)
        self.engine = engine
        self.facts = facts
    }

    /// Runs every query in `text` (queries may be separated by `;`), and returns their answers in order.
    public func run(_ text: String) throws(Diagnostic) -> [ResultTable] {
        switch try run(text, isCancelled: { false }) {
        case .answered(let tables): return tables
        case .cancelled: return []
        }
    }

    /// The same, asking `isCancelled` at safe points: when it says yes, the queries stop and the
    /// outcome is `.cancelled`, which is not an error.
    public func run(_ text: String, isCancelled: @escaping () -> Bool) throws(Diagnostic) -> QueryOutcome {
        let queries = try Parser.parse(text)
        if let engine { return try SQLEvaluation(connection: engine, catalog: model, facts: facts ?? SQLFacts()).run(queries, source: text, isCancelled: isCancelled) }
        let whole = self.whole
        let evaluator = Evaluator(model: model, source: text, isCancelled: isCancelled, whole: { whole.model })
        var tables: [ResultTable] = []
        do {
            for query in queries { tables += try evaluator.evaluate(query) }
        } catch {
            // The evaluator unwinds with a cancellation; it reaches the caller as an outcome.
            if error.kind == .cancelled { return .cancelled }
            throw error
        }
        // A value of the rows found out of range makes every answer read since doubtful.
        if let offset = model.rows?.damagedAt {
            throw Diagnostic("the model's store is damaged at byte \(offset): import its data set again", at: SourceRange(0, 0))
        }
        return .answered(tables)
    }

    /// The SQL statement each query of `text` becomes for `dialect`, over the relational layout:
    /// compiled against the engine's catalog, or against this model's actors and vocabulary.
    public func sql(_ text: String, dialect: SQLDialect) throws(Diagnostic) -> [String] {
        try SQLCompiler(dialect: dialect, catalog: engine == nil ? EngineCatalog.of(model) : model, facts: facts ?? SQLFacts(of: model)).sql(text)
    }

    /// Parses without evaluating: the queries, or the first error.
    public static func parse(_ text: String) throws(Diagnostic) -> [Query] {
        try Parser.parse(text)
    }

    /// True when `text` stops where the grammar needs more: an open parenthesis or string, a
    /// trailing `where`/`and`/`=`. The shell then reads another line instead of reporting an error.
    public static func isIncomplete(_ text: String) -> Bool { incompleteness(text) != nil }

    /// What an unfinished text lacks, or nil when it is finished (or wrong: an error is finished too).
    public static func incompleteness(_ text: String) -> Incompleteness? {
        do {
            _ = try Parser.parse(text)
            return nil
        } catch {
            guard error.kind == .incompleteInput else { return nil }
            return error.message == Lexer.unclosedString ? .openString : .moreNeeded
        }
    }

    /// Why a query is not finished.
    public enum Incompleteness: Hashable, Sendable {
        /// A quoted string is open: only a quote can close it.
        case openString
        /// Something else is needed: a value after `=`, a `)`, a condition after `where`.
        case moreNeeded
    }

    /// What could be typed at `cursor` (a UTF-8 offset into `text`): keywords, fields, measures, acts,
    /// or values from the model, quoted when they need it. With an engine, a field's values are
    /// asked of it, once a field: a second Tab on it asks nothing.
    public func completions(in text: String, at cursor: Int) -> Completions {
        guard let engine else { return Completer(model: model).complete(text, at: cursor) }
        let (catalog, facts, asked) = (model, facts ?? SQLFacts(), valuesAsked)
        return Completer(model: model) { discovery in
            if let table = asked.tables.withLock({ $0[discovery] }) { return table }
            let context = SQLQueryContext(dialect: engine.dialect, catalog: catalog, facts: facts, source: "")
            guard let compiled = try? SQLDiscovery(context: context).compile(discovery), let sql = compiled.sql,
                let rows = try? engine.rows(sql, isCancelled: { false }), let table = try? compiled.read(rows, engine).first
            else { return nil }
            asked.tables.withLock { $0[discovery] = table }
            return table
        }.complete(text, at: cursor)
    }

    /// The words the language gives meaning to, for completion and highlighting.
    public static let keywords: [String] = Keyword.queryStarts + Keyword.allCases.map(\.rawValue).filter {
        !Keyword.queryStarts.contains($0)
    }
}

/// A model whose stored rows are made entries once, when first asked for, and kept.
private final class WholeModel: Sendable {
    private let given: ConflictModel
    private let made = Mutex<ConflictModel?>(nil)

    init(_ model: ConflictModel) { given = model }

    var model: ConflictModel {
        guard given.rows != nil else { return given }
        return made.withLock { made in
            if let made { return made }
            made = given.materialized()
            return made!
        }
    }
}

/// An engine's answers to `values of FIELD`, kept for completion: a Tab on a field asks once.
private final class AskedValues: Sendable {
    let tables = Mutex<[Discovery: ResultTable]>([:])
}

/// How running queries ended, when it was not with an error.
public enum QueryOutcome: Hashable, Sendable {
    case answered([ResultTable])
    /// The user stopped it (Ctrl-C) before it finished.
    case cancelled
}

/// Candidates for the word being typed, and the span of text they replace.
public struct Completions: Hashable, Sendable {
    public var replacing: SourceRange
    public var candidates: [String]

    public init(replacing: SourceRange, candidates: [String]) {
        self.replacing = replacing
        self.candidates = candidates
    }
}
