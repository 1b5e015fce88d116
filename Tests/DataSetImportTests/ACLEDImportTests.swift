import ConflictModel
import Foundation
import ModelFileFormat
import TestSupport
import Testing

@testable import DataSetImport

/// ACLED rows, all of our own (ACLED's terms forbid passing its rows on), in its layouts before
/// and after the 2023 change.
@Suite struct ACLEDImportTests {
    static let fixture = PackagePaths.root + "/Tests/DataSetImportTests/Fixtures/acled-own-rows.csv"
    static let oldHeader =
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
        + "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
        + "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
    static let oldRow =
        "1,586,PAK100,100,08 November 2022,2022,1,Battles,Armed clash,Military Forces of Pakistan (2018-),,1,"
        + "TTP: Tehrik-i-Taliban Pakistan,,2,12,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Bannu,,Bannu,32.98,70.6,1,"
        + "Dawn,National,Soldiers and TTP fighters clashed.,5,1668000000,PAK"

    private func importing(_ text: String) -> DataSetImporter.Result {
        DataSetImporter(.acled, release: nil, known: UCDPImportTests.known)
            .read([DataSetImporter.File(name: "acled.csv", bytes: Array(text.utf8))])
    }

    @Test func theCurrentLayoutGivesEventsAndACLEDsConservativeFigures() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let result = DataSetImporter(.acled, release: nil, known: UCDPImportTests.known).read([.init(name: "a.csv", bytes: bytes)])
        #expect(result.problems.isEmpty)
        #expect(result.model.events.count == 3)
        let clash = try #require(result.model.events.first { $0.id == "acled-pak90001" })
        // A battle's two sides, resolved to the reports' actors; ACLED orders no initiator.
        #expect(clash.sides == ["pakistan-army", "afghan-taliban"])
        #expect(clash.category == "Battles" && clash.subcategory == "Armed clash")
        #expect(clash.record?.id == "PAK90001" && clash.record?.value(of: "source_scale") == "National")
        let strike = try #require(result.model.events.first { $0.id == "acled-afg80002" })
        #expect(strike.kind == .airStrike)
        #expect(strike.initiators == ["pakistan-army"] && strike.targets == ["afghanistan"])
        #expect(strike.dateNote == "ACLED knows the date only to the week")
        // Known only to the month, the protest's date is the month.
        #expect(result.model.events.first { $0.id == "acled-pak90003" }?.date == PartialDate(year: 2025, month: 10))
        let figures = result.model.claims.map(\.quantity)
        #expect(figures == [Quantity(23, .atLeast), Quantity(10, .atLeast), Quantity(0, .atLeast)])
        #expect(result.model.claims.allSatisfy { $0.claimant == "acled" && $0.party == nil })
    }

    @Test func theLayoutBefore2023WithCodesAndWrittenDatesIsRead() throws {
        let result = importing(Self.oldHeader + "\n" + Self.oldRow + "\n")
        #expect(result.problems.isEmpty, "\(result.problems)")
        let event = try #require(result.model.events.first)
        #expect(event.date == PartialDate("2022-11-08"))
        #expect(event.sides == ["pakistan-army", "ttp"])
        #expect(event.record?.value(of: "iso3") == "PAK")
    }

    @Test(arguments: [
        ("inter1", "9", "column inter1: \"9\" is no ACLED actor type; expected 0 to 8 or State forces, Rebel group"),
        ("fatalities", "many", "column fatalities: \"many\" is not a whole number of 0 or more"),
        ("event_date", "31 February 2022", "column event_date: \"31 February 2022\" is not a day"),
        ("time_precision", "4", "column time_precision: \"4\" is no time precision"),
        ("actor1", "", "column actor1: is empty, and every row needs it"),
    ])
    func aBadValueIsAnErrorNamingItsLineAndColumn(column: String, value: String, message: String) throws {
        let names = Self.oldHeader.split(separator: ",").map(String.init)
        var values = Self.oldRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        values[try #require(names.firstIndex(of: column))] = value
        values[names.firstIndex(of: "event_id_cnty")!] = "PAK101"
        let result = importing(Self.oldHeader + "\n" + Self.oldRow + "\n" + values.joined(separator: ",") + "\n")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.description.hasPrefix("acled.csv:3: " + message) == true, "\(result.problems)")
        #expect(result.model.events.count == 1)
    }

    @Test func theImportLoadsAsAModelFileOfItsOwn() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Self.fixture)))
        let result = DataSetImporter(.acled, release: nil, known: UCDPImportTests.known).read([.init(name: "a.csv", bytes: bytes)])
        let text = DataSetImporter.modelFile(result, kind: .acled, files: ["a.csv"])
        let model = try ModelFiles.load(text: text, path: "acled.yaml")
        #expect(model.claims.count == 3)
    }
}
