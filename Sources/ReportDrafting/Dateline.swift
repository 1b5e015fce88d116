/// The dateline that opens a wire story: "TAVRO, Nalestra (CP) —", "BREZNO, Estovia, Aug 2
/// (Meridian Wire Service) -", "KABUL, Feb 27 (Reuters) -", "MORVANGE (Dalvescia) (AFV) -". The
/// town in capitals, then the country it is in, unless a date follows at once: where the report
/// was written, which is nearly always where what it tells happened.
struct Dateline {
    /// The words of the town, in capitals.
    let town: ClosedRange<Int>
    /// The words of the country after it, if the dateline names one.
    let country: ClosedRange<Int>?

    /// Months as datelines abbreviate them, which follow the town where no country does.
    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// The dateline at the start of the sentence, if it has one.
    init?(_ sentence: Sentence) {
        let all = sentence.words
        var townLast = -1
        while townLast + 1 < all.count, all[townLast + 1].isWord,
            all[townLast + 1].text.contains(where: \.isLetter), !all[townLast + 1].text.contains(where: \.isLowercase)
        {
            townLast += 1
        }
        // "MORVANGE (Dalvescia) (AFV) -": the country in brackets, as a French agency writes it.
        if townLast >= 0, all[0].text.count > 2, townLast + 4 < all.count, all[townLast + 1].text == "(",
            let close = all[(townLast + 2)...].prefix(4).firstIndex(where: { $0.text == ")" }), close > townLast + 2,
            all[(townLast + 2)..<close].allSatisfy({ $0.isWord && $0.isCapitalized && $0.text.contains(where: \.isLowercase) }),
            close + 1 < all.count, ["(", "—", "–", "-", ","].contains(all[close + 1].text)
        {
            town = 0...townLast
            country = (townLast + 2)...(close - 1)
            return
        }
        // A town of capitals, not a sentence that opens with a capitalized acronym.
        guard townLast >= 0, all[0].text.count > 2, townLast + 2 < all.count, all[townLast + 1].text == "," else { return nil }
        town = 0...townLast
        var countryLast = townLast + 1
        while countryLast + 1 < all.count, countryLast - townLast < 4, all[countryLast + 1].isCapitalized,
            all[countryLast + 1].isWord, all[countryLast + 1].text.contains(where: \.isLowercase)
        {
            countryLast += 1
        }
        let countryFirst = townLast + 2
        if Self.months.contains(all[countryFirst].lower) {
            country = nil
            return
        }
        guard countryLast >= countryFirst else { return nil }
        // What follows the country closes the dateline: a comma and the date, the agency in
        // brackets, or a dash.
        guard countryLast + 1 < all.count, [",", "(", "—", "–", "-"].contains(all[countryLast + 1].text) else { return nil }
        country = countryFirst...countryLast
    }

    /// The datelines that open the items of a roundup, each the first sentence of its paragraph:
    /// "PORT HALLIX, Oct 5 (PPA) -", then "OSSIVAR, Oct 4 (PPA) -". None for a report of one story.
    static func items(of sentences: [Sentence]) -> [(sentence: Sentence, dateline: Dateline)] {
        let items = opening(sentences, paragraphs: .max)
        return items.count > 1 ? items : []
    }

    /// The dateline of a report: in the first sentence of one of its first body paragraphs, after
    /// a byline and the agency's name.
    static func of(_ sentences: [Sentence]) -> (sentence: Sentence, dateline: Dateline)? {
        opening(sentences, paragraphs: 3).first
    }

    /// The datelines that open the first `count` body paragraphs, each in its first sentence.
    private static func opening(_ sentences: [Sentence], paragraphs count: Int) -> [(sentence: Sentence, dateline: Dateline)] {
        var seen: Set<Int> = []
        var found: [(sentence: Sentence, dateline: Dateline)] = []
        for sentence in sentences where sentence.paragraph > 0 && !seen.contains(sentence.paragraph) && seen.count < count {
            seen.insert(sentence.paragraph)
            if let dateline = Dateline(sentence) { found.append((sentence, dateline)) }
        }
        return found
    }
}
