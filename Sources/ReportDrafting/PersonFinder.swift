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
    private static let nameParticles: Set<String> = [
        "bin", "bint", "ibn", "al", "ul", "de", "van", "von", "da", "la", "le", "abu", "el",
    ]

    /// One person introduced in the sentence, with the words of their role.
    struct Introduction {
        let name: String
        let nameFirst: Int
        let nameLast: Int
        let role: String
        let roleFirst: Int
        let roleLast: Int
        /// Actors named in the role: "Afghan government" in "Afghan government spokesman".
        let roleMentions: [Mention]
        /// In "Pavel Arko, the foreign minister of Easton", the name after "of" when no actor has
        /// it: the body the person speaks for, to be introduced too.
        var representsName: (name: String, first: Int, last: Int)? = nil
        /// Known by the title alone, "the representative of Calverra": no surname to call them by.
        var isUnnamed = false
        /// Named by a trade, "shopkeeper Ludo Feskel": a person who speaks for no body or state.
        var isPrivate = false
    }

    /// Trades a report names a private person by: "shopkeeper Ludo Feskel, 46, said".
    private static let trades: Set<String> = [
        "shopkeeper", "trader", "farmer", "teacher", "driver", "resident", "witness", "survivor", "student", "vendor",
        "mechanic", "fisherman", "shepherd", "labourer", "laborer", "businessman", "businesswoman", "housewife", "pensioner",
    ]

    /// The last words of a title's portfolio: "for Humanitarian Affairs", "for Peace Operations".
    private static let portfolioWords: Set<String> = [
        "affairs", "operations", "relations", "rights", "development", "coordination", "policy", "security", "issues",
    ]

    /// Titles a report may name a person by alone, with the state they speak for: "the
    /// representative of Calverra", "Halcyra's delegate".
    private static let envoyTitles: Set<String> = ["representative", "delegate", "ambassador", "envoy"]

    func introductions(in sentence: Sentence, index: ActorIndex) -> [Introduction] {
        var found: [Introduction] = []
        let all = sentence.words
        var position = 0
        while position < all.count {
            defer { position += 1 }
            let isTrade = Self.trades.contains(all[position].lower)
            guard words.personTitles.contains(all[position].lower) || isTrade else { continue }
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
            // "Director General of Police (DGP) Meena Chauhan", "Minister of Defence Ali Khan":
            // what the title is of, and its initials, belong to the role.
            if start + 1 < all.count, all[start].lower == "of", all[start + 1].isCapitalized {
                var after = start + 1
                while after + 1 < all.count, all[after + 1].isCapitalized, all[after + 1].isWord, after - start < 3 { after += 1 }
                if after + 3 < all.count, all[after + 1].text == "(", all[after + 3].text == ")" { after += 3 }
                // Only when a name of two words follows: "Minister of Defence" alone is a role.
                if after + 2 < all.count, all[after + 1].isCapitalized, all[after + 2].isCapitalized { start = after + 1 }
            }
            // "The governor of Upper Tarn, Osric Pellow", "the Minister of Foreign Affairs of the
            // Republic of Sorvetia, Lesya Ormand": what the title is of, up to the comma before
            // the name, belongs to the role.
            var roleEnd = position
            if start == position + 1, start + 1 < all.count, ["of", "for"].contains(all[start].lower) {
                var after = start
                while after + 1 < all.count, after - start < 14,
                    (all[after + 1].isWord && all[after + 1].isCapitalized && !all[after + 1].startsWithDigit)
                        || ["of", "for", "the"].contains(all[after + 1].lower)
                {
                    after += 1
                }
                if after > start, after + 1 < all.count, all[after + 1].text == ",", all[after].isCapitalized {
                    roleEnd = after
                    start = after + 1
                }
            }
            // "the city's mayor, Olga Petrin, told": the name set off by commas after the title,
            // after a rank ("The army spokesman, Col. Tomas Reld, said").
            let setOff = start < all.count && all[start].text == ","
            if setOff {
                start += 1
                while let honorific = words.honorifics.first(where: { sentence.matches($0, at: start) }) {
                    start += honorific.count
                    if start < all.count, all[start].text == "." { start += 1 }
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
            // Set off by commas, or ending the sentence: "with her Sollenian counterpart, Kasimir Loft."
            guard nameWords >= 2, nameWords <= 5, !setOff || end == all.count || [",", "."].contains(all[end].text) else {
                continue
            }
            // A name that is an actor's other than a person's is no name: "Minister Pakistan".
            if let known = index.mention(in: sentence, at: start), index.kind(of: known.id) != .person { continue }
            var roleFirst = position
            while roleFirst > 0, position - roleFirst < 5 {
                let before = all[roleFirst - 1]
                guard before.isWord, !Self.roleStops.contains(before.lower) else { break }
                roleFirst -= 1
            }
            let roleMentions = index.mentions(in: sentence).filter { $0.first >= roleFirst && $0.last <= roleEnd }
            var introduction = Introduction(
                name: sentence.excerpt(start, end - 1), nameFirst: start, nameLast: end - 1,
                role: sentence.excerpt(roleFirst, roleEnd), roleFirst: roleFirst, roleLast: roleEnd,
                roleMentions: roleMentions)
            introduction.isPrivate = isTrade
            // "... of the Republic of Sorvetia", a state no one has named yet: the person's.
            if roleMentions.isEmpty, roleEnd > position + 2, all[roleEnd - 1].lower == "of",
                ["republic", "kingdom", "state", "federation"].contains(all[roleEnd - 2].lower)
            {
                introduction.representsName = (String(all[roleEnd].text), roleEnd, roleEnd)
            }
            found.append(introduction)
            position = end - 1
        }
        let named = found + appositives(in: sentence, index: index, besides: found)
        let people = named + envoys(in: sentence, index: index, besides: named)
        return people + possessed(in: sentence, index: index, besides: people)
    }

    /// "spoke by telephone with Tessaly's Anna Lysek": a possessive, then a name of two or three
    /// words that no list knows as anything but a person's; the owner is a state, named here
    /// perhaps for the first time.
    private func possessed(in sentence: Sentence, index: ActorIndex, besides found: [Introduction]) -> [Introduction] {
        let all = sentence.words
        var result: [Introduction] = []
        for owner in all.indices.dropFirst() where owner + 2 < all.count {
            let word = all[owner]
            guard word.isCapitalized, word.lower.hasSuffix("’s") || word.lower.hasSuffix("'s") else { continue }
            var end = owner + 1
            while end < all.count, all[end].isWord, all[end].isCapitalized, end - owner <= 3 { end += 1 }
            let name = all[(owner + 1)..<end]
            guard (2...3).contains(name.count), !found.contains(where: { $0.nameFirst == owner + 1 }),
                name.allSatisfy({ words.bodyKinds[$0.lower] == nil && !words.personTitles.contains($0.lower) }),
                index.mention(in: sentence, at: owner + 1) == nil
            else { continue }
            let known = index.mention(in: sentence, at: owner).flatMap { $0.last == owner ? $0 : nil }
            if let known, index.kind(of: known.id) != .state { continue }
            var introduction = Introduction(
                name: sentence.excerpt(owner + 1, end - 1), nameFirst: owner + 1, nameLast: end - 1, role: "", roleFirst: owner,
                roleLast: owner, roleMentions: known.map { [Mention(id: $0.id, first: owner, last: owner)] } ?? [])
            if known == nil {
                introduction.representsName = (word.base.prefix(1).uppercased() + word.base.dropFirst(), owner, owner)
            }
            result.append(introduction)
        }
        return result
    }

    /// "The representative of Calverra said", "Halcyra's delegate condemned": a state's envoy
    /// the report gives no name, called "Representative of Calverra", "Delegate of Halcyra".
    private func envoys(in sentence: Sentence, index: ActorIndex, besides found: [Introduction]) -> [Introduction] {
        let all = sentence.words
        var result: [Introduction] = []
        for position in all.indices where Self.envoyTitles.contains(all[position].lower) {
            guard !found.contains(where: { ($0.roleFirst...$0.roleLast).contains(position) }) else { continue }
            let title = all[position].text.prefix(1).uppercased() + all[position].text.dropFirst()
            var state: Mention?
            var first = position
            var last = position
            if position + 2 < all.count, all[position + 1].lower == "of",
                let mention = index.mention(in: sentence, at: position + 2)
            {
                // Not "the ambassador of Tessmoor, Lorcan Drummel": a name set off after it.
                let after = mention.last + 1
                let named =
                    after + 1 < all.count && all[after].text == "," && all[after + 1].isCapitalized
                    && index.mention(in: sentence, at: after + 1) == nil
                if !named { (state, last) = (Mention(id: mention.id, first: position + 2, last: mention.last), mention.last) }
            } else if position + 2 < all.count, all[position + 1].lower == "of", all[position + 2].isCapitalized,
                all[position + 2].isWord, position + 3 >= all.count || !all[position + 3].isCapitalized,
                position == 0 || ["the", "a"].contains(all[position - 1].lower)
            {
                // "The representative of Quintara, whose country borders both": a state no one named before.
                let name = String(all[position + 2].text)
                var introduction = Introduction(
                    name: "\(title) of \(name)", nameFirst: position, nameLast: position + 2, role: String(all[position].text),
                    roleFirst: position, roleLast: position, roleMentions: [])
                introduction.representsName = (name, position + 2, position + 2)
                introduction.isUnnamed = true
                result.append(introduction)
                continue
            } else if position > 0, all[position - 1].lower.hasSuffix("’s") || all[position - 1].lower.hasSuffix("'s"),
                let mention = index.mentions(in: sentence).first(where: { $0.last == position - 1 }),
                position + 1 >= all.count || !all[position + 1].isCapitalized
            {
                (state, first) = (mention, mention.first)
            }
            guard let state, index.kind(of: state.id) == .state, let stateName = index.actors[state.id]?.name else { continue }
            var introduction = Introduction(
                name: "\(title) of \(stateName)", nameFirst: first, nameLast: last, role: String(all[position].text),
                roleFirst: position, roleLast: position, roleMentions: [state])
            introduction.isUnnamed = true
            result.append(introduction)
        }
        return result
    }

    /// "Pavel Arko, the foreign minister of neighbouring Easton", "Ilse Varga, secretary-general
    /// of the Council of Northern States": a name, a comma, then the role.
    private func appositives(in sentence: Sentence, index: ActorIndex, besides found: [Introduction]) -> [Introduction] {
        let all = sentence.words
        var result: [Introduction] = []
        for comma in all.indices where all[comma].text == "," && comma >= 2 {
            var start = comma
            while start > 0, all[start - 1].isWord, all[start - 1].isCapitalized, comma - start < 4 { start -= 1 }
            guard comma - start >= 2, !found.contains(where: { $0.nameFirst == start }),
                index.mention(in: sentence, at: start).map({ index.kind(of: $0.id) == .person }) ?? true
            else { continue }
            var roleFirst = comma + 1
            if roleFirst < all.count, ["the", "a", "an"].contains(all[roleFirst].lower) { roleFirst += 1 }
            guard
                let title = (roleFirst..<min(all.count, roleFirst + 6)).first(where: {
                    words.personTitles.contains(all[$0].lower)
                })
            else { continue }
            var introduction = Introduction(
                name: sentence.excerpt(start, comma - 1), nameFirst: start, nameLast: comma - 1,
                role: sentence.excerpt(roleFirst, title),
                roleFirst: roleFirst, roleLast: title,
                roleMentions: index.mentions(in: sentence).filter { $0.first >= roleFirst && $0.last <= title })
            // "Corin Ashby, the Southern Lakes Union's envoy": a body no one knows yet owns the role.
            if introduction.roleMentions.isEmpty,
                let owner = (roleFirst..<title).first(where: { all[$0].lower.hasSuffix("’s") || all[$0].lower.hasSuffix("'s") }),
                owner > roleFirst, (roleFirst...owner).allSatisfy({ all[$0].isCapitalized && all[$0].isWord })
            {
                let name = sentence.excerpt(roleFirst, owner).dropLast(2)
                introduction.representsName = (String(name), roleFirst, owner)
            }
            // "... of neighbouring Easton", "... of the Council of Northern States"
            var of = title + 1
            if of < all.count, ["of", "for", "at"].contains(all[of].lower) {
                of += 1
                while of < all.count, !all[of].isCapitalized, all[of].isWord, of - title < 4 { of += 1 }
                if let mention = index.mentions(in: sentence).first(where: { $0.first == of }) {
                    introduction = Introduction(
                        name: introduction.name, nameFirst: start, nameLast: comma - 1, role: introduction.role,
                        roleFirst: roleFirst, roleLast: title, roleMentions: introduction.roleMentions + [mention])
                } else if of < all.count, all[of].isCapitalized {
                    var last = of
                    while last + 1 < all.count,
                        all[last + 1].isCapitalized
                            || (["of", "for", "and"].contains(all[last + 1].lower) && last + 2 < all.count
                                && all[last + 2].isCapitalized)
                    {
                        last += 1
                    }
                    // "Under-Secretary-General for Political and Peacebuilding Affairs": a
                    // portfolio, not whom the person speaks for.
                    if !Self.portfolioWords.contains(all[last].lower) {
                        introduction.representsName = (sentence.excerpt(of, last), of, last)
                    }
                }
            }
            result.append(introduction)
        }
        return result
    }
}
