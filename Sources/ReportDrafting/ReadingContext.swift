/// What the drafter remembers while it reads a report in order: the actors it knows and has met,
/// the people named so far (for "he said" and "the minister added"), and the two sides the report
/// is about (for a figure that does not say whose it is).
struct ReadingContext {
    var index: ActorIndex
    /// People in the order the report names them, each with their role's words.
    private(set) var people: [(id: String, role: [String])] = []
    /// The report's two most named states, most named first.
    var sides: [String] = []
    /// The state the report is written from or about: its dateline's, or else the one struck by
    /// the other side of two. Whom a minister or a mayor with no country in the title speaks
    /// for, and whose people a toll that names no side counts.
    var homeState: String?
    /// The state the report names most.
    var mostNamedState: String?
    /// Whose "defence ministry", "Ministry of Defence" and "government" a report means where it
    /// names no state with them: its own country's, else the state it names most, or last.
    var bareBodiesOwner: String? { homeState ?? mostNamedState ?? lastState }
    /// Actors whose state the draft guessed (a minister with no country in the title, unnamed
    /// officials): a guess that is no sign of whose side the figures they give count.
    var guessedOwners: Set<String> = []
    /// The turns of a report printed as an interview or a transcript: whose words each is.
    var turns: SpeakerTurns?
    /// The documents the report prints as they were issued, such as a ministry's bulletin.
    var documents: [ReproducedDocument] = []

    /// The document a paragraph is part of.
    func document(at paragraph: Int) -> ReproducedDocument? {
        documents.first { $0.paragraphs.contains(paragraph) }
    }

    /// Whose words a sentence with no speaker gives: those of the document it is part of, or of
    /// the one it names ("The bulletin issued on Monday had put the toll at ...").
    func issuer(of sentence: Sentence) -> String? {
        (document(at: sentence.paragraph) ?? ReproducedDocument.named(in: sentence, among: documents))?.issuer
    }
    /// How often each actor is named, for choosing which actor stands for a side.
    var mentionCounts: [String: Int] = [:]

    init(index: ActorIndex) {
        self.index = index
    }

    mutating func met(person id: String) {
        let role = index.actors[id]?.role.map { Sentence.words(of: Substring($0)).map(\.lower) } ?? []
        people.append((id, role))
    }

    /// The last body (not a person) the report gave words to: what "it" and "they" said.
    var lastBody: String?

    /// The measure of the last toll of people read, and its paragraph: what "Twelve were
    /// civilians" in the sentence after it counts.
    var lastToll: (measure: DraftingWords.MeasureMeaning, paragraph: Int)?

    /// The last person the report gave words to, and in which paragraph.
    var lastSpeaker: (id: String, paragraph: Int)?
    /// Bodies (not people) in the order the report names them: for "the ministry said".
    private(set) var bodies: [String] = []

    mutating func met(body id: String) {
        bodies.removeAll { $0 == id }
        bodies.append(id)
    }

    /// The last state named: whose army "the army" is, where the report names no army.
    var lastState: String? { bodies.last { index.kind(of: $0) == .state } }

    /// The last armed group named: who "the group" and "the rebels" are.
    var lastArmedGroup: String? { bodies.last { index.kind(of: $0) == .armedGroup } }

    /// The last body named whose name has the word: "the ministry", "the army".
    func lastBody(named word: String) -> String? {
        // "The army says" is a state's, not the Brannoch Freedom Army's.
        let stateWord = ["army", "military", "navy"].contains(word)
        return bodies.last { id in
            guard !stateWord || index.kind(of: id) != .armedGroup else { return false }
            return (index.actors[id]?.name).map { Sentence.words(of: Substring($0)).contains { $0.lower == word } } ?? false
        }
    }

    /// The person a pronoun refers to: the last one who spoke, in this paragraph or the one
    /// before ("Zaidi, a spokesperson for Sharif, denied ... he said"), else the last one named.
    func pronounTarget(in paragraph: Int) -> String? {
        if let speaker = lastSpeaker, paragraph - speaker.paragraph <= 1 { return speaker.id }
        return lastPerson
    }

    /// The last person named.
    var lastPerson: String? { people.last?.id }

    /// The last person named whose role has the word: "the minister".
    func lastPerson(titled word: String) -> String? {
        people.last { $0.role.contains(word) }?.id
    }

    /// The side a figure counts when it does not say: the other of the report's two sides than the
    /// one `actor` stands for, as the actor the report names most for that side.
    func otherSide(than actor: String) -> String? {
        let own = index.state(of: actor)
        guard sides.count == 2, sides.contains(own), let other = sides.first(where: { $0 != own }) else { return nil }
        return sideActor(of: other)
    }

    /// The actor the report names most for a state's side: "Taliban" and "Kabul" stand for
    /// Afghanistan's side in a report that names the country only as a place.
    func sideActor(of state: String) -> String {
        // A state's army, ministries and people are part of it, not what stands for it.
        let candidates = mentionCounts.filter {
            index.state(of: $0.key) == state && [.state, .government, .armedGroup].contains(index.kind(of: $0.key))
        }
        return candidates.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? state
    }
}
