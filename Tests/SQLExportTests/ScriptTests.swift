import Foundation
import Testing

@testable import SQLExport

/// The schema and load scripts each dialect gets from the one layout.
@Suite struct ScriptTests {
    @Test func columnTypesAreTheDialects() {
        let claims = RelationalLayout.table("claims")
        #expect(SchemaScript.createTable(claims, .sqlite).contains("    high REAL, --"))
        #expect(SchemaScript.createTable(claims, .duckdb).contains("    high DOUBLE, --"))
        #expect(SchemaScript.createTable(claims, .postgres).contains("    high DOUBLE PRECISION, --"))
        #expect(SchemaScript.createTable(claims, .postgres).contains("    id BIGINT NOT NULL, --"))
        #expect(SchemaScript.createTable(claims, .sqlite).contains("    running_total INTEGER NOT NULL, --"))
        #expect(SchemaScript.createTable(claims, .duckdb).contains("    running_total BOOLEAN NOT NULL, --"))
    }

    @Test func keysAreDeclaredAndForeignKeysWhereTheLoaderAllowsThem() {
        let aliases = RelationalLayout.table("actor_aliases")
        for dialect in SQLDialect.allCases {
            #expect(SchemaScript.createTable(aliases, dialect).contains("PRIMARY KEY (actor, position)"))
        }
        #expect(SchemaScript.createTable(aliases, .sqlite).contains("FOREIGN KEY (actor) REFERENCES actors (id)"))
        #expect(SchemaScript.createTable(aliases, .postgres).contains("FOREIGN KEY (actor) REFERENCES actors (id)"))
        #expect(!SchemaScript.createTable(aliases, .duckdb).contains("FOREIGN KEY"))
    }

    @Test func theLastLineOfATableHasNoComma() {
        let text = SchemaScript.createTable(RelationalLayout.table("conflictq_schema"), .sqlite)
        #expect(text.hasSuffix("cameo_version TEXT NOT NULL -- the CAMEO scheme's version, as the vocabulary gives it\n);"))
    }

    @Test(arguments: SQLDialect.allCases)
    func loadReadsEveryTableOnceInTheLayoutsOrder(dialect: SQLDialect) {
        let script = LoadScript.text(dialect)
        let lines = script.split(separator: "\n")
        let loads = lines.filter { $0.hasPrefix(".import") || $0.hasPrefix("COPY") || $0.hasPrefix("\\copy") }
        #expect(loads.count == RelationalLayout.tables.count)
        for (line, table) in zip(loads, RelationalLayout.tables) { #expect(line.contains(" \(table.fileName)") || line.contains("'\(table.fileName)'")) }
        #expect(script.contains("schema.sql"))
    }

    @Test func sqliteRestoresNullsAndUnescapesMarkerLookalikes() {
        #expect(
            LoadScript.nullsRestored("claims", ["note", "high"])
                == "UPDATE claims SET note = CASE WHEN (note <> 'N' AND ltrim(note, '\\') = 'N') THEN "
                + "(CASE WHEN note = '\\N' THEN NULL ELSE substr(note, 2) END) ELSE note END, "
                + "high = CASE WHEN (high <> 'N' AND ltrim(high, '\\') = 'N') THEN "
                + "(CASE WHEN high = '\\N' THEN NULL ELSE substr(high, 2) END) ELSE high END "
                + "WHERE (note <> 'N' AND ltrim(note, '\\') = 'N') OR (high <> 'N' AND ltrim(high, '\\') = 'N');")
        let script = LoadScript.text(.sqlite)
        // One pass a table, and a column that can hold neither NULL nor text is left alone.
        let claims = script.split(separator: "\n").filter { $0.hasPrefix("UPDATE claims ") }
        #expect(claims.count == 1)
        #expect(claims.first?.contains(" high = CASE") == true)
        #expect(claims.first?.contains(" value = CASE") == false)
    }

    @Test(arguments: SQLDialect.allCases)
    func theLookupColumnsAreIndexedOnceTheRowsAreIn(dialect: SQLDialect) {
        let script = LoadScript.text(dialect)
        let index = script.range(of: "CREATE INDEX claims_event ON claims (event);")
        let lastLoad = script.range(of: "statement_sources.csv", options: .backwards)
        #expect(index != nil && lastLoad != nil && index!.lowerBound > lastLoad!.upperBound)
        #expect(script.components(separatedBy: "CREATE INDEX").count == RelationalLayout.indexes.count + 1)
    }
}
