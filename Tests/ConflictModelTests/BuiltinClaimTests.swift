import ConflictModel
import Testing

private func at(_ paragraph: Int, _ excerpt: String, _ role: SourceRef.Role = .reported) -> SourceRef {
    BuiltinFixture.at(paragraph, excerpt, role)
}

/// Every figure of the built-in model: who states it, about what, how exactly, and where the report gives it.
@Suite struct BuiltinClaimTests {
    let model = BuiltinFixture.model

    struct Row: Sendable, CustomTestStringConvertible {
        let id: Int
        let event: String?
        let measure: String
        let counted: String
        let unit: String
        let party: String?
        let value: Double
        let qualifier: Qualifier
        let low: Double
        let high: Double?
        let claimant: String
        var stance: Claim.Stance = .asserted
        let asOf: PartialDate?
        let runningTotal: Bool
        var note: String? = nil
        let sources: [SourceRef]
        var testDescription: String { "claim \(id): \(measure) \(qualifier.prefix)\(Quantity.format(value)) \(counted)" }
    }

    static let reportDate = BuiltinFixture.reportDate

    static let rows: [Row] = [
        Row(id: 1, event: "ghazab-lil-haq", measure: "killed",
            counted: "Afghan Taliban personnel and allied militants", unit: "people", party: "afghan-taliban",
            value: 297, qualifier: .exact, low: 297, high: 297,
            claimant: "attaullah-tarar", asOf: reportDate, runningTotal: true,
            note: "the headline's \"about 300\" and the lead's \"nearly 300\" are the outlet's roundings of this figure",
            sources: [
                at(0, "About 300 Afghan Taliban personnel, its allied terrorist groups killed", .restated),
                at(1, "nearly 300 Afghan Taliban personnel and allied militants have been killed", .restated),
                at(2, "security forces had killed 297 fighters linked to the Afghan Taliban regime"),
            ]),
        Row(id: 2, event: "ghazab-lil-haq", measure: "injured", counted: "Afghan operatives", unit: "people",
            party: "afghan-taliban", value: 450, qualifier: .moreThan, low: 451, high: nil,
            claimant: "attaullah-tarar", asOf: reportDate, runningTotal: true,
            sources: [at(2, "more than 450 Afghan operatives were injured")]),
        Row(id: 3, event: "ghazab-lil-haq", measure: "destroyed", counted: "posts", unit: "posts", party: "afghan-taliban",
            value: 89, qualifier: .exact, low: 89, high: 89,
            claimant: "attaullah-tarar", asOf: reportDate, runningTotal: true,
            sources: [at(3, "Pakistan destroyed 89 Taliban posts")]),
        Row(id: 4, event: "ghazab-lil-haq", measure: "captured", counted: "posts", unit: "posts", party: "afghan-taliban",
            value: 18, qualifier: .exact, low: 18, high: 18,
            claimant: "attaullah-tarar", asOf: reportDate, runningTotal: true,
            sources: [at(3, "captured 18 others during Operation Ghazab lil-Haq")]),
        Row(id: 5, event: "ghazab-lil-haq", measure: "destroyed", counted: "tanks and armoured vehicles",
            unit: "vehicles", party: "afghan-taliban", value: 135, qualifier: .approximately, low: 121, high: 149,
            claimant: "attaullah-tarar", asOf: reportDate, runningTotal: true,
            sources: [at(3, "approximately 135 tanks and armoured vehicles were also destroyed")]),
        Row(id: 6, event: "paf-strikes", measure: "targeted", counted: "locations", unit: "locations", party: "afghan-taliban",
            value: 29, qualifier: .around, low: 26, high: 32,
            claimant: "attaullah-tarar", asOf: reportDate, runningTotal: true,
            sources: [at(3, "the Pakistan Air Force targeted around 29 locations across Afghanistan")]),
        Row(id: 7, event: "attacks-on-53-locations", measure: "attacked", counted: "locations",
            unit: "locations", party: "pakistan", value: 53, qualifier: .exact, low: 53, high: 53,
            claimant: "pakistan", stance: .alleged, asOf: nil, runningTotal: false,
            note: "an allegation of Islamabad's, made to justify the offensive",
            sources: [at(4, "coordinated attacks on 53 locations")]),
        Row(id: 8, event: nil, measure: "length", counted: "km of border", unit: "km", party: nil,
            value: 2600, qualifier: .moreThan, low: 2601, high: nil,
            claimant: "national-herald", asOf: reportDate, runningTotal: false,
            note: "the Pakistan–Afghanistan border, as the report describes it",
            sources: [at(4, "along the more than 2,600-km border")]),
    ]

    @Test func claimsAreExactlyTheExpectedOnesInOrder() {
        #expect(model.claims.map(\.id) == Self.rows.map(\.id))
    }

    @Test(arguments: rows)
    func claim(_ expected: Row) throws {
        let claim = try #require(model.claim(id: expected.id))
        #expect(claim.event == expected.event)
        #expect(claim.measure == expected.measure)
        #expect(claim.counted == expected.counted)
        #expect(claim.unit == expected.unit)
        #expect(claim.party == expected.party)
        #expect(claim.quantity.value == expected.value)
        #expect(claim.quantity.qualifier == expected.qualifier)
        #expect(claim.quantity.low == expected.low)
        #expect(claim.quantity.high == expected.high)
        #expect(claim.claimant == expected.claimant)
        #expect(claim.stance == expected.stance)
        #expect(claim.asOf == expected.asOf)
        #expect(claim.runningTotal == expected.runningTotal)
        #expect(claim.note == expected.note)
        #expect(claim.sources == expected.sources)
    }

    /// The headline's "About 300", the lead's "nearly 300" and the body's "297" are one figure, not three.
    @Test func theDeathTollIsOneClaimReportedThreeTimes() throws {
        let killed = model.claims.filter { $0.measure == "killed" }
        #expect(killed.map(\.id) == [1])
        let claim = try #require(killed.first)
        #expect(claim.sources.map(\.paragraph) == [0, 1, 2])
        #expect(claim.sources[0].excerpt.hasPrefix("About 300 "))
        #expect(claim.sources[1].excerpt.hasPrefix("nearly 300 "))
        #expect(claim.sources[2].excerpt.contains(" 297 "))
        #expect(claim.sources.map(\.role) == [.restated, .restated, .reported])
        #expect(claim.quantity.description == "exactly 297")
        #expect(claim.quantity.isExact)
        // The rounder wordings allow the exact figure.
        for rounded in [Quantity(300, .about), Quantity(300, .nearly)] {
            #expect(rounded.low <= claim.quantity.value, "\(rounded)")
            #expect(claim.quantity.value <= rounded.high ?? .infinity, "\(rounded)")
        }
        #expect(model.claims.filter { $0.quantity.value == 300 }.isEmpty)
    }

    struct Shown: Sendable, CustomTestStringConvertible {
        let id: Int
        let description: String
        let interval: String
        var testDescription: String { "claim \(id)" }
    }

    @Test(arguments: [
        Shown(id: 1, description: "exactly 297", interval: "[297, 297]"),
        Shown(id: 2, description: "more than 450", interval: "[451, ∞)"),
        Shown(id: 3, description: "exactly 89", interval: "[89, 89]"),
        Shown(id: 4, description: "exactly 18", interval: "[18, 18]"),
        Shown(id: 5, description: "approximately 135", interval: "[121, 149]"),
        Shown(id: 6, description: "around 29", interval: "[26, 32]"),
        Shown(id: 7, description: "exactly 53", interval: "[53, 53]"),
        Shown(id: 8, description: "more than 2600", interval: "[2601, ∞)"),
    ])
    func quantityIsShownAsTheReportWordsIt(_ expected: Shown) throws {
        let claim = try #require(model.claim(id: expected.id))
        #expect(claim.quantity.description == expected.description)
        #expect(claim.quantity.intervalDescription == expected.interval)
    }

    @Test func everyClaimOfTheOperationIsTararsRunningTotal() {
        let operation = model.claims.filter { $0.event == "ghazab-lil-haq" || $0.event == "paf-strikes" }
        #expect(operation.map(\.id) == [1, 2, 3, 4, 5, 6])
        for claim in operation {
            #expect(claim.claimant == "attaullah-tarar", "claim \(claim.id)")
            #expect(claim.runningTotal, "claim \(claim.id)")
        }
    }
}
