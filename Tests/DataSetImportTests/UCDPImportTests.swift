import ConflictModel
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import DataSetImport

/// UCDP GED rows read into the model: the fixture of 169 real rows, and rows of our own for each
/// problem a file can have.
@Suite struct UCDPImportTests {
    static let fixture = PackagePaths.root + "/Tests/DataSetImportTests/Fixtures/ged-afghanistan-pakistan.csv"
    static let known = try! ModelFiles.load([ShippedModels.timeline, DataSetImporter.aliasTable])
    static let header =
        "id,relid,year,type_of_violence,conflict_new_id,conflict_name,dyad_name,side_a,side_b,where_prec,where_coordinates,"
        + "latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low"
    static let good = "7,PAK-1,2010,1,209,Pakistan: Government,Government of Pakistan - TTP,Government of Pakistan,TTP,1,"
        + "Bara town,33.9,71.4,Pakistan,1,2010-05-01,2010-05-02,1,2,3,4,10,12,9"

    private func importing(_ text: String) -> DataSetImporter.Result {
        DataSetImporter(.ucdp, release: "23.1", known: Self.known)
            .read([DataSetImporter.File(name: "ged.csv", bytes: Array(text.utf8))])
    }

    @Test func everyRowOfTheFixtureIsAnEventWithItsFiveFigures() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let result = DataSetImporter(.ucdp, release: "23.1", known: Self.known).read([.init(name: "ged.csv", bytes: bytes)])
        #expect(result.rows == 169)
        #expect(result.problems.isEmpty)
        // The nine rows whose low, best and high disagree are imported, each with a warning.
        #expect(result.warnings.count == 9)
        let rowEvents = result.model.events.filter { $0.kind != .conflict }
        #expect(rowEvents.count == 169)
        // Five figures a row, but no zero for the side B of one-sided violence, which is the civilians.
        let oneSided = rowEvents.filter { $0.category == "one-sided violence" }.count
        #expect(result.model.claims.count == 169 * 5 - oneSided)
        #expect(result.model.claims.allSatisfy { $0.claimant == "ucdp" })
    }

    @Test func theDataSetsNamesResolveToTheReportsActors() throws {
        let result = importing(Self.header + "\n" + Self.good + "\n")
        let event = try #require(result.model.events.first { $0.id == "ucdp-7" })
        #expect(event.sides == ["pakistan-government", "ttp"])
        #expect(event.initiators.isEmpty && event.targets.isEmpty)
        #expect(event.dateEnd == PartialDate("2010-05-02"))
        #expect(event.coordinates == Coordinates(latitude: 33.9, longitude: 71.4))
        #expect(event.placePrecision == "exact location")
        #expect(event.record?.value(of: "relid") == "PAK-1")
        #expect(event.partOf == "ucdp-conflict-209")
        let claims = result.model.claims
        let total = try #require(claims.first { $0.partOf == nil })
        #expect(total.quantity == Quantity(10, .about, low: 9, high: 12))
        #expect(claims.filter { $0.partOf == total.id }.map(\.party) == ["pakistan-government", "ttp", "pakistan", nil])
        #expect(result.unresolved.isEmpty)
    }

    @Test func theImportLoadsBesideTheTimelineAndAnswersWithItsNames() throws {
        let result = importing(Self.header + "\n" + Self.good + "\n")
        let text = DataSetImporter.modelFile(result, kind: .ucdp, files: ["ged.csv"])
        let scratch = try TemporaryDirectory()
        try scratch.write(text, to: "ged.yaml")
        let model = try ModelFiles.load([ShippedModels.timeline, scratch.file("ged.yaml")])
        #expect(model.claims.filter { $0.claimant == "ucdp" && $0.party == "ttp" }.map(\.quantity.value) == [2])
        // It also stands alone: the actors it names are written in it.
        #expect(throws: Never.self) { try ModelFiles.load([scratch.file("ged.yaml")]) }
    }

    @Test func theCommittedFixtureModelIsTheImportOfTheFixture() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let name = "Tests/DataSetImportTests/Fixtures/ged-afghanistan-pakistan.csv"
        let result = DataSetImporter(.ucdp, release: "23.1", known: Self.known).read([.init(name: name, bytes: bytes)])
        let committed = try String(
            contentsOfFile: PackagePaths.root + "/Tests/ConflictQueryTests/Models/ged-afghanistan-pakistan.yaml", encoding: .utf8)
        #expect(DataSetImporter.modelFile(result, kind: .ucdp, files: [name]) == committed)
    }

    @Test(arguments: [
        ("deaths_a", "x", "column deaths_a: \"x\" is not a whole number of 0 or more"),
        ("deaths_a", "-1", "column deaths_a: \"-1\" is not a whole number of 0 or more"),
        ("type_of_violence", "4", "column type_of_violence: \"4\" is no type of violence"),
        ("date_end", "2010-04-30", "column date_end: 2010-04-30 is before date_start 2010-05-01"),
        ("date_start", "2010-02-30", "column date_start: \"2010-02-30\" is not a day; expected YYYY-MM-DD (February 2010 has 28 days)"),
        ("best", "11", "column best: the best estimate 11 is not the sum of deaths_a, deaths_b, deaths_civilians and deaths_unknown (10)"),
        ("latitude", "95", "column latitude: (95.0, 71.4) is no place on the earth"),
        ("side_a", "", "column side_a: is empty, and every row needs it"),
    ])
    func aBadValueIsAnErrorNamingItsLineAndColumn(column: String, value: String, message: String) throws {
        let names = Self.header.split(separator: ",").map(String.init)
        var values = Self.good.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        values[try #require(names.firstIndex(of: column))] = value
        let result = importing(Self.header + "\n" + Self.good + "\n" + values.joined(separator: ",") + "\n")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.description.hasPrefix("ged.csv:3: " + message) == true, "\(result.problems)")
        // The bad row leaves nothing behind: one event of the good row, and its conflict.
        #expect(result.model.events.count == 2)
        #expect(result.rowsLeftOut == 1)
    }

    @Test func aFileOfAnotherLayoutIsRefusedByItsHeader() {
        let result = importing("id,event_date,actor1,fatalities\n1,2020-01-01,X,3\n")
        #expect(result.problems.map(\.description) == [
            "ged.csv:1: this is not a UCDP GED file that conflictq knows: its header has no column \"type_of_violence\", "
                + "\"side_a\", \"side_b\", \"country\", \"date_start\", \"date_end\", \"deaths_a\", \"deaths_b\", "
                + "\"deaths_civilians\", \"deaths_unknown\", \"best\", \"low\", \"high\""
        ])
    }

    @Test func olderReleasesNamesOfTheEstimatesAreRead() {
        let old = Self.header.replacingOccurrences(of: "best,high,low", with: "best_est,high_est,low_est")
        let result = importing(old + "\n" + Self.good + "\n")
        #expect(result.problems.isEmpty)
        #expect(result.model.claims.count == 5)
    }

    @Test func anIDGivenTwiceIsAnErrorNamingTheFirst() {
        let result = importing(Self.header + "\n" + Self.good + "\n" + Self.good + "\n")
        #expect(result.problems.map(\.description) == [
            "ged.csv:3: column id: the id 7 was given already, at ged.csv:2; the files of one import are one release, each row once"
        ])
    }

    @Test func aRowOfTheWrongLengthIsAnError() {
        let result = importing(Self.header + "\n1,2,3\n")
        #expect(result.problems.map(\.description) == ["ged.csv:2: the row has 3 fields, the header 24"])
    }

    @Test func theReleaseIsReadFromUCDPsFileNames() {
        #expect(DataSetImporter.release(inFileName: "data/ged231.csv", .ucdp) == "23.1")
        #expect(DataSetImporter.release(inFileName: "GEDEvent_v22_1.csv", .ucdp) == "22.1")
        #expect(DataSetImporter.release(inFileName: "events.csv", .ucdp) == nil)
    }
}
