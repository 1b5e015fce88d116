import ConflictModel
import Testing

private func at(_ paragraph: Int, _ excerpt: String) -> SourceRef { BuiltinFixture.at(paragraph, excerpt) }

/// Every event of the built-in model: the conflict, the operation, the air strikes and the alleged attacks.
@Suite struct BuiltinEventTests {
    let model = BuiltinFixture.model

    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let name: String
        let kind: Event.Kind
        var initiators: [String] = []
        var targets: [String] = []
        var date: PartialDate? = nil
        let dateNote: String?
        let place: String?
        var partOf: String? = nil
        var status: Event.Status = .asserted
        var allegedBy: String? = nil
        let sources: [SourceRef]
        var testDescription: String { id }
    }

    static let rows: [Row] = [
        Row(id: "pakistan-taliban-conflict", name: "Pakistan–Afghan Taliban conflict", kind: .conflict,
            dateNote: "under way on 2026-02-28", place: "Pakistan–Afghanistan border",
            sources: [at(10, "the recent conflict between Pakistan and the Taliban")]),
        Row(id: "ghazab-lil-haq", name: "Operation Ghazab lil-Haq", kind: .operation,
            initiators: ["pakistan"], targets: ["afghan-taliban"],
            dateNote: "ongoing on 2026-02-28; launched after the alleged attacks on 53 locations",
            place: "Afghanistan and the Pakistan–Afghanistan border", partOf: "pakistan-taliban-conflict",
            sources: [
                at(0, "Pak Operation Ghazab lil-Haq escalates tensions"),
                at(1, "as its military operation against them continues"),
                at(4, "Islamabad launched the retaliatory offensive"),
            ]),
        Row(id: "paf-strikes", name: "Pakistan Air Force strikes across Afghanistan", kind: .airStrike,
            initiators: ["pakistan-air-force"], targets: ["afghan-taliban"],
            dateNote: "during Operation Ghazab lil-Haq, to 2026-02-28", place: "across Afghanistan",
            partOf: "ghazab-lil-haq",
            sources: [
                at(3, "the Pakistan Air Force targeted around 29 locations across Afghanistan as part of the operation")
            ]),
        Row(id: "attacks-on-53-locations", name: "Coordinated attacks on 53 locations along the border",
            kind: .attack, initiators: ["afghan-forces"], targets: ["pakistan"],
            dateNote: "before Operation Ghazab lil-Haq", place: "along the Pakistan–Afghanistan border",
            partOf: "pakistan-taliban-conflict", status: .alleged, allegedBy: "pakistan",
            sources: [at(4, "alleging that Afghan forces had carried out coordinated attacks on 53 locations")]),
    ]

    @Test func eventsAreExactlyTheExpectedOnesInOrder() {
        #expect(model.events.map(\.id) == Self.rows.map(\.id))
    }

    @Test(arguments: rows)
    func event(_ expected: Row) throws {
        let event = try #require(model.event(id: expected.id))
        #expect(event.name == expected.name)
        #expect(event.kind == expected.kind)
        #expect(event.initiators == expected.initiators)
        #expect(event.targets == expected.targets)
        #expect(event.date == expected.date)
        #expect(event.dateNote == expected.dateNote)
        #expect(event.place == expected.place)
        #expect(event.partOf == expected.partOf)
        #expect(event.status == expected.status)
        #expect(event.allegedBy == expected.allegedBy)
        #expect(event.sources == expected.sources)
    }

    @Test func onlyTheAttacksOn53LocationsAreAlleged() {
        #expect(model.events.filter { $0.status == .alleged }.map(\.id) == ["attacks-on-53-locations"])
        for event in model.events where event.status == .asserted {
            #expect(event.allegedBy == nil, "\(event.id)")
        }
    }
}
