import ConflictDiagnostics
import ConflictModel

/// What may be typed at the cursor: the parser reads the text before the word being typed and
/// says what it looked for where that text ended (`Expectation`); this turns each expectation
/// into words from the language and the model, quoted when they need it.
struct Completer {
    let model: ConflictModel
    /// The values of a field, as `values of FIELD in ENTITY` gives them: from the model, or,
    /// with an engine, asked of it.
    var valueTable: (Discovery) -> ResultTable?

    init(model: ConflictModel, valueTable: ((Discovery) -> ResultTable?)? = nil) {
        self.model = model
        self.valueTable = valueTable ?? { try? DiscoveryAnswers(model: model).answer($0) }
    }

    func complete(_ text: String, at cursor: Int) -> Completions {
        let bytes = Array(text.utf8.prefix(cursor))
        let start = wordStart(in: bytes)
        let typed = String(decoding: bytes[start...], as: UTF8.self)
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let candidates = Parser.expectations(after: before).flatMap(candidates(for:))
        let key = typed.lowercased()
        let matching = candidates.filter { $0.lowercased().hasPrefix(key) && $0.lowercased() != key }
        var seen: Set<String> = []
        return Completions(replacing: SourceRange(start, cursor), candidates: matching.filter { seen.insert($0).inserted })
    }

    /// Where the word under the cursor starts; an open string counts as one word from its quote.
    private func wordStart(in bytes: [UInt8]) -> Int {
        var quote: Int?
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            if let open = quote, bytes[open] == byte { quote = nil } else if quote == nil { quote = index }
        }
        if let quote { return quote }
        var start = bytes.count
        while start > 0, Self.isWordByte(bytes[start - 1]) { start -= 1 }
        return start
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    private func candidates(for expectation: Expectation) -> [String] {
        switch expectation {
        case .keyword(let keyword): return [keyword.role == .clause ? keyword.clausePhrase : keyword.rawValue]
        case .symbol(let symbol):
            // Only the comparisons are worth a Tab; punctuation is quicker to type than to choose.
            return Test.Operator.comparisons.contains { $0.rawValue == symbol } ? [symbol] : []
        case .queryStart: return Keyword.queryStarts
        case .entity: return Entity.allCases.map(\.rawValue)
        case .measure: return model.vocabulary.measures.map(\.id)
        case .field(let entity): return FieldCatalog.fieldNames(of: entity)
        case .value(let field, let entity, let wordsSoFar):
            return continuations(of: wordsSoFar, among: values(of: field, in: entity))
        case .actorName: return actorNames
        case .describable: return actorNames + model.events.map { quoted($0.name) }
        case .showable: return Entity.allCases.filter { $0 != .quotes }.map(\.singular)
        case .actPhrase(let wordsSoFar):
            return continuations(of: wordsSoFar, among: model.vocabulary.acts.flatMap(\.verbs))
        case .extra: return Extra.allCases.map(\.rawValue)
        case .chartable: return [Keyword.history.rawValue] + Aggregate.Function.allCases.map(\.rawValue)
        // The days the model's reports came out: the days on which what was known changed.
        case .date: return Array(Set(model.sources.map(\.date.withoutTime.description))).sorted()
        }
    }

    /// Of phrases that start with the words already typed, the words that follow them: "actors
    /// offering m" → "mediation". With no words typed, the whole phrases, quoted as values are.
    private func continuations(of words: [String], among phrases: [String]) -> [String] {
        guard !words.isEmpty else { return phrases }
        let said = words.map { $0.lowercased() + " " }.joined()
        return phrases.compactMap { phrase in
            let plain = phrase.hasPrefix("\"") ? String(phrase.dropFirst().dropLast()) : phrase
            return plain.lowercased().hasPrefix(said) ? String(plain.dropFirst(said.count)) : nil
        }
    }

    /// Names and aliases, so that `quotes according to Muj` finds "Mujahid" as well as a full name would.
    private var actorNames: [String] { model.actors.flatMap { ([$0.name] + $0.aliases).map(quoted) } }

    private func values(of field: String, in entity: Entity) -> [String] {
        let table = valueTable(.values(field: Name(text: field, range: SourceRange(0, 0), quoted: false), entity: entity))
        return (table?.rows ?? []).map { quoted($0.values[0].text) }
    }

    /// Values are offered in double quotes unless they are one plain word.
    private func quoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.utf8.allSatisfy { Self.isWordByte($0) } && !(text.first?.isNumber ?? false)
        return plain ? text : "\"" + text.replacingOccurrences("\"", with: "\\\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
