/// The state whose people a report's lead counts: "Nine Brevonian soldiers killed as drone swarm
/// hits base in Sundrath", "At least six Brevonian soldiers were killed". A toll that later names
/// no side ("the death toll had risen to nine") counts them too, and a ministry the report names
/// without its state ("the Ministry of Defence said") is most likely theirs.
enum LeadToll {
    /// The state of the people the title or the first paragraph counts, where a number stands
    /// before the state's adjective and a word of killing or wounding soon after the people.
    static func state(in sentences: [Sentence], index: ActorIndex, words: DraftingWords) -> String? {
        for sentence in sentences where sentence.paragraph <= 1 {
            let all = sentence.words
            for mention in index.mentions(in: sentence) where mention.first > 0 && mention.last + 1 < all.count {
                let state = index.state(of: mention.id)
                guard index.kind(of: state) == .state, index.kind(of: mention.id) == .state,
                    NumberPhrase.read(sentence, at: mention.first - 1, words: words)?.last == mention.first - 1
                        || NumberPhrase.read(sentence, at: max(0, mention.first - 2), words: words)?.last == mention.first - 1,
                    words.forces.union(words.civilians).contains(all[mention.last + 1].lower)
                else { continue }
                let after = (mention.last + 2)..<min(all.count, mention.last + 5)
                let hurt = after.contains { position in
                    words.measures.contains {
                        ["killed", "injured"].contains($0.meaning.measure) && sentence.matches($0.words, at: position)
                    }
                }
                if hurt { return state }
            }
        }
        return nil
    }
}
