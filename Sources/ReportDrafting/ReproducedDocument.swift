import ConflictModel

/// A document a report prints as it was issued, under a heading in capitals: a ministry's daily
/// bulletin ("MINISTRY OF HEALTH - REPUBLIC OF ASHTOVAR", "Daily casualty bulletin No. 172"),
/// then sections headed "IN THE PAST 24 HOURS (06:00 8 May to 06:00 9 May)" and "CUMULATIVE, 19
/// NOVEMBER 2027 TO 06:00 9 MAY 2028" over lines such as "Killed: 14", or a list brought in by a
/// sentence that ends in a colon ("The total combat losses of the enemy from 14.02.2028 to
/// 21.10.2028 are as follows:"). Its figures are the words of the body its heading names, though
/// no sentence says so, and each section's figures hold for the period its heading gives. It runs
/// until the report's own prose takes up again; one the report says it prints "in full" runs on
/// through the body's own prose, to an editor's note or the report's end.
struct ReproducedDocument {
    /// The body that issued it, where its heading names one.
    let issuer: String?
    /// Its paragraphs, from its heading on.
    let paragraphs: ClosedRange<Int>
    /// The period each paragraph under a dated section heading covers.
    let periods: [Int: Period]
    /// The heading or the lead-in each paragraph of a section is listed under: what a line such as
    /// "tanks – 1,212" lost, and whose, is said there.
    let sectionHeadings: [Int: Sentence]
    /// When it was issued, where its heading says ("Operational update, 21 October 2028, 08:00"):
    /// when the issuer's figures outside a dated section hold.
    let issued: PartialDate?
    /// What its heading calls it ("bulletin"): "The bulletin issued on Monday had put the toll at
    /// 4,222" in the prose after it is the issuer's word too.
    let kinds: Set<String>

    /// Words for a document a body issues.
    private static let documentWords: Set<String> = [
        "bulletin", "report", "update", "statement", "communique", "communiqué", "release", "summary", "briefing",
    ]
    /// Words of a report that says it prints a document whole, prose and all.
    private static let wholeWords: [[String]] = [["in", "full"], ["full", "text"], ["in", "its", "entirety"]]

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
            if let quoted = quotedDocument(at: paragraph, byParagraph: byParagraph, index: index, figureReader: figureReader) {
                documents.append(quoted)
                paragraph = quoted.paragraphs.upperBound + 1
                continue
            }
            guard let opening = byParagraph[paragraph]?.first, isHeading(opening) else {
                paragraph += 1
                continue
            }
            let heading = byParagraph[paragraph] ?? []
            let issuer = heading.lazy.flatMap { index.mentions(in: $0) }.first { mention in
                ![.person, .state].contains(index.kind(of: mention.id))
            }?.id
            // "Eastgate Monitor publishes the daily update ... in full": the body's prose is its own too.
            let whole = (byParagraph[paragraph - 1] ?? []).contains { $0.contains(wholeWords) }
            var end = paragraph
            while end + 1 <= last, let next = byParagraph[end + 1], whole ? !isEditorsNote(next) : !isProse(next) { end += 1 }
            let issued = heading.lazy.compactMap { issueTime(in: $0, figureReader: figureReader) }.first
            var periods: [Int: Period] = [:]
            var headings: [Int: Sentence] = [:]
            var section: (heading: Sentence, period: Period?)?
            for number in paragraph...end {
                guard let sentences = byParagraph[number], let first = sentences.first else { continue }
                if isHeading(first) {
                    section = (first, period(in: first, issued: issued, words: words, figureReader: figureReader))
                } else if isProse(sentences) {
                    section = nil
                }
                if let section {
                    headings[number] = section.heading
                    if let period = section.period { periods[number] = period }
                }
                // "... are as follows (in brackets, losses over the past day):": the lead-in of the lines after it.
                if let leadIn = sentences.last, leadIn.words.last?.text == ":", leadIn.words.count > 3 {
                    section = (leadIn, period(in: leadIn, issued: issued, words: words, figureReader: figureReader))
                }
            }
            let kinds = Set(heading.flatMap(\.words).map(\.lower)).intersection(documentWords)
            // A heading alone, over prose, is a headline, not a document.
            if end > paragraph {
                documents.append(
                    ReproducedDocument(
                        issuer: issuer, paragraphs: paragraph...end, periods: periods, sectionHeadings: headings, issued: issued,
                        kinds: kinds))
            }
            paragraph = end + 1
        }
        return documents
    }

    /// Words of a report that brings in a statement it prints next: "issued the following statement".
    private static let followingWords: [[String]] = [["the", "following", "statement"], ["the", "statement", "reads"]]

    /// "The Ambar Liberation Front ... issued the following statement on Sunday. We publish it in
    /// full": the quoted paragraphs after it are the body's words, to the first that is not quoted,
    /// and hold on the day its closing line gives ("General Command ..., 4 February 2029").
    private static func quotedDocument(
        at paragraph: Int, byParagraph: [Int: [Sentence]], index: ActorIndex, figureReader: FigureReader
    ) -> ReproducedDocument? {
        let quoteMarks: Set<String> = ["\"", "“"]
        guard let introduction = byParagraph[paragraph - 1],
            introduction.contains(where: { $0.contains(followingWords) || $0.contains(wholeWords) }),
            let opening = byParagraph[paragraph]?.first?.words.first, quoteMarks.contains(String(opening.text)),
            let issuer = introduction.lazy.flatMap({ index.mentions(in: $0) }).first(where: { mention in
                ![.person, .state].contains(index.kind(of: mention.id))
            })?.id
        else { return nil }
        var end = paragraph
        while let next = byParagraph[end + 1]?.first?.words.first, quoteMarks.contains(String(next.text)) { end += 1 }
        // The closing line's day, the last day the statement's paragraphs give.
        let closing = byParagraph[end]?.last
        let issued = closing.flatMap { line in line.words.indices.lazy.compactMap { figureReader.day(at: $0, in: line) }.last }
        return ReproducedDocument(
            issuer: issuer, paragraphs: paragraph...end, periods: [:], sectionHeadings: [:], issued: issued, kinds: ["statement"])
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
    /// label before a colon ("Note: Figures include only ..."), and does not end in a colon that
    /// brings in the lines after it.
    private static func isProse(_ sentences: [Sentence]) -> Bool {
        guard let first = sentences.first, !isHeading(first), sentences.last?.words.last?.text != ":" else { return false }
        let words = first.words.filter(\.isWord)
        let isLabelled = first.words.prefix(5).contains { $0.text == ":" }
        return words.count >= 8 && !isLabelled
    }

    /// "Editor's note: Eastgate Monitor cannot independently verify ...": the outlet's words again.
    private static func isEditorsNote(_ sentences: [Sentence]) -> Bool {
        let opening = sentences.first?.words.prefix(3).map(\.lower) ?? []
        return opening.count >= 2 && ["editor's", "editor’s", "editors'", "editors’"].contains(opening[0]) && opening[1] == "note"
    }

    /// The day and time a heading says the document was issued: "Operational update, 21 October
    /// 2028, 08:00", "Issued 08:00, Tuesday 9 May 2028".
    private static func issueTime(in heading: Sentence, figureReader: FigureReader) -> PartialDate? {
        let all = heading.words
        guard let at = all.indices.first(where: { figureReader.day(at: $0, in: heading)?.day != nil }),
            let day = figureReader.day(at: at, in: heading), let dayOfMonth = day.day
        else { return nil }
        let near = Array(max(0, at - 3)..<at) + Array((at + 1)..<min(all.count, at + 6))
        guard let minutes = near.lazy.compactMap({ ReportDates.minutes(heading, at: $0) }).first else { return nil }
        return PartialDate(year: day.year, month: day.month, day: dayOfMonth, minutes: minutes)
    }

    /// The period a section heading gives: its last date (with the time before it) is when the
    /// figures hold, and its first the start of a cumulative one's.
    private static func period(in heading: Sentence, issued: PartialDate?, words: DraftingWords, figureReader: FigureReader)
        -> Period?
    {
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
        guard var asOf = days.last else { return nil }
        // "from 14.02.2028 to 21.10.2028" in an update issued at 08:00 on the 21st: to that hour.
        if asOf.minutes == nil, let issued, issued.year == asOf.year, issued.month == asOf.month, issued.day == asOf.day {
            asOf = issued
        }
        let cumulative = heading.contains(words.runningTotals)
        return Period(asOf: asOf, since: cumulative && days.count > 1 ? days.first : nil)
    }
}
