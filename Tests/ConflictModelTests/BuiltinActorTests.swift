import ConflictModel
import Testing

private func at(_ paragraph: Int, _ excerpt: String) -> SourceRef { BuiltinFixture.at(paragraph, excerpt) }

/// Every actor of the built-in model, every name it answers to, and where the report names it.
@Suite struct BuiltinActorTests {
    let model = BuiltinFixture.model

    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let name: String
        var aliases: [String] = []
        let kind: Actor.Kind
        var role: String? = nil
        var represents: String? = nil
        var partOf: String? = nil
        var note: String? = nil
        let sources: [SourceRef]
        var testDescription: String { id }
    }

    static let rows: [Row] = [
        Row(id: "pakistan", name: "Pakistan", aliases: ["Islamabad", "Pak"], kind: .state,
            sources: [at(1, "Pakistan has said"), at(4, "Islamabad launched the retaliatory offensive")]),
        Row(id: "pakistan-government", name: "Government of Pakistan", kind: .government, partOf: "pakistan",
            sources: [at(7, "It has been made clear by the government of Pakistan.")]),
        Row(id: "pakistan-army", name: "Pakistan Army", aliases: ["army"], kind: .armedForce, partOf: "pakistan",
            sources: [at(5, "army spokesperson")]),
        Row(id: "pakistan-security-forces", name: "Pakistani security forces", aliases: ["security forces"],
            kind: .armedForce, partOf: "pakistan",
            sources: [at(2, "security forces had killed 297 fighters")]),
        Row(id: "pakistan-air-force", name: "Pakistan Air Force", aliases: ["PAF"], kind: .armedForce,
            partOf: "pakistan",
            sources: [at(3, "the Pakistan Air Force targeted around 29 locations across Afghanistan")]),
        Row(id: "attaullah-tarar", name: "Attaullah Tarar", aliases: ["Tarar"], kind: .person,
            role: "information minister", represents: "pakistan",
            sources: [at(2, "information minister Attaullah Tarar"), at(3, "Tarar said")]),
        Row(id: "ahmad-sharif-chaudhry", name: "Ahmad Sharif Chaudhry",
            aliases: ["Chaudhry", "Lt Gen. Ahmad Sharif Chaudhry"], kind: .person,
            role: "army spokesperson, Lieutenant General", represents: "pakistan-army",
            sources: [at(5, "army spokesperson Lt Gen. Ahmad Sharif Chaudhry")]),
        Row(id: "ishaq-dar", name: "Ishaq Dar", aliases: ["Dar"], kind: .person,
            role: "Deputy Prime Minister and Foreign Minister", represents: "pakistan",
            sources: [at(17, "Pakistan’s Deputy Prime Minister and Foreign Minister Ishaq Dar")]),
        Row(id: "pakistan-foreign-secretary", name: "Foreign Secretary of Pakistan",
            aliases: ["Pakistan's foreign secretary", "Pakistan’s foreign secretary"], kind: .person,
            role: "foreign secretary", represents: "pakistan", note: "not named in the report",
            sources: [at(10, "she had spoken with Pakistan’s foreign secretary")]),
        Row(id: "afghanistan", name: "Afghanistan", kind: .state,
            sources: [at(3, "around 29 locations across Afghanistan")]),
        Row(id: "afghan-taliban", name: "Afghan Taliban",
            aliases: ["Taliban", "Kabul", "Afghan Taliban regime", "Taliban regime", "Afghan Taliban leadership"],
            kind: .government, represents: "afghanistan", note: "the de facto government of Afghanistan",
            sources: [
                at(1, "nearly 300 Afghan Taliban personnel"),
                at(2, "fighters linked to the Afghan Taliban regime"),
                at(9, "Kabul has repeatedly rejected these allegations"),
            ]),
        Row(id: "afghan-forces", name: "Afghan forces", kind: .armedForce, partOf: "afghan-taliban",
            sources: [at(4, "Afghan forces had carried out coordinated attacks")]),
        Row(id: "afghan-foreign-ministry", name: "Afghan foreign ministry", kind: .organisation,
            partOf: "afghan-taliban", sources: [at(13, "the Afghan foreign ministry quoted")]),
        Row(id: "amir-khan-muttaqi", name: "Amir Khan Muttaqi", aliases: ["Muttaqi", "Amir Muttaqi"],
            kind: .person, role: "acting Foreign Minister", represents: "afghan-taliban",
            sources: [
                at(13, "Foreign Minister Amir Khan Muttaqi"),
                at(17, "Afghan acting Foreign Minister Amir Muttaqi"),
            ]),
        Row(id: "zabihullah-mujahid", name: "Zabihullah Mujahid", aliases: ["Mujahid"], kind: .person,
            role: "Taliban spokesperson", represents: "afghan-taliban",
            sources: [at(14, "Taliban spokesperson Zabihullah Mujahid")]),
        Row(id: "ttp", name: "Tehreek-i-Taliban Pakistan", aliases: ["TTP"], kind: .armedGroup,
            sources: [at(6, "Tehreek-i-Taliban Pakistan"), at(8, "the Tehreek-i-Taliban Pakistan (TTP)")]),
        Row(id: "bla", name: "Baloch Liberation Army", aliases: ["BLA"], kind: .armedGroup,
            sources: [at(6, "Baloch Liberation Army")]),
        Row(id: "daesh", name: "Daesh", aliases: ["Islamic State", "ISIS"], kind: .armedGroup,
            sources: [at(6, "Daesh")]),
        Row(id: "al-qaeda", name: "Al Qaeda", aliases: ["al-Qaeda", "Al-Qaida"], kind: .armedGroup,
            sources: [at(6, "Al Qaeda")]),
        Row(id: "united-states", name: "United States", aliases: ["US", "USA", "Washington"], kind: .state,
            sources: [at(10, "a senior US official")]),
        Row(id: "allison-hooker", name: "Allison Hooker", aliases: ["Hooker"], kind: .person,
            role: "Under Secretary of State for Political Affairs", represents: "united-states",
            sources: [at(10, "Under Secretary of State for Political Affairs Allison Hooker")]),
        Row(id: "qatar", name: "Qatar", aliases: ["Doha"], kind: .state,
            sources: [at(13, "Qatar’s junior Foreign Minister"), at(17, "Saudi Arabia and Qatar")]),
        Row(id: "mohammed-al-khalifi", name: "Mohammed bin Abdulaziz Al-Khalifi", aliases: ["Al-Khalifi"],
            kind: .person, role: "junior Foreign Minister", represents: "qatar",
            sources: [at(13, "Qatar’s junior Foreign Minister Mohammed bin Abdulaziz Al-Khalifi")]),
        Row(id: "iran", name: "Iran", aliases: ["Islamic Republic of Iran", "Tehran"], kind: .state,
            sources: [at(15, "Iran’s Foreign Minister"), at(16, "The Islamic Republic of Iran stands ready")]),
        Row(id: "abbas-araghchi", name: "Abbas Araghchi", aliases: ["Araghchi"], kind: .person,
            role: "Foreign Minister", represents: "iran",
            sources: [at(15, "Iran’s Foreign Minister Abbas Araghchi")]),
        Row(id: "saudi-arabia", name: "Saudi Arabia", aliases: ["Saudi", "Riyadh"], kind: .state,
            sources: [at(17, "Saudi Arabia and Qatar were also working behind the scenes")]),
        Row(id: "faisal-bin-farhan", name: "Faisal bin Farhan", aliases: ["Farhan"], kind: .person,
            role: "Foreign Minister", represents: "saudi-arabia",
            sources: [at(17, "Saudi Foreign Minister Faisal bin Farhan")]),
        Row(id: "turkiye", name: "Turkiye", aliases: ["Turkey", "Türkiye", "Ankara"], kind: .state,
            sources: [at(18, "Turkiye, too, is reported to be in contact")]),
        Row(id: "national-herald", name: "National Herald", kind: .organisation,
            note: "the newspaper that published the report", sources: [at(21, "(@nationalherald)")]),
        Row(id: "pti", name: "Press Trust of India", aliases: ["PTI"], kind: .organisation,
            note: "the wire service whose material the report carries", sources: [at(19, "With PTI inputs")]),
    ]

    @Test func actorsAreExactlyTheExpectedOnesInOrder() {
        #expect(model.actors.map(\.id) == Self.rows.map(\.id))
    }

    @Test(arguments: rows)
    func actor(_ expected: Row) throws {
        let actor = try #require(model.actor(id: expected.id))
        #expect(actor.name == expected.name)
        #expect(actor.aliases == expected.aliases)
        #expect(actor.kind == expected.kind)
        #expect(actor.role == expected.role)
        #expect(actor.represents == expected.represents)
        #expect(actor.partOf == expected.partOf)
        #expect(actor.note == expected.note)
        #expect(actor.sources == expected.sources)
    }

    struct Name: Sendable, CustomTestStringConvertible {
        let name: String
        let actor: String
        var testDescription: String { "\"\(name)\" → \(actor)" }
    }

    /// Each actor's name, id and every alias, as the table above gives them.
    static let everyName: [Name] = rows.flatMap { row in
        ([row.name, row.id] + row.aliases).map { Name(name: $0, actor: row.id) }
    }

    @Test(arguments: everyName)
    func nameResolvesToItsActorInAnyCase(_ expected: Name) {
        for spelling in [expected.name, expected.name.lowercased(), expected.name.uppercased()] {
            #expect(model.actors(named: spelling).map(\.id) == [expected.actor], "\(spelling)")
        }
    }

    static let readerSpellings: [Name] = [
        Name(name: "kabul", actor: "afghan-taliban"),
        Name(name: "Islamabad", actor: "pakistan"),
        Name(name: "Afghan Taliban regime", actor: "afghan-taliban"),
        Name(name: "afghan  taliban", actor: "afghan-taliban"),
        Name(name: "TALIBAN", actor: "afghan-taliban"),
        Name(name: "pak", actor: "pakistan"),
        Name(name: "paf", actor: "pakistan-air-force"),
        Name(name: "ttp", actor: "ttp"),
        Name(name: "pakistan’s foreign secretary", actor: "pakistan-foreign-secretary"),
        Name(name: "TÜRKIYE", actor: "turkiye"),
        Name(name: "muttaqi", actor: "amir-khan-muttaqi"),
        Name(name: "us", actor: "united-states"),
    ]

    @Test(arguments: readerSpellings)
    func readerSpellingFindsTheActor(_ expected: Name) {
        #expect(model.actors(named: expected.name).map(\.id) == [expected.actor])
        #expect(model.name(ofActor: expected.actor) == model.actors(named: expected.name).first?.name)
    }

    @Test func unknownNamesFindNoActor() {
        #expect(model.actors(named: "Kandahar").isEmpty)
        #expect(model.actors(named: "").isEmpty)
        #expect(model.name(ofActor: "nobody") == "nobody")
    }
}
