/// The SQL engines an export is written for. Each has its own column types, its own bulk loader,
/// and its own way for that loader to tell a missing value (NULL) from an empty text.
public enum SQLDialect: String, CaseIterable, Sendable {
    case sqlite
    case duckdb
    case postgres

    /// The engine's name as its users know it.
    public var engineName: String {
        switch self {
        case .sqlite: "SQLite"
        case .duckdb: "DuckDB"
        case .postgres: "PostgreSQL"
        }
    }

    /// The command that runs `load.sql` in the export's folder, for messages and the README.
    public var loadCommand: String {
        switch self {
        case .sqlite: "sqlite3 conflict.db < load.sql"
        case .duckdb: "duckdb conflict.duckdb < load.sql"
        case .postgres: "psql -v ON_ERROR_STOP=1 -f load.sql"
        }
    }

    /// A column type as the engine spells it. SQLite has no boolean: 0 and 1 in an INTEGER, as its
    /// own documentation advises.
    func typeName(_ type: ColumnType) -> String {
        switch (self, type) {
        case (_, .text): "TEXT"
        case (.sqlite, .integer), (.sqlite, .boolean): "INTEGER"
        case (_, .integer): "BIGINT"
        case (.sqlite, .real): "REAL"
        case (.duckdb, .real): "DOUBLE"
        case (.postgres, .real): "DOUBLE PRECISION"
        case (_, .boolean): "BOOLEAN"
        }
    }

    /// How a CSV field of this dialect says "no value".
    ///
    /// DuckDB's COPY (with `ALLOW_QUOTED_NULLS false`) and PostgreSQL's `\copy ... CSV` read an
    /// unquoted empty field as NULL and a quoted one, `""`, as the empty text. sqlite3's `.import`
    /// reads both as the empty text and has no NULL at all, so a SQLite export writes NULL as `\N`
    /// and its load script turns that into NULL afterwards (`CSVField` escapes a text that
    /// happens to be `\N`).
    var nullStyle: CSVField.NullStyle {
        self == .sqlite ? .marker : .emptyField
    }

    /// Whether foreign keys are declared. DuckDB checks them row by row while it loads, so a
    /// `part_of` that names a later row of the same table would fail; SQLite and PostgreSQL check
    /// them at the end of each statement (SQLite only with `PRAGMA foreign_keys`), when the whole
    /// table is there. DuckDB's tables keep their primary keys; the references are the layout's
    /// all the same, documented with each column.
    var declaresForeignKeys: Bool { self != .duckdb }
}
