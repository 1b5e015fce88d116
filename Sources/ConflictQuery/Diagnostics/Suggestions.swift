/// Finds the names a misspelt one was probably meant to be.
enum Suggestions {
    /// Every candidate within a small edit distance, closest first; or those that start with what was typed.
    static func close(to typed: String, in candidates: [String]) -> [String] {
        let key = typed.lowercased()
        guard !key.isEmpty else { return [] }
        let limit = max(1, min(3, key.count / 3))
        var scored: [(name: String, distance: Int)] = []
        var seen: Set<String> = []
        for candidate in candidates where seen.insert(candidate.lowercased()).inserted {
            let lowered = candidate.lowercased()
            if lowered == key { continue }
            let distance = editDistance(key, lowered, limit: limit)
            if distance <= limit {
                scored.append((candidate, distance))
            } else if lowered.hasPrefix(key) && key.count >= 3 {
                scored.append((candidate, limit + 1))
            }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(5).map(\.name)
    }

    /// Levenshtein distance, giving up early once it is past `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var next = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                next[j] = min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            if next.min()! > limit { return limit + 1 }
            row = next
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
