import ConflictModel
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import SQLExport

/// The layout's tables as the export fills them, checked against the model they come from.
@Suite struct LayoutTests {
    static let models: [[String]] = [["builtin"], ["timeline"], [TestModels.ged]]

    @Test(arguments: models, SQLDialect.allCases)
    func everyRowHasEveryColumnOfItsTable(paths: [String], dialect: SQLDialect) throws {
        let export = try ExportFiles(TestModels.load(paths), dialect)
        for table in RelationalLayout.tables {
            #expect(export.header(table.name) == table.columns.map(\.name), "\(table.name)")
            for row in export.rows(table.name) {
                #expect(row.count == table.columns.count, "\(table.name): \(row.map(\.text))")
            }
            #expect(export.rows(table.name).count == export.summary.count(table.name), "\(table.name)")
        }
    }

    @Test(arguments: models)
    func theTablesHoldAsManyRowsAsTheModelHasEntries(paths: [String]) throws {
        let model = try TestModels.load(paths).materialized()
        let export = try ExportFiles(model, .duckdb)
        let expected = TestModels.rowCounts(model)
        #expect(Set(expected.keys) == Set(RelationalLayout.tables.map(\.name)))
        for (table, count) in expected { #expect(export.summary.count(table) == count, "\(table)") }
        #expect(model.claims.count > 0 && model.actors.count > 0)
    }

    @Test(arguments: models)
    func primaryKeysAreUniqueAndReferencesNameRowsThatAreThere(paths: [String]) throws {
        let export = try ExportFiles(TestModels.load(paths), .postgres)
        for table in RelationalLayout.tables {
            let rows = export.rows(table.name)
            let keyColumns = table.primaryKey.map { key in table.columns.firstIndex { $0.name == key }! }
            if !keyColumns.isEmpty {
                let keys = rows.map { row in keyColumns.map { row[$0].text } }
                #expect(Set(keys).count == keys.count, "\(table.name) has a repeated key")
            }
            for (index, column) in table.columns.enumerated() {
                guard let parent = column.references else { continue }
                let ids = Set(export.rows(parent).map { $0[0].text })
                for row in rows where !(row[index].text.isEmpty && !row[index].quoted) {
                    #expect(ids.contains(row[index].text), "\(table.name).\(column.name) = \(row[index].text) is in no row of \(parent)")
                }
            }
        }
    }

    @Test func everyTableLoadsAfterTheTablesItRefersTo() {
        var loaded: Set<String> = []
        for table in RelationalLayout.tables {
            for column in table.columns {
                guard let parent = column.references else { continue }
                #expect(parent == table.name || loaded.contains(parent), "\(table.name).\(column.name) refers to \(parent)")
                #expect(RelationalLayout.table(parent).primaryKey == ["id"], "\(parent) is referred to by its id")
            }
            loaded.insert(table.name)
        }
    }

    @Test func figuresAreWrittenAsTheModelShowsThem() throws {
        let export = try ExportFiles(TestModels.load(["builtin"]), .duckdb)
        let claims = RelationalLayout.table("claims").columns.map(\.name)
        let rows = export.rows("claims")
        let first = try #require(rows.first { $0[claims.firstIndex(of: "id")!].text == "1" })
        #expect(first[claims.firstIndex(of: "value")!].text == "297")
        #expect(first[claims.firstIndex(of: "high")!].text == "297")
        // "more than 450": [451, ∞), the high end NULL, never infinity.
        let moreThan = try #require(rows.first { $0[claims.firstIndex(of: "qualifier")!].text == "more than" })
        #expect(moreThan[claims.firstIndex(of: "low")!].text == "451")
        #expect(moreThan[claims.firstIndex(of: "high")!] == CSVReading.Field(text: "", quoted: false))
        #expect(!export.files["claims.csv"]!.contains("inf"))
        #expect(!export.files["claims.csv"]!.contains(".0,"))
    }

    @Test func sqliteWritesNullAsTheMarkerAndBooleansAsNumbers() throws {
        let export = try ExportFiles(TestModels.load(["builtin"]), .sqlite)
        let claims = RelationalLayout.table("claims").columns.map(\.name)
        let moreThan = try #require(export.rows("claims").first { $0[claims.firstIndex(of: "qualifier")!].text == "more than" })
        #expect(moreThan[claims.firstIndex(of: "high")!].text == "\\N")
        #expect(["0", "1"].contains(moreThan[claims.firstIndex(of: "running_total")!].text))
        #expect(export.rows("acts").allSatisfy { ["0", "1"].contains($0[4].text) })
    }

    @Test func theVersionIsInTheSchemaTableAndTheScripts() throws {
        let export = try ExportFiles(TestModels.load(["builtin"]), .postgres)
        #expect(export.rows("conflictq_schema").map { $0.map(\.text) } == [["\(RelationalLayout.version)", "CAMEO 1.1b3"]])
        #expect(export.files["schema.sql"]!.contains("relational layout, version \(RelationalLayout.version), for PostgreSQL"))
    }

    @Test func aStoreExportsAsTheModelFileItWasMadeOf() throws {
        let fromFile = try TestModels.load([TestModels.ged])
        let scratch = try TemporaryDirectory()
        try Data(ModelFiles.exportStore(fromFile)).write(to: URL(fileURLWithPath: scratch.file("ged.cqstore")))
        let fromStore = try TestModels.load([scratch.file("ged.cqstore")])
        #expect(fromStore.rows != nil, "the store keeps its rows as columns")
        #expect(fromStore.eventCount == fromFile.eventCount && fromStore.claimCount == fromFile.claimCount)
        for dialect in SQLDialect.allCases {
            let (a, b) = (try ExportFiles(fromFile, dialect), try ExportFiles(fromStore, dialect))
            for name in SQLExporter.fileNames {
                #expect(a.files[name] == b.files[name], "\(dialect) \(name)")
            }
        }
    }
}
