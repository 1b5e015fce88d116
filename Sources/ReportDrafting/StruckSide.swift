/// The side a one-sided attack struck: in "Gravian missiles hit the ferry terminal" and "Gravia
/// insists it struck a military target", told by a report that never has the other side strike
/// back, the dead of a toll that names no side are the other side's, and so is the mayor who
/// counts them.
enum StruckSide {
    /// Words after a side's name that make it the one that struck: "Gravian missiles", "Gravia
    /// launched", "the Gravian strike".
    private static let strikeWords: Set<String> = [
        "strike", "strikes", "airstrike", "airstrikes", "missile", "missiles", "drone", "drones", "rocket", "rockets", "shelling",
        "bombardment", "bombing", "offensive", "attack", "attacks", "raid", "raids", "artillery", "struck", "launched", "fired",
        "shelled", "bombed", "attacked", "pounded",
    ]

    /// The state struck, when one side of the report's two named most strikes at least twice
    /// and the other never.
    static func struck(in sentences: [Sentence], index: ActorIndex) -> String? {
        var mentions: [String: Int] = [:]
        var strikes: [String: Int] = [:]
        for sentence in sentences {
            for mention in index.mentions(in: sentence) {
                let side = index.state(of: mention.id)
                guard [.state, .armedGroup].contains(index.kind(of: side)) else { continue }
                mentions[side, default: 0] += 1
                let next = sentence.words[(mention.last + 1)..<min(sentence.words.count, mention.last + 3)].map(\.lower)
                // "Gravian missiles", "Gravia's air strikes", "Gravia launched", not "Gravia said it struck".
                if let first = next.first,
                    strikeWords.contains(first)
                        || (next.count > 1 && ["air", "missile", "drone"].contains(first) && strikeWords.contains(next[1]))
                {
                    strikes[side, default: 0] += 1
                }
            }
        }
        let sides = mentions.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key)
        guard sides.count == 2 else { return nil }
        let counts = sides.map { strikes[$0] ?? 0 }
        let struck: String
        if counts[0] >= 2, counts[1] == 0 {
            struck = sides[1]
        } else if counts[1] >= 2, counts[0] == 0 {
            struck = sides[0]
        } else {
            return nil
        }
        return index.kind(of: struck) == .state ? struck : nil
    }
}
