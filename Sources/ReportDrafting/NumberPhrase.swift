import ConflictModel

/// A number as a report writes it: in digits ("1,000", "2.5 million"), in words ("twelve",
/// "twenty-three", "one hundred and five"), or in a word for a rough amount ("dozens of",
/// "hundreds"), which carries its own qualifier and interval.
struct NumberPhrase {
    let value: Double
    /// For a rough amount, what the words themselves mean.
    let vague: DraftingWords.Vague?
    /// The words the number takes, first and last.
    let first: Int
    let last: Int
    /// What follows the digits in the same word: "km" of "2,600-km".
    let suffix: String?
    /// "Not one civilian died", "none of its members": at least one, which the speaker denies.
    var denied = false

    /// The number that starts at word `index`, or nil.
    static func read(_ sentence: Sentence, at index: Int, words: DraftingWords) -> NumberPhrase? {
        if let range = range(sentence, at: index, words: words) { return range }
        if let rough = sentence.longest(words.vague, at: index) {
            let last = index + rough.words.count - 1
            // "several thousand", "a couple of hundred": the rough amount of that scale.
            if last + 1 < sentence.words.count, let scale = words.scales[sentence.words[last + 1].lower] {
                let meaning = DraftingWords.Vague(
                    value: rough.meaning.value * scale, qualifier: rough.meaning.qualifier,
                    low: rough.meaning.low.map { $0 * scale }, high: rough.meaning.high.map { $0 * scale })
                return NumberPhrase(value: meaning.value, vague: meaning, first: index, last: last + 1, suffix: nil)
            }
            return NumberPhrase(value: rough.meaning.value, vague: rough.meaning, first: index, last: last, suffix: nil)
        }
        let word = sentence.words[index]
        if word.startsWithDigit { return digits(sentence, at: index, words: words) }
        return spelledOut(sentence, at: index, words: words)
    }

    /// "between 260 and 300": at least the first, with the range as its interval.
    private static func range(_ sentence: Sentence, at index: Int, words: DraftingWords) -> NumberPhrase? {
        let all = sentence.words
        guard all[index].lower == "between", index + 1 < all.count,
            let low = read(sentence, at: index + 1, words: words), low.vague == nil,
            low.last + 2 < all.count, all[low.last + 1].lower == "and",
            let high = read(sentence, at: low.last + 2, words: words), high.vague == nil, high.value > low.value,
            // "between 2008 and 2011": years.
            !([low, high].allSatisfy { $0.first == $0.last && (1900...2100).contains($0.value) })
        else { return nil }
        let meaning = DraftingWords.Vague(value: low.value, qualifier: .atLeast, low: low.value, high: high.value)
        return NumberPhrase(value: low.value, vague: meaning, first: index, last: high.last, suffix: high.suffix)
    }

    private static func digits(_ sentence: Sentence, at index: Int, words: DraftingWords) -> NumberPhrase? {
        let text = sentence.words[index].lower
        let numeric = text.prefix { $0.isNumber || $0 == "," || $0 == "." }
        let rest = text.dropFirst(numeric.count)
        guard var value = Double(numeric.filter { $0 != "," }) else { return nil }
        var last = index
        if index + 1 < sentence.words.count, let scale = words.scales[sentence.words[index + 1].lower], rest.isEmpty {
            value *= scale
            last = index + 1
        }
        let suffix = rest.drop { $0 == "-" }
        return NumberPhrase(value: value, vague: nil, first: index, last: last, suffix: suffix.isEmpty ? nil : String(suffix))
    }

    /// "twenty-three", "one hundred and five", "three thousand": ones and tens, each scale
    /// multiplying what came before it.
    private static func spelledOut(_ sentence: Sentence, at index: Int, words: DraftingWords) -> NumberPhrase? {
        var total = 0.0
        var current = 0.0
        var last: Int?
        var position = index
        // "three dozen" is a number only roughly.
        var dozens = false
        // "a hundred", "a thousand": one of the scale.
        if ["a", "an"].contains(sentence.words[index].lower), index + 1 < sentence.words.count,
            let scale = words.scales[sentence.words[index + 1].lower], scale >= 100
        {
            current = 1
            last = index
            position = index + 1
        }
        while position < sentence.words.count {
            let word = sentence.words[position].lower
            let parts = word.split(separator: "-").map(String.init)
            if parts.allSatisfy({ words.ones[$0] != nil || words.tens[$0] != nil }), !parts.isEmpty {
                current += parts.reduce(0) { $0 + (words.ones[$1] ?? words.tens[$1] ?? 0) }
                last = position
            } else if let scale = words.scales[word], last != nil {
                dozens = scale == 12
                if scale >= 1000 {
                    total += max(current, 1) * scale
                    current = 0
                } else {
                    current = max(current, 1) * scale
                }
                last = position
            } else if word == "and", last != nil, position + 1 < sentence.words.count,
                words.ones[sentence.words[position + 1].lower] != nil || words.tens[sentence.words[position + 1].lower] != nil
            {
                // "one hundred and five"
            } else {
                break
            }
            position += 1
        }
        guard let last else { return nil }
        let value = total + current
        let rough = dozens ? DraftingWords.Vague(value: value, qualifier: .about, low: nil, high: nil) : nil
        return NumberPhrase(value: value, vague: rough, first: index, last: last, suffix: nil)
    }

    /// The figure: the rough amount's own meaning, or the value with the qualifier before it.
    func quantity(qualifier: Qualifier) -> Quantity {
        guard let vague else { return Quantity(value, qualifier) }
        // "at least a dozen", "at least two dozen": a qualifier written before a rough amount
        // with no interval of its own says how exact it is.
        if vague.low == nil, vague.high == nil, qualifier != .exact { return Quantity(vague.value, qualifier) }
        return Quantity(vague.value, vague.qualifier, low: vague.low, high: vague.high.map { .some($0) })
    }
}
