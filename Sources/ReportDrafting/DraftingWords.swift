import ConflictDiagnostics
import ConflictModel
import ModelFileFormat
import YAMLReader

/// The word lists `conflictq draft` reads a report by, from `Models/drafting/words.yaml` and any
/// `--words` files a user adds: numbers, qualifiers, measures, units, attribution, running
/// totals, titles, channels and acts. Every phrase is kept as lowercase words, to be matched
/// whole-word against a sentence's words.
public struct DraftingWords: Sendable {
    /// A phrase of lowercase words and what it stands for.
    struct Entry<Meaning: Sendable>: Sendable {
        let words: [String]
        let meaning: Meaning
    }

    struct Vague: Sendable {
        let value: Double, qualifier: Qualifier, low: Double?, high: Double?
    }

    struct MeasureMeaning: Sendable {
        let measure: String, description: String, unit: String?
    }

    /// An act by the words that mark it, with its definition for a vocabulary that lacks it.
    struct ActMeaning: Sendable {
        let act: String
        let definition: Act?
        /// Acts this one gives way to when their words follow it in its clause: "urged both sides
        /// to show restraint" is an appeal for de-escalation, not an appeal besides.
        var yieldsTo: [String] = []
    }

    /// A unit by the words of what was counted; one `with` another unit counts things of both
    /// together ("tanks and artillery") and applies only where words of both are counted.
    struct UnitMeaning: Sendable {
        let unit: String, description: String?, continues: String?, with: String?
    }

    var ones: [String: Double] = [:]
    var tens: [String: Double] = [:]
    var scales: [String: Double] = [:]
    var vague: [Entry<Vague>] = []
    var qualifiers: [Entry<Qualifier>] = []
    var measures: [Entry<MeasureMeaning>] = []
    var units: [Entry<UnitMeaning>] = []
    var notFigures: [[String]] = []
    var attributionVerbs: Set<String> = []
    var beforeSpeaker: [[String]] = []
    /// Words before an attribution verb that name a group of unnamed people: "security sources said".
    var speakerGroups: Set<String> = []
    /// People who fight for an armed group, or for whoever is the enemy of the one counting them,
    /// and people who serve a state: whose side a count of them is.
    var fighters: Set<String> = []
    var forces: Set<String> = []
    var alleged: Set<String> = []
    var denied: Set<String> = []
    var runningTotals: [[String]] = []
    /// Words of a toll that grew, after which "from 24" is the toll before: "has risen to 31, up
    /// from 24 announced on Sunday".
    var rises: [[String]] = []
    /// Words that make a toll of people the whole conflict's, of both sides and none.
    var wholeConflict: [[String]] = []
    var personTitles: Set<String> = []
    var honorifics: [[String]] = []
    var channels: [Entry<String>] = []
    var acts: [Entry<ActMeaning>] = []
    var civilians: Set<String> = []
    /// The last word of a body's name, with the kind of actor it makes: "front" an armed group.
    var bodyKinds: [String: Actor.Kind] = [:]
    /// Words of places ("the town of Lusoro") and of what a town has ("Tessumar's three
    /// hospitals"): a name before or owning them is a place, no side.
    var placeNouns: Set<String> = []
    var placeThings: Set<String> = []
    var pronouns: Set<String> = []

    /// The lists that ship with conflictq, with those of `files` added.
    public static func load(adding files: [String] = []) throws(ModelFileErrors) -> DraftingWords {
        var words = DraftingWords()
        guard let shipped = ShippedModels.embeddedText("drafting/words.yaml") else {
            throw ModelFileErrors([
                Diagnostic(file: "drafting/words.yaml", line: 1, column: 1, field: "", message: "not built in")
            ])
        }
        try words.add(text: shipped, file: "drafting/words.yaml")
        for file in files {
            let text: String
            do { text = try ModelFiles.readText(file) } catch { throw ModelFileErrors([error]) }
            try words.add(text: text, file: file)
        }
        return words
    }

    /// Adds a words file's lists; a phrase given again takes the later meaning, first in line.
    public mutating func add(text: String, file: String) throws(ModelFileErrors) {
        var reader = WordsFileReader(file: file)
        let root: YAMLNode?
        do { root = try YAMLParser.parse(text) } catch {
            throw ModelFileErrors(
                [Diagnostic(file: file, line: error.mark.line, column: error.mark.column, field: "", message: error.message)],
                texts: [file: text])
        }
        reader.read(root, into: &self)
        if !reader.errors.isEmpty { throw ModelFileErrors(reader.errors, texts: [file: text]) }
    }

    /// "More than" as the words it is matched by: ["more", "than"].
    static func phrase(_ text: String) -> [String] {
        text.lowercased().split(separator: " ").map(String.init)
    }
}
