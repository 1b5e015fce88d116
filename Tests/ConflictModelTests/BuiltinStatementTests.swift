import ConflictModel
import Testing

private func at(_ paragraph: Int, _ excerpt: String) -> SourceRef { BuiltinFixture.at(paragraph, excerpt) }

/// Every statement of the built-in model: who said or did what, to whom, how, and in what words.
@Suite struct BuiltinStatementTests {
    let model = BuiltinFixture.model

    struct Row: Sendable, CustomTestStringConvertible {
        let id: Int
        let speaker: String?
        var represents: String? = nil
        let act: String
        var targets: [String] = []
        var participants: [String] = []
        var subjects: [String] = []
        var content: String? = nil
        var channel: String? = nil
        var mode: Statement.Mode = .done
        var quote: String? = nil
        var answers: Int? = nil
        var reportedBy: String? = nil
        var date: PartialDate? = nil
        var cameo: String? = nil
        let sources: [SourceRef]
        var testDescription: String { "statement \(id): \(speaker ?? participants.joined(separator: ", ")) \(act)" }
    }

    /// "Addressing a press conference on Friday": the day before the Saturday of the report.
    static let friday = PartialDate(year: 2026, month: 2, day: 27)
    static let pakistanAndTaliban = ["pakistan", "afghan-taliban"]
    static let inContact = at(18, "in contact with both Islamabad and Kabul in efforts to end the hostilities")
    static let behindTheScenes = at(
        17, "Saudi Arabia and Qatar were also working behind the scenes to encourage de-escalation")

    static let rows: [Row] = [
        Row(id: 1, speaker: "pakistan", act: "accusation", targets: ["afghan-forces"],
            content: "Afghan forces carried out coordinated attacks on 53 locations along the border",
            sources: [at(4, "after alleging that Afghan forces had carried out coordinated attacks on 53 locations")]),
        Row(id: 2, speaker: "ahmad-sharif-chaudhry", represents: "pakistan-army", act: "ultimatum",
            targets: ["afghan-taliban"], subjects: ["ttp", "bla", "daesh", "al-qaeda"],
            content: "choose between Pakistan and the militant groups it names", channel: "press conference",
            quote: "the oppressive Afghan Taliban regime has to make a clear choice. The choice is to choose "
                + "between Tehreek-i-Taliban Pakistan, Baloch Liberation Army, Daesh, Al Qaeda, the terrorists "
                + "and terrorist organisations and Pakistan",
            date: friday,
            sources: [
                at(5, "issued a blunt message to the Afghan Taliban leadership"),
                at(6, "the oppressive Afghan Taliban regime has to make a clear choice"),
                at(7, "They have to make this choice."),
            ]),
        Row(id: 3, speaker: "pakistan", act: "accusation", targets: ["afghan-taliban"], subjects: ["ttp"],
            content: "lets TTP and other militant groups shelter, train and get logistical support on "
                + "Afghan territory for attacks inside Pakistan",
            sources: [
                at(8, "Pakistan has long accused the Afghan Taliban of allowing the Tehreek-i-Taliban "
                    + "Pakistan (TTP) and other militant groups to use Afghan territory")
            ]),
        Row(id: 4, speaker: "afghan-taliban", act: "rejection", targets: ["pakistan"],
            content: "rejects the accusation that it lets militant groups use Afghan territory", answers: 3,
            sources: [at(9, "Kabul has repeatedly rejected these allegations")]),
        Row(id: 5, speaker: "afghan-taliban", act: "appeal-to-negotiate", targets: ["pakistan"],
            content: "Pakistan should address its internal security challenges through dialogue with militant groups",
            answers: 3,
            sources: [
                at(9, "urging Islamabad instead to address its internal security challenges through "
                    + "dialogue with militant groups")
            ]),
        Row(id: 6, speaker: "allison-hooker", represents: "united-states", act: "condolences",
            targets: ["pakistan", "pakistan-foreign-secretary"],
            content: "condolences for the lives lost in the conflict", channel: "conversation",
            quote: "express condolences for lives lost in the recent conflict between Pakistan and the Taliban",
            sources: [at(10, "she had spoken with Pakistan’s foreign secretary to “express condolences")]),
        Row(id: 7, speaker: "allison-hooker", represents: "united-states", act: "support",
            targets: ["pakistan"], subjects: ["afghan-taliban"],
            content: "Pakistan's right to defend itself against Taliban attacks", channel: "X",
            quote: "We continue to monitor the situation closely and express support for Pakistan’s right to "
                + "defend itself against Taliban attacks",
            sources: [
                at(10, "a senior US official voiced support for Pakistan’s position"),
                at(11, "express support for Pakistan’s right to defend itself against Taliban attacks"),
            ]),
        Row(id: 8, speaker: "afghan-taliban", act: "negotiation", targets: ["pakistan"],
            content: "negotiations with Pakistan", mode: .offered,
            sources: [at(12, "The Afghan Taliban indicated willingness to pursue negotiations.")]),
        Row(id: 9, speaker: "amir-khan-muttaqi", represents: "afghan-taliban", act: "phone-call",
            participants: ["amir-khan-muttaqi", "mohammed-al-khalifi"],
            content: "Afghanistan prefers to resolve issues through mutual understanding and respect",
            channel: "phone call",
            quote: "Afghanistan...has always preferred to resolve issues based on mutual understanding and respect",
            reportedBy: "afghan-foreign-ministry",
            sources: [
                at(13, "the Afghan foreign ministry quoted Foreign Minister Amir Khan Muttaqi as telling "
                    + "Qatar’s junior Foreign Minister Mohammed bin Abdulaziz Al-Khalifi during a phone call")
            ]),
        Row(id: 10, speaker: "zabihullah-mujahid", represents: "afghan-taliban", act: "negotiation",
            targets: ["pakistan"], content: "resolving the matter through dialogue", mode: .offered,
            quote: "now also we want to resolve this matter through dialogue",
            sources: [at(14, "now also we want to resolve this matter through dialogue")]),
        Row(id: 11, speaker: "abbas-araghchi", represents: "iran", act: "mediation-offer",
            targets: pakistanAndTaliban,
            content: "any assistance needed to facilitate dialogue between the two countries", channel: "X",
            mode: .offered,
            quote: "The Islamic Republic of Iran stands ready to provide any assistance necessary to facilitate "
                + "dialogue and to enhance understanding and cooperation between the two countries",
            sources: [
                at(15, "Abbas Araghchi offered to mediate between the two sides"),
                at(16, "The Islamic Republic of Iran stands ready to provide any assistance necessary"),
            ]),
        Row(id: 12, speaker: "saudi-arabia", act: "de-escalation-appeal", targets: pakistanAndTaliban,
            content: "de-escalation", mode: .behindTheScenes, sources: [behindTheScenes]),
        Row(id: 13, speaker: "qatar", act: "de-escalation-appeal", targets: pakistanAndTaliban,
            content: "de-escalation", mode: .behindTheScenes, sources: [behindTheScenes]),
        Row(id: 14, speaker: nil, act: "consultation", participants: ["faisal-bin-farhan", "ishaq-dar"],
            sources: [
                at(17, "Faisal bin Farhan spoke separately with Pakistan’s Deputy Prime Minister and "
                    + "Foreign Minister Ishaq Dar")
            ]),
        Row(id: 15, speaker: nil, act: "consultation", participants: ["faisal-bin-farhan", "amir-khan-muttaqi"],
            sources: [at(17, "and Afghan acting Foreign Minister Amir Muttaqi")]),
        // "in contact with both Islamabad and Kabul": two contacts, one with each.
        Row(id: 16, speaker: nil, act: "consultation", participants: ["turkiye", "pakistan"],
            content: "efforts to end the hostilities", sources: [inContact]),
        Row(id: 17, speaker: nil, act: "consultation", participants: ["turkiye", "afghan-taliban"],
            content: "efforts to end the hostilities", sources: [inContact]),
    ]

    @Test func statementsAreExactlyTheExpectedOnesInOrder() {
        #expect(model.statements.map(\.id) == Self.rows.map(\.id))
    }

    @Test(arguments: rows)
    func statement(_ expected: Row) throws {
        let statement = try #require(model.statement(id: expected.id))
        #expect(statement.speaker == expected.speaker)
        #expect(statement.represents == expected.represents)
        #expect(statement.act == expected.act)
        #expect(statement.targets == expected.targets)
        #expect(statement.participants == expected.participants)
        #expect(statement.subjects == expected.subjects)
        #expect(statement.content == expected.content)
        #expect(statement.channel == expected.channel)
        #expect(statement.mode == expected.mode)
        #expect(statement.quote == expected.quote)
        #expect(statement.answers == expected.answers)
        #expect(statement.reportedBy == expected.reportedBy)
        #expect(statement.date == expected.date)
        #expect(statement.cameo == expected.cameo)
        #expect(statement.sources == expected.sources)
        #expect(statement.sources.map(\.paragraph) == expected.sources.map(\.paragraph))
    }

    @Test func fridayIsTheDayBeforeTheReport() throws {
        let statement = try #require(model.statement(id: 2))
        #expect(statement.date?.description == "2026-02-27")
        #expect(try #require(statement.date) < BuiltinFixture.reportDate)
    }

    @Test func kabulsRejectionAndAppealAnswerPakistansAccusation() throws {
        let accusation = try #require(model.statement(id: 3))
        #expect(accusation.act == "accusation")
        let answers = model.statements.filter { $0.answers == 3 }
        #expect(answers.map(\.id) == [4, 5])
        for answer in answers {
            #expect(answer.speaker == "afghan-taliban")
            #expect(answer.targets == [accusation.speaker])
        }
        #expect(model.statements.filter { $0.answers != nil }.map(\.id) == [4, 5])
    }

    @Test func aStatementsSpeakerRepresentsWhatTheSpeakerRepresents() throws {
        for statement in model.statements {
            guard let represents = statement.represents else { continue }
            let speakerID = try #require(statement.speaker)
            let speaker = try #require(model.actor(id: speakerID))
            #expect(speaker.represents == represents, "statement \(statement.id)")
        }
    }

    /// A call or a consultation has participants, and nobody in it is made its initiator.
    @Test func reciprocalActsHaveParticipantsNotTargets() throws {
        for statement in model.statements {
            let act = try #require(model.vocabulary.act(statement.act))
            if act.reciprocal {
                #expect(statement.participants.count >= 2, "statement \(statement.id)")
                #expect(statement.targets.isEmpty, "statement \(statement.id)")
                if let speaker = statement.speaker { #expect(statement.participants.contains(speaker)) }
            } else {
                #expect(statement.speaker != nil, "statement \(statement.id)")
                #expect(statement.participants.isEmpty, "statement \(statement.id)")
            }
        }
        #expect(model.vocabulary.acts.filter(\.reciprocal).map(\.id) == ["phone-call", "consultation"])
    }
}
