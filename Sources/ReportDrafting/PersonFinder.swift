import ConflictModel

/// People a report introduces by their title: "information minister Attaullah Tarar", "Afghan
/// government spokesman Hamdullah Fitrat", "UN Secretary-General Antonio Guterres". The words
/// before the name are the person's role, and an actor named in them is whom the person speaks
/// for; where none is, the draft says so.
struct PersonFinder {
    let words: DraftingWords

    /// Grammar words that end a role phrase read backwards from its title.
    private static let roleStops: Set<String> = [
        "the", "a", "an", "and", "or", "said", "says", "that", "as", "by", "with", "to", "in", "on", "for", "while", "but",
        "also", "has", "had", "was", "is", "were", "are", "who", "which", "when", "after", "before", "according",
        "meanwhile", "told", ",", ".", "“", "”", "\"", "(", ")", ";", ":",
    ]
    /// Small words inside a name: "Mohammed bin Abdulaziz Al-Khalifi".
    private static let nameParticles: Set<String> = ["bin", "bint", "ibn", "al", "ul", "de", "van", "von", "da", "la", "le", "abu", "el"]

    /// One person introduced in the sentence, with the words of their role.
    struct Introduction {
        let name: String
        let nameFirst: Int
        let nameLast: Int
        let role: String
        let roleFirst: Int
        /// Actors named in the role: "Afghan government" in "Afghan government spokesman".
        let roleMentions: [Mention]
    }

    func introductions(in sentence: Sentence, index: ActorIndex) -> [Introduction] {
        var found: [Introduction] = []
        let all = sentence.words
        var position = 0
        while position < all.count {
            defer { position += 1 }
            guard words.personTitles.contains(all[position].lower) else { continue }
            var start = position + 1
            // Ranks and honorifics between the title and the name: "Lt Gen. Ahmad".
            var skipped = true
            while skipped, start < all.count {
                skipped = false
                if all[start].text == "." {
                    start += 1
                    skipped = true
                }
                for honorific in words.honorifics where sentence.matches(honorific, at: start) {
                    start += honorific.count
                    skipped = true
                    break
                }
            }
            var end = start
            while end < all.count {
                let word = all[end]
                let isNamePart = word.isWord && word.isCapitalized && !words.personTitles.contains(word.lower)
                let isParticle = Self.nameParticles.contains(word.lower) && end + 1 < all.count && all[end + 1].isCapitalized
                guard isNamePart || isParticle else { break }
                end += 1
            }
            let nameWords = end - start
            guard nameWords >= 2, nameWords <= 5 else { continue }
            // A name that is an actor's other than a person's is no name: "Minister Pakistan".
            if let known = index.mention(in: sentence, at: start), index.kind(of: known.id) != .person { continue }
            var roleFirst = position
            while roleFirst > 0, position - roleFirst < 5 {
                let before = all[roleFirst - 1]
                guard before.isWord, !Self.roleStops.contains(before.lower) else { break }
                roleFirst -= 1
            }
            let roleMentions = index.mentions(in: sentence).filter { $0.first >= roleFirst && $0.last <= position }
            found.append(
                Introduction(
                    name: sentence.excerpt(start, end - 1), nameFirst: start, nameLast: end - 1,
                    role: sentence.excerpt(roleFirst, position), roleFirst: roleFirst, roleMentions: roleMentions))
            position = end - 1
        }
        return found
    }
}
