import ConflictModel
import ReportDrafting
import Testing

/// Figures as a reader finds them: the number in digits or words, its qualifier, what was
/// counted and in what unit, what happened to it, whose side it counts, who says so, and when.
@Suite struct FigureTests {
    private func claims(_ body: String) -> [Claim] {
        DraftingFixtures.drafter().draft(DraftingFixtures.written(body)).model.claims
    }

    /// "more than 450 injured" as the draft says it: measure, figure, unit.
    private func figures(_ body: String) -> [String] {
        claims(body).map { "\($0.measure) \($0.quantity) \($0.unit)" }
    }

    @Test(arguments: [
        ("Tarar said 297 fighters were killed.", "killed exactly 297 people"),
        ("Tarar said more than 450 fighters were injured.", "injured more than 450 people"),
        ("Tarar said nearly 300 fighters were killed.", "killed nearly 300 people"),
        ("Tarar said close to 40 trucks had burned.", "destroyed nearly 40 vehicles"),
        ("Tarar said at least 415 fighters were killed.", "killed at least 415 people"),
        ("Tarar said up to 30 warehouses were destroyed.", "destroyed up to 30 buildings"),
        ("Tarar said around 29 locations were targeted.", "targeted around 29 locations"),
        ("Tarar said approximately 135 tanks were destroyed.", "destroyed approximately 135 vehicles"),
        ("Tarar said some 20 trucks were seized.", "captured about 20 vehicles"),
        ("Tarar said twenty-three soldiers were killed.", "killed exactly 23 people"),
        ("Tarar said one hundred and five fighters were killed.", "killed exactly 105 people"),
        ("Tarar said 1,500 people had fled.", "displaced exactly 1500 people"),
        ("Tarar said a dozen soldiers were wounded.", "injured about 12 people"),
        ("Tarar said dozens of fighters were killed.", "killed at least 24 people"),
        ("Tarar said hundreds of fighters were killed.", "killed at least 200 people"),
        ("Tarar said a helicopter was shot down.", "destroyed exactly 1 aircraft"),
        ("Tarar said 755 + injured.", "injured more than 755 people"),
        ("Tarar said more than a hundred soldiers were killed.", "killed more than 100 people"),
        ("Tarar said three dozen soldiers were captured.", "captured about 36 people"),
        ("Tarar said at least two dozen people were killed.", "killed at least 24 people"),
        ("Tarar said at least a dozen houses were burned.", "destroyed at least 12 buildings"),
        ("Tarar said several thousand people had fled.", "displaced at least 2000 people"),
        ("Tarar said a couple of hundred residents had fled.", "displaced about 200 people"),
        ("Tarar said between 260 and 300 people were killed.", "killed at least 260 people"),
        ("Tarar said the rebels took 36 soldiers prisoner.", "captured exactly 36 people"),
        ("Tarar said a prisoner was killed.", "killed exactly 1 people"),
        ("Tarar said a score of trucks were damaged.", "damaged about 20 vehicles"),
        ("Tarar said half a dozen tanks were destroyed.", "destroyed about 6 vehicles"),
        ("Tarar said a handful of guards were hurt.", "injured at least 3 people"),
        ("Tarar said tens of thousands of people had fled.", "displaced at least 20000 people"),
        ("Tarar said scores were wounded.", "injured at least 40 people"),
        ("The monitor had recorded 2,046 deaths.", "killed exactly 2046 people"),
        ("The army lists 43 soldiers as missing in action.", "missing exactly 43 people"),
        ("DISPLACED: Some 340,000 people have fled their homes.", "displaced about 340000 people"),
        ("The blast killed 27 dockworkers.", "killed exactly 27 people"),
        ("The front said four of its \"martyrs\" had fallen.", "killed exactly 4 people"),
        ("The observatory puts the toll at between 30 and 45.", "killed at least 30 people"),
        ("The front said we took nineteen prisoners.", "captured exactly 19 people"),
        ("We have lost 640 martyrs.", "killed exactly 640 people"),
        ("Officials said three of the wounded died in hospital.", "killed exactly 3 people"),
    ])
    func numbersAndQualifiersAsTheReportWritesThem(sentence: String, figure: String) {
        #expect(figures(sentence) == [figure])
    }

    /// Denials a reader sees without "denied that ...": a relative clause, a deed denied; and
    /// "the officer added" after the commissioner spoke is the commissioner.
    @Test func denialsAndReferencesAReaderSees() {
        let model = DraftingFixtures.model(
            of:
                """
                The Dorne Front says government air strikes have killed 300 civilians, which the Varnish defence ministry denies.

                Nine aid workers were killed in ambushes that the government blames on the Front. The rebels deny attacking convoys.

                Commissioner Ilse Brandt told reporters that police had arrested 40 suspects. The officer added that 12 police posts had been attacked.
                """)
        let denied = model.claims.filter { $0.stance == .denied }
        #expect(denied.map(\.quantity.value).sorted() == [9, 300])
        #expect(DraftingFixtures.name(denied.first { $0.quantity.value == 9 }?.claimant, in: model) == "Dorne Front")
        #expect(denied.first { $0.quantity.value == 300 }?.claimant != model.claims.first { $0.quantity.value == 300 }?.claimant)
        let posts = model.claims.first { $0.quantity.value == 12 }
        #expect(DraftingFixtures.name(posts?.claimant, in: model) == "Ilse Brandt")
    }

    /// Lengths, years, dates, times and shares are no figures of the conflict.
    @Test(arguments: [
        "The two countries share a 2,600-km border.",
        "The border was drawn in 1952.",
        "Fighting began on February 26 at 10:30 pm.",
        "About 60 percent of the port was closed.",
        "Tarar said the Paktia 205 Corps headquarters was destroyed.",
        "A rebel attack on the barracks began before dawn.",
        "The truce held between 2008 and 2011.",
        "The interior ministry gave its count on Aug. 10.",
    ])
    func numbersThatAreNoFigures(sentence: String) {
        #expect(figures(sentence).isEmpty)
    }

    /// "killed 133 and more than 200 injured": the second figure counts what the first counted.
    @Test func aFigureAfterAnotherTakesWhatWasCountedFromIt() {
        let found = claims("Tarar said 133 members of the Afghan Taliban regime were killed and more than 200 injured.")
        #expect(found.map(\.counted) == ["members of the Afghan Taliban regime", "members of the Afghan Taliban regime"])
        #expect(found.map(\.party) == ["afghan-taliban", "afghan-taliban"])
        #expect(found.map(\.measure) == ["killed", "injured"])
    }

    /// "two corps headquarters and three brigade headquarters were destroyed"
    @Test func numbersListedTogetherShareTheirMeasure() {
        #expect(
            figures("Tarar said that two corps headquarters and three brigade headquarters were destroyed.")
                == ["destroyed exactly 2 facilities", "destroyed exactly 3 facilities"])
    }

    @Test func theClaimantIsWhoeverTheSentenceSaysSaysSo() {
        #expect(claims("Tarar said 12 soldiers were killed.").map(\.claimant) == ["attaullah-tarar"])
        #expect(claims("According to Tarar, 12 posts were destroyed.").map(\.claimant) == ["attaullah-tarar"])
        #expect(claims("Twelve soldiers were killed, Tarar said.").map(\.claimant) == ["attaullah-tarar"])
        #expect(
            claims("Information minister Attaullah Tarar spoke first. He added that 12 posts were destroyed.").map(\.claimant)
                == ["attaullah-tarar"])
        // A name before words set off by commas speaks, not the name inside them.
        #expect(
            claims("Mosharraf Ali Zaidi, a spokesperson for Prime Minister Shehbaz Sharif, said 133 fighters were killed.")
                .map(\.claimant) == ["mosharraf-ali-zaidi"])
    }

    @Test func aDenialOfAnyIsAtLeastOneDenied() {
        let found = claims("Zaidi denied that any Pakistani soldiers had been captured.")
        #expect(found.map { "\($0.stance.rawValue) \($0.quantity) \($0.party ?? "")" } == ["denied at least 1 pakistan"])
    }

    @Test func civiliansAreTheirStatesAndFightersTheirSides() {
        let found = claims("Fitrat said 13 Afghan soldiers and 52 Afghan civilians were killed.")
        #expect(found.map(\.party) == ["afghan-taliban", "afghanistan"])
    }

    /// Weekdays resolve against the report's day, Friday 6 March 2026.
    @Test func daysAndTimesInWords() {
        let found = claims("Tarar said on Wednesday that 40 fighters had been killed since Monday.")
        #expect(found.first?.asOf == PartialDate("2026-03-04"))
        #expect(found.first?.since == PartialDate("2026-03-02"))
        #expect(found.first?.runningTotal == true)
        #expect(claims("Tarar said 46 soldiers had been killed as of 4pm.").first?.asOf == PartialDate("2026-03-06 16:00"))
        #expect(
            claims("Tarar said 46 soldiers had been killed as of 4:30 p.m. on Thursday.").first?.asOf
                == PartialDate("2026-03-05 16:30"))
        #expect(claims("Tarar said 30 soldiers died in Thursday's fighting.").first?.asOf == PartialDate("2026-03-05"))
    }

    /// A headline's or a lead's rounding of a figure the body gives is a source of that claim.
    @Test func aRoundingIsARestatementNotAClaim() {
        let report = DraftingFixtures.written(
            "Tarar said nearly 300 fighters were killed.\nTarar said 297 fighters were killed.", title: "About 300 killed")
        let found = DraftingFixtures.drafter().draft(report).model.claims
        #expect(found.count == 1)
        #expect(found.first?.quantity == Quantity(297))
        // The lead's "nearly 300" and the headline's "About 300" both.
        #expect(found.first?.sources.map(\.role) == [.reported, .restated, .restated])
    }

    @Test func everyExcerptIsTheReportsOwnWords() {
        let report = DraftingFixtures.written(
            "Officials said more than 40 Southland soldiers were killed, and nearly 60 were injured.")
        for source in DraftingFixtures.drafter().draft(report).model.claims.flatMap(\.sources) {
            #expect(report.paragraphs[source.paragraph].contains(source.excerpt))
        }
    }
}
