import ConflictModel

/// `conflictq export --sql`: a model as the files an SQL engine loads, `schema.sql`, `load.sql`
/// and one CSV file a table of `RelationalLayout`.
public enum SQLExporter {
    /// What an export wrote: each table's name and its number of rows, in the layout's order.
    public struct Summary: Sendable {
        public let rows: [(table: String, count: Int)]

        public func count(_ table: String) -> Int? { rows.first { $0.table == table }?.count }
    }

    /// The names of the files an export writes, the scripts first.
    public static var fileNames: [String] { ["schema.sql", "load.sql"] + RelationalLayout.tables.map(\.fileName) }

    /// Writes the export through `open`, which gives, for each file name, where its bytes go (in
    /// chunks, in order). Throws what `open` or a write throws.
    public static func write(
        _ model: ConflictModel, dialect: SQLDialect, open: (String) throws -> ([UInt8]) throws -> Void
    ) throws -> Summary {
        try open("schema.sql")(Array(SchemaScript.text(dialect).utf8))
        try open("load.sql")(Array(LoadScript.text(dialect).utf8))
        var files: [String: TableFile] = [:]
        for table in RelationalLayout.tables { files[table.name] = TableFile(table, dialect: dialect, output: try open(table.fileName)) }
        var rows = ModelRows(model) { table, values in
            guard let file = files[table] else { preconditionFailure("no table \(table) in the layout") }
            try file.append(values)
        }
        try rows.write()
        var counts: [(String, Int)] = []
        for table in RelationalLayout.tables {
            let file = files[table.name]!
            try file.finish()
            counts.append((table.name, file.rows))
        }
        return Summary(rows: counts)
    }
}
