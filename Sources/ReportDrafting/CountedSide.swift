/// Whose side a figure counts when its sentence names none, guessed the way a reader does from
/// what was counted and who says so. Soldiers, police and civilians are a state's; fighters,
/// militants and rebels an armed group's, or the enemy's of whoever counts them; what was
/// destroyed or captured is the other side's than the claimant's; "we lost" and "its soldiers"
/// are the claimant's own. Every guess comes with the reason the draft gives for review.
struct CountedSide {
    let words: DraftingWords
    let context: ReadingContext

    /// Words of a side's loss: "the enemy lost up to 140 servicemen" counts the enemy's.
    private static let lossWords = FigureReader.lossVerbs.union(["losses"])
    /// Words for the other side than the one who speaks.
    private static let enemyWords: Set<String> = [
        "enemy", "enemy's", "enemy’s", "occupiers", "occupier", "invaders", "aggressor",
    ]

    func side(of figure: FigureReader.Figure, claimant: String, in sentence: Sentence) -> (side: String, reason: String)? {
        let index = context.index
        // Whose people unnamed officials are, or an official with no country in the title, is the
        // draft's own guess, no sign of whose side they count: "Up to 30 warehouses were
        // destroyed, a civil defence official told".
        let guessed = context.guessedOwners.contains(claimant)
        let own = guessed ? claimant : index.state(of: claimant)
        let otherSide = guessed ? nil : context.otherSide(than: claimant)
        let claimantSide: String? = [.state, .armedGroup].contains(index.kind(of: own)) ? own : nil
        let heads = Set(Sentence.words(of: Substring(figure.counted)).map(\.lower))
        if figure.ownLoss, let claimantSide {
            return (
                sideActor(claimantSide),
                "whose losses the report does not say: \"we\", \"its\" or \"our\" taken as the claimant's own"
            )
        }
        // "58 enemy fighters", "six enemy servicemen", "9 servicemen of the occupiers": the other
        // side's, whoever counts them. "the enemy lost up to 140 servicemen" too, and the lines
        // of a list of "the total combat losses of the enemy".
        let subject = sentence.words[..<figure.first].suffix(5).map(\.lower)
        let listHeading = context.document(at: sentence.paragraph)?.sectionHeadings[sentence.paragraph]
        let listedAsEnemy = listHeading?.words.contains { Self.enemyWords.contains($0.lower) } ?? false
        // "Enemy drones and artillery struck 37 settlements": what the enemy did was done to the
        // claimant's own side.
        let enemyDidIt =
            figure.doneBy && heads.isDisjoint(with: Self.enemyWords) && subject.contains(where: Self.enemyWords.contains)
            && !sentence.words[max(0, figure.first - 5)...figure.first].contains(where: { Self.lossWords.contains($0.lower) })
            // Not a passive's: "19 units of enemy military equipment were destroyed, including four tanks".
            && !["were", "was", "been", "are", "is", "be"].contains(subject.last ?? "")
        if enemyDidIt, let claimantSide {
            return (
                sideActor(claimantSide),
                "whose side the figure counts is not in the sentence: what the enemy did taken as done to the claimant's side"
            )
        }
        // Not "As a result of enemy shelling, 3 civilians were killed": people the enemy struck.
        let enemySubject = subject.contains(where: Self.enemyWords.contains) && heads.isDisjoint(with: words.civilians)
        if !heads.isDisjoint(with: Self.enemyWords) || enemySubject || listedAsEnemy, let other = otherSide {
            return (
                other,
                "whose side the figure counts is not in the sentence: the enemy taken as the other side than the claimant's"
            )
        }
        let stateSides = context.sides.filter { index.kind(of: $0) == .state }
        let groupSides = context.sides.filter { index.kind(of: $0) == .armedGroup }
        // Soldiers and fighters taken prisoner are counted as soldiers and fighters are, below.
        let combatants =
            figure.unit == "people" && !(heads.isDisjoint(with: words.forces) && heads.isDisjoint(with: words.fighters))
        if ["destroyed", "captured", "targeted", "attacked"].contains(figure.measure.measure),
            heads.isDisjoint(with: words.civilians), !combatants
        {
            // "The attackers also seized 14 military vehicles": fighters take what a state has,
            // whoever tells it. Not "killed 35 of the attackers and captured six", where the
            // attackers are counted.
            let doers = sentence.words[..<figure.first].suffix(3).map(\.lower)
            if !Set(doers).isDisjoint(with: words.fighters), !doers.contains(where: { ["and", ",", "of"].contains($0) }),
                stateSides.count == 1
            {
                return (
                    sideActor(stateSides[0]),
                    "whose side the figure counts is not in the sentence: taken as the state the fighters fight"
                )
            }
            if let other = otherSide {
                return (other, "whose side the figure counts is not in the sentence: taken as the other side than the claimant's")
            }
        }
        if !heads.isDisjoint(with: words.fighters) {
            if let claimantSide, index.kind(of: claimantSide) == .armedGroup {
                return (claimantSide, "whose fighters the report does not say: taken as the claimant's own")
            }
            // "its aircraft had struck a command post of the Guldmere Front, killing more than 40
            // terrorists": the one armed group the sentence names.
            let groups = Set(index.mentions(in: sentence).map(\.id).filter { index.kind(of: $0) == .armedGroup && $0 != own })
            if groups.count == 1, let group = groups.first {
                return (group, "whose fighters the report does not say: taken as the armed group the sentence names")
            }
            if claimantSide != nil, let other = otherSide {
                return (other, "whose people the report does not say: fighters taken as the other side's than the claimant's")
            }
            if groupSides.count == 1 {
                return (groupSides[0], "whose fighters the report does not say: taken as the armed group it is about")
            }
            return nil
        }
        // A state's soldiers, or its people: the claimant's own state, the state the report's
        // armed group fights, or the state the sentence is in.
        let isForces = !heads.isDisjoint(with: words.forces)
        let isCivilian = !heads.isDisjoint(with: words.civilians) || !heads.isDisjoint(with: Self.people)
        // "In the Duskari border city of Remsk, at least nine civilians were killed": the state
        // of the place, whoever tells it.
        if isCivilian, !isForces, let place = placeState(in: sentence) {
            return (place, "whose people the report does not say: taken as the state of the place the sentence names")
        }
        func state(_ reason: String) -> (side: String, reason: String)? {
            // "The Tovren Relief Society said at least 14 civilians had been killed": a body
            // that bears a state's name counts that state's people.
            if claimantSide == nil, isCivilian, let named = stateNaming(claimant) {
                return (named, "whose people the report does not say: taken as the state the claimant is named for")
            }
            if let claimantSide, index.kind(of: claimantSide) == .state {
                return (
                    isForces ? sideActor(claimantSide) : claimantSide,
                    "whose people the report does not say: taken as the claimant's own side's"
                )
            }
            if let claimantSide, index.kind(of: claimantSide) == .armedGroup, let other = otherSide {
                return (
                    isForces ? other : index.state(of: other),
                    "whose people the report does not say: taken as the state the claimant fights"
                )
            }
            // One state named, as the place: a sentence naming two may count both sides' dead, and
            // "near the border with Ghembe" is no place of Ghembe's.
            if let place = placeState(in: sentence) {
                return (
                    isCivilian ? place : sideActor(place),
                    "whose people the report does not say: taken as the state the sentence names"
                )
            }
            if let home = context.homeState {
                return (
                    isCivilian ? home : sideActor(home),
                    "whose people the report does not say: taken as the report's own country's"
                )
            }
            if stateSides.count == 1 {
                return (stateSides[0], "whose people the report does not say: taken as the state it is about")
            }
            return nil
        }
        if isForces || isCivilian || heads.isEmpty || figure.unit == "people"
            || ["displaced", "evacuated", "damaged", "destroyed", "missing"].contains(figure.measure.measure)
        {
            return state("")
        }
        return nil
    }

    /// A state the sentence names as where it happened: "in Cambodia", "in the Duskari border
    /// city of Remsk", a place word or two after the preposition.
    private func placeState(in sentence: Sentence) -> String? {
        let all = sentence.words
        let places = context.index.mentions(in: sentence).filter { mention in
            // "killed in Pakistani strikes" names who struck, not where.
            guard context.index.kind(of: context.index.state(of: mention.id)) == .state,
                !NameFinder.modifiesNoun(mention, in: sentence, words: words)
            else { return false }
            // "Velmora's main port"
            let word = all[mention.last].lower
            if word.hasSuffix("’s") || word.hasSuffix("'s"), NameFinder.namesPlace(mention, in: sentence, words: words) {
                return true
            }
            let before = all[max(0, mention.first - 3)..<mention.first].map(\.lower)
            // "on the Southland side of the border"
            let onASide = mention.last + 1 < all.count && all[mention.last + 1].lower == "side"
            guard
                let preposition = before.lastIndex(where: { NameFinder.placePrepositions.contains($0) || (onASide && $0 == "on") }
                )
            else { return false }
            return before[(preposition + 1)...].allSatisfy { NameFinder.placeModifiers.contains($0) }
        }
        let states = Set(places.map { context.index.state(of: $0.id) })
        return states.count == 1 ? states.first : nil
    }

    /// The state whose name or adjective begins an actor's name: Tovren for the Tovren Relief Society.
    private func stateNaming(_ actor: String) -> String? {
        guard let name = context.index.actors[actor]?.name, let first = name.split(separator: " ").first, name.contains(" ")
        else { return nil }
        guard let id = context.index.id(named: String(first)) else { return nil }
        let state = context.index.state(of: id)
        return context.index.kind(of: state) == .state ? state : nil
    }

    /// Words for people of no side by themselves, counted where something happened: "23 bodies".
    private static let people: Set<String> = [
        "people", "persons", "bodies", "victims", "dead", "wounded", "patients", "casualties",
    ]

    /// The actor that stands for a side: a state as its government or itself, a group as itself.
    private func sideActor(_ side: String) -> String {
        context.index.kind(of: side) == .state ? context.sideActor(of: side) : side
    }
}
