import ConflictQuery

extension EngineLocation {
    /// The connection to the engine this names, its client program found and, for a file, the
    /// file checked. Nothing is run yet: a PostgreSQL server is first reached by the first query.
    public func connect() throws(SQLEngineError) -> any SQLConnection {
        switch dialect {
        case .sqlite: try SQLiteConnection(file: address)
        case .duckdb: try DuckDBConnection(file: address)
        case .postgres: try PostgresConnection(uri: address)
        }
    }
}
