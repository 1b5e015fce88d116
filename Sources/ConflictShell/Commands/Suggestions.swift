/// Close candidates for a misspelt word: "did you mean .format?".
enum Suggestions {
    /// The candidates within a small edit distance of `word`, or that it starts, closest first.
    static func closest(to word: String, among candidates: [String]) -> [String] {
        let typed = word.lowercased()
        guard !typed.isEmpty else { return [] }
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            let lowered = candidate.lowercased()
            let distance = editDistance(Array(typed), Array(lowered))
            let allowed = max(1, min(2, typed.count / 3))
            if distance <= allowed { return (candidate, distance) }
            if typed.count >= 2, lowered.hasPrefix(typed) { return (candidate, allowed + 1) }
            return nil
        }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }

    /// "; did you mean .format?" or "; did you mean .run or .timer?", or nothing.
    static func phrase(_ suggestions: [String]) -> String {
        guard !suggestions.isEmpty else { return "" }
        let shown = Array(suggestions.prefix(3))
        let choices = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " or " + shown.last!
        return "; did you mean \(choices)?"
    }

    /// Damerau-Levenshtein (optimal string alignment): a swapped pair of letters is one typo, not two.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
