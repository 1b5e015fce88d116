import ConflictModel
import ReportDrafting
import Testing

/// Copy in an official's style: a ministry's release and a state agency's dispatch, with bodies
/// named at length ("the Ministry of Defence of the Republic of Harnovia"), titles before the
/// name ("the Minister of Foreign Affairs of the Republic of Sorvetia, Lesya Ormand"), the
/// enemy's losses of men and things in one list, and people's adjectives that no rule of
/// endings turns into their country's name.
@Suite struct OfficialCopyTests {
    /// "the Ministry of Defence of the Republic of Harnovia" speaks for Harnovia, a state, and
    /// is "the Ministry of Defence" after that, and in a title before it.
    @Test func aBodyOfTheRepublicOfAStateSpeaksForIt() {
        let model = DraftingFixtures.model(
            of:
                """
                The Ministry of Defence of the Republic of Harnovia said 58 enemy fighters were killed near Orvisk.

                The Ministry of Defence denies that up to 300 of our servicemen were killed.
                """, title: "Ministry of Defence announces results")
        let ministry = model.actors.first { $0.name == "Ministry of Defence of the Republic of Harnovia" }
        #expect(ministry?.represents == "harnovia")
        #expect(model.actors.first { $0.id == "harnovia" }?.kind == .state)
        #expect(!model.actors.contains { $0.name == "Ministry of Defence" })
        #expect(model.claims.map(\.claimant) == [ministry?.id, ministry?.id])
        #expect(model.claims.map(\.stance) == [.asserted, .denied])
    }

    /// "the Council of the Grey Gulf States", "the Holy Synod of the Ordenic Church": names that
    /// go on past "of the".
    @Test func aNameGoesOnPastOfThe() {
        let model = DraftingFixtures.model(
            of:
                """
                The Holy Synod of the Ordenic Church offered to mediate between the two sides. Harnovia rejected the proposal of the Council of the Grey Gulf States for a ceasefire.
                """)
        #expect(model.actors.contains { $0.name == "Holy Synod of the Ordenic Church" })
        #expect(model.statements.contains { DraftingFixtures.name($0.speaker, in: model) == "Holy Synod of the Ordenic Church" })
        #expect(model.actors.contains { $0.name == "Council of the Grey Gulf States" })
        #expect(!model.actors.contains { $0.name == "Council" })
    }

    /// "the Chief of the General Staff of the Armed Forces of the Republic of Sorvetia, Colonel
    /// General Teodor Vask": the title, what it is of, a rank, then the name.
    @Test func aTitleOfABodyBeforeTheNameSetOffByCommas() {
        let model = DraftingFixtures.model(
            of:
                """
                Sorvetia and Yarvenland have fought since November.

                Speaking at a briefing, the Chief of the General Staff of the Armed Forces of the Republic of Sorvetia, Colonel General Teodor Vask, said 9,216 Yarvene servicemen had been killed.

                The Chief of the General Staff added that 38 Yarvene servicemen had laid down their arms.
                """)
        let vask = model.actors.first { $0.name == "Teodor Vask" }
        #expect(vask?.represents == "sorvetia")
        #expect(!model.actors.contains { $0.name == "Staff" })
        #expect(model.claims.first.map { DraftingFixtures.name($0.claimant, in: model) } == "Teodor Vask")
        #expect(model.claims.first?.party == "yarvenland")
    }

    /// "the 41st Mechanised Brigade" is a unit of an army known by its number, no actor; "the
    /// servicemen of Varnland" make Varnland a side; "the Halvek regional military
    /// administration" speaks for the state of the ministry whose update it is in.
    @Test func unitsByNumberAndBodiesByPlace() {
        let model = DraftingFixtures.model(
            of:
                """
                Example Wire publishes the update of Ostmark's Ministry of Defence in full.

                MINISTRY OF DEFENCE OF OSTMARK
                Operational update, 6 March 2026, 08:00

                Units of the 41st Mechanised Brigade took 9 servicemen of Varnland prisoner near Ordava.

                As a result of enemy shelling of Halvek, 3 civilians were killed and 14 injured, 2 of them children, according to the Halvek regional military administration.
                """)
        #expect(!model.actors.contains { $0.name.contains("Brigade") })
        #expect(model.actors.contains { $0.id == "varnland" && $0.kind == .state })
        #expect(model.claims.first { $0.quantity.value == 9 }?.party == "varnland")
        let administration = model.actors.first { $0.name == "Halvek regional military administration" }
        #expect(administration.map { $0.represents ?? $0.partOf } == "ostmark")
        let halvek = model.claims.filter { $0.sources.first?.paragraph == 4 }
        #expect(halvek.map { "\($0.measure) \(Int($0.quantity.value ?? 0))" } == ["killed 3", "injured 14", "injured 2"])
        #expect(
            halvek.allSatisfy { $0.claimant == administration?.id && $0.party == "ostmark" },
            "\(halvek.map { ($0.claimant, $0.party) })")
    }

    /// A denial of a charge denies its whole, not the part set off after it: "killing five
    /// civilians, including two children. The ISIB termed the allegation \"baseless propaganda\"".
    @Test func aDenialOfAChargeDeniesTheWholeNotItsPart() {
        let model = DraftingFixtures.model(
            of:
                """
                Tessemir and Jorvand clashed on the border. Tessemir's army accused Jorvandi forces of shelling a village, killing five civilians, including two children. Jorvand's military termed the allegation "baseless propaganda".
                """)
        let denied = model.claims.filter { $0.stance == .denied }
        #expect(denied.map(\.quantity.value) == [5])
        #expect(model.claims.contains { $0.quantity.value == 2 && $0.stance == .alleged })
    }

    /// "The governor of Upper Tarn, Osric Pellow" gives the toll; "Thirty-one were soldiers, he
    /// said" in the next sentence is a part of it.
    @Test func whatATollWasMadeOfInTheSentenceAfterIt() {
        let model = DraftingFixtures.model(
            of:
                """
                The governor of Upper Tarn, Osric Pellow, spoke to us an hour ago. He said forty-three people were killed. Thirty-one were soldiers, he said. Twelve were civilians, he said.
                """)
        #expect(
            model.claims.map { "\($0.measure) \($0.quantity)" } == [
                "killed exactly 43", "killed exactly 31", "killed exactly 12",
            ])
        #expect(model.claims.allSatisfy { DraftingFixtures.name($0.claimant, in: model) == "Osric Pellow" })
    }

    /// "the enemy lost up to 140 servicemen, two tanks ... and nine motor vehicles": men lost are
    /// killed, things lost destroyed, and all of them the other side's than the claimant's.
    @Test func theEnemysLossesOfMenAndThings() {
        let model = DraftingFixtures.model(
            of:
                """
                Sorvetian forces and Yarvenland's army clashed again. Yarvenland's army shelled Sorvetian towns.

                "The enemy lost up to 140 servicemen, two tanks, five armoured combat vehicles and nine motor vehicles," the Sorvetian army said.

                Sorvetian air defence neutralised 23 enemy unmanned aerial vehicles: 15 were shot down and eight were jammed.
                """)
        #expect(
            model.claims.map { "\($0.measure) \($0.quantity) \($0.unit)" } == [
                "killed up to 140 people", "destroyed exactly 2 vehicles", "destroyed exactly 5 vehicles",
                "destroyed exactly 9 vehicles", "destroyed exactly 23 aircraft", "destroyed exactly 15 aircraft",
                "destroyed exactly 8 aircraft",
            ])
        #expect(
            model.claims.allSatisfy { DraftingFixtures.name($0.party, in: model)?.hasPrefix("Yarvenland") == true },
            "\(model.claims.map(\.party))"
        )
    }

    /// "Quellish" of Quellmark, "Yarvene" of Yarvenland, "Merovan" of Merovay: a people's
    /// adjective names the one state of the report whose name shares its stem.
    @Test(arguments: [
        ("Quellish", "Quellmark"), ("Yarvene", "Yarvenland"), ("Merovan", "Merovay"),
    ])
    func anAdjectiveNamesTheStateWhoseNameSharesItsStem(adjective: String, state: String) {
        let model = DraftingFixtures.model(
            of:
                """
                \(adjective) soldiers killed 12 villagers near the border, police said.

                The shelling came from the territory of \(state).
                """)
        #expect(model.actors.contains { $0.name == state && $0.kind == .state })
        #expect(!model.actors.contains { $0.name == adjective })
    }
}
