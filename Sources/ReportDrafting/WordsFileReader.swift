import ConflictDiagnostics
import ConflictModel
import YAMLReader

/// Reads a words file (the layout of `Models/drafting/words.yaml`) into `DraftingWords`, noting
/// each mistake at its line: an unknown section, a qualifier or number that is none.
struct WordsFileReader {
    let file: String
    private(set) var errors: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    static let sections = [
        "drafting-words", "numbers", "vague", "qualifiers", "measures", "units", "not_figures", "attribution",
        "running_totals", "rises", "whole_conflict", "titles", "channels", "acts", "civilians", "pronouns", "bodies", "places",
        "sides",
    ]

    mutating func read(_ root: YAMLNode?, into words: inout DraftingWords) {
        guard case .mapping(let entries, _)? = root else {
            error(root?.mark ?? .start, "a words file is a mapping of sections (numbers, qualifiers, measures...)")
            return
        }
        for entry in entries {
            let value = entry.value
            switch entry.key.text {
            case "drafting-words":
                if scalar(value) != "1" { error(value.mark, "this conflictq reads words files of version 1") }
            case "numbers":
                for (key, node) in mapping(value) {
                    let table = numberTable(node)
                    switch key {
                    case "ones": words.ones.merge(table) { $1 }
                    case "tens": words.tens.merge(table) { $1 }
                    case "scales": words.scales.merge(table) { $1 }
                    default: error(node.mark, "numbers has ones, tens and scales, not \"\(key)\"")
                    }
                }
            case "vague":
                words.vague =
                    entryList(value) { reader, node, phrases in
                        guard let value = reader.number(node, "value"), let qualifier = reader.qualifier(node) else { return nil }
                        let meaning = DraftingWords.Vague(
                            value: value, qualifier: qualifier, low: reader.number(node, "low"), high: reader.number(node, "high")
                        )
                        return phrases.map { DraftingWords.Entry(words: $0, meaning: meaning) }
                    } + words.vague
            case "qualifiers":
                words.qualifiers =
                    entryList(value) { reader, node, phrases in
                        reader.qualifier(node).map { meaning in phrases.map { DraftingWords.Entry(words: $0, meaning: meaning) } }
                    } + words.qualifiers
            case "measures":
                words.measures =
                    entryList(value) { reader, node, phrases in
                        guard let measure = reader.text(node, "measure") else { return nil }
                        let meaning = DraftingWords.MeasureMeaning(
                            measure: measure, description: reader.text(node, "description", required: false) ?? measure,
                            unit: reader.text(node, "unit", required: false))
                        return phrases.map { DraftingWords.Entry(words: $0, meaning: meaning) }
                    } + words.measures
            case "units":
                words.units =
                    entryList(value) { reader, node, phrases in
                        guard let unit = reader.text(node, "unit") else { return nil }
                        let meaning = DraftingWords.UnitMeaning(
                            unit: unit, description: reader.text(node, "description", required: false),
                            continues: reader.text(node, "continues", required: false),
                            with: reader.text(node, "with", required: false))
                        return phrases.map { DraftingWords.Entry(words: $0, meaning: meaning) }
                    } + words.units
            case "channels":
                words.channels =
                    entryList(value) { reader, node, phrases in
                        reader.text(node, "channel").map { channel in
                            phrases.map { DraftingWords.Entry(words: $0, meaning: channel) }
                        }
                    } + words.channels
            case "acts":
                words.acts += entryList(value) { reader, node, phrases in
                    guard let act = reader.text(node, "act") else { return nil }
                    // An act the model's vocabulary may lack comes with what a vocabulary says of it.
                    var definition: Act?
                    if let label = reader.text(node, "label", required: false) {
                        definition = Act(
                            id: act, label: label, verbs: reader.list(node, "verbs"), cameo: reader.text(node, "cameo") ?? "",
                            cameoName: reader.text(node, "cameo_name") ?? "")
                    }
                    let meaning = DraftingWords.ActMeaning(
                        act: act, definition: definition, yieldsTo: reader.list(node, "yields_to", required: false))
                    return phrases.map { DraftingWords.Entry(words: $0, meaning: meaning) }
                }
            case "not_figures": words.notFigures += phrases(value)
            case "running_totals": words.runningTotals += phrases(value)
            case "rises": words.rises += phrases(value)
            case "whole_conflict": words.wholeConflict += phrases(value)
            case "civilians": words.civilians.formUnion(phrases(value).map { $0.joined(separator: " ") })
            case "pronouns": words.pronouns.formUnion(phrases(value).map { $0.joined(separator: " ") })
            case "bodies":
                let entries = entryList(value) { reader, node, phrases in
                    reader.kind(node).map { kind in phrases.map { DraftingWords.Entry(words: $0, meaning: kind) } }
                }
                for entry in entries { words.bodyKinds[entry.words.joined(separator: " ")] = entry.meaning }
            case "sides": wordSets(value, section: "sides", ["fighters": \.fighters, "forces": \.forces], into: &words)
            case "places": wordSets(value, section: "places", ["nouns": \.placeNouns, "things": \.placeThings], into: &words)
            case "attribution":
                for (key, node) in mapping(value) {
                    let list = phrases(node)
                    switch key {
                    case "verbs": words.attributionVerbs.formUnion(list.map { $0.joined(separator: " ") })
                    case "before_speaker": words.beforeSpeaker += list
                    case "groups": words.speakerGroups.formUnion(list.map { $0.joined(separator: " ") })
                    case "alleged": words.alleged.formUnion(list.map { $0.joined(separator: " ") })
                    case "denied": words.denied.formUnion(list.map { $0.joined(separator: " ") })
                    default: error(node.mark, "attribution has verbs, before_speaker, groups, alleged and denied, not \"\(key)\"")
                    }
                }
            case "titles":
                for (key, node) in mapping(value) {
                    let list = phrases(node)
                    switch key {
                    case "person": words.personTitles.formUnion(list.map { $0.joined(separator: " ") })
                    case "honorifics": words.honorifics += list
                    default: error(node.mark, "titles has person and honorifics, not \"\(key)\"")
                    }
                }
            default:
                error(
                    entry.key.mark,
                    "unknown section \"\(entry.key.text)\"; a words file has "
                        + WordsFileReader.sections.joined(separator: ", "))
            }
        }
    }

    /// A section of named word lists, each added to the set it names: `sides: {fighters: [...], forces: [...]}`.
    private mutating func wordSets(
        _ node: YAMLNode, section: String, _ sets: KeyValuePairs<String, WritableKeyPath<DraftingWords, Set<String>>>,
        into words: inout DraftingWords
    ) {
        for (key, value) in mapping(node) {
            guard let path = sets.first(where: { $0.key == key })?.value else {
                error(value.mark, "\(section) has \(sets.map(\.key).joined(separator: " and ")), not \"\(key)\"")
                continue
            }
            words[keyPath: path].formUnion(phrases(value).map { $0.joined(separator: " ") })
        }
    }

    // MARK: - Nodes

    private mutating func error(_ mark: YAMLMark, _ message: String) {
        errors.append(Diagnostic(file: file, line: mark.line, column: mark.column, field: "", message: message))
    }

    private mutating func scalar(_ node: YAMLNode) -> String? {
        guard case .scalar(let scalar) = node else {
            error(node.mark, "expected a word or a number here")
            return nil
        }
        return scalar.text
    }

    private mutating func mapping(_ node: YAMLNode) -> [(String, YAMLNode)] {
        guard case .mapping(let entries, _) = node else {
            error(node.mark, "expected a mapping (key: value) here")
            return []
        }
        return entries.map { ($0.key.text, $0.value) }
    }

    /// A list of phrases, each as its lowercase words.
    private mutating func phrases(_ node: YAMLNode) -> [[String]] {
        guard case .sequence(let items, _) = node else {
            error(node.mark, "expected a list of words, [like, this]")
            return []
        }
        return items.compactMap { scalar($0) }.map(DraftingWords.phrase).filter { !$0.isEmpty }
    }

    private mutating func numberTable(_ node: YAMLNode) -> [String: Double] {
        var table: [String: Double] = [:]
        for (word, value) in mapping(node) {
            guard let text = scalar(value), let number = Double(text) else {
                error(value.mark, "\"\(word)\" must stand for a number")
                continue
            }
            table[word.lowercased()] = number
        }
        return table
    }

    /// The entries of a list of mappings, each with a `words` list, made by `make`.
    private mutating func entryList<Meaning>(
        _ node: YAMLNode, _ make: (inout WordsFileReader, YAMLNode, [[String]]) -> [DraftingWords.Entry<Meaning>]?
    ) -> [DraftingWords.Entry<Meaning>] {
        guard case .sequence(let items, _) = node else {
            error(node.mark, "expected a list of entries, each with words: [...]")
            return []
        }
        var result: [DraftingWords.Entry<Meaning>] = []
        for item in items {
            guard let words = field(item, "words") else { continue }
            let list = phrases(words)
            if let made = make(&self, item, list) { result += made }
        }
        return result
    }

    private mutating func field(_ node: YAMLNode, _ key: String, required: Bool = true) -> YAMLNode? {
        guard case .mapping(let entries, _) = node else {
            error(node.mark, "expected an entry {words: [...], ...}")
            return nil
        }
        if let value = entries.first(where: { $0.key.text == key })?.value { return value }
        if required { error(node.mark, "missing \"\(key)\"") }
        return nil
    }

    mutating func text(_ node: YAMLNode, _ key: String, required: Bool = true) -> String? {
        field(node, key, required: required).flatMap { scalar($0) }
    }

    /// A list of words given as they are written: an act's verbs.
    mutating func list(_ node: YAMLNode, _ key: String, required: Bool = true) -> [String] {
        guard let value = field(node, key, required: required), case .sequence(let items, _) = value else { return [] }
        return items.compactMap { scalar($0) }
    }

    mutating func number(_ node: YAMLNode, _ key: String) -> Double? {
        guard let value = field(node, key, required: key == "value"), let text = scalar(value) else { return nil }
        guard let number = Double(text) else {
            error(value.mark, "\"\(key)\" must be a number, not \"\(text)\"")
            return nil
        }
        return number
    }

    mutating func kind(_ node: YAMLNode) -> Actor.Kind? {
        guard let name = text(node, "kind") else { return nil }
        guard let kind = Actor.Kind(rawValue: name) else {
            error(node.mark, "unknown kind \"\(name)\"; kinds are " + Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return kind
    }

    mutating func qualifier(_ node: YAMLNode) -> Qualifier? {
        guard let name = text(node, "qualifier") else { return nil }
        guard let qualifier = Qualifier(rawValue: name) else {
            error(
                node.mark,
                "unknown qualifier \"\(name)\"; qualifiers are " + Qualifier.allCases.map(\.rawValue).joined(separator: ", "))
            return nil
        }
        return qualifier
    }
}
