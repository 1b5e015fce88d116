import ConflictModel

/// Works out what may come next at the cursor from the tokens before it: a query's first word,
/// a measure after `sum`, a field after `where`, a value from the model after `party =`.
struct Completer {
    let model: ConflictModel

    func complete(_ text: String, at cursor: Int) -> Completions {
        let bytes = Array(text.utf8.prefix(cursor))
        let start = wordStart(in: bytes)
        let typed = String(decoding: bytes[start...], as: UTF8.self)
        let before = String(decoding: bytes[..<start], as: UTF8.self)
        let tokens = ((try? Lexer.tokens(of: before)) ?? []).filter { $0.kind != .end }
        let statement = Array(tokens.split(omittingEmptySubsequences: false, whereSeparator: { $0.isSymbol(";") }).last ?? [])
        let candidates = self.candidates(after: statement)
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

    private func candidates(after tokens: [Token]) -> [String] {
        guard let last = tokens.last else { return Parser.startWords }
        let first = tokens[0].text.lowercased()
        let entity = self.entity(of: tokens)
        let previous = last.text.lowercased()
        let fields = FieldCatalog.fieldNames(of: entity)

        if last.kind == .word, Aggregate.Function(rawValue: previous) != nil, tokens.count == 1 {
            return measures + (previous == "count" ? Entity.allCases.map(\.rawValue) : [])
        }
        if last.isSymbol("+") { return measures }
        if first == "actors",
            tokens.dropFirst().allSatisfy({ $0.kind == .word && !Parser.clauseKeywords.contains($0.text.lowercased()) })
        {
            // Multi-word phrases complete word by word: "actors offering m" → "mediation".
            let said = tokens.dropFirst().map { $0.text.lowercased() + " " }.joined()
            let rest = model.vocabulary.acts.flatMap(\.verbs).filter { $0.lowercased().hasPrefix(said) }
                .map { String($0.dropFirst(said.count)) }
            return rest + (tokens.count == 1 ? clauseWords : [])
        }
        if first == "describe" && tokens.count == 1 { return actorNames + model.events.map { quoted($0.name) } }
        if first == "show" && tokens.count == 1 { return ["claim", "statement", "event", "actor", "source"] }
        if first == "fields" || (first == "values" && tokens.count >= 3 && previous == "in") {
            return previous == "of" || previous == "in" ? Entity.allCases.map(\.rawValue) : ["of"]
        }
        if first == "values" { return previous == "of" ? FieldCatalog.allNames.sorted() : ["of"] }
        if previous == "according" { return ["to"] }
        if previous == "to" || (previous == "by" && !isOrderBy(tokens)) {
            return previous == "by" ? fields + actorNames : actorNames
        }
        if ["where", "and", "or", "not", "("].contains(previous) || (previous == "by" && isOrderBy(tokens)) {
            return fields
        }
        if previous == "order" { return ["by"] }
        if previous == "with" { return ["sources", "intervals"] }
        if let field = fieldBeforeValue(tokens) { return values(of: field, in: entity) }
        if last.kind == .word, fields.contains(previous) {
            return ["=", "!=", "in", "contains", "not"]
        }
        return clauseWords + ["and", "or"]
    }

    private var clauseWords: [String] { ["where", "by", "according to", "order by", "limit", "with"] }
    private var measures: [String] { model.vocabulary.measures.map(\.id) }
    /// Names and aliases, so that `quotes by Muj` finds "Mujahid" as well as a full name would.
    private var actorNames: [String] { model.actors.flatMap { ([$0.name] + $0.aliases).map(quoted) } }

    /// The entity a query ranges over: claims for `sum killed`, statements for `count statements`.
    private func entity(of tokens: [Token]) -> Entity {
        let words = tokens.prefix(2).map { $0.text.lowercased() }
        for word in words { if let entity = Entity(rawValue: word) { return entity } }
        return .claims
    }

    private func isOrderBy(_ tokens: [Token]) -> Bool {
        tokens.count >= 2 && tokens[tokens.count - 2].isWord("order")
    }

    /// The field a value is being typed for: `party =`, `act in (support,`, `quote contains`.
    private func fieldBeforeValue(_ tokens: [Token]) -> String? {
        var index = tokens.count - 1
        while index >= 0 {
            let token = tokens[index]
            if token.kind == .symbol, ["=", "!=", "<", "<=", ">", ">="].contains(token.text) || token.isWord("contains") {
                return index > 0 ? tokens[index - 1].text.lowercased() : nil
            }
            if token.isSymbol("(") || token.isSymbol(",") {
                // A field comes before "in": at the start of the input "in (" has none to look at.
                if index > 1, tokens[index - 1].isWord("in") {
                    let fieldIndex = tokens[index - 2].isWord("not") ? index - 3 : index - 2
                    return fieldIndex >= 0 ? tokens[fieldIndex].text.lowercased() : nil
                }
                if token.isSymbol("(") { return nil }
                index -= 1
                continue
            }
            if token.isWord("contains") { return index > 0 ? tokens[index - 1].text.lowercased() : nil }
            if token.kind == .word || token.kind == .string || token.kind == .number {
                if index == tokens.count - 1 && token.kind != .word { return nil }
                index -= 1
                if index == tokens.count - 2 { continue }
                return nil
            }
            return nil
        }
        return nil
    }

    private func values(of field: String, in entity: Entity) -> [String] {
        let table = try? DiscoveryAnswers(model: model).answer(
            .values(field: Name(text: field, range: SourceRange(0, 0), quoted: false), entity: entity))
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
