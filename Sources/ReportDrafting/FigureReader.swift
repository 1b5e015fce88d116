import ConflictModel
import ModelFileFormat

/// The figures of one sentence: a number with its qualifier, what was counted and in what unit,
/// what happened to it (the measure), whose side it counts, and whether it is a running total,
/// with the report's own words for it as the excerpt.
///
/// "at least 415 Taliban fighters and allied militants were killed and over 580 wounded" gives
/// two figures: the second takes what was counted from the first, as a reader does.
struct FigureReader {
    let words: DraftingWords
    let reported: PartialDate?
    /// The units by the words that name them, looked up for every word of every counted phrase.
    private let unitsByPhrase: [[String]: [DraftingWords.UnitMeaning]]

    init(words: DraftingWords, reported: PartialDate?) {
        self.words = words
        self.reported = reported
        var table: [[String]: [DraftingWords.UnitMeaning]] = [:]
        for entry in words.units { table[entry.words, default: []].append(entry.meaning) }
        unitsByPhrase = table
    }

    struct Figure {
        var measure: DraftingWords.MeasureMeaning
        var quantity: Quantity
        var counted: String
        var unit: String?
        var party: String?
        var partyDoubt: String?
        /// Where the figure's words start and end, for the excerpt and for the nearest attribution.
        var first: Int
        var last: Int
        var runningTotal: Bool
        /// "We lost one soldier", "18 of its soldiers", "our men": the claimant's own losses.
        var ownLoss = false
        /// "The conflict has killed more than 8,000 people": a toll of both sides, and no party's.
        var wholeConflict = false
        /// "three of them police officers": a part of the figure before, whose counted words
        /// the figures after it do not take.
        var isPart = false
        /// Whether a verb before it says what was done ("killed 140 soldiers"), rather than a
        /// passive after it ("140 soldiers were killed").
        var doneBy = false
        /// "Not one civilian died": the claimant denies at least one.
        var denied = false
        var since: PartialDate?
        var asOf: PartialDate?
        /// "has risen to 21", "climbed to 40": a count grown from an earlier one.
        var isRise = false
        /// "tanks – 1,212 (+9)": the count of a day, in brackets beside the total it adds to.
        var isIncrement = false
    }

    /// Words that end what was counted: verbs and prepositions after the noun phrase.
    private static let countedStops: Set<String> = [
        "were", "was", "is", "are", "had", "have", "has", "been", "being", "in", "on", "at", "during", "across", "along",
        "since", "amid", "after", "before", "while", "by", "from", "with", "as", "linked", "belonging", "who", "which",
        "that", "including", "to", "for", "into", "near", "when", "where", "but", "so", "this", "last", "earlier",
        "reportedly", "also", "remains", "remain", "still", "reported", "said", "and",
    ]
    /// Words just before a measure that make it say what happened to what was counted: "were
    /// also destroyed", "had reportedly been killed".
    private static let beforePassive: Set<String> = [
        "were", "was", "been", "are", "is", "reportedly", "reported", "confirmed", "recorded", "verified", "documented", "also",
        "all", "later", "allegedly", "effectively", "remains", "remain",
        "still", "went", "have", "has", "had",
    ]
    /// Verbs whose subject suffered the losses counted after them: "Afghan forces have endured 1,000 casualties".
    static let lossVerbs: Set<String> = ["endured", "suffered", "lost", "loses", "sustained", "incurred", "suffering", "losing"]
    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// A number with the words around it, before its measure is settled.
    private struct Candidate {
        let number: NumberPhrase
        let qualifier: DraftingWords.Entry<Qualifier>?
        var first: Int
        var last: Int
        var counted: String
        var countedLast: Int
        var measure: DraftingWords.MeasureMeaning?
        var measureBefore: Int?
        /// Whether the measure stands right after what was counted, or is what was counted.
        var measureAfter = false
        /// "755 +": more than the number.
        var plus = false
        /// "three of them police officers": a part of the figure before.
        var isPart = false
        /// "risen to 31, up from 24 announced on Sunday": the figure before the one it grew to.
        var isEarlier = false
        /// "Thirty-one were soldiers": what a toll was made of, with no measure of its own.
        var isMakeUp = false
    }

    func figures(in sentence: Sentence, mentions: [Mention], context: ReadingContext) -> [Figure] {
        var candidates: [Candidate] = []
        var index = 0
        let denial = sentence.words.firstIndex { words.denied.contains($0.lower) }
        let isLossList = listsLosses(sentence, context: context)
        while index < sentence.words.count {
            guard
                let number = NumberPhrase.read(sentence, at: index, words: words)
                    ?? oneThing(at: index, in: sentence, denial: denial),
                !isNoFigure(number, in: sentence)
            else {
                index += 1
                continue
            }
            index = number.last + 1
            candidates.append(candidate(number, in: sentence, listsLosses: isLossList))
        }
        // "He said forty-three people were killed. Thirty-one were soldiers, he said.": parts of
        // the toll of the sentence before, in the same paragraph, where this one says no measure.
        if let toll = context.lastToll, toll.paragraph == sentence.paragraph,
            !candidates.contains(where: { $0.measure != nil && !$0.isMakeUp })
        {
            for position in candidates.indices where candidates[position].isMakeUp && candidates[position].measure == nil {
                candidates[position].measure = toll.measure
                candidates[position].isPart = true
            }
        }
        // "including 17 children and 12 women": both are parts of the figure before.
        for position in candidates.indices.dropFirst() where candidates[position - 1].isPart {
            let between = sentence.words(from: candidates[position - 1].countedLast + 1, before: candidates[position].first)
            if between.map(\.lower) == ["and"] || between.map(\.text) == [","] { candidates[position].isPart = true }
        }
        // "two corps headquarters and three brigade headquarters were destroyed": a number with no
        // measure of its own takes the one of the figure it is listed with, else the one before.
        for position in candidates.indices where candidates[position].measure == nil {
            let next = candidates[(position + 1)...].first { $0.measure != nil }
            // "among them 12 soldiers and seven civilians, and 26 were wounded": a clause after a
            // comma ends the list; "312 weapons, including 41 rifles, had been recovered" does not.
            let listedWithNext =
                next.map { next in
                    let between = sentence.words(from: candidates[position].countedLast + 1, before: next.number.first).map(
                        \.lower)
                    let newClause = zip(between, between.dropFirst()).contains {
                        $0 == "," && ["and", "while", "but", "whereas", "that", "who", "which"].contains($1)
                    }
                    // "at least 11 civilians, among them four children, had been killed": the whole
                    // has the measure of the part set off after it.
                    // "four buses and at least 20 market stalls": the qualifier is the next figure's.
                    let nextStart = next.number.first - (next.qualifier?.words.count ?? 0)
                    return (nextStart - candidates[position].countedLast <= 3 || next.isPart) && !newClause
                } ?? false
            if let next, listedWithNext {
                candidates[position].measure = next.measure
            } else if position > 0, candidates[position].isPart, let whole = candidates[position - 1].measure {
                // "3 civilians were killed and 14 injured, 2 of them children": a part of the figure just before.
                candidates[position].measure = whole
            } else if position > 0 {
                // "43 troops had been killed and six armoured vehicles destroyed ..., 14 of the
                // soldiers in a single strike": people take the measure of the people before.
                let unit = unit(of: candidates[position].counted)
                let sameUnit = candidates[..<position].last {
                    $0.measure != nil && unit != nil && self.unit(of: $0.counted) == unit
                }
                candidates[position].measure = (sameUnit ?? candidates[position - 1]).measure
            }
        }
        let earlierFrom = markEarlierValues(&candidates, in: sentence)
        var figures: [Figure] = []
        for candidate in candidates {
            guard var measure = candidate.measure else { continue }
            // "killed dozens ... along the two countries' border": a number whose words name no
            // unit, with the measure only somewhere before it, counts something else.
            if !candidate.measureAfter, !candidate.isEarlier, !candidate.counted.isEmpty, unit(of: candidate.counted) == nil,
                !Self.countedBefore.contains(candidate.counted.lowercased()),
                !(measure.unit == "people" && Self.namesPeople(candidate.counted))
            {
                continue
            }
            // "21 killed, three of them police officers, and 48 wounded": the 48 are of the whole.
            let previous = figures.last { !$0.isPart }
            var counted = candidate.counted
            var unit = counted.isEmpty ? nil : self.unit(of: counted)
            // "and over 580 wounded", "and captured 18 others": what was counted is the figure's before.
            let countedBefore = counted.isEmpty || Self.countedBefore.contains(counted.lowercased())
            if countedBefore {
                counted = previous?.counted ?? counted
                unit = unit ?? previous?.unit
            }
            unit = unit ?? measure.unit ?? previous?.unit
            // "had been destroyed, and that some 1,500 residents had left": people taking the
            // measure of the things before them are not destroyed or damaged.
            if unit == "people", !candidate.measureAfter, candidate.measureBefore == nil,
                ["destroyed", "damaged"].contains(measure.measure)
            {
                continue
            }
            // Only people are killed, wounded or go missing: "lost in a post on X" or "wounded
            // in an attack on a shop" counts no post and no shop.
            // But "lost two tanks", "neutralised 23 drones": what a side loses of its things is
            // destroyed.
            if measure.unit == "people", let unit, unit != "people" {
                guard measure.measure == "killed", isLoss(candidate, in: sentence),
                    let destroyed = words.measures.first(where: { $0.meaning.measure == "destroyed" })
                else { continue }
                measure = destroyed.meaning
            }
            var figure = Figure(
                measure: measure,
                quantity: candidate.number.quantity(
                    qualifier: candidate.qualifier?.meaning ?? (candidate.plus ? .moreThan : .exact)),
                counted: counted, unit: unit, party: nil, partyDoubt: nil, first: candidate.first, last: candidate.last,
                // A toll that has risen to a number, or stands at one, is a total so far.
                runningTotal: sentence.contains(words.runningTotals) || sentence.contains(words.rises),
                since: since(in: sentence),
                asOf: asOf(in: sentence, within: timeWords(of: candidate, earlierFrom: earlierFrom, in: sentence)))
            figure.ownLoss = isOwn(candidate, in: sentence)
            // "tanks – 1,212 (+9)": the count of the past day beside the total, in brackets.
            let start = candidate.number.first
            figure.isIncrement =
                start >= 2 && sentence.words[start - 1].text == "+" && sentence.words[start - 2].text == "("
            // Cited with its line's label: "tanks – 1,212 (+9)".
            if figure.isIncrement, previous?.first == 0 {
                figure.first = 0
                if figure.last + 1 < sentence.words.count, sentence.words[figure.last + 1].text == ")" { figure.last += 1 }
            }
            figure.isPart = candidate.isPart
            figure.denied = candidate.number.denied || isScorned(candidate, in: sentence)
            figure.doneBy = candidate.measureBefore != nil
            // The rise stands just before the number: "has risen to 27", not the "104 injured" after it.
            let numberStart = candidate.number.first - (candidate.qualifier?.words.count ?? 0)
            figure.isRise = words.rises.contains { rise in
                Self.growthVerbs.contains(rise.first ?? "") && sentence.matches(rise, at: numberStart - rise.count)
            }
            // "Varenia acknowledged the loss of 18 of its soldiers": the speaker's own, whoever
            // else the sentence names.
            if !figure.ownLoss {
                (figure.party, figure.partyDoubt) = party(
                    of: figure, candidate, countedBefore: countedBefore && previous != nil, in: sentence, mentions: mentions,
                    context: context, previous: previous)
            }
            if figure.party == nil, ["killed", "injured", "missing"].contains(measure.measure),
                sentence.contains(words.wholeConflict),
                Sentence.words(of: Substring(figure.counted)).allSatisfy({
                    ["people", "persons", "civilians", "lives"].contains($0.lower)
                })
            {
                figure.wholeConflict = true
            }
            figures.append(figure)
        }
        // "at least 41 by 6 p.m., up from 32 in the early afternoon": a figure before the rise
        // with no day of its own held earlier the same day, at no time the sentence gives.
        if let earlierFrom, let day = asOf(in: sentence, within: 0..<earlierFrom) {
            for index in figures.indices where figures[index].first > earlierFrom && figures[index].asOf == nil {
                figures[index].asOf = PartialDate(year: day.year, month: day.month, day: day.day, minutes: nil)
            }
        }
        return figures
    }

    /// "has risen to 58, ..., up from the 46 she gave on Friday", "up from 41 killed and 130
    /// injured on 8 January": the numbers after a "from" that follows a figure which grew are
    /// those figures before, of the same measure and what was counted. Where that "from" is.
    private func markEarlierValues(_ candidates: inout [Candidate], in sentence: Sentence) -> Int? {
        let all = sentence.words
        guard let rise = all.indices.first(where: { at in words.rises.contains { sentence.matches($0, at: at) } }),
            var from = candidates.dropFirst().lazy.map({ candidate -> Int in
                let before = candidate.first - 1
                return before > 0 && all[before].lower == "the" ? before - 1 : before
            }).first(where: { $0 > rise && all[$0].lower == "from" })
        else { return nil }
        // "by 6 p.m., up from 32": a time is no figure that grew.
        let grown = candidates.filter {
            $0.first < from && $0.measure != nil && !$0.isPart && ReportDates.minutes(sentence, at: $0.number.first) == nil
        }
        guard let last = grown.last else { return nil }
        for position in candidates.indices where candidates[position].first > from {
            let before = grown.last { $0.measure?.measure == candidates[position].measure?.measure } ?? last
            candidates[position].isEarlier = true
            if candidates[position].measure == nil || unit(of: candidates[position].counted) == nil {
                candidates[position].measure = candidates[position].measure ?? before.measure
                candidates[position].counted = before.counted
            }
        }
        if from > 0, all[from - 1].lower == "up" { from -= 1 }
        return from
    }

    /// The words whose days and times are a figure's, where some are the figures before a rise:
    /// theirs are those after "from", the others' those before it.
    private func timeWords(of candidate: Candidate, earlierFrom: Int?, in sentence: Sentence) -> Range<Int>? {
        guard let earlierFrom else { return nil }
        return candidate.isEarlier ? earlierFrom..<sentence.words.count : 0..<earlierFrom
    }

    /// The words of one number: its qualifier, what was counted, and the measure after it
    /// ("were killed", "78 deaths", "belonging to the Afghan Taliban were destroyed") or before it
    /// ("killed 297 fighters", "the death toll rose to 33").
    private func candidate(_ number: NumberPhrase, in sentence: Sentence, listsLosses: Bool) -> Candidate {
        let all = sentence.words
        let qualifier = self.qualifier(before: number.first, in: sentence)
        let (counted, countedLast) = self.counted(after: number.last, in: sentence)
        var candidate = Candidate(
            number: number, qualifier: qualifier, first: qualifier.map { number.first - $0.words.count } ?? number.first,
            last: max(number.last, countedLast), counted: counted, countedLast: countedLast)
        // "Killed: 14", "Health workers killed: 96", "Ambulances destroyed: 41": a bulletin's
        // labelled line says before its colon what happened and to what.
        if let (measure, at) = labelledMeasure(before: candidate.first, in: sentence) {
            candidate.measure = measure.meaning
            candidate.measureBefore = at
            candidate.first = 0
            if counted.isEmpty || counted.lowercased() == measure.words.joined(separator: " ") {
                candidate.counted = at > 0 ? sentence.excerpt(0, at - 1) : ""
                candidate.countedLast = number.last
            }
        } else if listsLosses, let label = listLabel(before: candidate.first, in: sentence) {
            // "tanks – 1,212 (+9)" under "The total combat losses of the enemy ... are as
            // follows": things lost are destroyed, and people lost killed or wounded, together.
            let lost = unit(of: label) == "people" ? "casualties" : "destroyed"
            candidate.measure = words.measures.first { $0.meaning.measure == lost }?.meaning
            candidate.measureAfter = true
            candidate.counted = label
            candidate.countedLast = number.last
            candidate.first = 0
        }
        // "shot down 14 of the 16 attack drones": the 14 are of what follows the set's size.
        if number.last + 3 < all.count, all[number.last + 1].lower == "of", all[number.last + 2].lower == "the",
            let size = NumberPhrase.read(sentence, at: number.last + 3, words: words), size.vague == nil
        {
            let (whole, wholeLast) = self.counted(after: size.last, in: sentence)
            if !whole.isEmpty {
                candidate.counted = whole
                candidate.countedLast = wholeLast
                candidate.last = wholeLast
            }
        }
        // "11 civilians, among them four children, had been killed": a part of the figure before.
        let lead = all[max(0, candidate.first - 2)..<candidate.first].map(\.lower)
        if lead.last == "including" || lead == ["among", "them"] || lead == ["among", "whom"] { candidate.isPart = true }
        // "Twenty-six of the dead were soldiers", "five were civilian drivers": a part of a toll,
        // whose words follow "were".
        var after = number.last + 1
        var partOf: DraftingWords.MeasureMeaning?
        if after + 2 < all.count, all[after].lower == "of", ["the", "those"].contains(all[after + 1].lower),
            let found = sentence.longest(words.measures, at: after + 2)
        {
            partOf = found.meaning
            after += 2 + found.words.count
        }
        // "75 wounded, 20 of them in critical condition", "21 killed, three of them police
        // officers": a part of the figure before, of what follows "of them" where it names a unit.
        if after + 1 < all.count, all[after].lower == "of", ["them", "whom"].contains(all[after + 1].lower) {
            var partStart = after + 1
            if partStart + 1 < all.count, ["were", "are", "was", "is"].contains(all[partStart + 1].lower) { partStart += 1 }
            let (part, partLast) = self.counted(after: partStart, in: sentence)
            candidate.isPart = true
            candidate.counted = ""
            candidate.countedLast = after + 1
            candidate.last = after + 1
            if !part.isEmpty, unit(of: part) != nil {
                candidate.counted = part
                candidate.countedLast = partLast
                candidate.last = partLast
            }
            // "four of whom later died": the part's own measure, a word or two on.
            var next = candidate.last + 1
            while next < all.count, next - candidate.last <= 3, all[next].isWord {
                if let found = sentence.longest(words.measures, at: next) {
                    candidate.measure = found.meaning
                    candidate.measureAfter = true
                    candidate.last = next + found.words.count - 1
                    break
                }
                next += 1
            }
            return candidate
        }
        if after + 1 < all.count, ["were", "was", "are", "is"].contains(all[after].lower), partOf != nil || counted.isEmpty {
            let (part, partLast) = self.counted(after: after, in: sentence)
            if !part.isEmpty, unit(of: part) != nil {
                candidate.counted = part
                candidate.countedLast = partLast
                candidate.last = partLast
                candidate.measure = partOf
                candidate.measureAfter = true
                candidate.isMakeUp = partOf == nil
                return candidate
            }
        }
        // "755 + injured", "755+": more than that.
        var position = countedLast + 1
        if candidate.qualifier == nil, number.last + 1 < all.count, all[number.last + 1].text == "+" {
            candidate.plus = true
            position = max(position, number.last + 2)
        }
        // "At least 412 people, among them civilians, soldiers and jihadists, have been killed":
        // the measure after a part set off between commas.
        if position < all.count, all[position].text == ",", position + 1 < all.count,
            ["among", "including"].contains(all[position + 1].lower),
            let close = (position + 2..<min(all.count - 1, position + 14)).first(where: { at in
                all[at].text == ","
                    && (Self.beforePassive.contains(all[at + 1].lower) || sentence.longest(words.measures, at: at + 1) != nil)
            })
        {
            position = close + 1
        }
        let measureFrom = position
        while position < all.count, position - measureFrom <= 8 {
            let word = all[position]
            if [".", ";", ":"].contains(word.text) || (word.text == "," && position > countedLast + 1)
                || NumberPhrase.read(sentence, at: position, words: words) != nil
            {
                break
            }
            if position == countedLast + 1, !counted.isEmpty, Self.heldWords.contains(word.lower),
                let captured = words.measures.first(where: { $0.meaning.measure == "captured" })
            {
                // "took three dozen soldiers prisoner".
                candidate.measure = captured.meaning
                candidate.measureAfter = true
                candidate.last = position
                break
            }
            if let found = sentence.longest(words.measures, at: position) {
                // "three of the wounded died in hospital": "the wounded" are whom it counts, and
                // what happened to them comes after.
                // "two of the critically wounded had died": a word of how badly may stand between.
                let article = position >= 3 && all[position - 1].lower.hasSuffix("ly") ? position - 2 : position - 1
                if found.meaning.measure == "injured", article >= 1, all[article].lower == "the",
                    all[article - 1].lower == "of",
                    let (at, later) = laterMeasure(after: position + found.words.count, in: sentence),
                    later.meaning.measure != "injured"
                {
                    candidate.measure = later.meaning
                    candidate.measureAfter = true
                    candidate.counted = sentence.excerpt(article + 1, position + found.words.count - 1)
                    candidate.last = at + later.words.count - 1
                    break
                }
                // "four of its \"martyrs\"": a quote mark stands between no words.
                var previous = position - 1
                while previous > countedLast, ["\"", "“", "”", "'", "‘", "’"].contains(all[previous].text) { previous -= 1 }
                let before = all[previous].lower
                // Right after what was counted, or passive after a phrase that says whose it was.
                // "The army lists 43 soldiers as missing in action".
                let listedAs = before == "as" && previous == countedLast + 1 && !counted.isEmpty
                if previous == countedLast || Self.beforePassive.contains(before) || before == "+" || listedAs {
                    candidate.measure = found.meaning
                    candidate.measureAfter = true
                    candidate.last = position + found.words.count - 1
                }
                break
            }
            position += 1
        }
        if candidate.measure == nil, !counted.isEmpty,
            let found = words.measures.first(where: { $0.words == [all[countedLast].lower] })
        {
            // "78 deaths": the counted word is itself the measure.
            candidate.measure = found.meaning
            candidate.measureAfter = true
            candidate.counted = ""
        }
        // "we took nineteen prisoners", "it holds 212 hostages": people held.
        let takerFirst = candidate.qualifier.map { number.first - $0.words.count } ?? number.first
        let head = all[countedLast].lower
        if candidate.measure == nil, !counted.isEmpty,
            Self.heldWords.contains(head.hasSuffix("s") ? String(head.dropLast()) : head),
            takerFirst > 0, Self.takerVerbs.contains(all[takerFirst - 1].lower),
            let captured = words.measures.first(where: { $0.meaning.measure == "captured" })
        {
            candidate.measure = captured.meaning
            candidate.measureAfter = true
        }
        // "wounded in an attack on a shop": "a" after an attack names where it was, no count.
        // "143 hideouts had been destroyed and 312 weapons ... recovered": a passive before the
        // number says what happened to the figure before it.
        if candidate.measure == nil, let (found, at) = measureWord(before: candidate.first, in: sentence),
            !(["a", "an"].contains(all[number.first].lower) && found.words.last == "on"),
            !(at > 0 && ["been", "were", "was"].contains(all[at - 1].lower)
                && sentence.words(from: at + found.words.count, before: number.first).contains { $0.lower == "and" }),
            // "six armoured vehicles destroyed, 14 of the soldiers": the vehicles' measure.
            !(at > 0 && unit(of: all[at - 1].lower) != nil
                && sentence.words(from: at + found.words.count, before: number.first).contains { $0.text == "," })
        {
            candidate.measure = found.meaning
            candidate.measureBefore = at
            if candidate.first - at <= 4 { candidate.first = at }
        }
        // "The number of Northland soldiers killed since Wednesday has risen to 58", "the death
        // toll rose to 33": what was counted and what happened to it come before the figure.
        if candidate.measure == nil || counted.isEmpty, let toll = toll(before: candidate.first, in: sentence) {
            candidate.measure = candidate.measure ?? toll.measure
            if counted.isEmpty { candidate.counted = toll.counted }
            candidate.measureAfter = true
        }
        return candidate
    }

    /// Whether the words say the losses are the speaker's own: "we lost one soldier", "the loss of
    /// 18 of its soldiers", "our men". Not "destroyed their 89 posts", whose "their" is the enemy.
    private func isOwn(_ candidate: Candidate, in sentence: Sentence) -> Bool {
        let all = sentence.words
        let possessives: Set<String> = ["its", "their", "our", "ours"]
        let number = candidate.number
        // "We destroyed four of their tanks": a speaker's "their" is the enemy's.
        var subject = (candidate.measureBefore ?? 0) - 1
        while subject > 0, ["have", "had", "has", "also", "just", "already"].contains(all[subject].lower) { subject -= 1 }
        let firstPerson = candidate.measureBefore != nil && subject >= 0 && ["we", "i"].contains(all[subject].lower)
        // "our forces have killed approximately 120 of its fighters": the "its" of the speaker's
        // enemy, named before.
        let ourDoers =
            candidate.measureBefore.map { verb in all[..<verb].contains { ["our", "we"].contains($0.lower) } } ?? false
        if number.last + 2 < all.count, all[number.last + 1].lower == "of", possessives.contains(all[number.last + 2].lower) {
            return !((firstPerson || ourDoers) && !["our", "ours"].contains(all[number.last + 2].lower))
        }
        // "We lost eleven men", but not "we killed 50".
        if firstPerson, let verb = candidate.measureBefore, Self.lossVerbs.contains(all[verb].lower) { return true }
        // "only four of his own men died": the speaker's own side's.
        if number.last + 3 < all.count, all[number.last + 1].lower == "of", ["his", "her"].contains(all[number.last + 2].lower),
            all[number.last + 3].lower == "own"
        {
            return true
        }
        // "to heal our eleven wounded".
        let start = number.first - (candidate.qualifier?.words.count ?? 0)
        if start > 0, ["our", "my"].contains(all[start - 1].lower) { return true }
        return Sentence.words(of: Substring(candidate.counted)).contains { $0.lower == "our" }
    }

    /// Words of a loss, said of people and things alike.
    private static let lossWords: Set<String> = [
        "lost", "losing", "loss", "losses", "neutralised", "neutralized", "eliminated", "eliminating",
    ]

    /// Whether the figure's measure is said in a word of a loss: "the enemy lost up to 140
    /// servicemen, two tanks and five armoured combat vehicles".
    private func isLoss(_ candidate: Candidate, in sentence: Sentence) -> Bool {
        let all = sentence.words
        // "lost a helicopter", not "lost in a post on X".
        if ["a", "an"].contains(all[candidate.number.first].lower) {
            return candidate.number.first > 0 && Self.lossWords.contains(all[candidate.number.first - 1].lower)
        }
        var positions = Array(candidate.first...min(candidate.last, all.count - 1))
        if let at = candidate.measureBefore { positions += Array(at..<min(at + 3, all.count)) }
        if positions.contains(where: { Self.lossWords.contains(all[$0].lower) }) { return true }
        // A list's later figure has the measure of the one before it, said once before the list.
        let before = all[..<candidate.first].suffix(24)
        guard let loss = before.lastIndex(where: { Self.lossWords.contains($0.lower) }) else { return false }
        return !all[loss..<candidate.first].contains { [".", ";", ":"].contains($0.text) }
    }

    /// What people taken are made, after them: "took 36 soldiers prisoner", "held 12 men hostage".
    private static let heldWords: Set<String> = ["prisoner", "captive", "hostage"]
    /// The rises that say a count grew from one before: "has risen to", not "stands at".
    private static let growthVerbs: Set<String> = ["risen", "rose", "rises", "climbed", "climbs", "increased", "jumped", "grew"]
    /// Verbs before people held that say they were taken: "took nineteen prisoners".
    private static let takerVerbs: Set<String> = [
        "took", "take", "taken", "taking", "holds", "held", "hold", "holding", "captured",
    ]

    /// Nouns of what happened, which a word of a unit before them only describes: "a rebel attack",
    /// "a drone strike", "a militant ambush".
    private static let events: Set<String> = [
        "attack", "attacks", "raid", "assault", "ambush", "strike", "offensive", "bombing", "incursion", "operation",
        "counterattack", "counter-attack", "onslaught", "uprising", "advance",
    ]

    /// "a helicopter was shot down", "a porter was missing": one thing, where "a" or "an" stands
    /// before a word of a unit; and "denied that any soldiers were captured": at least one, denied.
    private func oneThing(at index: Int, in sentence: Sentence, denial: Int?) -> NumberPhrase? {
        let all = sentence.words
        guard index + 1 < all.count else { return nil }
        let word = all[index].lower
        // The thing is the head of the noun phrase: "a rebel ambush" is an ambush, no rebel.
        // "killed 13 militants, including a commander", "among them a girl": one of those counted,
        // no count of its own.
        let member =
            index > 0 && ["including", "among", "such"].contains(all[index - 1].lower)
            || index > 1 && ["them", "whom"].contains(all[index - 1].lower)
                && ["including", "among"].contains(all[index - 2].lower)
        // "destroyed by a drone", "hit with a missile": what did it, no count.
        let instrument = index > 0 && ["by", "with"].contains(all[index - 1].lower)
        if ["a", "an"].contains(word), !member, !instrument {
            let (counted, last) = self.counted(after: index, in: sentence)
            // The head may be a unit of several words: "a pumping station".
            let namesUnit =
                last > index
                && (max(index + 1, last - 2)...last).contains { unitsByPhrase[all[$0...last].map(\.base)] != nil }
            // "a rebel attack on the barracks": the unit's word names who made the attack.
            let modifiesAnEvent = last + 1 < all.count && Self.events.contains(all[last + 1].lower)
            if !counted.isEmpty, !modifiesAnEvent, !all[index + 1].isCapitalized || last == index + 1,
                unit(of: all[last].lower) != nil && last > index || namesUnit
                    || unit(of: counted) != nil && last == index + 1
            {
                return NumberPhrase(value: 1, vague: nil, first: index, last: index, suffix: nil)
            }
        }
        let atLeastOne = DraftingWords.Vague(value: 1, qualifier: .atLeast, low: 1, high: nil)
        if word == "any", let denial, denial < index {
            return NumberPhrase(value: 1, vague: atLeastOne, first: index, last: index, suffix: nil)
        }
        // "Not one civilian died", "no soldiers were killed", "none of its members had been
        // killed": at least one, denied by whoever says it, where what happened is said too.
        let negation: Int? =
            word == "not" && index + 1 < all.count && all[index + 1].lower == "one"
            ? index + 1 : ["no", "none"].contains(word) ? index : nil
        if let last = negation, denial == nil, last + 1 < all.count,
            sentence.words.indices.contains(where: { sentence.longest(words.measures, at: $0) != nil })
        {
            var head = last + 1
            if word == "none" {
                guard all[head].lower == "of", head + 2 < all.count else { return nil }
                head += ["its", "their", "the", "his", "her", "our"].contains(all[head + 1].lower) ? 2 : 1
            }
            guard unit(of: all[head].lower) != nil || words.civilians.contains(all[head].lower) else { return nil }
            var phrase = NumberPhrase(value: 1, vague: atLeastOne, first: index, last: head - 1, suffix: nil)
            phrase.denied = true
            return phrase
        }
        return nil
    }

    /// A number that is no figure of the conflict: a year, a date, a time, a length, a share, a
    /// number in a name ("205 Corps").
    private func isNoFigure(_ number: NumberPhrase, in sentence: Sentence) -> Bool {
        let all = sentence.words
        let next = number.last + 1 < all.count ? all[number.last + 1] : nil
        // "two security officials said": who speaks, not what was counted.
        let said = (number.last + 1..<min(all.count, number.last + 4)).first { words.attributionVerbs.contains(all[$0].lower) }
        if let said, said > number.last + 1, words.speakerGroups.contains(all[said - 1].lower),
            (number.last + 1..<said).allSatisfy({ all[$0].isWord && sentence.longest(words.measures, at: $0) == nil })
        {
            return true
        }
        // "The figure of 60 is false": a figure said before, named to be called untrue; but "the
        // figure of 63 dead was \"a fantasy\"" says what it counts, and is denied.
        if let next, ["is", "was", "are"].contains(next.lower), Self.scornedValue(in: sentence, words: words)?.at == number.first
        {
            return true
        }
        // "2,600-km", "10th": words glued to the digits make them a length, an order, a name.
        if number.suffix != nil { return true }
        // A number no model can hold exactly ("a million million million") is no figure of a conflict.
        if !ModelFiles.canHold(number.value) { return true }
        if words.notFigures.contains(where: { sentence.matches($0, at: number.last + 1) }) { return true }
        if let next, next.text == ":" { return true }
        // A year, but not "2,046 deaths": years are written without a comma.
        if number.vague == nil, all[number.first].startsWithDigit, !all[number.first].text.contains(","),
            (1900...2100).contains(number.value),
            number.value.rounded() == number.value,
            next.map({ unit(of: $0.lower) == nil }) ?? true
        {
            return true
        }
        if number.first > 0, Self.months.contains(all[number.first - 1].lower) { return true }
        // "on Aug. 10"
        if number.first > 1, all[number.first - 1].text == ".", Self.months.contains(all[number.first - 2].lower) { return true }
        if let next, Self.months.contains(next.lower) { return true }
        if let next, next.isCapitalized, next.isWord, unit(of: next.lower) == nil,
            words.measures.first(where: { $0.words.first == next.lower }) == nil
        {
            // "the 1st Brigade", but not "12 Pakistani soldiers" or "243 Afghan check posts".
            let following = all[(number.last + 1)..<min(all.count, number.last + 5)].map(\.lower)
            if !following.contains(where: { unit(of: $0) != nil || words.civilians.contains($0) }) { return true }
        }
        // "Paktia 205 Corps": a number after a name, not at the sentence's start, is part of it.
        // "DISPLACED: Some 340,000 people" is a qualifier, capitalized after a label.
        if number.first > 1, all[number.first - 1].isWord, all[number.first - 1].isCapitalized, number.vague == nil,
            unit(of: all[number.first - 1].lower) == nil, qualifier(before: number.first, in: sentence) == nil
        {
            return true
        }
        if number.first > 0,
            ["no", "number", "#", "resolution", "article", "route", "highway"].contains(all[number.first - 1].lower)
        {
            return true
        }
        // "one of the deadliest attacks", "hit one of the town's two schools": a partitive picks
        // one of a set, and the set's size after it is no count of what happened either.
        if number.vague == nil, number.value == 1, next?.lower == "of" { return true }
        if let of = (max(0, number.first - 4)..<number.first).last(where: { all[$0].lower == "of" }), of > 0,
            ["one", "each", "none", "any"].contains(all[of - 1].lower)
        {
            return true
        }
        // "14 of the 16 attack drones": the size of the set the figure is part of.
        if number.first > 2, all[number.first - 1].lower == "the", all[number.first - 2].lower == "of",
            all[number.first - 3].startsWithDigit || words.ones[all[number.first - 3].lower] != nil
        {
            return true
        }
        // "a village of about 4,000 people", "a city of around 180,000 before the war": how many
        // live in a place, not what happened to them.
        if let of = (max(0, number.first - 3)..<number.first).last(where: { all[$0].lower == "of" }), of > 0,
            number.first - of - 1 == (qualifier(before: number.first, in: sentence)?.words.count ?? 0),
            words.placeNouns.contains(all[of - 1].lower) || words.placeNouns.contains(all[of - 1].base)
        {
            return true
        }
        return false
    }

    /// The qualifier phrase that ends just before the number.
    private func qualifier(before index: Int, in sentence: Sentence) -> DraftingWords.Entry<Qualifier>? {
        words.qualifiers.filter { entry in sentence.matches(entry.words, at: index - entry.words.count) }
            .max { $0.words.count < $1.words.count }
    }

    /// What was counted: the noun phrase after the number, through "and" or a comma only where
    /// another thing of a unit follows ("tanks, armored vehicles, and artillery").
    private func counted(after index: Int, in sentence: Sentence) -> (String, Int) {
        let all = sentence.words
        var last = index
        var position = index + 1
        // Killed "more than 300" Varenian troops: the quote closes on the number, not the phrase.
        var start = index + 1
        if start < all.count, ["\"", "”", "’"].contains(all[start].text) {
            start += 1
            position += 1
            last += 1
            // Killed "dozens" of soldiers: the "of" of a rough amount, after its quote.
            if start < all.count, all[start].lower == "of" {
                start += 1
                position += 1
                last += 1
            }
        }
        while position < all.count, position - index <= 9 {
            let word = all[position]
            if word.lower == "," || word.lower == "and" {
                var next = position + 1
                if next < all.count, all[next].lower == "and" { next += 1 }
                let continues =
                    next < all.count && NumberPhrase.read(sentence, at: next, words: words) == nil
                    && (unit(of: all[next].lower) != nil || (next + 1 < all.count && unit(of: all[next + 1].lower) != nil))
                    && sentence.longest(words.measures, at: next) == nil
                guard continues, word.lower == "and" || last > index else { break }
                position += 1
                continue
            }
            // "a 14-year-old boy": an age glued into one word describes what was counted.
            guard word.isWord, !Self.countedStops.contains(word.lower), sentence.longest(words.measures, at: position) == nil,
                position == start || !Self.heldWords.contains(word.lower),
                !word.startsWithDigit || word.lower.hasSuffix("-old"),
                words.qualifiers.allSatisfy({ !sentence.matches($0.words, at: position) })
            else { break }
            last = position
            position += 1
        }
        guard last >= start else { return ("", index) }
        return (sentence.excerpt(start, last), last)
    }

    /// Whether words no unit lists name people by what they do: "27 dockworkers", "nine
    /// fishermen", "four technicians", "30 detainees".
    static func namesPeople(_ counted: String) -> Bool {
        guard let head = Sentence.words(of: Substring(counted)).first?.lower, head.count > 4, !head.contains("-") else {
            return false
        }
        return ["workers", "men", "women", "ists", "ians", "ees", "ers"].contains { head.hasSuffix($0) }
    }

    /// The unit of what was counted: one of things of two units counted together where words of
    /// both are there ("tanks, armoured vehicles and artillery"), else the unit of its rightmost
    /// word that names one ("armoured personnel carriers" are vehicles).
    func unit(of counted: String) -> String? {
        let phrase = Sentence.words(of: Substring(counted)).map(\.base)
        guard !phrase.isEmpty else { return nil }
        // "a command center of the People's Salvation Front rebels": the head is before "of",
        // where it names a unit ("members of the security forces" are members).
        if let of = phrase.firstIndex(of: "of"), of > 0, let head = unit(of: Array(phrase[..<of])) { return head }
        return unit(of: phrase)
    }

    private func unit(of phrase: [String]) -> String? {
        guard !phrase.isEmpty else { return nil }
        /// The units named by words that end at `end`: up to three words, and a singular or
        /// plural of the last.
        func units(endingAt end: Int) -> [DraftingWords.UnitMeaning] {
            var found: [DraftingWords.UnitMeaning] = []
            // Longest first: "artillery guns" are artillery before they are guns.
            for length in (1...min(3, end)).reversed() { found += unitsByPhrase[Array(phrase[(end - length)..<end])] ?? [] }
            let word = phrase[end - 1]
            found += unitsByPhrase[[word.hasSuffix("s") ? String(word.dropLast()) : word + "s"]] ?? []
            return found
        }
        let all = (1...phrase.count).map(units(endingAt:))
        let named = Set(all.joined().map(\.unit))
        let head = all.reversed().lazy.compactMap { $0.first(where: { $0.with == nil })?.unit }.first
        // Things of two units counted together, where the head is one of them: "artillery
        // positions" are posts, not artillery.
        if let both = all.joined().first(where: { $0.with.map(named.contains) == true && named.contains($0.unit) }),
            head == both.with || head == both.unit
        {
            return both.unit
        }
        return head
    }

    /// The measure in the label of a line such as "Health workers killed: 96" or "Missing under
    /// rubble: at least 6", when the figure follows the label's colon at once, with where the
    /// measure stands.
    private func labelledMeasure(before index: Int, in sentence: Sentence) -> (
        DraftingWords.Entry<DraftingWords.MeasureMeaning>, Int
    )? {
        let all = sentence.words
        guard index >= 2, index <= 7, all[index - 1].text == ":",
            all[0..<(index - 1)].allSatisfy({ $0.isWord && !$0.startsWithDigit })
        else { return nil }
        for position in 0..<(index - 1) {
            if let found = sentence.longest(words.measures, at: position), position + found.words.count <= index - 1 {
                return (found, position)
            }
        }
        return nil
    }

    /// Whether the sentence is a line of a list of losses: under a heading or lead-in of a
    /// reproduced document that says so ("The total combat losses of the enemy ... are as follows:").
    private func listsLosses(_ sentence: Sentence, context: ReadingContext) -> Bool {
        guard let heading = context.document(at: sentence.paragraph)?.sectionHeadings[sentence.paragraph] else { return false }
        return heading.words.contains { Self.lossWords.contains($0.lower) }
    }

    /// The label of a list's line, when the figure follows it and its dash or colon at once:
    /// "tanks – 1,212", "operational-tactical UAVs – 1,507", "warships / boats – 11".
    private func listLabel(before index: Int, in sentence: Sentence) -> String? {
        let all = sentence.words
        guard index >= 2, index <= 8, [":", "–", "—", "-"].contains(all[index - 1].text),
            all[0..<(index - 1)].allSatisfy({ ($0.isWord && !$0.startsWithDigit) || $0.text == "/" }), all[0].isWord
        else { return nil }
        return sentence.excerpt(0, index - 2)
    }

    /// Before "risen to", "rose to", "reached", "stood at": the measure and what was counted
    /// of the toll the figure gives, from the sentence's start.
    private func toll(before index: Int, in sentence: Sentence) -> (measure: DraftingWords.MeasureMeaning, counted: String)? {
        let all = sentence.words
        guard words.rises.contains(where: { index >= $0.count && sentence.matches($0, at: index - $0.count) }) else { return nil }
        var clauseStart = index - 1
        while clauseStart > 0, ![",", ";", ".", "—"].contains(all[clauseStart - 1].text) { clauseStart -= 1 }
        for position in clauseStart..<index {
            guard let found = sentence.longest(words.measures, at: position) else { continue }
            // "the number of Northland soldiers killed": what was counted is between "of" and the measure.
            var counted = ""
            if let of = (clauseStart..<position).last(where: { all[$0].lower == "of" }), of + 1 < position {
                counted = sentence.excerpt(of + 1, position - 1)
            }
            return (found.meaning, counted)
        }
        return nil
    }

    /// A measure word a few words before the number ("killed 297", "destroyed 89", "death toll
    /// rose to 33"), with where it stands.
    private func measureWord(before index: Int, in sentence: Sentence) -> (
        DraftingWords.Entry<DraftingWords.MeasureMeaning>, Int
    )? {
        var position = index - 1
        while position >= 0, index - position <= 7 {
            let word = sentence.words[position]
            if word.text == "." || word.text == ";" || word.startsWithDigit { return nil }
            if let found = sentence.longest(words.measures, at: position) { return (found, position) }
            position -= 1
        }
        return nil
    }

    /// Whose side a figure counts: an actor named in what was counted or just after it ("fighters
    /// linked to the Afghan Taliban regime"), the subject of "suffered" or "endured", or the
    /// other side than whoever did it ("Taliban attacks ... killed two soldiers"). A count of
    /// civilians belongs to the state the named side represents.
    private func party(
        of figure: Figure, _ candidate: Candidate, countedBefore: Bool, in sentence: Sentence, mentions: [Mention],
        context: ReadingContext, previous: Figure?
    ) -> (String?, String?) {
        let all = sentence.words
        let number = candidate.number
        let measureBefore = candidate.measureBefore
        var clauseEnd = figure.last
        while clauseEnd + 1 < all.count, ![".", ";", "while", "whereas", "but"].contains(all[clauseEnd + 1].lower),
            !all[clauseEnd + 1].startsWithDigit, clauseEnd - figure.last < 8
        {
            clauseEnd += 1
        }
        let isCivilian = Sentence.words(of: Substring(figure.counted)).contains { words.civilians.contains($0.lower) }
        // Civilians are their state's; fighters, posts and places count for the side that stands
        // for the state named ("locations across Afghanistan" are the Afghan Taliban's).
        func side(_ id: String) -> String {
            if isCivilian { return context.index.state(of: id) }
            // A state's own army counts for the state: "Pakistani security forces" lose Pakistan's.
            if context.index.kind(of: id) == .armedForce, let state = context.index.actors[id]?.partOf { return state }
            return context.index.kind(of: id) == .state ? context.sideActor(of: id) : id
        }
        func named(from start: Int, to end: Int) -> Mention? {
            mentions.first { $0.first >= start && $0.first <= end && context.index.kind(of: $0.id) != .person }
        }
        // In what was counted: "Taliban posts", "Pakistani soldiers".
        if let named = named(from: number.last + 1, to: candidate.countedLast) { return (side(named.id), nil) }
        // "retaken 12 villages from the so-called Thornwood Army and have killed approximately 120
        // of its fighters": the body named last before it.
        if number.last + 2 < all.count, all[number.last + 1].lower == "of",
            ["its", "their"].contains(all[number.last + 2].lower),
            let owner = mentions.last(where: {
                $0.last < number.first && context.index.kind(of: $0.id) != .person
                    && !NameFinder.namesPlace($0, in: sentence, words: words)
            })
        {
            return (side(owner.id), nil)
        }
        // "The number of Northland soldiers killed ... has risen to 58": what was counted stands
        // before the number.
        if let named = mentions.first(where: {
            $0.last < number.first && context.index.kind(of: $0.id) != .person
                && figure.counted.contains(sentence.excerpt($0.first, $0.last))
        }) {
            return (side(named.id), nil)
        }
        if countedBefore, let party = previous?.party { return (party, previous?.partyDoubt) }
        // "Southland's own losses were lighter ...: nine soldiers killed", "Northland's toll at four".
        if let losses = all.indices.first(where: { ["losses", "toll", "casualties", "dead"].contains(all[$0].lower) }),
            let owner = mentions.last(where: {
                $0.last < losses && losses - $0.last <= 2 && context.index.kind(of: $0.id) != .person
            })
        {
            return (side(owner.id), nil)
        }
        // Just after it: "fighters linked to the Afghan Taliban regime", "belonging to the Afghan Taliban".
        if let named = named(from: candidate.countedLast + 1, to: min(clauseEnd, candidate.countedLast + 6)),
            (candidate.countedLast + 1..<named.first).contains(where: {
                ["of", "linked", "belonging", "loyal", "from", "across"].contains(all[$0].lower)
                    // "displaced from their homes in Cambodia": a state as the place.
                    // Not an adjective before a noun: "killed in Pakistani strikes".
                    || (["in", "inside"].contains(all[$0].lower) && context.index.kind(of: named.id) == .state
                        && !NameFinder.modifiesNoun(named, in: sentence, words: words))
            })
        {
            return (side(named.id), nil)
        }
        if number.first > 0,
            let verb = (max(0, number.first - 4)..<number.first).last(where: { Self.lossVerbs.contains(all[$0].lower) }),
            // "four posts had been lost, 62 soldiers killed": a passive has its loser after it.
            verb == 0 || !["been", "were", "was", "are", "is"].contains(all[verb - 1].lower),
            // Who lost: a side, not the person who tells of it.
            let subject = mentions.last(where: { $0.last < verb && context.index.kind(of: $0.id) != .person })
        {
            return (side(subject.id), nil)
        }
        // "182 checkpoints were destroyed along with 185 tanks", "12 Pakistani soldiers and one
        // civilian": a figure of the same measure just after another counts the same side.
        if let previous, let party = previous.party,
            previous.measure.measure == figure.measure.measure || countedBefore || previous.unit == figure.unit
        {
            return (side(party), previous.partyDoubt)
        }
        // "its forces had killed 140 Duskari soldiers and destroyed 22 tanks": one doer, one
        // other side, for both.
        if let verb = measureBefore, verb > 0, all[verb - 1].lower == "and", let previous, previous.doneBy,
            let party = previous.party
        {
            return (party, previous.partyDoubt)
        }
        // "Pakistan destroyed 89 posts", "Taliban attacks ... that killed two soldiers": whoever did
        // it, the first actor of the clause before the verb, counts the other side's losses.
        if let verb = measureBefore, verb > 0, !["were", "was", "been", "are", "is"].contains(all[verb - 1].lower) {
            var clauseStart = (0..<verb).last { [",", ".", ";", ":"].contains(all[$0].text) }.map { $0 + 1 } ?? 0
            // "Brelland accused Orlesian troops of killing five soldiers": the accused did it.
            if let accused = (clauseStart..<verb).last(where: { words.alleged.contains(all[$0].lower) }) {
                clauseStart = accused + 1
            }
            let window = max(clauseStart, verb - 10)
            // "A drone strike on Velmora's main port killed 17 people": a place is no doer; and
            // people killed by a state are not an armed group's for that alone.
            if let agent = mentions.first(where: {
                $0.first >= window && $0.last < verb && context.index.kind(of: $0.id) != .person
                    && !NameFinder.namesPlace($0, in: sentence, words: words)
            }),
                let other = context.otherSide(than: agent.id),
                !(isCivilian || figure.counted.lowercased() == "people") || context.index.kind(of: other) != .armedGroup
            {
                return (
                    other,
                    "whose losses the report does not say: taken as the other side than \(context.index.actors[agent.id]?.name ?? agent.id)"
                )
            }
        }
        // "Four soldiers and three civilians were martyred and 19 others injured when Tessemiri
        // troops resorted to firing on Jorvandi posts": the other side than whoever did it, in the
        // clause after "when".
        if measureBefore == nil, figure.last + 1 < all.count,
            let when = (figure.last + 1..<min(all.count, figure.last + 14)).first(where: {
                ["when", "as"].contains(all[$0].lower)
            }),
            !all[figure.last..<when].contains(where: { [".", ";"].contains($0.text) }),
            let agent = mentions.first(where: {
                $0.first > when && $0.first - when <= 2 && context.index.kind(of: $0.id) != .person
                    && !NameFinder.namesPlace($0, in: sentence, words: words)
            }),
            let other = context.otherSide(than: agent.id)
        {
            return (
                other,
                "whose losses the report does not say: taken as the other side than \(context.index.actors[agent.id]?.name ?? agent.id), who did it"
            )
        }
        return (nil, nil)
    }

    /// "since Thursday", "since February 26": the first day a total covers.
    private func since(in sentence: Sentence) -> PartialDate? {
        guard let reported, let at = sentence.words.firstIndex(where: { $0.lower == "since" }), at + 1 < sentence.words.count
        else {
            return nil
        }
        return day(at: at + 1, in: sentence, reported: reported)
    }

    /// The day a figure holds when its sentence names one: "on Saturday", "as of 4pm". Nil
    /// when it does not, and the drafter takes the day of the claimant's figure before, or the report's.
    /// Only the words `within` count: "risen to 58 on Saturday, up from the 46 she gave as of 4pm
    /// on Friday" gives each figure its own day.
    private func asOf(in sentence: Sentence, within range: Range<Int>? = nil) -> PartialDate? {
        guard let reported else { return nil }
        let all = sentence.words
        let indices = range ?? all.indices
        var named: PartialDate?
        var day = reported
        // The first day named: "said on Friday ... since fighting erupted on Wednesday night";
        // "in Thursday's fighting" is Thursday.
        let days = indices.filter { all[$0].lower == "on" && $0 + 1 < all.count }.compactMap { index -> (Int, PartialDate)? in
            self.day(at: index + 1, in: sentence, reported: reported).map { (index, $0) }
        }
        // "said on Saturday" first; else the first day not of a "since" or "began" clause.
        let afterSaying = days.first { index, _ in index > 0 && words.attributionVerbs.contains(all[index - 1].lower) }
        let notSince = days.first { index, _ in
            !all[max(0, index - 7)..<index].contains { ["since", "began", "erupted", "started", "broke"].contains($0.lower) }
        }
        if let (_, found) = afterSaying ?? notSince { (day, named) = (found, found) }
        if named == nil,
            let possessive = indices.first(where: { all[$0].lower != all[$0].base && ReportDates.weekdays.contains(all[$0].base) }
            )
        {
            if let found = self.day(at: possessive, in: sentence, reported: reported) { (day, named) = (found, found) }
        }
        for index in indices where ["as", "by"].contains(all[index].lower) {
            var at = index + 1
            if all[index].lower == "as", at < all.count, all[at].lower == "of" { at += 1 }
            if let minutes = ReportDates.minutes(sentence, at: at), let dayOfMonth = day.day {
                return PartialDate(year: day.year, month: day.month, day: dayOfMonth, minutes: minutes)
            }
        }
        return statedDay(in: sentence, within: range) ?? named ?? pastPeriod(in: sentence, within: indices)
    }

    /// "a car bomb killed 31 people last year", "the border war of 2019, in which about 2,600
    /// people were killed", "In March, militants killed 19 soldiers": a year or a month before the
    /// report's that a figure holds in, where the sentence names no day; not "since 2021", the
    /// start of a total.
    private func pastPeriod(in sentence: Sentence, within indices: Range<Int>) -> PartialDate? {
        guard let reported else { return nil }
        let all = sentence.words
        for index in indices.dropFirst()
        where !all[max(0, index - 6)..<index].contains(where: {
            ["since", "from", "until", "before", "began", "begun", "erupted", "started"].contains($0.lower)
        }) {
            if all[index - 1].lower == "last", all[index].lower == "year" { return PartialDate(year: reported.year - 1) }
            // "In March, militants killed 19 soldiers": a month of the report's year, or the year before.
            if all[index - 1].lower == "in", let month = Self.month(named: all[index].lower), all[index].isCapitalized,
                index + 1 >= all.count || Int(all[index + 1].lower) == nil, let reportedMonth = reported.month,
                month != reportedMonth
            {
                return PartialDate(year: month < reportedMonth ? reported.year : reported.year - 1, month: month)
            }
            guard ["in", "of"].contains(all[index - 1].lower), let year = Self.year(all[index]), year < reported.year else {
                continue
            }
            return PartialDate(year: year)
        }
        return nil
    }

    /// The day written at word `index`: "Oct 4" of a dateline.
    func day(at index: Int, in sentence: Sentence) -> PartialDate? {
        guard let reported, index < sentence.words.count else { return nil }
        return day(at: index, in: sentence, reported: reported)
    }

    /// The first day a sentence names after "on": "met the rebels' commander ... on 3 September".
    func dayAfterOn(in sentence: Sentence) -> PartialDate? {
        guard let reported else { return nil }
        let all = sentence.words
        return all.indices.dropLast().lazy.filter { all[$0].lower == "on" }
            .compactMap { self.day(at: $0 + 1, in: sentence, reported: reported) }.first
    }

    /// What was counted, said by pointing back to the figure before: "captured 18 others",
    /// "killed 61 of them".
    private static let countedBefore: Set<String> = ["others", "more", "of them", "of those", "of these"]

    /// Words that call a claim untrue without a verb of denial: "called the claim ... a fairy
    /// tale", "That is a lie".
    static let scorn: Set<String> = [
        "lie", "lies", "fantasy", "fairy", "nonsense", "propaganda", "fiction", "fabrication", "baseless", "false", "untrue",
    ]

    /// "The figure of 60 is false", "the claim of 300 dead is a lie": the number a sentence names
    /// as a figure said before and calls untrue, with where it stands.
    static func scornedValue(in sentence: Sentence, words: DraftingWords) -> (at: Int, value: Double)? {
        let all = sentence.words
        for at in all.indices.dropFirst(2)
        where all[at - 1].lower == "of" && ["figure", "claim", "toll", "number"].contains(all[at - 2].lower) {
            guard let number = NumberPhrase.read(sentence, at: at, words: words),
                let verb = all[(number.last + 1)...].prefix(3).firstIndex(where: { ["is", "was", "are"].contains($0.lower) }),
                all[(verb + 1)...].prefix(3).contains(where: { scorn.contains($0.lower) })
            else { continue }
            return (at, number.value)
        }
        return nil
    }

    /// "He called the claim of more than a hundred dead soldiers \"a fairy tale\"": a figure of
    /// a claim the sentence scorns is denied by whoever scorns it.
    private func isScorned(_ candidate: Candidate, in sentence: Sentence) -> Bool {
        let all = sentence.words
        let start = candidate.number.first - (candidate.qualifier?.words.count ?? 0)
        guard start >= 2, all[start - 1].lower == "of",
            ["claim", "claims", "report", "reports", "figure", "toll", "number"].contains(all[start - 2].lower)
        else { return false }
        return all[(candidate.last + 1)...].contains { Self.scorn.contains($0.lower) }
    }

    /// The first measure word in the few words after `start`, within the clause.
    private func laterMeasure(after start: Int, in sentence: Sentence) -> (
        Int, DraftingWords.Entry<DraftingWords.MeasureMeaning>
    )? {
        let all = sentence.words
        for position in start..<min(all.count, start + 5) {
            if [",", ".", ";", ":"].contains(all[position].text) { return nil }
            if let found = sentence.longest(words.measures, at: position) { return (position, found) }
        }
        return nil
    }

    /// "Unless stated otherwise, they are totals since the uprising began on March 14, 2026": the
    /// first day of the period a sentence says every figure of the report covers.
    func statedPeriod(in sentence: Sentence) -> PartialDate? {
        guard let reported, sentence.contains([["unless"]]), sentence.contains([["totals"], ["total"], ["cumulative"]]),
            let since = sentence.words.firstIndex(where: { $0.lower == "since" })
        else { return nil }
        return (since + 1..<sentence.words.count).lazy.compactMap { self.day(at: $0, in: sentence, reported: reported) }.first
    }

    /// "as of 10 January", "as of Saturday": the day a sentence says its figures hold.
    func statedDay(in sentence: Sentence, within range: Range<Int>? = nil) -> PartialDate? {
        guard let reported else { return nil }
        let all = sentence.words
        for index in (range ?? all.indices).clamped(to: 0..<max(0, all.count - 2))
        where all[index].lower == "as" && ["of", "at"].contains(all[index + 1].lower) {
            if let found = day(at: index + 2, in: sentence, reported: reported) { return found }
        }
        return nil
    }

    /// A day written at `index`: a weekday, "last Sunday", "yesterday", "February 26", "26 February".
    private func day(at index: Int, in sentence: Sentence, reported: PartialDate) -> PartialDate? {
        let all = sentence.words
        var at = index
        var strictly = false
        if all[at].lower == "last", at + 1 < all.count {
            strictly = true
            at += 1
        }
        let word = all[at].base
        if ReportDates.weekdays.contains(word) { return ReportDates.day(named: word, before: reported, strictly: strictly) }
        if word == "yesterday" { return ReportDates.adding(-1, to: reported) }
        if word == "today" { return reported }
        // "March 14", "Aug. 12", "March 14, 2026"
        if let month = Self.month(named: word) {
            var next = at + 1
            if next < all.count, all[next].text == "." { next += 1 }
            if next < all.count, let day = Int(all[next].lower), (1...31).contains(day) {
                if next + 2 < all.count, all[next + 1].text == ",", let year = Self.year(all[next + 2]) {
                    return PartialDate(year: year, month: month, day: day)
                }
                return Self.dayBefore(month: month, day: day, reported: reported)
            }
        }
        // "14.02.2028": day, month and year, as an update from abroad writes them.
        let parts = all[at].lower.split(separator: ".")
        if parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            (1...31).contains(day), (1...12).contains(month)
        {
            return PartialDate(year: year, month: month, day: day)
        }
        // "14 March", "14 March 2026"
        if let day = Int(word), (1...31).contains(day), at + 1 < all.count, let month = Self.month(named: all[at + 1].lower) {
            var next = at + 2
            if next < all.count, all[next].text == "." { next += 1 }
            if next < all.count, let year = Self.year(all[next]) { return PartialDate(year: year, month: month, day: day) }
            return Self.dayBefore(month: month, day: day, reported: reported)
        }
        return nil
    }

    /// 1 for "january" or "jan", 9 for "sept".
    private static func month(named word: String) -> Int? {
        let names = ReportDates.months
        if let full = names.firstIndex(of: word) { return full + 1 }
        // "may" is a month only written out; "mar" and the rest are abbreviations.
        guard word.count >= 3, word != "may", Self.months.contains(word) else { return nil }
        return names.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    /// A year written in digits after a day: "2026".
    private static func year(_ word: Sentence.Word) -> Int? {
        guard word.text.count == 4, let year = Int(word.text), (1900...2100).contains(year) else { return nil }
        return year
    }

    /// A day and month without a year, as a report gives them: the last such day on or before the
    /// report's date ("since 28 December" in a report of 5 January is of the year before).
    static func dayBefore(month: Int, day: Int, reported: PartialDate) -> PartialDate {
        let reportedMonth = reported.month ?? 12
        let reportedDay = reported.day ?? 31
        let later = month > reportedMonth || (month == reportedMonth && day > reportedDay)
        return PartialDate(year: later ? reported.year - 1 : reported.year, month: month, day: day)
    }
}
