import ConflictModel

/// Reads a report and writes the draft of its model: every figure with its claimant, qualifier,
/// unit, side and stance, the people who speak, and their statements, each citing its paragraph
/// with the report's own words. What it is not sure of it marks for review, with the reason.
public struct Drafter: Sendable {
    let words: DraftingWords
    /// The model drafted into, if any: its actors are reused, its claims found again.
    let into: ConflictModel?
    /// The actors known before reading: the model drafted into, the built-in model, the gazetteer.
    let known: [ConflictModel]

    public init(words: DraftingWords, into: ConflictModel? = nil, gazetteers: [ConflictModel]) {
        self.words = words
        self.into = into
        known = (into.map { [$0] } ?? []) + [.builtin] + gazetteers
    }

    /// The vocabulary drafts take units, measures and acts from: the model's, then the built-in one.
    var vocabulary: Vocabulary { into?.vocabulary ?? ConflictModel.builtin.vocabulary }

    public func draft(_ report: Report) -> Draft {
        var context = ReadingContext(index: ActorIndex(models: known))
        var reviews = Reviews()
        let outlet = report.outlet ?? "Unknown outlet"
        let date = report.date
        let sourceID = Self.slug(outlet) + (date.map { "-\($0)" } ?? "")
        let sentences = report.paragraphs.enumerated().flatMap { number, paragraph in
            Sentence.split(
                paragraph, number: number, lineStarts: report.lineStarts.indices.contains(number) ? report.lineStarts[number] : []
            )
        }
        let figureReader = FigureReader(words: words, reported: date)
        let statementReader = StatementReader(words: words, vocabulary: vocabulary)

        // First, who the report names, and which two sides it is about: a figure that does not
        // say whose it is belongs to one of them.
        meetActors(in: sentences, outlet: outlet, sourceID: sourceID, context: &context, reviews: &reviews)
        findSides(in: sentences, context: &context)
        context.turns = SpeakerTurns.of(
            sentences, index: &context.index, home: context.bareBodiesOwner, sourceID: sourceID, titles: words.personTitles,
            dayIn: figureReader.dayAfterOn)
        context.documents = ReproducedDocument.all(in: sentences, index: context.index, words: words, figureReader: figureReader)

        var claims: [DraftedClaim] = []
        var statements: [DraftedStatement] = []
        var cited: [String: SourceRef] = [:]
        var carry = ClaimantTime()
        let entryTimes = Self.entryTimes(of: sentences)
        let entryDays = Self.entryDays(of: sentences, figureReader: figureReader)
        // "Flash Update No. 3 (as of 10 January 2027)": the day the whole report's figures hold.
        let statedAsOf = sentences.first { $0.paragraph == 0 }.flatMap { figureReader.statedDay(in: $0) }
        // "Unless stated otherwise, they are totals since the uprising began on March 14, 2026":
        // the period every figure of a factbox covers.
        let statedPeriod = sentences.lazy.filter { $0.paragraph <= 2 }.compactMap { figureReader.statedPeriod(in: $0) }.first
        // The figures of the sentence before: what "Doravia denied the claim" denies. After a
        // sentence with none ("He accused the group of counting fighters as civilians. Everel
        // rejected the charge."), a denial rejects what was said, not the figures before it.
        var figuresBefore: [DraftedClaim] = []
        var turnFigures: (speaker: String?, claims: [DraftedClaim]) = (nil, [])
        // A roundup's items, each under a dateline of its own: where it happened, and the day
        // its figures hold.
        let items = Dateline.items(of: sentences)
        var itemDay: PartialDate?
        for sentence in sentences {
            let mentions = context.index.mentions(in: sentence)
            if let item = items.first(where: { $0.sentence.paragraph == sentence.paragraph && $0.sentence.text == sentence.text })
            {
                itemDay = figureReader.day(at: item.dateline.town.upperBound + 2, in: sentence)
                let state = mentions.first { $0.first > item.dateline.town.upperBound && context.index.kind(of: $0.id) == .state }
                context.homeState = state?.id
                // "the port authority said" of one item is not "he said" of the next.
                context.lastSpeaker = nil
                context.lastBody = nil
            }
            for mention in mentions where cited[mention.id] == nil {
                cited[mention.id] = SourceRef(
                    source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(mention.first, mention.last))
            }
            let attributions = Attribution.find(in: sentence, mentions: mentions, words: words, context: context)
            let figures = figureReader.figures(in: sentence, mentions: mentions, context: context)
            var drafted: [DraftedClaim] = []
            for figure in figures {
                var one = claim(
                    figure, in: sentence, attributions: attributions, outlet: outlet, sourceID: sourceID, context: &context)
                carry.apply(to: &one.claim, paragraph: sentence.paragraph, reported: statedAsOf ?? date)
                if let itemDay, one.claim.asOf == (statedAsOf ?? date) { one.claim.asOf = itemDay }
                // An interview's figures hold on the day it was done, unless they say another.
                if let turns = context.turns, turns.isTurn(sentence.paragraph), let day = turns.day,
                    one.claim.asOf == (statedAsOf ?? date)
                {
                    one.claim.asOf = day
                }
                if let statedPeriod, !figure.isPart, !one.claim.runningTotal, sentence.paragraph > 0 {
                    one.claim.runningTotal = true
                    one.claim.since = statedPeriod
                }
                // "Nov. 2 — The defence ministry raises its toll to 58": a timeline's entry holds on its day.
                if let day = entryDays[sentence.paragraph], one.claim.asOf == (statedAsOf ?? date) { one.claim.asOf = day }
                // "9.12pm: The death toll has risen to 21": a live entry's time is when its figures hold.
                if let minutes = entryTimes[sentence.paragraph], let day = one.claim.asOf, day.minutes == nil,
                    day == (statedAsOf ?? date),
                    let dayOfMonth = day.day
                {
                    one.claim.asOf = PartialDate(year: day.year, month: day.month, day: dayOfMonth, minutes: minutes)
                }
                // "CUMULATIVE, 19 NOVEMBER 2027 TO 06:00 9 MAY 2028" over a bulletin's lines: the
                // period its figures cover.
                let document = context.document(at: sentence.paragraph)
                if let period = document?.periods[sentence.paragraph] {
                    one.claim.asOf = period.asOf
                    // "tanks – 1,212 (+9)": the bracket's count of the past day is no total.
                    one.claim.runningTotal = period.isRunningTotal && !figure.isPart && !figure.isIncrement
                    one.claim.since = one.claim.runningTotal ? period.since : nil
                } else if let document, let issued = document.issued, one.claim.claimant == document.issuer,
                    let day = one.claim.asOf, day.minutes == nil,
                    day == (statedAsOf ?? date) || (day.year == issued.year && day.month == issued.month && day.day == issued.day)
                {
                    // The update's own figures of its day hold at the hour it was issued, and a
                    // statement's on the day it is signed.
                    one.claim.asOf = issued
                }
                // A period must end after it begins, or the draft would not load: a start the
                // text gives after the figure's day is left for a person to set.
                if let since = one.claim.since, let asOf = one.claim.asOf, asOf.lastDay < since.firstDay {
                    one.claim.since = nil
                    one.doubts.append("the start of its period (\(since)) is after the day it holds: set since")
                }
                drafted.append(one)
            }
            claims += drafted
            claims += Self.claimsDenied(zip(figures, drafted), in: sentence, mentions: mentions)
            // "..., which the defence ministry denies": a denier the draft knows by words only.
            let deniers = attributions.map { attribution -> Attribution in
                guard attribution.stance == .denied,
                    let id = actor(speaking: attribution.speaker, sourceID: sourceID, sentence: sentence, context: &context)
                else { return attribution }
                return Attribution(speaker: .actor(id), stance: .denied, at: attribution.at, doubt: attribution.doubt)
            }
            claims += Self.denials(
                of: figures.isEmpty
                    ? figuresBefore.filter { sentence.paragraph - ($0.claim.sources.first?.paragraph ?? 0) <= 1 } : drafted,
                in: sentence, attributions: deniers, after: figures.last?.last, state: context.index.state)
            // "Q: The army says it killed 60 of your men. A: Sixty? That is a lie.": the one who
            // answers denies the question's figures.
            // "I reject both of those figures entirely" in the turn after a member's: the one who
            // speaks denies the figures of the turn before.
            if let turns = context.turns, turns.isTurn(sentence.paragraph) {
                let speaker = turns.speakers[sentence.paragraph]
                // "The figure of 60 is false": the one who speaks denies that figure of the turn before.
                let scorned = FigureReader.scornedValue(in: sentence, words: words)?.value
                if let speaker, let scorned, turnFigures.speaker != speaker {
                    claims += Self.rebuttals(
                        of: turnFigures.claims.filter { $0.claim.quantity.value == scorned }, by: speaker, in: sentence)
                }
                if let speaker, figures.isEmpty, Self.isRebuttal(sentence), turnFigures.speaker != speaker {
                    claims += Self.rebuttals(of: turnFigures.claims, by: speaker, in: sentence)
                    turnFigures.claims = []
                } else if !drafted.isEmpty {
                    if turnFigures.speaker != speaker || turnFigures.claims.isEmpty { turnFigures = (speaker, []) }
                    turnFigures.claims += drafted
                }
            }
            // "Sorry, that should be 19, not 17": the speaker takes back a figure said before.
            if let value = Self.withdrawnValue(in: sentence, words: words),
                let speaker = context.turns?.speakers[sentence.paragraph] ?? context.lastSpeaker?.id
            {
                claims.removeAll {
                    $0.claim.claimant == speaker && $0.claim.quantity.value == value && $0.claim.stance == .asserted
                }
                turnFigures.claims.removeAll { $0.claim.quantity.value == value }
            }
            figuresBefore = drafted
            if let toll = figures.last(where: { $0.unit == "people" && !$0.isPart }) {
                context.lastToll = (toll.measure, sentence.paragraph)
            }
            for reading in statementReader.statements(
                in: sentence, mentions: mentions, attributions: attributions, context: context)
            where !Self.isUnresolvedPronoun(reading.speaker, words: words) {
                statements.append(statement(reading, in: sentence, sourceID: sourceID, context: &context))
            }
            for mention in mentions {
                if context.index.kind(of: mention.id) == .person {
                    context.met(person: mention.id)
                } else {
                    context.met(body: mention.id)
                }
            }
            // "We put that to the governor. He called the claim a fairy tale.": the person a
            // title points back to is the one "he" means next.
            for (the, title) in zip(sentence.words, sentence.words.dropFirst())
            where the.lower == "the" && words.personTitles.contains(title.lower) {
                if let person = context.lastPerson(titled: title.lower), !mentions.contains(where: { $0.id == person }) {
                    context.met(person: person)
                    context.lastSpeaker = (person, sentence.paragraph)
                }
            }
            for attribution in attributions {
                guard case .actor(let id) = attribution.speaker else { continue }
                if context.index.kind(of: id) == .person {
                    context.lastSpeaker = (id, sentence.paragraph)
                } else {
                    context.lastBody = id
                }
            }
        }
        let outletID = context.index.id(named: outlet)
        claims = DraftedClaim.mergingRestatements(claims) { rounding, figure in
            // Civilians rounded are not soldiers or fighters counted, nor the other way round.
            func kinds(_ claim: Claim) -> Set<String> {
                let heads = Set(Sentence.words(of: Substring(claim.counted)).map(\.lower))
                return Set(
                    [("civilians", words.civilians), ("combatants", words.forces.union(words.fighters))]
                        .filter { !heads.isDisjoint(with: $0.1) }.map(\.0))
            }
            let (a, b) = (kinds(rounding), kinds(figure))
            guard a.isEmpty || b.isEmpty || !a.isDisjoint(with: b) else { return false }
            // A title's rounding ("Border War Has Killed Some 1,400") is of the body's figure,
            // whoever the title's words seem to give it to.
            if rounding.sources.first?.paragraph == 0 { return true }
            // The lead's "Pakistani authorities said" and the body's minister: one state's figure.
            let (summary, particular) = (rounding.claimant, figure.claimant)
            return summary == particular || summary == outletID || context.index.state(of: particular) == summary
                || (context.index.kind(of: summary) != .person
                    && context.index.state(of: particular) == context.index.state(of: summary)
                    && context.index.kind(of: context.index.state(of: summary)) == .state)
        }
        return assemble(
            report, sourceID: sourceID, outlet: outlet, claims: claims, statements: statements, cited: cited, context: context,
            reviews: reviews)
    }

    // MARK: - People

    /// The people the report introduces by their titles, and the names no model knows where
    /// they stand as actors do, all added to the index before the figures are read.
    private func meetActors(
        in sentences: [Sentence], outlet: String, sourceID: String, context: inout ReadingContext, reviews: inout Reviews
    ) {
        // A first reading finds the states the report names, however late: "the Kalirian people"
        // in its last paragraph says that "Kaliria" in its first is a state, and whom the people
        // named between speak for.
        var probe = context
        var unread = Reviews()
        readActors(in: sentences, sourceID: sourceID, context: &probe, reviews: &unread)
        for id in probe.index.introduced where probe.index.kind(of: id) == .state {
            guard let actor = probe.index.actors[id], context.index.id(named: actor.name) == nil else { continue }
            let state = context.index.introduce(actor)
            for name in probe.index.singleWordNames(of: id) { context.index.alias(name, for: state) }
        }
        // The people the lead counts before the side struck: Brevonian soldiers killed at a base
        // in Sundrath make a report on Brevonia's losses.
        var home =
            LeadToll.state(in: sentences, index: probe.index, words: words)
            ?? StruckSide.struck(in: sentences, index: probe.index)
        // "Neighbouring Zarkand's foreign office": a neighbour is not the report's own country,
        // which is then the state it names most besides.
        let neighbours = Self.neighbours(in: sentences, index: probe.index)
        if !neighbours.isEmpty, home == nil || neighbours.contains(home ?? "") {
            home = Self.statesByMentions(in: sentences, index: probe.index).first { !neighbours.contains($0) } ?? home
        }
        if let home, let name = probe.index.actors[home]?.name {
            context.homeState = context.index.id(named: name)
        }
        meetOutlet(outlet, context: &context)
        readActors(in: sentences, sourceID: sourceID, context: &context, reviews: &reviews)
    }

    /// An outlet that is a state's own body, "Ministry of Defence of Maltrenia": it speaks for the
    /// state, which is the report's own where nothing else says whose it is.
    private func meetOutlet(_ outlet: String, context: inout ReadingContext) {
        guard let line = Sentence.split(outlet, number: 0).first else { return }
        let found = NameFinder(words: words).names(in: line, index: context.index)
        guard var body = found.first(where: { $0.actor.name == outlet })?.actor,
            let owner = body.represents ?? body.partOf,
            let state = found.first(where: { $0.actor.id == owner })?.actor ?? context.index.actors[owner],
            state.kind == .state
        else { return }
        // Neither is cited: the outlet's name is in the report's header, not its text.
        let stateID = context.index.id(named: state.name) ?? context.index.introduce(state)
        if body.represents != nil { body.represents = stateID } else { body.partOf = stateID }
        if let known = context.index.id(named: outlet) {
            context.index.standFor(known, represents: body.represents, partOf: body.partOf)
        } else {
            _ = context.index.introduce(body)
        }
        if context.homeState == nil { context.homeState = stateID }
    }

    /// The states a report calls neighbouring: "neighbouring Kharnvale", "Neighbouring Zarkand's".
    private static func neighbours(in sentences: [Sentence], index: ActorIndex) -> Set<String> {
        var found: Set<String> = []
        for sentence in sentences {
            for mention in index.mentions(in: sentence)
            where mention.first > 0 && ["neighbouring", "neighboring"].contains(sentence.words[mention.first - 1].lower) {
                let state = index.state(of: mention.id)
                if index.kind(of: state) == .state { found.insert(state) }
            }
        }
        return found
    }

    /// The states a report names, most named first.
    private static func statesByMentions(in sentences: [Sentence], index: ActorIndex) -> [String] {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for mention in index.mentions(in: sentence) {
                let state = index.state(of: mention.id)
                if index.kind(of: state) == .state { counts[state, default: 0] += 1 }
            }
        }
        return counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
    }

    private func readActors(in sentences: [Sentence], sourceID: String, context: inout ReadingContext, reviews: inout Reviews) {
        let persons = PersonFinder(words: words)
        let names = NameFinder(
            words: words, places: NameFinder.placeNames(in: sentences), capitalized: NameFinder.capitalizedWords(in: sentences))
        var demonyms: [(name: String, sentence: Sentence, found: NameFinder.Found)] = []
        var named: [String] = []
        meetDateline(of: sentences, sourceID: sourceID, context: &context)
        let titleCased = Self.isTitleCased(sentences.filter { $0.paragraph == 0 })
        for sentence in sentences {
            for person in persons.introductions(in: sentence, index: context.index) {
                introduce(person, in: sentence, sourceID: sourceID, named: named, context: &context, reviews: &reviews)
            }
            var introduced: [String: String] = [:]
            for found in names.names(in: sentence, index: context.index) {
                // "Security Council Told Border War Has Killed Some 1,400": a title in capitals
                // names no one new in more than one word.
                if titleCased, sentence.paragraph == 0, found.actor.name.contains(" "),
                    context.index.id(named: found.actor.name) == nil
                {
                    continue
                }
                // "the Brotherhood" of the Black Tide Brotherhood too, and "the Ministry of Defence"
                // of the Ministry of Defence of the Republic of Harnovia.
                let existing = context.index.actors[found.actor.id].flatMap { existing in
                    existing.name == found.actor.name || existing.name.hasSuffix(" " + found.actor.name)
                        || existing.name.hasPrefix(found.actor.name + " of ") ? existing.id : nil
                }
                if let existing {
                    // A known body named as the text names it: "Thailand's army" for the Royal Thai Army.
                    context.index.alias(sentence.excerpt(found.first, found.last), for: existing)
                }
                if let known = existing ?? context.index.id(named: found.actor.name) {
                    // The outlet "Ministry of Defence of the Republic of Harnovia" speaks for Harnovia.
                    context.index.standFor(
                        known, represents: found.actor.represents.flatMap { introduced[$0] ?? $0 },
                        partOf: found.actor.partOf.flatMap { introduced[$0] ?? $0 })
                    continue
                }
                // "Karvenian soldiers" before "Karvenia" is named: decided once the whole report is read.
                if found.mayBeAdjective, NameFinder.isAdjective(found.actor.name) {
                    demonyms.append((found.actor.name, sentence, found))
                    continue
                }
                var actor = found.actor
                actor.represents = actor.represents.flatMap { introduced[$0] ?? $0 }
                actor.partOf = actor.partOf.flatMap { introduced[$0] ?? $0 }
                actor.sources = [
                    SourceRef(source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(found.first, found.last))
                ]
                introduced[found.actor.id] = context.index.introduce(actor)
            }
            nameAcronyms(in: sentence, index: &context.index)
            // Named before the people of the sentences after: whom "army spokesman" speaks for.
            named += context.index.mentions(in: sentence).map(\.id).filter { context.index.kind(of: $0) != .person }
        }
        // "Ministry of Defence" in the title, "the Ministry of Defence of the Republic of Harnovia"
        // in the text: one body.
        for id in context.index.introduced {
            guard let short = context.index.actors[id], short.kind != .person else { continue }
            let long = context.index.introduced.first { other in
                guard let actor = context.index.actors[other], actor.kind == short.kind else { return false }
                return actor.name.lowercased().hasPrefix(short.name.lowercased() + " of ")
            }
            if let long { context.index.merge(id, into: long) }
        }
        // "the Ministry of Defence said" in a report on Brevonia: the Brevonian Ministry of
        // Defence, named so that it is told from another state's.
        context.mostNamedState = Self.mostNamedState(in: named, index: context.index)
        if let owner = context.bareBodiesOwner {
            for id in context.index.introduced {
                guard let body = context.index.actors[id], body.kind != .person, body.kind != .state,
                    body.represents == nil, body.partOf == nil, NameFinder.isBareStateBody(body.name)
                else { continue }
                // "MINISTRY OF HEALTH" heading a bulletin of the Ashtovari health ministry: one body.
                if let same = Self.sameBody(as: body.name, of: owner, besides: id, index: context.index) {
                    context.index.merge(id, into: same)
                    continue
                }
                context.index.rename(id, to: Self.bodyName(body.name, of: owner, index: context.index))
                context.index.standFor(
                    id, represents: body.kind == .armedForce ? nil : owner, partOf: body.kind == .armedForce ? owner : nil)
            }
        }
        for demonym in demonyms where context.index.id(named: demonym.name) == nil {
            if let base = NameFinder.demonymBase(demonym.name, index: context.index) {
                context.index.alias(demonym.name, for: base)
                // "the Kirrani army" was made part of a state "Kirrani": it is Kirran's.
                context.index.redirect(demonym.found.actor.id, to: base)
            } else {
                // "Karvenian soldiers" of a Karvenia the report never names alone.
                var actor = demonym.found.actor
                // "Quellish" of the Quellmark the report names only in passing ("the Quellmark regime").
                let stateName = names.stateName(fromAdjective: actor.name)
                if stateName != actor.name {
                    actor = Actor(id: Self.slug(stateName), name: stateName, aliases: [actor.name], kind: .state)
                }
                actor.sources = [
                    SourceRef(
                        source: sourceID, paragraph: demonym.sentence.paragraph,
                        excerpt: demonym.sentence.excerpt(demonym.found.first, demonym.found.last))
                ]
                context.index.redirect(demonym.found.actor.id, to: context.index.introduce(actor))
            }
        }
        // "Kirran's army" was named before "Kirrani" showed Kirran's adjective: it is the Kirrani
        // Army too.
        for id in context.index.introduced {
            guard let actor = context.index.actors[id],
                let state = (actor.partOf ?? actor.represents).flatMap({ context.index.actors[$0] }),
                actor.name.hasPrefix(state.name + " ")
            else { continue }
            let adjective = NameFinder.adjective(of: state.name, known: context.index)
            if adjective != state.name { context.index.addAlias(adjective + actor.name.dropFirst(state.name.count), to: id) }
        }
    }

    /// Whether a title capitalizes most of its words, as headlines in title case do.
    private static func isTitleCased(_ title: [Sentence]) -> Bool {
        let long = title.flatMap(\.words).filter { $0.isWord && $0.text.count >= 4 && !$0.startsWithDigit }
        return long.count >= 4 && long.filter(\.isCapitalized).count * 10 >= long.count * 7
    }

    /// "TAVRO, Nalestra (CP) —": the country of the dateline is a state, whatever else the report
    /// calls it, and the report's own: whom a minister with no country in his title speaks for,
    /// and whose people a toll with no side counts. "KABUL, Feb 27" names it by a town it knows.
    private func meetDateline(of sentences: [Sentence], sourceID: String, context: inout ReadingContext) {
        if context.homeState == nil, let country = Self.titleCountry(of: sentences, index: context.index) {
            context.homeState = country
        }
        guard let (sentence, dateline) = Dateline.of(sentences) else { return }
        if let country = dateline.country {
            let name = sentence.excerpt(country.lowerBound, country.upperBound)
            let id =
                context.index.id(named: name)
                ?? context.index.introduce(
                    Actor(
                        id: Self.slug(name), name: name, kind: .state,
                        sources: [SourceRef(source: sourceID, paragraph: sentence.paragraph, excerpt: name)]))
            context.homeState = context.index.state(of: id)
        } else if let town = context.index.mentions(in: sentence).first(where: { $0.first == 0 }),
            town.last == dateline.town.upperBound
        {
            context.homeState = context.index.state(of: town.id)
        }
        if let home = context.homeState, context.index.kind(of: home) != .state { context.homeState = nil }
    }

    /// "Mirkand: What we know about the battle for Talvo", "Sevrania: Escalation of hostilities":
    /// the country a title begins with, before a colon.
    private static func titleCountry(of sentences: [Sentence], index: ActorIndex) -> String? {
        guard let title = sentences.first(where: { $0.paragraph == 0 }),
            let first = index.mentions(in: title).first, first.first == 0, first.last + 1 < title.words.count,
            title.words[first.last + 1].text == ":"
        else { return nil }
        let state = index.state(of: first.id)
        return index.kind(of: state) == .state ? state : nil
    }

    /// "the Hill Tribes Liberation Army (HTLA)", "the Kalirian Popular Front (FPK, after its
    /// French initials)": the capitals in brackets after a name are another name of it.
    private func nameAcronyms(in sentence: Sentence, index: inout ActorIndex) {
        let all = sentence.words
        for open in all.indices where all[open].text == "(" && open > 0 && open + 2 < all.count {
            let acronym = all[open + 1]
            guard [")", ","].contains(all[open + 2].text), (2...8).contains(acronym.text.count),
                acronym.text.allSatisfy({ $0.isUppercase || $0 == "-" }),
                let named = index.mentions(in: sentence).last(where: { $0.last == open - 1 })
            else { continue }
            if let known = index.id(named: String(acronym.text)) {
                // The report's own meaning of the letters wins over another actor's.
                if known != named.id, index.introduced.contains(named.id), !index.introduced.contains(known) {
                    index.takeName(String(acronym.text), for: named.id)
                } else if known != named.id, index.introduced.contains(known), index.kind(of: known) == .state,
                    index.actors[known]?.name == String(acronym.text)
                {
                    // "What does the SPA say?" before "the Sovann People's Army (SPA)": the letters
                    // taken for a state were the group's.
                    index.merge(known, into: named.id)
                }
                continue
            }
            if index.introduced.contains(named.id) {
                index.addAlias(String(acronym.text), to: named.id)
            } else {
                index.alias(String(acronym.text), for: named.id)
            }
        }
    }

    /// How often each actor is named, and the report's two most named parties: its sides. A
    /// party is a state, with all that stands for it, or an armed group that stands for none
    /// (rebels fighting a state are the other side of a civil war). They are counted where
    /// something was done to someone: a mediator named in every statement is no side.
    private func findSides(in sentences: [Sentence], context: inout ReadingContext) {
        var fighting: [String: Int] = [:]
        let names = NameFinder(words: words)
        for sentence in sentences {
            // "after its French initials": a people's adjective counts only before what a side has.
            let mentions = context.index.mentions(in: sentence).filter { mention in
                let word = sentence.words[mention.first]
                let isAdjective =
                    mention.first == mention.last && context.index.actors[mention.id]?.name.lowercased() != word.lower
                    && (NameFinder.isAdjective(word.lower) || word.lower.hasSuffix("ch"))
                return !isAdjective
                    || names.isSideWord(mention.last + 1 < sentence.words.count ? sentence.words[mention.last + 1] : nil)
            }
            for mention in mentions { context.mentionCounts[mention.id, default: 0] += 1 }
            guard
                sentence.words.indices.contains(where: { index in
                    words.measures.contains { sentence.matches($0.words, at: index) }
                })
            else { continue }
            // "fled towards Fendaria", "a research group based in Fendaria": a place is no side.
            for mention in mentions where !Self.isWhereTo(mention, in: sentence) { fighting[mention.id, default: 0] += 1 }
        }
        func parties(_ counts: [String: Int]) -> [String] {
            let states = Dictionary(grouping: counts, by: { context.index.state(of: $0.key) })
                .filter { [.state, .armedGroup].contains(context.index.kind(of: $0.key)) }
                .mapValues { $0.reduce(0) { $0 + $1.value } }
            return Array(states.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key))
        }
        let fought = parties(fighting)
        context.sides = fought.count == 2 ? fought : parties(context.mentionCounts)
    }

    /// Whether a state is named as where people went or where a body is: "towards Fendaria",
    /// "into Pelloria", "based in Fendaria".
    private static func isWhereTo(_ mention: Mention, in sentence: Sentence) -> Bool {
        guard mention.first > 0 else { return false }
        let before = sentence.words[mention.first - 1].lower
        if ["towards", "toward", "into", "to"].contains(before) { return true }
        return before == "in" && mention.first > 1
            && ["based", "located", "headquartered"].contains(sentence.words[mention.first - 2].lower)
    }

    private func introduce(
        _ person: PersonFinder.Introduction, in sentence: Sentence, sourceID: String, named: [String],
        context: inout ReadingContext, reviews: inout Reviews
    ) {
        if context.index.id(named: person.name) != nil { return }
        var represents = person.roleMentions.last.map(\.id)
        if represents == nil, let body = person.representsName {
            // "Head of Office" is of a body, "foreign minister of Easton" of a state.
            let words = Sentence.words(of: Substring(body.name))
            let kind: Actor.Kind =
                words.count > 1 || words.last.map({ self.words.bodyKinds[$0.lower] != nil }) == true ? .organisation : .state
            represents = context.index.introduce(
                Actor(
                    id: Self.slug(body.name), name: body.name, kind: kind,
                    sources: [
                        SourceRef(
                            source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(body.first, body.last))
                    ]))
        }
        let role = person.roleMentions.reduce(person.role) { role, mention in
            // "Afghan government spokesman" keeps its words; "Iran’s Foreign Minister" loses the owner.
            sentence.words[mention.last].lower.hasSuffix("’s") || sentence.words[mention.last].lower.hasSuffix("'s")
                ? String(role.dropFirst(sentence.excerpt(mention.first, mention.last).count).trimmingBlanks) : role
        }
        // "Army spokesman Col. Dev Marath" after "Karvenia's army said": the army named last;
        // "Information minister Mara Selden" after "Southland said": the state named last.
        // "Varenian army spokesman": the role's adjective names the state, before the report's
        // adjectives are all known.
        if represents == nil {
            let index = context.index
            represents =
                Sentence.words(of: Substring(person.role)).filter(\.isCapitalized)
                .compactMap { NameFinder.demonymBase(String($0.text), index: index) }.first
        }
        var guessed: (id: String, why: String)?
        var weakGuess = false
        // "shopkeeper Ludo Feskel": a private person speaks for no one.
        if represents == nil, !person.isPrivate {
            let roleWords = Sentence.words(of: Substring(person.role)).map(\.lower)
            let body = named.last { id in
                guard let name = context.index.actors[id]?.name else { return false }
                return Sentence.words(of: Substring(name)).contains {
                    roleWords.contains($0.lower) && !words.personTitles.contains($0.lower)
                }
            }
            let first = roleWords.first ?? ""
            let owned: String?
            if ["its", "their"].contains(first) {
                // "Speaking for Tessmoor, its ambassador": the state or body named before in the
                // sentence; "Its commander, Ardo Fell" after "The Tarn Highlands Army says": the
                // body named last.
                let owners: Set<Actor.Kind> = [.armedGroup, .armedForce, .organisation, .government, .state]
                owned =
                    context.index.mentions(in: sentence).last(where: {
                        $0.last < person.roleFirst && owners.contains(context.index.kind(of: $0.id) ?? .person)
                    })?.id
                    ?? named.last { [.armedGroup, .armedForce, .organisation, .government].contains(context.index.kind(of: $0)) }
            } else if ["rebels'", "rebel", "insurgents'", "militants'", "militia's", "group's"].contains(first)
                || (person.roleFirst > 1 && ["'", "’"].contains(sentence.words[person.roleFirst - 1].text)
                    && ["rebels", "insurgents", "militants"].contains(sentence.words[person.roleFirst - 2].lower))
            {
                // "the rebels' commander, Tavish Orrin": the armed group named last.
                owned = named.last { context.index.kind(of: $0) == .armedGroup }
            } else {
                owned = nil
            }
            if let body = body ?? owned {
                guessed = (body, "named before")
            } else if let home = context.homeState {
                guessed = (home, "the report's own country")
            } else if let state = Self.mostNamedState(in: named, index: context.index) {
                guessed = (state, "named before")
                // The state named most is a weak guess: "Ondine Vallcourt, Under-Secretary-General"
                // of a meeting on two states speaks for neither.
                weakGuess = true
            }
            represents = guessed?.id
        }
        // "Tarar" of Attaullah Tarar; "the representative of Calverra" has no surname to be called
        // by, but "Halcyra's delegate" is the Delegate of Halcyra.
        let written = sentence.excerpt(person.nameFirst, person.nameLast)
        // "COLONEL ORIEL SANDQUIST" of a heading in capitals is Oriel Sandquist, a colonel.
        let inCapitals = !person.name.contains(where: \.isLowercase)
        let name = inCapitals ? person.name.titleCasedWords : person.name
        let aliases =
            person.isUnnamed
            ? [written].filter { $0.lowercased() != name.lowercased() }
            : name.split(separator: " ").last.map { [String($0)] } ?? []
        let actor = Actor(
            id: Self.slug(name), name: name, aliases: aliases, kind: .person,
            role: inCapitals ? role.lowercased() : role,
            represents: represents,
            sources: [
                SourceRef(
                    source: sourceID, paragraph: sentence.paragraph,
                    excerpt: sentence.excerpt(min(person.roleFirst, person.nameFirst), max(person.roleLast, person.nameLast)))
            ])
        let id = context.index.introduce(actor)
        if person.isUnnamed { context.index.nameByTitle(id) }
        if weakGuess { context.guessedOwners.insert(id) }
        if let guessed {
            reviews.add(
                .actors, id,
                "whom \(name) speaks for is not in the role: taken as \(context.index.actors[guessed.id]?.name ?? guessed.id), \(guessed.why)"
            )
        } else if represents == nil, !person.isPrivate {
            reviews.add(.actors, id, "whom \(name) speaks for is not in the text: set represents")
        }
    }

    /// The state named most so far, the last of those named as often: whom a mayor, a governor
    /// or a health minister whose role names no state speaks for. A neighbour named once, last,
    /// is not the report's own state.
    private static func mostNamedState(in named: [String], index: ActorIndex) -> String? {
        var counts: [String: Int] = [:]
        var last: [String: Int] = [:]
        for (position, id) in named.enumerated() {
            let state = index.state(of: id)
            guard index.kind(of: state) == .state else { continue }
            counts[state, default: 0] += 1
            last[state] = position
        }
        return counts.max { ($0.value, last[$0.key] ?? 0) < ($1.value, last[$1.key] ?? 0) }?.key
    }

    // MARK: - Claims

    private func claim(
        _ figure: FigureReader.Figure, in sentence: Sentence, attributions: [Attribution], outlet: String, sourceID: String,
        context: inout ReadingContext
    ) -> DraftedClaim {
        var doubts: [String] = []
        var claimant: String
        var stance = Claim.Stance.asserted
        if let attribution = Attribution.nearest(attributions, to: figure.first, in: sentence) {
            stance = attribution.stance
            // "He said" with no one before: the outlet's own figure, as one with no claimant.
            claimant =
                actor(speaking: attribution.speaker, sourceID: sourceID, sentence: sentence, context: &context)
                ?? unknownActor(outlet, sourceID: sourceID, sentence: sentence, context: &context)
            if let doubt = attribution.doubt {
                doubts.append(doubt + (claimant == context.index.id(named: outlet) ? ": set as the outlet's own figure" : ""))
            }
        } else if sentence.isQuoted(at: figure.first), let speaker = context.lastSpeaker,
            speaker.paragraph == sentence.paragraph
        {
            // “We have counted 27 dead,” after the sentence that named who speaks.
            claimant = speaker.id
        } else if let turnSpeaker = context.turns?.speakers[sentence.paragraph] {
            // "A: We lost eleven men at Kelloch": the answer's; a minister's turn, hers.
            claimant = turnSpeaker
        } else if let issuer = context.issuer(of: sentence) {
            // "Killed: 14" in the bulletin the ministry issued: the ministry's.
            claimant = issuer
        } else {
            claimant = unknownActor(outlet, sourceID: sourceID, sentence: sentence, context: &context, kind: .organisation)
            doubts.append("no claimant in its sentence: set as the outlet's own figure")
        }
        if figure.denied { stance = .denied }
        var party = figure.party
        // "The army says it killed 60 of your men": in an interview's question, the side of
        // the one asked.
        if let turns = context.turns, let interviewee = turns.interviewee, turns.questions.contains(sentence.paragraph),
            sentence.words[figure.first...figure.last].contains(where: { $0.lower == "your" })
                || (figure.last + 2 < sentence.words.count && sentence.words[figure.last + 1].lower == "of"
                    && sentence.words[figure.last + 2].lower == "your")
        {
            party = context.index.state(of: interviewee)
        }
        // "Zarkand accused Ruvalan troops of ... killing three civilians": an accuser's civilians
        // are its own, whoever the accused are.
        let claimantState = context.index.state(of: claimant)
        if stance == .alleged, context.index.kind(of: claimantState) == .state,
            Sentence.words(of: Substring(figure.counted)).contains(where: { words.civilians.contains($0.lower) })
        {
            party = claimantState
        } else {
            // An accusation counts what the other side did to the claimant's; a claim about the
            // other side's losses is the claimant's assertion, however it is worded.
            if stance == .alleged, let party, context.index.state(of: party) != claimantState { stance = .asserted }
            if let doubt = figure.partyDoubt { doubts.append(doubt) }
        }
        if figure.wholeConflict {
            doubts.append("a toll of the whole conflict, both sides: no party")
        } else if party == nil,
            let guess = CountedSide(words: words, context: context).side(of: figure, claimant: claimant, in: sentence)
        {
            party = guess.side
            doubts.append(guess.reason)
        } else if party == nil {
            doubts.append("whose side the figure counts is not in the sentence: set party")
        }
        var unit = figure.unit ?? "people"
        if figure.unit == nil { doubts.append("no unit found for \"\(figure.counted)\": set unit") }
        if vocabulary.unit(unit) == nil
            && !words.units.contains(where: { $0.meaning.unit == unit && $0.meaning.description != nil })
        {
            unit = "people"
        }
        return DraftedClaim(
            claim: Claim(
                id: 0, measure: figure.measure.measure, counted: figure.counted.isEmpty ? figure.measure.measure : figure.counted,
                unit: unit, party: party, quantity: figure.quantity, claimant: claimant, stance: stance, asOf: figure.asOf,
                since: figure.runningTotal ? figure.since : nil, runningTotal: figure.runningTotal,
                sources: [
                    SourceRef(
                        source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(figure.first, figure.last))
                ]),
            measure: figure.measure, doubts: doubts, isRise: figure.isRise, isPart: figure.isPart)
    }

    /// The days that open the entries of a timeline, each paragraph's: "Oct. 9, 2027 — TLA
    /// fighters storm ...", "Nov. 2 — The defence ministry raises ...".
    private static func entryDays(of sentences: [Sentence], figureReader: FigureReader) -> [Int: PartialDate] {
        var days: [Int: PartialDate] = [:]
        for sentence in sentences where sentence.paragraph > 0 && sentence.text.startIndex == sentence.text.base.startIndex {
            guard let day = figureReader.day(at: 0, in: sentence), day.day != nil,
                let dash = sentence.words.prefix(6).firstIndex(where: { ["—", "–", "-", ":"].contains($0.text) }),
                sentence.words[..<dash].allSatisfy({ !$0.isWord || $0.startsWithDigit || $0.isCapitalized })
            else { continue }
            days[sentence.paragraph] = day
        }
        return days
    }

    /// The times that begin the entries of a live report: "9.12pm: ...", "18:42 — ...".
    private static func entryTimes(of sentences: [Sentence]) -> [Int: Int] {
        var times: [Int: Int] = [:]
        for sentence in sentences where times[sentence.paragraph] == nil && sentence.paragraph > 0 {
            let all = sentence.words
            guard let minutes = ReportDates.minutes(sentence, at: 0) else { continue }
            // The time, then the mark that sets it off from the entry.
            guard all.count > 3, all.prefix(5).contains(where: { [":", "—", "–", "-"].contains($0.text) }) else { continue }
            times[sentence.paragraph] = minutes
        }
        return times
    }

    /// Words that make a denial's object a figure said before: "dismissed the claim", "rejected the figures".
    private static let claimNouns = Set([
        "claim", "claims", "figure", "figures", "toll", "tally", "report", "reports", "account", "it", "them", "numbers",
    ]).union(accusationNouns)
    /// The denials by `speaker`, in `sentence`, of figures others gave before it.
    private static func rebuttals(of figures: [DraftedClaim], by speaker: String, in sentence: Sentence) -> [DraftedClaim] {
        figures.filter { $0.claim.claimant != speaker }.map { figure in
            var denial = figure
            denial.claim.claimant = speaker
            denial.claim.stance = .denied
            denial.claim.sources = [
                SourceRef(
                    source: figure.claim.sources[0].source, paragraph: sentence.paragraph,
                    excerpt: sentence.excerpt(0, sentence.words.count - 1))
            ]
            denial.doubts = ["a denial of the figure the question gave: check that it denies this one"]
            return denial
        }
    }

    /// "that should be 19, not 17", "It is 19, not 17": the figure a correction takes back.
    private static func withdrawnValue(in sentence: Sentence, words: DraftingWords) -> Double? {
        let all = sentence.words
        for at in all.indices.dropFirst() where all[at].lower == "not" && all[at - 1].text == "," && at >= 3 && at + 1 < all.count
        {
            guard let withdrawn = NumberPhrase.read(sentence, at: at + 1, words: words),
                let corrected = NumberPhrase.read(sentence, at: at - 2, words: words), corrected.last == at - 2,
                all[..<(at - 2)].suffix(2).contains(where: { ["be", "is", "was", "are", "were"].contains($0.lower) })
            else { continue }
            return withdrawn.value
        }
        return nil
    }

    /// "That is a lie", "It's false", "This is propaganda": words that call what was said untrue.
    private static func isRebuttal(_ sentence: Sentence) -> Bool {
        let all = sentence.words.map(\.lower)
        guard all.count <= 14, let first = all.first else { return false }
        // "That is a lie."
        if ["that", "this", "it", "that's", "it's", "all"].contains(first), all.contains(where: FigureReader.scorn.contains) {
            return true
        }
        // "I reject both of those figures entirely."
        return all.contains { rebuttingVerbs.contains($0) } && all.contains { rebuttedWords.contains($0) }
    }

    private static let rebuttingVerbs: Set<String> = ["reject", "rejects", "deny", "denies", "dispute", "disputes", "refute"]
    private static let rebuttedWords: Set<String> = ["figure", "figures", "claim", "claims", "numbers", "those", "that", "toll"]

    /// Deeds a side denies doing, which figures said before charged it with: "denied shelling the
    /// village", "deny attacking convoys".
    private static let deedWords: Set<String> = [
        "shelling", "attacking", "killing", "firing", "targeting", "striking", "bombing", "burning", "destroying", "shooting",
        "using", "launching", "carrying",
    ]
    private static let accusationNouns: Set<String> = [
        "charge", "charges", "accusation", "accusations", "allegation", "allegations",
    ]

    /// "denies the claims spread by the Quellish side that up to 300 of our servicemen were
    /// killed", "a statement by the Yarvene General Staff that ... had lost more than 600": the
    /// figure a speaker denies is first the claim of whoever the sentence says made it.
    private static func claimsDenied(
        _ figures: Zip2Sequence<[FigureReader.Figure], [DraftedClaim]>, in sentence: Sentence, mentions: [Mention]
    ) -> [DraftedClaim] {
        let all = sentence.words
        var claims: [DraftedClaim] = []
        for (figure, drafted) in figures where drafted.claim.stance == .denied {
            guard
                let noun = all[..<figure.first].indices.last(where: {
                    ["claim", "claims", "allegation", "allegations", "statement", "report", "reports", "assertion"]
                        .contains(all[$0].lower)
                }),
                let that = (noun..<figure.first).first(where: { all[$0].lower == "that" }),
                let maker = mentions.first(where: { mention in
                    mention.first > noun && mention.last < that && mention.id != drafted.claim.claimant
                        && (noun + 1..<mention.first).contains { ["by", "of", "from"].contains(all[$0].lower) }
                })
            else { continue }
            var made = drafted
            made.claim.claimant = maker.id
            made.claim.stance = .asserted
            made.doubts = ["the claim the sentence says \(sentence.excerpt(maker.first, maker.last)) made, and another denies"]
            claims.append(made)
        }
        return claims
    }

    /// "Karvenia's army said it had killed 42 infiltrators, a claim Doravia dismissed": the
    /// figures before a denial by someone else are claims of that other too, denied. In a
    /// sentence without figures ("Doravia rejected the claim"), the denial is of the figures of
    /// the sentence before.
    private static func denials(
        of figures: [DraftedClaim], in sentence: Sentence, attributions: [Attribution], after last: Int?,
        state: (String) -> String
    ) -> [DraftedClaim] {
        var denied: [DraftedClaim] = []
        for attribution in attributions where attribution.stance == .denied {
            guard case .actor(let denier) = attribution.speaker, last.map({ $0 < attribution.at }) ?? true else { continue }
            var accused = false
            // "killing five civilians, including two children. The ISIB termed the allegation
            // \"baseless propaganda\"": the five are denied, the two with them.
            var charged = figures.contains { !$0.isPart } ? figures.filter { !$0.isPart } : figures
            if last == nil {
                let object = sentence.words[(attribution.at + 1)...].prefix(4).map(\.lower)
                // "The council denied shelling the village": the deed the figures before charged it with.
                let deed = object.first.map { deedWords.contains($0) } ?? false
                guard object.contains(where: claimNouns.contains) || deed else { continue }
                // "denied the accusation": what the denier is said to have done to others, not
                // what the accuser claims to have done to the denier.
                accused = deed || object.contains(where: accusationNouns.contains)
                // A deed denied is the charge the sentence before ended on: "nine of them in
                // ambushes ... that the government blames on the Covenant. The rebels deny
                // attacking convoys." Not the fourteen the sentence began with.
                if deed { charged = figures.filter { $0.claim.stance == .alleged } + figures.suffix(1) }
            }
            for figure in charged
            where figure.claim.claimant != denier && figure.claim.stance != .denied
                && (!accused || figure.claim.stance == .alleged || figure.claim.party.map(state) != state(denier))
            {
                var denial = figure
                denial.claim.claimant = denier
                denial.claim.stance = .denied
                if last == nil {
                    denial.claim.sources = [
                        SourceRef(
                            source: figure.claim.sources[0].source, paragraph: sentence.paragraph,
                            excerpt: sentence.excerpt(0, sentence.words.count - 1))
                    ]
                }
                denial.doubts = ["a denial of the figure said before it: check that it denies this one"]
                denied.append(denial)
            }
        }
        return denied
    }

    /// The actor an attribution names: one the draft knows, or one made of the words that name it
    /// ("security sources", "the Varenian emergency services"); nil for a "he" or an "it" that
    /// points at no one.
    private func actor(
        speaking speaker: Attribution.Speaker, sourceID: String, sentence: Sentence, context: inout ReadingContext
    ) -> String? {
        switch speaker {
        case .actor(let id): return id
        case .unknown(let words) where self.words.pronouns.contains(words) || ["it", "they"].contains(words): return nil
        case .unknown(let words): return unknownActor(words, sourceID: sourceID, sentence: sentence, context: &context)
        case .body(let name, let owner):
            return bodyActor(name, of: owner, sourceID: sourceID, sentence: sentence, context: &context)
        }
    }

    /// An actor for words that name no one the draft knows ("security sources", the outlet).
    private func unknownActor(
        _ said: String, sourceID: String, sentence: Sentence, context: inout ReadingContext, kind: Actor.Kind = .organisation
    ) -> String {
        // "two security officials said": security officials, however many spoke.
        let counts: Set<String> = ["two", "three", "four", "five", "several", "some", "many"]
        let first = said.split(separator: " ", maxSplits: 1)
        let words = first.count == 2 && counts.contains(first[0].lowercased()) ? String(first[1]) : said
        if let known = context.index.id(named: words) { return known }
        // "police said" after "Police in Brezno said" or "Corrandel police chief": the same
        // police, named shorter.
        // Not "the army" after "the Brannoch Freedom Army": that is a state's.
        let stateWord = ["army", "military", "navy"].contains(words.lowercased())
        if !words.contains(" "),
            let earlier = context.index.introduced.last(where: { id in
                let name = context.index.actors[id]?.name.lowercased() ?? ""
                return (name.hasPrefix(words.lowercased() + " ") || name.hasSuffix(" " + words.lowercased()))
                    && !(stateWord && context.index.kind(of: id) == .armedGroup)
            })
        {
            return earlier
        }
        // "The Ministry of Defence denies" after "the Ministry of Defence of the Republic of Harnovia".
        if let longer = context.index.introduced.first(where: { id in
            context.index.actors[id].map { $0.kind != .person && $0.name.lowercased().hasPrefix(words.lowercased() + " of ") }
                ?? false
        }) {
            return longer
        }
        // "Krasmor does not publish its own losses. On 18 October its defence ministry said": the
        // body of the state named last.
        let possessor = words.split(separator: " ", maxSplits: 1)
        if possessor.count == 2, ["its", "their"].contains(possessor[0].lowercased()),
            NameFinder.isBareStateBody(String(possessor[1])), let owner = context.lastState
        {
            return bodyActor(
                Self.bodyName(String(possessor[1]), of: owner, index: context.index), of: owner, named: words,
                sourceID: sourceID, sentence: sentence, context: &context)
        }
        // "according to the defence ministry": the ministry of the state the report is about.
        if NameFinder.isBareStateBody(words), let owner = context.bareBodiesOwner {
            return bodyActor(
                Self.bodyName(words, of: owner, index: context.index), of: owner, named: words, sourceID: sourceID,
                sentence: sentence, context: &context)
        }
        // "a senior defence source", "military officials", "provincial police": unnamed people
        // of the state the report is about, as far as the draft can tell.
        if let owner = context.homeState, Self.isUnnamedOfficials(words) {
            let id = bodyActor(
                words.prefix(1).uppercased() + words.dropFirst(), of: owner, named: words, sourceID: sourceID, sentence: sentence,
                context: &context)
            context.guessedOwners.insert(id)
            return id
        }
        // "according to the Halvek regional military administration" in a ministry's update: a
        // body named for a place of the state whose document, or report, it is.
        let parts = Sentence.words(of: Substring(words))
        if parts.count > 1, parts[0].isCapitalized, parts.dropFirst().allSatisfy({ $0.isWord && !$0.isCapitalized }),
            let owner = context.issuer(of: sentence).map({ context.index.state(of: $0) }) ?? context.homeState,
            context.index.kind(of: owner) == .state
        {
            return bodyActor(words, of: owner, named: words, sourceID: sourceID, sentence: sentence, context: &context)
        }
        let name = words.prefix(1).uppercased() + words.dropFirst()
        // Cited where the sentence names it; the outlet, claimant of its own figures, often is not.
        let cited =
            sentence.text.contains(words) ? [SourceRef(source: sourceID, paragraph: sentence.paragraph, excerpt: words)] : []
        return context.index.introduce(Actor(id: Self.slug(name), name: name, kind: kind, sources: cited))
    }

    /// The last words of people who speak for a state without a name: "a senior defence source",
    /// "officials", "provincial police". Not witnesses, residents or doctors, who are no state's.
    private static let officialWords: Set<String> = [
        "source", "sources", "official", "officials", "officer", "officers", "police",
    ]

    /// Whether words name unnamed officials, in lowercase words but the first: "Military source".
    private static func isUnnamedOfficials(_ words: String) -> Bool {
        let all = Sentence.words(of: Substring(words))
        guard let last = all.last, officialWords.contains(last.lower), all.count <= 4 else { return false }
        return all.dropFirst().allSatisfy { !$0.isCapitalized } && all.allSatisfy(\.isWord)
    }

    /// A body of the state the report introduced under another form of the same name: "Ministry
    /// of Health" and "Ashtovari health ministry".
    private static func sameBody(as name: String, of owner: String, besides id: String? = nil, index: ActorIndex) -> String? {
        let adjective = NameFinder.adjective(of: index.actors[owner]?.name ?? owner, known: index)
        let wanted = bodyWords(name, without: adjective)
        return index.introduced.first { other in
            guard other != id, let actor = index.actors[other], actor.kind != .person,
                actor.partOf == owner || actor.represents == owner
            else { return false }
            return bodyWords(actor.name, without: adjective) == wanted
        }
    }

    /// The words of a body's name that say what it is, in any order and case: "Ministry of Health"
    /// and "Ashtovari health ministry" are both {health, ministry}.
    private static func bodyWords(_ name: String, without adjective: String) -> Set<String> {
        let skipped: Set<String> = ["of", "the", "and", "for", adjective.lowercased()]
        return Set(Sentence.words(of: Substring(name)).filter(\.isWord).map(\.lower).filter { !skipped.contains($0) })
    }

    /// A body of a state named with the state's adjective: "Brevonian Ministry of Defence".
    private static func bodyName(_ name: String, of state: String, index: ActorIndex) -> String {
        let bare = name.hasPrefix("The ") || name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
        // Capitalized as a name: "the defence ministry" is the Lurenne Defence Ministry.
        let words = bare.split(separator: " ").map { word in
            ["of", "and", "for", "the"].contains(word.lowercased())
                ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }
        return NameFinder.adjective(of: index.actors[state]?.name ?? state, known: index) + " " + words.joined(separator: " ")
    }

    /// A body of an actor the draft knows, made where the report first gives it words: "the
    /// Varenian emergency services" are part of Varenia, "the army" of the state named last.
    private func bodyActor(
        _ name: String, of owner: String, named words: String? = nil, sourceID: String, sentence: Sentence,
        context: inout ReadingContext
    ) -> String {
        if let known = context.index.id(named: name) { return known }
        if let same = Self.sameBody(as: name, of: owner, index: context.index) {
            // A heading's "MINISTRY OF HEALTH" is better named as the text names it.
            if let shouted = context.index.actors[same]?.name, shouted.filter(\.isLowercase).count * 2 < shouted.count {
                context.index.rename(same, to: name)
            }
            return same
        }
        let last = Sentence.words(of: Substring(name)).last?.lower ?? ""
        let kind: Actor.Kind = ["army", "military", "navy", "forces", "police"].contains(last) ? .armedForce : .organisation
        let excerpt = words ?? name
        let cited =
            sentence.text.contains(excerpt) ? [SourceRef(source: sourceID, paragraph: sentence.paragraph, excerpt: excerpt)] : []
        let id = context.index.introduce(Actor(id: Self.slug(name), name: name, kind: kind, partOf: owner, sources: cited))
        // "the army" finds it again in this report, but is no alias another model's army may share.
        if let words { context.index.alias(words.prefix(1).uppercased() + words.dropFirst(), for: id) }
        context.met(body: id)
        return id
    }

    // MARK: - Statements

    private func statement(
        _ reading: StatementReader.Reading, in sentence: Sentence, sourceID: String, context: inout ReadingContext
    ) -> DraftedStatement {
        var doubts: [String] = []
        let speaker: String
        switch reading.speaker {
        case .actor(let id): speaker = id
        case .unknown(let words): speaker = unknownActor(words, sourceID: sourceID, sentence: sentence, context: &context)
        case .body(let name, let owner):
            speaker = bodyActor(name, of: owner, sourceID: sourceID, sentence: sentence, context: &context)
        }
        // Words of no one named ("he said" with no one before) make no statement worth drafting.
        if let doubt = reading.speakerDoubt { doubts.append(doubt) }
        let source = SourceRef(
            source: sourceID, paragraph: sentence.paragraph, excerpt: sentence.excerpt(reading.first, reading.last))
        let statement: Statement
        if reading.act.reciprocal {
            statement = Statement(
                id: 0, speaker: nil, act: reading.act.id, participants: [speaker] + reading.others, content: reading.content,
                channel: reading.channel, mode: reading.mode, quote: reading.quote, sources: [source])
        } else {
            statement = Statement(
                id: 0, speaker: speaker, act: reading.act.id, targets: reading.others, content: reading.content,
                channel: reading.channel, mode: reading.mode, quote: reading.quote, sources: [source])
            if reading.others.isEmpty { doubts.append("addressed to no one the sentence names: set targets") }
        }
        return DraftedStatement(statement: statement, doubts: doubts)
    }

    private static func isUnresolvedPronoun(_ speaker: Attribution.Speaker, words: DraftingWords) -> Bool {
        guard case .unknown(let said) = speaker else { return false }
        return words.pronouns.contains(said) || ["it", "they"].contains(said)
    }

    /// An id made of a name: "Attaullah Tarar" is "attaullah-tarar".
    static func slug(_ name: String) -> String { ConflictModel.idSlug(name) }
}

/// What a paragraph says once for all of a claimant's figures: "Tarar said ... on Saturday ...
/// He also said that 182 checkpoints were destroyed" gives the second figure the same day, the
/// same start of its period and the same reading as a running total.
struct ClaimantTime {
    private var said: [String: (asOf: PartialDate?, since: PartialDate?, runningTotal: Bool)] = [:]

    mutating func apply(to claim: inout Claim, paragraph: Int, reported: PartialDate?) {
        let key = "\(paragraph) \(claim.claimant)"
        if let earlier = said[key] {
            claim.asOf = claim.asOf ?? earlier.asOf
            claim.since = claim.since ?? earlier.since
            if earlier.runningTotal && !claim.runningTotal {
                claim.runningTotal = true
                claim.since = claim.since ?? earlier.since
            }
        }
        if claim.asOf != nil || claim.since != nil || claim.runningTotal {
            said[key] = (claim.asOf, claim.since, claim.runningTotal)
        }
        claim.asOf = claim.asOf ?? reported
    }
}
