/// Finds the names a misspelt one was probably meant to be, for "did you mean" hints: one rule for
/// queries, model files and dot-commands alike.
public enum Suggestions {
    /// The candidates within a few edits of `typed`, ignoring case, or that it starts, closest first.
    /// Every candidate as close as the closest is listed, however many there are; after them, a
    /// few farther ones, up to five in all.
    ///
    /// The allowance grows with the length of what was typed, so that short words do not match
    /// everything, and changing every letter of a short word is not a typo.
    public static func close(to typed: String, in candidates: some Sequence<String>) -> [String] {
        let key = Array(typed.lowercased())
        guard !key.isEmpty else { return [] }
        let allowance = max(1, min(3, key.count / 3))
        var scored: [(distance: Int, name: String)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate.lowercased()).inserted {
            let other = Array(candidate.lowercased())
            if other == key { continue }
            if abs(other.count - key.count) <= allowance {
                let distance = editDistance(key, other)
                if distance <= allowance && distance < max(key.count, other.count) {
                    scored.append((distance, candidate))
                    continue
                }
            }
            if key.count >= 2 && other.starts(with: key) { scored.append((allowance + 1, candidate)) }
        }
        scored.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        guard let best = scored.first?.distance else { return [] }
        let tied = scored.prefix { $0.distance == best }.count
        return scored.prefix(max(tied, 5)).map(\.name)
    }

    /// `; did you mean "killed"?`, `; did you mean "a", "b" or "c"?`, or nothing.
    public static func phrase(_ suggestions: [String], quoted: Bool = true) -> String {
        let shown = suggestions.map { quoted ? "\"\($0)\"" : $0 }
        guard let last = shown.last else { return "" }
        if shown.count == 1 { return "; did you mean \(last)?" }
        return "; did you mean " + shown.dropLast().joined(separator: ", ") + " or \(last)?"
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
