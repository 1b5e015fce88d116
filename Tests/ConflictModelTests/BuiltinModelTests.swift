import ConflictModel
import Testing

/// What the tests of the built-in model share: the model, its one source and its paragraph range.
enum BuiltinFixture {
    static let model = ConflictModel.builtin
    static let sourceID = "national-herald-2026-02-28"
    static let reportDate = PartialDate(year: 2026, month: 2, day: 28)
    /// The headline is paragraph 0; the report's last paragraph is 21.
    static let paragraphs = 0...21

    static func at(_ paragraph: Int, _ excerpt: String, _ role: SourceRef.Role = .reported) -> SourceRef {
        SourceRef(source: sourceID, paragraph: paragraph, excerpt: excerpt, role: role)
    }
}

/// The built-in model's source and vocabulary, and what must hold of the model as a whole.
@Suite struct BuiltinModelTests {
    let model = BuiltinFixture.model

    // MARK: The source

    @Test func hasOneSourceTheReport() throws {
        #expect(model.sources.map(\.id) == [BuiltinFixture.sourceID])
        let source = try #require(model.source(id: BuiltinFixture.sourceID))
        #expect(source.outlet == "National Herald")
        #expect(source.date == BuiltinFixture.reportDate)
        #expect(source.date.description == "2026-02-28")
        #expect(
            source.title
                == "About 300 Afghan Taliban personnel, its allied terrorist groups killed: Pak Operation Ghazab "
                + "lil-Haq escalates tensions as calls grow for dialogue and regional mediation")
        #expect(source.wireInputs == ["PTI"])
        #expect(source.url == nil)
    }

    // MARK: The vocabulary

    struct MeasureRow: Sendable, CustomTestStringConvertible {
        let id: String
        let description: String
        var testDescription: String { id }
    }

    static let measures: [MeasureRow] = [
        MeasureRow(id: "killed", description: "people killed"),
        MeasureRow(id: "injured", description: "people injured"),
        MeasureRow(id: "destroyed", description: "posts, vehicles or other things destroyed"),
        MeasureRow(id: "captured", description: "posts or other things captured"),
        MeasureRow(id: "targeted", description: "places struck or aimed at"),
        MeasureRow(id: "attacked", description: "places attacked"),
        MeasureRow(id: "length", description: "a length, such as a border's"),
    ]

    @Test func measuresAreExactlyTheExpectedOnesInOrder() {
        #expect(model.vocabulary.measures.map(\.id) == Self.measures.map(\.id))
    }

    @Test(arguments: measures)
    func measure(_ expected: MeasureRow) throws {
        let measure = try #require(model.vocabulary.measure(expected.id))
        #expect(measure.description == expected.description)
    }

    struct ActRow: Sendable, CustomTestStringConvertible {
        let id: String
        let label: String
        let verbs: [String]
        let cameo: String
        let cameoName: String
        var testDescription: String { "\(id) (CAMEO \(cameo))" }
    }

    static let acts: [ActRow] = [
        ActRow(id: "ultimatum", label: "ultimatum", verbs: ["issuing ultimatums", "threatening"],
               cameo: "139", cameoName: "Give ultimatum"),
        ActRow(id: "accusation", label: "accusation", verbs: ["accusing", "alleging"],
               cameo: "112", cameoName: "Accuse, not specified below"),
        ActRow(id: "rejection", label: "rejection of an accusation",
               verbs: ["rejecting accusations", "rejecting", "denying"],
               cameo: "016", cameoName: "Deny responsibility"),
        ActRow(id: "appeal-to-negotiate", label: "appeal to negotiate",
               verbs: ["urging dialogue", "urging negotiations"],
               cameo: "026", cameoName: "Appeal to others to meet or negotiate"),
        ActRow(id: "condolences", label: "condolences", verbs: ["offering condolences", "condoling"],
               cameo: "018", cameoName: "Make empathetic comment"),
        ActRow(id: "support", label: "support", verbs: ["supporting", "backing"],
               cameo: "052", cameoName: "Defend verbally"),
        ActRow(id: "negotiation", label: "willingness to negotiate",
               verbs: ["willing to negotiate", "negotiating", "seeking dialogue"],
               cameo: "036", cameoName: "Express intent to meet or negotiate"),
        ActRow(id: "phone-call", label: "phone call", verbs: ["calling", "phoning"],
               cameo: "041", cameoName: "Discuss by telephone"),
        ActRow(id: "mediation-offer", label: "offer of mediation", verbs: ["offering mediation", "mediating"],
               cameo: "039", cameoName: "Express intent to mediate"),
        ActRow(id: "de-escalation-appeal", label: "appeal for de-escalation",
               verbs: ["urging de-escalation", "appealing for de-escalation"],
               cameo: "0256", cameoName: "Appeal for de-escalation of military engagement"),
        ActRow(id: "consultation", label: "consultation", verbs: ["consulting", "contacting"],
               cameo: "040", cameoName: "Consult, not specified below"),
    ]

    @Test func actsAreExactlyTheExpectedOnesInOrder() {
        #expect(model.vocabulary.acts.map(\.id) == Self.acts.map(\.id))
        #expect(model.vocabulary.cameoVersion == "CAMEO 1.1b3")
    }

    @Test(arguments: acts)
    func act(_ expected: ActRow) throws {
        let act = try #require(model.vocabulary.act(expected.id))
        #expect(act.label == expected.label)
        #expect(act.verbs == expected.verbs)
        #expect(act.verb == expected.verbs[0])
        #expect(act.cameo == expected.cameo)
        #expect(act.cameoName == expected.cameoName)
    }

    // MARK: Model-wide invariants

    @Test func namesAtLeastTwentyActors() {
        #expect(model.actors.count >= 20)
    }

    @Test func idsAreUnique() {
        func duplicates<ID: Hashable>(_ ids: [ID]) -> [ID] {
            Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.map(\.key)
        }
        #expect(duplicates(model.sources.map(\.id)).isEmpty)
        #expect(duplicates(model.actors.map(\.id)).isEmpty)
        #expect(duplicates(model.events.map(\.id)).isEmpty)
        #expect(duplicates(model.claims.map(\.id)).isEmpty)
        #expect(duplicates(model.statements.map(\.id)).isEmpty)
        #expect(duplicates(model.vocabulary.measures.map(\.id)).isEmpty)
        #expect(duplicates(model.vocabulary.acts.map(\.id)).isEmpty)
    }

    @Test func everyActorReferenceResolves() {
        var references: [(owner: String, id: String)] = []
        for actor in model.actors {
            for id in [actor.represents, actor.partOf].compactMap({ $0 }) {
                references.append(("actor \(actor.id)", id))
            }
        }
        for event in model.events {
            for id in event.initiators + event.targets + [event.allegedBy].compactMap({ $0 }) {
                references.append(("event \(event.id)", id))
            }
        }
        for claim in model.claims {
            for id in [claim.party, claim.claimant].compactMap({ $0 }) {
                references.append(("claim \(claim.id)", id))
            }
        }
        for statement in model.statements {
            let ids = statement.targets + statement.participants + statement.subjects
                + [statement.speaker, statement.represents, statement.reportedBy].compactMap { $0 }
            for id in ids { references.append(("statement \(statement.id)", id)) }
        }
        #expect(!references.isEmpty)
        for reference in references {
            #expect(model.actor(id: reference.id) != nil, "\(reference.owner) names unknown actor \(reference.id)")
        }
    }

    @Test func everyEventReferenceResolves() {
        for event in model.events {
            if let partOf = event.partOf {
                #expect(model.event(id: partOf) != nil, "event \(event.id) is part of unknown event \(partOf)")
                #expect(partOf != event.id)
            }
        }
        for claim in model.claims {
            if let event = claim.event {
                #expect(model.event(id: event) != nil, "claim \(claim.id) is about unknown event \(event)")
            }
        }
    }

    @Test func everyStatementReferenceResolves() {
        for statement in model.statements {
            if let answered = statement.answers {
                #expect(model.statement(id: answered) != nil, "statement \(statement.id) answers unknown \(answered)")
                #expect(answered != statement.id)
            }
        }
    }

    @Test func everyMeasureAndActIsInTheVocabulary() {
        for claim in model.claims {
            #expect(model.vocabulary.measure(claim.measure) != nil, "claim \(claim.id): \(claim.measure)")
        }
        for statement in model.statements {
            #expect(model.vocabulary.act(statement.act) != nil, "statement \(statement.id): \(statement.act)")
        }
    }

    /// Every source reference of the model, named by what it belongs to.
    var allSourceRefs: [(owner: String, ref: SourceRef)] {
        var refs: [(owner: String, ref: SourceRef)] = []
        for actor in model.actors {
            refs += actor.sources.map { (owner: "actor \(actor.id)", ref: $0) }
        }
        for event in model.events {
            refs += event.sources.map { (owner: "event \(event.id)", ref: $0) }
        }
        for claim in model.claims {
            refs += claim.sources.map { (owner: "claim \(claim.id)", ref: $0) }
        }
        for statement in model.statements {
            refs += statement.sources.map { (owner: "statement \(statement.id)", ref: $0) }
        }
        return refs
    }

    @Test func everySourceReferenceResolvesWithAnExcerptInTheReport() {
        let refs = allSourceRefs
        #expect(refs.count > 0)
        for (owner, ref) in refs {
            #expect(model.source(id: ref.source) != nil, "\(owner) cites unknown source \(ref.source)")
            #expect(BuiltinFixture.paragraphs.contains(ref.paragraph), "\(owner) cites paragraph \(ref.paragraph)")
            #expect(ref.excerpt.contains { !$0.isWhitespace }, "\(owner) has an empty excerpt")
        }
    }

    @Test func everyFactCitesTheReport() {
        for actor in model.actors { #expect(!actor.sources.isEmpty, "actor \(actor.id)") }
        for event in model.events { #expect(!event.sources.isEmpty, "event \(event.id)") }
        for claim in model.claims { #expect(!claim.sources.isEmpty, "claim \(claim.id)") }
        for statement in model.statements { #expect(!statement.sources.isEmpty, "statement \(statement.id)") }
    }

    @Test func noClaimsIntervalContradictsItsQualifier() {
        for claim in model.claims {
            let q = claim.quantity
            let contradiction = Quantity.contradiction(value: q.value, qualifier: q.qualifier, low: q.low, high: q.high)
            #expect(contradiction == nil, "claim \(claim.id): \(contradiction ?? "")")
        }
    }

    // MARK: The actors' hierarchy

    @Test func pakistanAndItsMembers() {
        #expect(
            model.actorAndMembers("pakistan") == [
                "pakistan", "pakistan-government", "pakistan-army", "pakistan-security-forces",
                "pakistan-air-force", "attaullah-tarar", "ahmad-sharif-chaudhry", "ishaq-dar",
                "pakistan-foreign-secretary",
            ])
    }

    @Test func afghanistanAndItsMembers() {
        #expect(
            model.actorAndMembers("afghanistan") == [
                "afghanistan", "afghan-taliban", "afghan-forces", "afghan-foreign-ministry",
                "amir-khan-muttaqi", "zabihullah-mujahid",
            ])
    }
}
