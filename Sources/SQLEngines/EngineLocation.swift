import SQLExport

/// Where an engine is, as `--engine` names it: `sqlite:FILE`, `duckdb:FILE`, `postgres://...`.
public struct EngineLocation: Hashable, Sendable {
    public var dialect: SQLDialect
    public var address: String
}
