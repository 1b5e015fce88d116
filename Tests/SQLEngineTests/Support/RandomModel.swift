/// A small model made at random from a seed, as a model file, for the differential tests: every
/// feature the compiler must keep honest appears in it by chance, at every precision: qualifiers,
/// running totals and their revisions, totals with their parts, denials, partial dates with and
/// without times, an actor hierarchy with a government under its state, an event within an event
/// within an event, a unit that continues another, a name and a text with letters beyond ASCII
/// (capitals among them).
struct RandomModel {
    var generator: SeededGenerator

    static let actors = [
        "northland", "northland-government", "north-army", "spokes", "southland", "south-ministry", "ana", "aerland",
    ]
    static let actorNames = [
        "Northland", "Northland Government", "Northland Army", "Sam Spokes", "Southland", "Southland Ministry",
        "Ana Rivera", "Ærland",
    ]
    static let events = ["war", "raid", "strike", "clash"]
    static let eventNames = ["Border war", "Night raid", "Air strike on the depot", "Hill clash"]
    static let measures = ["killed", "injured", "destroyed"]
    static let qualifiers = ["exact", "approximately", "about", "around", "nearly", "more than", "at least", "up to", "less than"]
    static let stances = ["asserted", "asserted", "asserted", "alleged", "denied"]
    static let counted = ["soldiers", "civilians", "fighters", "people", "Soldiers and police", "ÉLÈVES officiers"]
    static let sources = ["day-1", "day-3", "day-5"]
    /// The figures claims state and queries compare with: few, so that a comparison often meets
    /// a figure at its value or at an end of its interval, where a wrong `<` or `<=` shows.
    static let figures = [0, 1, 9, 10, 11, 50, 90, 99, 100, 101, 110, 250]

    init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
    mutating func chance(_ percent: UInt64) -> Bool { generator.next() % 100 < percent }
    mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(generator.next() % UInt64(range.count)) }

    /// A date at one of the precisions the model format allows, maybe with a time of day.
    mutating func date() -> String {
        switch number(0...5) {
        case 0: return "2026"
        case 1: return "2026-0\(number(2...3))"
        case 2: return "2026-03-0\(number(1...5)) \(number(10...23)):00"
        default: return "2026-0\(number(2...3))-0\(number(1...5))"
        }
    }

    mutating func file() -> String {
        var lines = [
            "conflictq-model: 3",
            "vocabulary:",
            "  units:",
            "    - {id: people, description: people}",
            "    - {id: vehicles, description: vehicles}",
            "    - {id: vehicles-and-guns, description: vehicles and guns, continues: vehicles}",
            "  measures:",
            "    - {id: killed, description: people killed, unit: people}",
            "    - {id: injured, description: people injured, unit: people}",
            "    - {id: destroyed, description: things destroyed}",
            "sources:",
            "  - {id: day-1, outlet: Example Wire, date: \"2026-03-01\", title: First day}",
            "  - {id: day-3, outlet: Example Wire, date: \"2026-03-03\", title: Third day}",
            "  - {id: day-5, outlet: Example Post, date: \"2026-03-05\", title: Fifth day}",
            "actors:",
            "  - {id: northland, name: Northland, aliases: [North], kind: state}",
            "  - {id: northland-government, name: Northland Government, kind: government, part_of: northland}",
            "  - {id: north-army, name: Northland Army, kind: armed force, part_of: northland-government}",
            "  - {id: spokes, name: Sam Spokes, kind: person, role: army spokesman, represents: north-army}",
            "  - {id: southland, name: Southland, kind: state}",
            "  - {id: south-ministry, name: Southland Ministry, kind: organisation, part_of: southland}",
            "  - {id: ana, name: Ana Rivera, kind: person, represents: southland}",
            "  - {id: aerland, name: Ærland, kind: state}",
            "events:",
            "  - {id: war, name: Border war, kind: conflict}",
            "  - {id: raid, name: Night raid, kind: attack, part_of: war, date: \"2026-03-02\", initiators: [northland], targets: [southland]}",
            "  - {id: strike, name: Air strike on the depot, kind: air strike, part_of: raid, date: \"2026-03\", initiators: [north-army]}",
            "  - {id: clash, name: Hill clash, kind: clash, date: \"2026\", sides: [southland, aerland]}",
            "claims:",
        ]
        let count = number(8...30)
        // What a part shares with its total: claimant, measure, unit and event.
        var made: [(claimant: String, measure: String, unit: String, event: String?, isPart: Bool)] = []
        for id in 1...count {
            var measure = pick(Self.measures)
            var unit = measure == "destroyed" ? pick(["vehicles", "vehicles-and-guns"]) : "people"
            var claimant = pick(Self.actors)
            var event: String? = chance(85) ? pick(Self.events) : nil
            var total: Int?
            // Only a claim that is no part itself can be a total.
            if id > 1, chance(20), case let totals = made.indices.filter({ !made[$0].isPart }), !totals.isEmpty {
                total = pick(totals) + 1
                (claimant, measure, unit, event, _) = made[total! - 1]
            }
            made.append((claimant, measure, unit, event, total != nil))
            var fields = [
                "id: \(id)", "measure: \(measure)", "counted: \(pick(Self.counted))", "unit: \(unit)",
                "value: \(pick(Self.figures))", "claimant: \(claimant)",
            ]
            if let event { fields.append("event: \(event)") }
            if let total { fields.append("part_of: \(total)") }
            if chance(85) { fields.append("party: \(pick(Self.actors))") }
            let qualifier = pick(Self.qualifiers)
            if qualifier != "exact" { fields.append("qualifier: \(qualifier)") }
            let stance = pick(Self.stances)
            if stance != "asserted" { fields.append("stance: \(stance)") }
            if chance(75) {
                let asOf = date()
                fields.append("as_of: \"\(asOf)\"")
                if chance(40) { fields.append("running_total: true") }
                if asOf.hasPrefix("2026-03"), chance(25) { fields.append("since: \"2026-02-2\(number(0...8))\"") }
            }
            var references: [String] = []
            for source in Self.sources where chance(45) || (references.isEmpty && source == "day-5") {
                references.append("{source: \(source), paragraph: \(number(0...4)), excerpt: figure \(id) in \(source)}")
            }
            fields.append("sources: [\(references.joined(separator: ", "))]")
            lines.append("  - {\(fields.joined(separator: ", "))}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// SplitMix64: the same numbers from the same seed on every machine, so a failing seed can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
