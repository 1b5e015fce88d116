import ConflictModel
import ConflictQuery
import Foundation
import Testing

@testable import ConflictShell

@Suite struct JSONFormatterTests {
    static let sourced = ResultTable(
        columns: [
            ResultTable.Column("party", .actor), ResultTable.Column("killed", .quantity), ResultTable.Column("date", .date),
            ResultTable.Column("running_total", .bool), ResultTable.Column("note", .text),
        ],
        rows: [
            ResultTable.Row(
                [
                    .actor(id: "afghan-taliban", name: "Afghan Taliban"), .quantity(Quantity(297)),
                    .date(PartialDate(year: 2026, month: 2, day: 28)), .bool(true), .null,
                ],
                provenance: [
                    SourceRef(source: "national-herald-2026-02-28", paragraph: 2, excerpt: "had killed 297 \"fighters\"")
                ]),
            ResultTable.Row(
                [
                    .actor(id: "afghan-taliban", name: "Afghan Taliban"), .quantity(Quantity(450, .moreThan)),
                    .date(PartialDate(year: 2026, month: 2)), .bool(false), .text("line\nbreak\ttab\u{1}"),
                ]),
        ],
        notes: ["a note"])

    @Test func theDocumentIsExactlyAsDocumented() {
        let text = JSONFormatter().format([Self.sourced])
        #expect(
            text == #"""
                {"columns":[{"name":"party","type":"actor"},{"name":"killed","type":"quantity"},{"name":"date","type":"date"},{"name":"running_total","type":"bool"},{"name":"note","type":"text"}],"rows":[{"party":{"id":"afghan-taliban","name":"Afghan Taliban"},"killed":{"value":297,"qualifier":"exact","low":297,"high":297,"text":"exactly 297"},"date":"2026-02-28","running_total":true,"note":null,"sources":[{"source":"national-herald-2026-02-28","paragraph":2,"role":"reported","excerpt":"had killed 297 \"fighters\""}]},{"party":{"id":"afghan-taliban","name":"Afghan Taliban"},"killed":{"value":450,"qualifier":"more than","low":451,"high":null,"text":"more than 450"},"date":"2026-02","running_total":false,"note":"line\nbreak\ttab\u0001","sources":[]}],"notes":["a note"]}

                """#)
    }

    @Test func itParsesBackWithQualifiersIntervalsAndSources() throws {
        let text = JSONFormatter().format([Self.sourced])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(document["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        let moreThan = try #require(rows[1]["killed"] as? [String: Any])
        #expect(moreThan["qualifier"] as? String == "more than")
        #expect(moreThan["low"] as? Int == 451)
        #expect(moreThan["high"] is NSNull)
        #expect(moreThan["text"] as? String == "more than 450")
        #expect(rows[1]["note"] as? String == "line\nbreak\ttab\u{1}")
        let sources = try #require(rows[0]["sources"] as? [[String: Any]])
        #expect(sources.first?["excerpt"] as? String == "had killed 297 \"fighters\"")
        #expect(sources.first?["role"] as? String == "reported")
        #expect(document["notes"] as? [String] == ["a note"])
    }

    /// The ends of an interval are plain numbers, and a source an outlet restates is marked so.
    @Test func intervalEndsAreNumbersAndARestatedSourceSaysSo() {
        let table = ResultTable(
            columns: [ResultTable.Column("low", .number), ResultTable.Column("high", .number)],
            rows: [
                ResultTable.Row(
                    [.number(451), .null],
                    provenance: [SourceRef(source: "s", paragraph: 0, excerpt: "about 300", role: .restated)])
            ])
        #expect(
            JSONFormatter().format([table]) == #"""
                {"columns":[{"name":"low","type":"number"},{"name":"high","type":"number"}],"rows":[{"low":451,"high":null,"sources":[{"source":"s","paragraph":0,"role":"restated","excerpt":"about 300"}]}],"notes":[]}

                """#)
    }

    @Test func oneDocumentPerTableOnePerLine() throws {
        let text = JSONFormatter().format([Self.sourced, TableFormatterTests.casualties])
        let lines = text.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines { _ = try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }

    @Test func aTitleComesFirst() {
        let table = ResultTable(title: "Iran", columns: [])
        #expect(JSONFormatter().format([table]) == #"{"title":"Iran","columns":[],"rows":[],"notes":[]}"# + "\n")
    }

    @Test func repeatedColumnNamesAndSourcesGetKeysOfTheirOwn() {
        #expect(JSONFormatter.rowKeys(["killed", "killed", "sources", "id"]) == ["killed", "killed_2", "sources_2", "id"])
    }

    @Test func numbersAreWholeWhenTheyCanBeAndNeverInfinite() {
        #expect(JSONText.number(297) == "297")
        #expect(JSONText.number(2.5) == "2.5")
        #expect(JSONText.number(.infinity) == "null")
        #expect(JSONText.number(.nan) == "null")
    }

    @Test func nonASCIIStaysUTF8() {
        #expect(JSONText.string("Türkiye ¶ “quoted”") == "\"Türkiye ¶ “quoted”\"")
    }
}
