import ConflictModel
import ReportDrafting
import Testing

/// Copy arranged in parts that say who speaks and when: an interview in "Q:" and "A:" turns, a
/// roundup of items under datelines of their own, a factbox whose figures are all totals since
/// one day, a council meeting where envoys speak by title, and a paper's story of its own
/// country's troops abroad.
@Suite struct ArrangedCopyTests {
    /// The answers are the words of the one interviewed, the last person the introduction names,
    /// and hold on the day it says they met; "your men" in a question are that person's side's,
    /// and "That is a lie" denies the question's figure.
    @Test func anInterviewsAnswersAreTheIntervieweesWords() {
        let model = DraftingFixtures.model(
            of:
                """
                The Verlan Liberation Front has fought the Osmarian government since 2024. Our reporter met the rebels' commander, Dario Kelm, near Tessin on 2 March.

                Q: The army says it killed 45 of your men at Brenna. Is that true?

                A: Forty-five? That is a lie. We lost seven men at Brenna, and we took twelve prisoners.
                """)
        let kelm = model.actors.first { $0.name == "Dario Kelm" }
        #expect(kelm?.represents == "verlan-liberation-front")
        let army = model.claims.first { $0.quantity.value == 45 && $0.stance == .asserted }
        #expect(DraftingFixtures.name(army?.claimant, in: model) == "Osmarian Army")
        #expect(army?.party == "verlan-liberation-front")
        #expect(army?.asOf == PartialDate(year: 2026, month: 3, day: 2))
        let denial = model.claims.first { $0.quantity.value == 45 && $0.stance == .denied }
        #expect(denial?.claimant == kelm?.id)
        let lost = model.claims.first { $0.quantity.value == 7 }
        #expect(lost?.claimant == kelm?.id)
        #expect(lost?.party == "verlan-liberation-front")
        let prisoners = model.claims.first { $0.quantity.value == 12 }
        #expect(prisoners?.measure == "captured")
        #expect(prisoners?.claimant == kelm?.id)
    }

    /// Each item of a roundup takes the day of its own dateline, and one item's speaker is not
    /// "she" of the next.
    @Test func aRoundupsItemsTakeTheirDatelinesDay() {
        let model = DraftingFixtures.model(
            of:
                """
                MARVEN, March 6 (TWA) - A car bomb killed 11 people at a market in Oskaria's capital, police said.

                TELLIS, March 5 (TWA) - Border guards of Dunmark said 4 smugglers had been shot dead. She said 3 guards were hurt.
                """)
        #expect(model.claims.first { $0.quantity.value == 11 }?.asOf == PartialDate(year: 2026, month: 3, day: 6))
        #expect(model.claims.first { $0.quantity.value == 4 }?.asOf == PartialDate(year: 2026, month: 3, day: 5))
        let hurt = model.claims.first { $0.quantity.value == 3 }
        #expect(DraftingFixtures.name(hurt?.claimant, in: model) != "Oskarian Police")
    }

    /// "Unless stated otherwise, they are totals since ...": every figure of the factbox is a
    /// running total from that day, but a part of one is not.
    @Test func aFactboxsFiguresAreTotalsSinceTheDayItGives() {
        let model = DraftingFixtures.model(
            of:
                """
                FACTBOX-Ardelia's war in figures. Unless stated otherwise, the figures are totals since the war began on Feb. 3, 2025.

                * KILLED: 2,081 people have been killed, 600 of them children, according to the Ardelian Health Ministry.

                * DETAINED: Some 1,400 people have been detained, the Ardelian Interior Ministry said on March 2.
                """)
        let killed = model.claims.first { $0.quantity.value == 2081 }
        #expect(killed?.runningTotal == true)
        #expect(killed?.since == PartialDate(year: 2025, month: 2, day: 3))
        #expect(model.claims.first { $0.quantity.value == 600 }?.runningTotal == false)
        let detained = model.claims.first { $0.quantity.value == 1400 }
        #expect(detained?.quantity.qualifier == .approximately || detained?.quantity.qualifier == .about)
        #expect(detained?.asOf == PartialDate(year: 2026, month: 3, day: 2))
        #expect(!model.actors.contains { $0.name.hasPrefix("FACTBOX") })
    }

    /// "The representative of Merania said", "Dorval's delegate condemned": envoys named by
    /// title alone are people of their state; "Speaking for Tarsk, its ambassador" speaks for
    /// Tarsk; "Under-Secretary-General for Political Affairs" names a portfolio, not a state.
    @Test func envoysNamedByTitleArePeopleOfTheirState() {
        let model = DraftingFixtures.model(
            of:
                """
                The Council heard a briefing from Inge Solvar, Under-Secretary-General for Political and Peacebuilding Affairs.

                The representative of Merania said Tarskian drones had killed 14 civilians in Ostrava.

                Speaking for Tarsk, its ambassador, Pavel Drun, rejected the charge. Dorval's delegate condemned the attack on Ostrava.
                """)
        let envoy = model.actors.first { $0.name == "Representative of Merania" }
        #expect(envoy?.kind == .person)
        #expect(envoy?.represents == "merania")
        #expect(model.claims.first { $0.quantity.value == 14 && $0.stance != .denied }?.claimant == envoy?.id)
        #expect(model.actors.first { $0.name == "Pavel Drun" }?.represents == "tarsk")
        #expect(model.actors.first { $0.name == "Delegate of Dorval" }?.kind == .person)
        #expect(!model.actors.contains { $0.name == "Political" })
        #expect(model.actors.first { $0.id == "tarsk" }?.kind == .state)
    }

    /// "the Ministry of Defence said" in a story of Caldonian troops killed abroad: the Caldonian
    /// Ministry of Defence, named with its state's adjective; the lead's victims, not the country
    /// of the base, make the report's own state; a lead's lower count is the one the toll "had
    /// risen" from, and "two of the wounded died" are killed.
    @Test func aMinistryWithNoStatesWordIsTheHomeStates() {
        let model = DraftingFixtures.model(
            of:
                """
                At least four Caldonian soldiers were killed when rockets struck their camp in eastern Varrow, the Ministry of Defence said.

                By evening the ministry said the toll had risen to six, after two of the wounded died. Neighbouring Ostland denied arming the militia.
                """)
        let ministry = model.actors.first { $0.name == "Caldonian Ministry of Defence" }
        #expect(ministry?.represents == "caldonia" || ministry?.partOf == "caldonia")
        #expect(model.claims.filter { $0.measure == "killed" }.map(\.quantity.value).sorted() == [2, 4, 6])
        #expect(model.claims.first { $0.quantity.value == 6 }?.party == "caldonia")
        #expect(model.claims.allSatisfy { $0.claimant == ministry?.id || $0.stance == .denied })
    }

    /// A bulletin printed as it was issued: its labelled lines are the figures of the body its
    /// heading names, each section's for the period its heading gives, and "the bulletin" after
    /// it is that body's word too.
    @Test func aReproducedBulletinsLinesAreItsIssuers() {
        let model = DraftingFixtures.model(
            of:
                """
                Shelling killed nine people in Velland overnight, Velland's health ministry said. Its bulletin is printed below.

                MINISTRY OF HEALTH OF VELLAND
                Bulletin No. 40

                LAST 24 HOURS (07:00 1 March to 07:00 2 March)

                Killed: 9 (including 2 children)
                Injured: 31
                Schools damaged: 4

                TOTAL, 3 JANUARY 2026 TO 07:00 2 MARCH 2026

                Killed: 610
                Ambulances destroyed: 12

                The bulletin issued a day earlier had put the total at 601 killed.
                """)
        let ministry = model.actors.first { $0.name == "Velland Health Ministry" }
        #expect(ministry != nil)
        #expect(!model.actors.contains { $0.name.uppercased() == $0.name })
        let injured = model.claims.first { $0.quantity.value == 31 }
        #expect(injured?.measure == "injured")
        #expect(injured?.claimant == ministry?.id)
        #expect(injured?.asOf == PartialDate(year: 2026, month: 3, day: 2, minutes: 7 * 60))
        #expect(injured?.runningTotal == false)
        let schools = model.claims.first { $0.quantity.value == 4 }
        #expect(schools?.measure == "damaged")
        #expect(schools?.unit == "buildings")
        let total = model.claims.first { $0.quantity.value == 610 }
        #expect(total?.claimant == ministry?.id)
        #expect(total?.runningTotal == true)
        #expect(total?.since == PartialDate(year: 2026, month: 1, day: 3))
        let ambulances = model.claims.first { $0.quantity.value == 12 }
        #expect(ambulances?.measure == "destroyed")
        #expect(ambulances?.unit == "vehicles")
        #expect(model.claims.first { $0.quantity.value == 601 }?.claimant == ministry?.id)
    }

    /// An update printed "in full": its list of the enemy's losses, brought in by a sentence that
    /// ends in a colon, gives running totals for the period that sentence names, to the hour the
    /// heading gives, with the past day's count in brackets beside each; its prose is its
    /// issuer's too, and the editor's note after it the outlet's again.
    @Test func anUpdatePrintedInFullIsItsIssuersToTheEditorsNote() {
        let model = DraftingFixtures.model(
            of:
                """
                Example Wire publishes the daily update of Ostmark's Ministry of Defence in full, in our translation.

                MINISTRY OF DEFENCE OF OSTMARK
                Operational update, 6 March 2026, 08:00

                The total combat losses of the enemy from 14.01.2026 to 06.03.2026 are as follows (in brackets, losses over the past day):

                personnel – about 12,300 (+410) persons
                tanks – 412 (+6)
                helicopters – 19

                Over the past day, 61 combat engagements took place along the front line. Enemy drones struck 23 settlements.

                We again call on the servicemen of Varnland to lay down their arms.

                Editor's note: On 4 March its defence ministry said Ostmark had lost 900 servicemen killed and wounded in a week, a figure Ostmark's ministry called "fiction".
                """)
        let ministry = model.actors.first { $0.name == "Ministry of Defence of Ostmark" }
        #expect(ministry != nil)
        let issued = PartialDate(year: 2026, month: 3, day: 6, minutes: 8 * 60)
        let personnel = model.claims.first { $0.quantity.value == 12_300 }
        #expect(personnel?.measure == "casualties")
        #expect(personnel?.claimant == ministry?.id)
        #expect(personnel?.party == "varnland")
        #expect(personnel?.runningTotal == true)
        #expect(personnel?.since == PartialDate(year: 2026, month: 1, day: 14))
        #expect(personnel?.asOf == issued)
        #expect(personnel?.sources.first?.excerpt == "personnel – about 12,300")
        let tanks = model.claims.first { $0.quantity.value == 412 }
        #expect(tanks.map { "\($0.measure) \($0.unit) \($0.party ?? "-")" } == "destroyed vehicles varnland")
        let pastDay = model.claims.first { $0.quantity.value == 6 }
        #expect(pastDay?.measure == "destroyed")
        #expect(pastDay?.runningTotal == false)
        #expect(pastDay?.asOf == issued)
        #expect(pastDay?.sources.first?.excerpt == "tanks – 412 (+6)")
        #expect(model.claims.first { $0.quantity.value == 19 }?.unit == "aircraft")
        // Its prose: the ministry's, of its hour; what the enemy struck, Ostmark's own.
        let settlements = model.claims.first { $0.quantity.value == 23 }
        #expect(settlements?.claimant == ministry?.id)
        #expect(settlements?.party == "ostmark")
        #expect(settlements?.asOf == issued)
        #expect(!model.claims.contains { $0.quantity.value == 61 })
        // The editor's note: the other side's ministry, and the denial beside it.
        let week = model.claims.filter { $0.quantity.value == 900 }
        #expect(week.map(\.measure) == ["casualties", "casualties"])
        #expect(week.map(\.stance) == [.asserted, .denied])
        #expect(week.first.map { DraftingFixtures.name($0.claimant, in: model) } == "Varnland Defence Ministry")
        #expect(week.last?.claimant == ministry?.id)
    }

    /// A group's statement a news site prints in full, in quotes: its paragraphs are the group's
    /// words, of the day it is signed, with "our eleven wounded" its own; the editor's note after
    /// it is the site's again.
    @Test func aStatementPrintedInFullIsTheGroupsOfTheDayItIsSigned() {
        let model = DraftingFixtures.model(
            of:
                """
                The Ambar Liberation Front, which has fought the government of Zenthara since 2019, issued the following statement on Sunday. We publish it in full.

                "Our heroes stormed and captured three military posts of the enemy at Haskel.

                "Six of our fighters rose as martyrs. We ask God to heal our eleven wounded.

                "General Command of the Ambar Liberation Front, 4 March 2026"

                Editor's note: Zenthara's defence ministry rejected the statement.
                """)
        let front = model.actors.first { $0.name == "Ambar Liberation Front" }
        #expect(front?.kind == .armedGroup)
        let posts = model.claims.first { $0.quantity.value == 3 }
        #expect(posts?.claimant == front?.id)
        #expect(posts?.party == "zenthara")
        #expect(posts?.asOf == PartialDate(year: 2026, month: 3, day: 4))
        let wounded = model.claims.first { $0.quantity.value == 11 }
        #expect(wounded?.claimant == front?.id)
        #expect(wounded?.party == front?.id)
    }

    /// A broadcaster's online story: each "-" line of a "What we know so far" block is a sentence
    /// of its own; "the Sovann People's Army" is one armed group, and "the SPA" asked about
    /// before its letters are given is that group, no state.
    @Test func bulletLinesAndAGroupNamedForItsPeople() {
        let model = DraftingFixtures.model(
            of:
                """
                Penvarra's civil protection agency said nine people had died in drone strikes on three towns.

                What we know so far

                - Nine people were killed, including two children
                - The Sovann People's Army says it hit military targets

                What does the SPA say?

                In a post on its channel, the Sovann People's Army (SPA) said it had killed more than 30 soldiers.
                """)
        let agency = model.actors.first { $0.name == "Penvarran Civil Protection Agency" }
        #expect(agency?.represents == "penvarra")
        let group = model.actors.first { $0.name == "Sovann People's Army" }
        #expect(group?.kind == .armedGroup)
        #expect(!model.actors.contains { $0.kind == .state && ["People", "SPA"].contains($0.name) })
        #expect(model.claims.filter { $0.quantity.value == 9 }.allSatisfy { $0.claimant != group?.id })
        #expect(model.claims.first { $0.quantity.value == 30 }?.claimant == group?.id)
    }

    /// A ministry's transcript of its briefing: "SPOKESPERSON:" is the person its heading names
    /// with that title, who speaks for the outlet's state; "QUESTION:" turns are no one's words
    /// but those they quote; "The figure of 60 is false" denies the question's 60; and "that
    /// should be 19, not 17" takes the 17 back.
    @Test func aBriefingsSpokespersonSpeaksForTheMinistrysState() throws {
        let report = Report(
            text: """
                Title: Transcript of the briefing of 16 August
                Outlet: Ministry of Defence of Maltrenia
                Date: 2028-08-16
                -----
                PRESS BRIEFING BY THE SPOKESPERSON OF THE MINISTRY OF DEFENCE, COLONEL ORIEL SANDQUIST

                MODERATOR: Good morning. The spokesperson will take your questions after the update.

                SPOKESPERSON: Since Sunday our forces have retaken the Varrow road from the so-called Thornwood Army and have killed approximately 120 of its fighters.

                Our own losses since Sunday are 17 soldiers killed and 46 wounded.

                QUESTION: Marit Corrello, Harbourline Radio. Colonel, the Thornwood Army says it has killed 60 of your soldiers since Sunday. Is that true?

                SPOKESPERSON: No. The figure of 60 is false. And I have to correct what I said. Our losses since Sunday are 19 soldiers killed. Sorry, that should be 19, not 17.
                """)
        let model = DraftingFixtures.drafter().draft(report).model
        let colonel = model.actors.first { $0.name == "Oriel Sandquist" }
        #expect(colonel?.represents == "maltrenia")
        #expect(model.actors.first { $0.id == "maltrenia" }?.kind == .state)
        #expect(model.actors.first { $0.name == "Thornwood Army" }?.kind == .armedGroup)
        let fighters = model.claims.first { $0.quantity.value == 120 }
        #expect(fighters?.claimant == colonel?.id)
        #expect(fighters?.party == "thornwood-army")
        let ours = model.claims.first { $0.quantity.value == 46 }
        #expect(ours?.claimant == colonel?.id)
        #expect(ours?.party == "maltrenia")
        #expect(!model.claims.contains { $0.quantity.value == 17 })
        #expect(model.claims.filter { $0.quantity.value == 19 }.map(\.claimant) == [colonel?.id])
        let sixty = model.claims.filter { $0.quantity.value == 60 }
        #expect(sixty.map { DraftingFixtures.name($0.claimant, in: model) } == ["Thornwood Army", "Oriel Sandquist"])
        #expect(sixty.map(\.stance) == [.asserted, .denied])
        #expect(!model.claims.contains { $0.sources.first?.paragraph == 1 })
    }

    /// A record of a debate: each turn is the words of the person its mark names, through the
    /// paragraphs after it with no mark, and "I reject those figures" denies the turn before's.
    @Test func aRecordsTurnsAreTheirSpeakersWords() {
        let model = DraftingFixtures.model(
            of:
                """
                The Minister for the Interior (Ms Edda Marlow): I must tell the House that nine Ostrellan police officers were killed on Sunday.

                A further 14 were wounded.

                Mr Pell Garrow (North Vane): Is it not the case that the raids she ordered killed 20 villagers?

                Ms Marlow: I reject those figures.
                """)
        let marlow = model.actors.first { $0.name == "Edda Marlow" }
        #expect(marlow?.kind == .person)
        #expect(marlow?.role == "Minister for the Interior")
        #expect(model.claims.first { $0.quantity.value == 9 }?.claimant == marlow?.id)
        #expect(model.claims.first { $0.quantity.value == 14 }?.claimant == marlow?.id)
        let garrow = model.actors.first { $0.name == "Pell Garrow" }
        #expect(model.claims.first { $0.quantity.value == 20 && $0.stance != .denied }?.claimant == garrow?.id)
        #expect(model.claims.first { $0.quantity.value == 20 && $0.stance == .denied }?.claimant == marlow?.id)
        #expect(!model.actors.contains { $0.name == "Sunday" })
    }

    /// A timeline's entries hold on the day each opens with, and its present tense counts.
    @Test func aTimelinesEntriesHoldOnTheirDays() {
        let model = DraftingFixtures.model(
            of:
                """
                Jan. 4 — A roadside bomb kills six soldiers near Tarn, the army says.

                Feb. 11, 2026 — Rebels seize two police posts, police say.
                """)
        let bomb = model.claims.first { $0.quantity.value == 6 }
        #expect(bomb?.measure == "killed")
        #expect(bomb?.asOf == PartialDate(year: 2026, month: 1, day: 4))
        let posts = model.claims.first { $0.quantity.value == 2 }
        #expect(posts?.measure == "captured")
        #expect(posts?.asOf == PartialDate(year: 2026, month: 2, day: 11))
    }
}
