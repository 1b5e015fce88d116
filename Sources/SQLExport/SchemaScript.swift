/// `schema.sql`: the layout's `CREATE TABLE`s in one dialect, each column with what it holds.
enum SchemaScript {
    static func text(_ dialect: SQLDialect) -> String {
        var text = """
            -- conflictq's relational layout, version \(RelationalLayout.version), for \(dialect.engineName).
            -- Written by `conflictq export --sql \(dialect.rawValue)`; load.sql runs it, then loads the CSV files.
            -- The table conflictq_schema holds the version: a reader checks it before it reads anything else.


            """
        for table in RelationalLayout.tables { text += createTable(table, dialect) + "\n\n" }
        return text
    }

    static func createTable(_ table: Table, _ dialect: SQLDialect) -> String {
        var lines = table.columns.map { column in
            "    \(column.name) \(dialect.typeName(column.type))\(column.optional ? "" : " NOT NULL")"
        }
        var comments = table.columns.map { "-- " + $0.summary }
        if !table.primaryKey.isEmpty {
            lines.append("    PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))")
            comments.append("")
        }
        if dialect.declaresForeignKeys {
            for column in table.columns {
                guard let parent = column.references else { continue }
                lines.append("    FOREIGN KEY (\(column.name)) REFERENCES \(parent) (id)")
                comments.append("")
            }
        }
        let body = lines.indices.map { index in
            let line = lines[index] + (index < lines.count - 1 ? "," : "")
            return comments[index].isEmpty ? line : line + " " + comments[index]
        }
        return "-- \(table.summary)\nCREATE TABLE \(table.name) (\n" + body.joined(separator: "\n") + "\n);"
    }
}
