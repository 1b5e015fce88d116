import ConflictDiagnostics
import ConflictModel

/// Queries answered by an engine: each compiled to one statement, run, and its rows read back.
struct SQLEvaluation {
    let connection: any SQLConnection
    let catalog: ConflictModel
    let facts: SQLFacts

    func run(_ queries: [Query], source: String, isCancelled: @escaping () -> Bool) throws(Diagnostic) -> QueryOutcome {
        let compiler = SQLCompiler(dialect: connection.dialect, catalog: catalog, facts: facts)
        // The engine's client asks from its own thread of waiting; the shell's flag is safe to read from any.
        let cancelled = UncheckedCancel(isCancelled)
        var tables: [ResultTable] = []
        for query in queries {
            let compiled = try compiler.compile(query, source: source)
            var rows: [[String?]] = []
            do {
                if let sql = compiled.sql { rows = try connection.rows(sql, isCancelled: { cancelled.ask() }) }
            } catch {
                if error.kind == .cancelled { return .cancelled }
                throw Self.diagnostic(error, connection, at: query.range)
            }
            tables += try compiled.read(rows, connection)
        }
        return .answered(tables)
    }

    /// An engine's refusal as the shell reports errors: where, and in the engine's words.
    static func diagnostic(_ error: SQLEngineError, _ connection: any SQLConnection, at range: SourceRange) -> Diagnostic {
        let engine = connection.dialect.engineName
        switch error.kind {
        case .connection: return Diagnostic("cannot reach \(engine) at \(connection.location): \(error.message)", at: range)
        case .server, .cancelled: return Diagnostic("\(engine) at \(connection.location) refused the compiled query: \(error.message)", at: range)
        }
    }
}

/// The shell's cancellation flag, handed to an engine's client: it reads an atomic, and asking
/// it from the thread that waits for the engine is safe.
private struct UncheckedCancel: @unchecked Sendable {
    let ask: () -> Bool
    init(_ ask: @escaping () -> Bool) { self.ask = ask }
}
