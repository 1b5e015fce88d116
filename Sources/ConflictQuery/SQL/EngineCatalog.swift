import ConflictDiagnostics
import ConflictModel
import SQLExport

/// What the compiler must know of an engine's data before it compiles anything: the layout's
/// version, the vocabulary, and the actors with their aliases and hierarchy. These are small
/// (thousands of actors for a million events) and are read once, when the engine is opened, as a
/// model with no events, claims or statements: names resolve, `within` walks the hierarchy and
/// errors suggest close names exactly as on a model file.
public enum EngineCatalog {
    /// The engine's catalog, or an error saying why it cannot be read: no conflictq tables, or
    /// tables of a layout version this conflictq was not written for.
    public static func load(_ connection: any SQLConnection) throws(SQLEngineError) -> ConflictModel {
        let never: @Sendable () -> Bool = { false }
        let version: [[String?]]
        do {
            version = try connection.rows("SELECT version, cameo_version FROM conflictq_schema", isCancelled: never)
        } catch {
            guard error.kind == .server else { throw error }
            throw SQLEngineError(
                .connection,
                "\(connection.location) holds no conflictq tables (\(error.message)); load an export into it first: "
                    + "conflictq export --sql \(connection.dialect.rawValue) --output DIR, then \(connection.dialect.loadCommand) in DIR")
        }
        guard version.count == 1, let written = version[0][0].flatMap({ Int($0) }) else {
            throw SQLEngineError(.connection, "\(connection.location): conflictq_schema must hold one row, with the layout's version")
        }
        guard written == RelationalLayout.version else {
            throw SQLEngineError(
                .connection,
                "\(connection.location) holds conflictq's relational layout version \(written), and this conflictq reads "
                    + "version \(RelationalLayout.version): export the model again with this conflictq")
        }
        func rows(_ sql: String) throws(SQLEngineError) -> [[String?]] { try connection.rows(sql, isCancelled: never) }
        let units = try rows("SELECT id, description, continues FROM units").map {
            Unit(id: $0[0] ?? "", description: $0[1] ?? "", continues: $0[2])
        }
        let measures = try rows("SELECT id, description, unit FROM measures").map {
            Measure(id: $0[0] ?? "", description: $0[1] ?? "", unit: $0[2])
        }
        var verbs: [String: [String]] = [:]
        for row in try rows("SELECT act, verb FROM act_verbs ORDER BY act, position") {
            verbs[row[0] ?? "", default: []].append(row[1] ?? "")
        }
        let acts = try rows("SELECT id, label, cameo, cameo_name, reciprocal FROM acts").map {
            Act(
                id: $0[0] ?? "", label: $0[1] ?? "", verbs: verbs[$0[0] ?? ""] ?? [], cameo: $0[2] ?? "", cameoName: $0[3] ?? "",
                reciprocal: ["1", "t", "true"].contains(($0[4] ?? "").lowercased()))
        }
        var aliases: [String: [String]] = [:]
        for row in try rows("SELECT actor, alias FROM actor_aliases ORDER BY actor, position") {
            aliases[row[0] ?? "", default: []].append(row[1] ?? "")
        }
        var actorSources: [String: [SourceRef]] = [:]
        for row in try rows("SELECT actor, source, paragraph, excerpt, role FROM actor_sources ORDER BY actor, position") {
            actorSources[row[0] ?? "", default: []].append(
                SourceRef(
                    source: row[1] ?? "", paragraph: row[2].flatMap { Int($0) } ?? 0, excerpt: row[3] ?? "",
                    role: row[4].flatMap(SourceRef.Role.init(rawValue:)) ?? .reported))
        }
        let actors = try rows("SELECT id, name, kind, role, represents, part_of, note FROM actors ORDER BY position").map {
            Actor(
                id: $0[0] ?? "", name: $0[1] ?? "", aliases: aliases[$0[0] ?? ""] ?? [],
                kind: Actor.Kind(rawValue: $0[2] ?? "") ?? .organisation, role: $0[3], represents: $0[4], partOf: $0[5],
                note: $0[6], sources: actorSources[$0[0] ?? ""] ?? [])
        }
        var wireInputs: [String: [String]] = [:]
        for row in try rows("SELECT source, wire_input FROM source_wire_inputs ORDER BY source, position") {
            wireInputs[row[0] ?? "", default: []].append(row[1] ?? "")
        }
        let sources = try rows("SELECT id, outlet, date, title, url FROM sources ORDER BY position").map {
            Source(
                id: $0[0] ?? "", outlet: $0[1] ?? "", date: $0[2].flatMap(PartialDate.init) ?? PartialDate(year: 1), title: $0[3] ?? "",
                wireInputs: wireInputs[$0[0] ?? ""] ?? [], url: $0[4])
        }
        let cameo = version[0][1] ?? Vocabulary().cameoVersion
        return ConflictModel(
            vocabulary: Vocabulary(units: units, measures: measures, acts: acts, cameoVersion: cameo), sources: sources,
            actors: actors, events: [], claims: [], statements: [])
    }

    /// Whether the engine's claims hold running totals and breakdowns, read once as the catalog is:
    /// a sum over data that has neither (most data sets have no running totals) is compiled
    /// without the tables that would find them, which engines plan faster.
    public static func facts(_ connection: any SQLConnection) throws(SQLEngineError) -> SQLFacts {
        // EXISTS stops at the first such claim; a count read all of them (1.3 s at a million on SQLite).
        let rows = try connection.rows(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM claims WHERE \(connection.dialect.isTrue("running_total"))) THEN 1 ELSE 0 END, "
                + "CASE WHEN EXISTS (SELECT 1 FROM claims WHERE part_of IS NOT NULL) THEN 1 ELSE 0 END", isCancelled: { false })
        guard let row = rows.first, row.count == 2 else { return SQLFacts() }
        return SQLFacts(runningTotals: row[0] != "0", breakdowns: row[1] != "0")
    }

    /// The part of a model the compiler reads: for `.sql` on a model file, which needs no engine.
    public static func of(_ model: ConflictModel) -> ConflictModel {
        ConflictModel(
            vocabulary: model.vocabulary, sources: model.sources, actors: model.actors, events: [], claims: [], statements: [])
    }
}

/// What the data holds that changes how a sum must be compiled.
public struct SQLFacts: Hashable, Sendable {
    /// Some claim is a running total: sums and extremes keep each series' latest.
    public var runningTotals: Bool
    /// Some claim is part of a total: sums weigh totals against their parts.
    public var breakdowns: Bool

    /// Not knowing, the compiler assumes both.
    public init(runningTotals: Bool = true, breakdowns: Bool = true) {
        self.runningTotals = runningTotals
        self.breakdowns = breakdowns
    }

    /// What a model's claims hold, for `.sql` on a model.
    public init(of model: ConflictModel) {
        self.init(runningTotals: model.claims.contains(where: \.runningTotal), breakdowns: model.claimCount > model.claims.count || model.claims.contains { $0.partOf != nil })
    }
}
