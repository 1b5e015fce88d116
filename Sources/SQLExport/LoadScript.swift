/// `load.sql`: the schema, then every table's CSV file through the engine's own bulk loader, run
/// from the export's folder (the loaders read the files' names relative to it).
enum LoadScript {
    static func text(_ dialect: SQLDialect) -> String {
        let header = """
            -- Loads conflictq's export into \(dialect.engineName). Run it in this folder:
            --   \(dialect.loadCommand)
            -- It stops at the first error.

            """
        switch dialect {
        case .sqlite: return header + sqlite()
        case .duckdb: return header + duckdb()
        case .postgres: return header + postgres()
        }
    }

    /// sqlite3's `.import`, which reads every field as text (the columns' types turn numbers into
    /// numbers) and has no NULL: the columns that may hold `\N` are put right after it, all of a
    /// table's in one pass over it (one a column took 239 s of a million events' load).
    private static func sqlite() -> String {
        var lines = [".bail on", ".read schema.sql", "BEGIN;"]
        for table in RelationalLayout.tables {
            lines.append(".import --csv --skip 1 \(table.fileName) \(table.name)")
            let columns = table.columns.filter { $0.optional || $0.type == .text }.map(\.name)
            if !columns.isEmpty { lines.append(nullsRestored(table.name, columns)) }
        }
        lines.append("COMMIT;")
        return lines.joined(separator: "\n") + "\n" + indexes()
    }

    /// `\N` becomes NULL, and a text escaped as `\\N` (or `\\\N`...) loses the backslash added to it;
    /// every other cell is left as it is.
    static func nullsRestored(_ table: String, _ columns: [String]) -> String {
        func escaped(_ column: String) -> String { "(\(column) <> 'N' AND ltrim(\(column), '\\') = 'N')" }
        let settings = columns.map { column in
            "\(column) = CASE WHEN \(escaped(column)) THEN (CASE WHEN \(column) = '\\N' THEN NULL ELSE substr(\(column), 2) END) "
                + "ELSE \(column) END"
        }
        return "UPDATE \(table) SET " + settings.joined(separator: ", ") + " WHERE "
            + columns.map(escaped).joined(separator: " OR ") + ";"
    }

    /// The indexes of `RelationalLayout.indexes`, made once the rows are in: faster than keeping
    /// them up to date row by row.
    static func indexes() -> String {
        RelationalLayout.indexes.map { index in
            "CREATE INDEX \(index.table)_\(index.columns.joined(separator: "_")) ON \(index.table) (\(index.columns.joined(separator: ", ")));\n"
        }.joined()
    }

    /// DuckDB's COPY, told that only an unquoted empty field is NULL.
    private static func duckdb() -> String {
        var lines = [".bail on", ".read schema.sql", "BEGIN TRANSACTION;"]
        for table in RelationalLayout.tables {
            lines.append(
                "COPY \(table.name) FROM '\(table.fileName)' "
                    + "(FORMAT csv, HEADER true, DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULL '', ALLOW_QUOTED_NULLS false);")
        }
        lines.append("COMMIT;")
        return lines.joined(separator: "\n") + "\n" + indexes()
    }

    /// psql's `\copy`, which reads the files on the client's side; in CSV an unquoted empty field
    /// is NULL and `""` the empty text. The files are UTF-8 whatever the client's encoding.
    private static func postgres() -> String {
        var lines = ["\\set ON_ERROR_STOP on", "BEGIN;", "\\ir schema.sql"]
        for table in RelationalLayout.tables {
            lines.append("\\copy \(table.name) FROM '\(table.fileName)' WITH (FORMAT csv, HEADER true, NULL '', ENCODING 'UTF8')")
        }
        lines.append(indexes() + "COMMIT;")
        return lines.joined(separator: "\n") + "\n"
    }
}
