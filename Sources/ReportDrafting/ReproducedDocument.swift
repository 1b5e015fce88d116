import ConflictModel

/// A document a report prints as it was issued, under a heading in capitals: a ministry's daily
/// bulletin ("MINISTRY OF HEALTH - REPUBLIC OF ASHTOVAR", "Daily casualty bulletin No. 172"),
/// then sections headed "IN THE PAST 24 HOURS (06:00 8 May to 06:00 9 May)" and "CUMULATIVE, 19
/// NOVEMBER 2027 TO 06:00 9 MAY 2028" over lines such as "Killed: 14". Its figures are the words
/// of the body its heading names, though no sentence says so, and each section's figures hold for
/// the period its heading gives. It runs until the report's own prose takes up again.
struct ReproducedDocument {
    /// The body that issued it, where its heading names one.
    let issuer: String?
    /// Its paragraphs, from its heading on.
    let paragraphs: ClosedRange<Int>
    /// The period each paragraph under a dated section heading covers.
    let periods: [Int: Period]
    /// What its heading calls it ("bulletin"): "The bulletin issued on Monday had put the toll at
    /// 4,222" in the prose after it is the issuer's word too.
    let kinds: Set<String>

    /// Words for a document a body issues.
    private static let documentWords: Set<String> = [
        "bulletin", "report", "update", "statement", "communique", "communiqué", "release", "summary", "briefing",
    ]

    struct Period {
        /// When its figures hold: the end of the period, with the time of day where it is given.
        let asOf: PartialDate
        /// The first day of a cumulative section's period; nil for a day's count ("IN THE PAST 24 HOURS").
        let since: PartialDate?
        var isRunningTotal: Bool { since != nil }
    }

    /// The documents a report reproduces, in order.
    static func all(in sentences: [Sentence], index: ActorIndex, words: DraftingWords, figureReader: FigureReader)
        -> [ReproducedDocument]
    {
        let byParagraph = Dictionary(grouping: sentences.filter { $0.paragraph > 0 }, by: \.paragraph)
        var documents: [ReproducedDocument] = []
        var paragraph = 1
        let last = byParagraph.keys.max() ?? 0
        while paragraph <= last {
            guard let opening = byParagraph[paragraph]?.first, isHeading(opening) else {
                paragraph += 1
                continue
            }
            let heading = byParagraph[paragraph] ?? []
            let issuer = heading.lazy.flatMap { index.mentions(in: $0) }.first { mention in
                ![.person, .state].contains(index.kind(of: mention.id))
            }?.id
            var end = paragraph
            while end + 1 <= last, let next = byParagraph[end + 1], !isProse(next) { end += 1 }
            var periods: [Int: Period] = [:]
            var section: Period?
            for number in paragraph...end {
                guard let first = byParagraph[number]?.first else { continue }
                if isHeading(first) { section = period(in: first, words: words, figureReader: figureReader) }
                if let section { periods[number] = section }
            }
            let kinds = Set(heading.flatMap(\.words).map(\.lower)).intersection(documentWords)
            // A heading alone, over prose, is a headline, not a document.
            if end > paragraph {
                documents.append(ReproducedDocument(issuer: issuer, paragraphs: paragraph...end, periods: periods, kinds: kinds))
            }
            paragraph = end + 1
        }
        return documents
    }

    /// The document a sentence after it names as its subject: "The bulletin issued on Monday ...".
    static func named(in sentence: Sentence, among documents: [ReproducedDocument]) -> ReproducedDocument? {
        let opening = sentence.words.prefix(4).map(\.lower)
        return documents.last { document in
            document.paragraphs.upperBound < sentence.paragraph && opening.contains { document.kinds.contains($0) }
        }
    }

    /// A line in capitals of two words or more, up to any brackets: "MINISTRY OF HEALTH", "IN THE
    /// PAST 24 HOURS (06:00 8 May to 06:00 9 May)".
    private static func isHeading(_ sentence: Sentence) -> Bool {
        let words = sentence.words.prefix { $0.text != "(" }
        let letters = words.filter { $0.isWord && $0.text.contains(where: \.isLetter) }
        return letters.count >= 2 && !words.contains { $0.text.contains(where: \.isLowercase) }
    }

    /// The report's own prose: a paragraph that opens with a sentence of some length, with no
    /// label before a colon ("Note: Figures include only ...").
    private static func isProse(_ sentences: [Sentence]) -> Bool {
        guard let first = sentences.first, !isHeading(first) else { return false }
        let words = first.words.filter(\.isWord)
        let isLabelled = first.words.prefix(5).contains { $0.text == ":" }
        return words.count >= 8 && !isLabelled
    }

    /// The period a section heading gives: its last date (with the time before it) is when the
    /// figures hold, and its first the start of a cumulative one's.
    private static func period(in heading: Sentence, words: DraftingWords, figureReader: FigureReader) -> Period? {
        let all = heading.words
        var days: [PartialDate] = []
        var position = 0
        while position < all.count {
            guard var day = figureReader.day(at: position, in: heading) else {
                position += 1
                continue
            }
            // "06:00 9 May": the time before the day.
            if position >= 3, let minutes = ReportDates.minutes(heading, at: position - 3), let dayOfMonth = day.day {
                day = PartialDate(year: day.year, month: day.month, day: dayOfMonth, minutes: minutes)
            }
            days.append(day)
            position += 2
        }
        guard let asOf = days.last else { return nil }
        let cumulative = heading.contains(words.runningTotals)
        return Period(asOf: asOf, since: cumulative && days.count > 1 ? days.first : nil)
    }
}
