import ConflictModel
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import DataSetImport

/// GDELT event exports: 80 real rows of a 2.0 export, and rows of our own for the layouts and problems.
@Suite struct GDELTImportTests {
    static let fixture = PackagePaths.root + "/Tests/DataSetImportTests/Fixtures/gdelt-2.0-export-rows.tsv"

    private func importing(_ bytes: [UInt8]) -> DataSetImporter.Result {
        DataSetImporter(.gdelt, release: nil, known: UCDPImportTests.known)
            .read([DataSetImporter.File(name: "gdelt.tsv", bytes: bytes)])
    }

    /// A row of GDELT 2.0's 61 columns with the given cells, the others empty.
    static func row(_ cells: [String: String], columns: [String] = GDELT.columns) -> String {
        columns.map { cells[$0] ?? "" }.joined(separator: "\t")
    }

    static let consult = [
        "GLOBALEVENTID": "9001", "SQLDATE": "20191024", "Actor1Code": "PAKGOV", "Actor1Name": "PAKISTAN",
        "Actor2Code": "AFGTAL", "Actor2Name": "TALIBAN", "EventCode": "042", "GoldsteinScale": "1.9", "QuadClass": "1",
        "SOURCEURL": "https://example.org/a",
    ]

    @Test func everyRowOfTheExportIsAStatementAnEventOrAProblem() throws {
        let result = importing(Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture))))
        #expect(result.rows == 80)
        #expect(result.model.events.count + result.model.statements.count + result.problems.count == 80)
        #expect(result.problems.allSatisfy { $0.column == "Actor1Code" })
        #expect(result.model.statements.allSatisfy { $0.record?.dataset == "GDELT" && $0.cameo != nil })
        let text = DataSetImporter.modelFile(result, kind: .gdelt, files: ["gdelt.tsv"])
        #expect(throws: Never.self) { try ModelFiles.load(text: text, path: "gdelt.yaml") }
    }

    @Test func actorCodesResolveAndTheCodeIsKept() throws {
        let result = importing(Array((Self.row(Self.consult) + "\n").utf8))
        let statement = try #require(result.model.statements.first)
        #expect(statement.speaker == "pakistan-government")
        #expect(statement.targets == ["afghan-taliban"])
        #expect(statement.cameo == "042")
        #expect(statement.act == "gdelt-cameo-04")
        #expect(statement.record?.value(of: "GoldsteinScale") == "1.9")
        #expect(statement.sources.first?.excerpt == "SOURCEURL: https://example.org/a")
    }

    @Test func fightingIsAnEventAndAFirstLineOfNamesIsAHeader() throws {
        var fight = Self.consult
        fight["EventCode"] = "190"
        let text = GDELT.columns.joined(separator: "\t") + "\n" + Self.row(fight) + "\n"
        let result = importing(Array(text.utf8))
        let event = try #require(result.model.events.first)
        #expect(event.kind == .clash && event.category == "Fight" && event.subcategory == "190")
        #expect(event.initiators == ["pakistan-government"] && event.targets == ["afghan-taliban"])
        #expect(result.model.statements.isEmpty)
    }

    @Test func version1sLayoutIsKnownByItsColumns() throws {
        let result = importing(Array((Self.row(Self.consult, columns: GDELT.columnsOfVersionOne) + "\n").utf8))
        #expect(result.problems.isEmpty)
        #expect(result.model.statements.count == 1)
    }

    @Test func aReciprocalActOfTheModelGetsParticipants() throws {
        var call = Self.consult
        call["EventCode"] = "040"
        let statement = try #require(importing(Array((Self.row(call) + "\n").utf8)).model.statements.first)
        #expect(statement.act == "consultation")
        #expect(statement.speaker == nil && statement.participants == ["pakistan-government", "afghan-taliban"])
    }

    @Test func anotherLayoutAndABadCodeAreProblems() {
        #expect(importing(Array("a\tb\tc\n".utf8)).problems.map(\.description) == [
            "gdelt.tsv:1: this is not a GDELT events file: its first row has 3 tab-separated fields; GDELT 2.0's have 61, GDELT 1.0's 57 or 58"
        ])
        var bad = Self.consult
        bad["EventCode"] = "99"
        #expect(importing(Array((Self.row(bad) + "\n").utf8)).problems.map(\.description) == [
            "gdelt.tsv:1: column EventCode: \"99\" is not a CAMEO event code (two to four digits, 01 to 20 first)"
        ])
    }
}
