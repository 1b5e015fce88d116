/// Finds the names a mistyped one was probably meant to be, for "did you mean" hints.
enum CloseNames {
    /// The candidates within a few edits of `name`, ignoring case, closest first.
    ///
    /// The allowance grows with the name's length so that short names do not match everything.
    static func matching(_ name: String, among candidates: some Sequence<String>, limit: Int = 5) -> [String] {
        let target = Array(name.lowercased())
        let allowance = min(3, max(1, target.count / 3))
        var found: [(distance: Int, name: String)] = []
        for candidate in Set(candidates) where candidate != name {
            let other = Array(candidate.lowercased())
            // Cheap first: a length difference beyond the allowance cannot be made up by edits.
            guard abs(other.count - target.count) <= allowance else { continue }
            let distance = editDistance(target, other)
            // Changing every letter of a short name is not a typo: "c" is not close to "a".
            if distance <= allowance && distance < max(target.count, other.count) {
                found.append((distance, candidate))
            }
        }
        return found.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(limit).map(\.name)
    }

    /// `; did you mean "killed"?`, `; did you mean "a" or "b"?`, or nothing when nothing is close.
    static func hint(for name: String, among candidates: some Sequence<String>) -> String {
        let close = matching(name, among: candidates).map { "\"\($0)\"" }
        guard let last = close.last else { return "" }
        if close.count == 1 { return "; did you mean \(last)?" }
        return "; did you mean " + close.dropLast().joined(separator: ", ") + " or \(last)?"
    }

    /// Levenshtein distance: insertions, deletions and substitutions each cost one.
    private static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
