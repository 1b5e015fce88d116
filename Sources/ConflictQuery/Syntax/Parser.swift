/// A recursive-descent parser whose functions follow `Grammar/conflictq.ebnf` rule for rule.
///
/// Keywords are contextual: a word is a keyword only where the grammar expects one, so names and
/// values may be written without quotes as long as they do not contain a clause keyword.
struct Parser {
    /// Parentheses and `not` may nest this deep; deeper input is refused instead of overflowing the stack.
    static let maximumNesting = 100

    /// One query's condition may join this many tests with `and` and `or`. Each joins the tree at a
    /// new level, which evaluating and freeing it walk recursively: far more tests than anyone
    /// writes, far fewer levels than a thread's stack holds.
    static let maximumConditionTests = 1_000

    /// Words that end a clause, an unquoted name or an unquoted value.
    static let clauseKeywords: Set<String> = ["where", "by", "according", "order", "limit", "with"]
    static let conditionKeywords: Set<String> = ["and", "or", "not", "possibly", "in", "contains", "within"]
    static let discoveryWords: Set<String> = ["units", "measures", "acts", "qualifiers", "entities", "fields", "values"]
    static let startWords: [String] =
        Entity.allCases.map(\.rawValue) + Aggregate.Function.allCases.map(\.rawValue)
        + ["describe", "show", "units", "measures", "acts", "qualifiers", "entities", "fields", "values"]

    private let tokens: [Token]
    private var index = 0
    private var depth = 0
    private var conditionTests = 0

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole input: queries separated by `;`, empty ones skipped.
    static func parse(_ text: String) throws(Diagnostic) -> [Query] {
        var parser = Parser(tokens: try Lexer.tokens(of: text))
        return try parser.script()
    }

    // script = [ query ] { ";" [ query ] } ;
    private mutating func script() throws(Diagnostic) -> [Query] {
        var queries: [Query] = []
        while current.kind != .end {
            if current.isSymbol(";") {
                advance()
                continue
            }
            queries.append(try query())
            if !current.isSymbol(";") && current.kind != .end {
                throw unexpected(
                    "a clause (where, by, according to, order by, limit, with) or the end of the query",
                    suggestions: Array(Self.clauseKeywords).sorted())
            }
        }
        return queries
    }

    // query = listing | aggregate | describe | show | discovery ;
    private mutating func query() throws(Diagnostic) -> Query {
        let start = current.range
        conditionTests = 1
        let word = current.kind == .word ? current.text.lowercased() : ""
        let kind: Query.Kind
        if let entity = Entity(rawValue: word) {
            kind = .listing(try listing(entity))
        } else if let function = Aggregate.Function(rawValue: word) {
            kind = .aggregate(try aggregate(function))
        } else if word == "describe" {
            advance()
            kind = .describe(try name(what: "a name to describe"))
        } else if word == "show" {
            kind = try show()
        } else if Self.discoveryWords.contains(word) {
            kind = .discovery(try discovery())
        } else {
            throw unexpected("a query", suggestions: current.kind == .word ? Self.startWords : [])
        }
        return Query(kind: kind, range: start.through(previous.range))
    }

    // listing = entity [ act_phrase ] clauses ;   act_phrase only after "actors"
    private mutating func listing(_ entity: Entity) throws(Diagnostic) -> Listing {
        let entityRange = current.range
        advance()
        var phrases: [[Name]] = []
        if entity == .actors {
            var phrase: [Name] = []
            while current.kind == .string || (current.kind == .word && (!isClauseStart || isWithBeforeTarget)) {
                // `actors urging de-escalation or contacting`: acts joined by "or".
                if current.isWord("or") {
                    guard !phrase.isEmpty else { throw unexpected("an act before \"or\"") }
                    phrases.append(phrase)
                    phrase = []
                    advance()
                    guard current.kind == .string || (current.kind == .word && !isClauseStart) else {
                        throw unexpected("an act after \"or\"")
                    }
                    continue
                }
                phrase.append(Name(text: current.text, range: current.range, quoted: current.kind == .string))
                advance()
            }
            if !phrase.isEmpty { phrases.append(phrase) }
        }
        return Listing(entity: entity, entityRange: entityRange, actPhrases: phrases, clauses: try clauses())
    }

    // aggregate = function ( entity | measure { "+" measure } ) clauses ;
    private mutating func aggregate(_ function: Aggregate.Function) throws(Diagnostic) -> Aggregate {
        advance()
        let start = current.range
        let target: Aggregate.Target
        if current.kind == .word, let entity = Entity(rawValue: current.text.lowercased()) {
            advance()
            target = .entity(entity)
        } else {
            var measures = [try word(what: "a measure or what to count (claims, statements...)")]
            while current.isSymbol("+") {
                advance()
                measures.append(try word(what: "a measure after \"+\""))
            }
            target = .measures(measures)
        }
        let targetRange = start.through(previous.range)
        let clauses = try clauses()
        return Aggregate(
            function: function, target: target, targetRange: targetRange, clauses: clauses,
            bodyRange: targetRange.through(previous.range))
    }

    // show = "show" entity_singular ( number | name ) ;
    private mutating func show() throws(Diagnostic) -> Query.Kind {
        advance()
        // A quote is shown as the statement it belongs to, so `show` names five kinds, not six.
        let showable = Entity.allCases.filter { $0 != .quotes }
        let word = current.kind == .word ? current.text.lowercased() : ""
        guard let entity = showable.first(where: { $0.singular == word || $0.rawValue == word }) else {
            let singulars = showable.map(\.singular)
            throw unexpected("what to show (\(singulars.joined(separator: ", ")))", suggestions: singulars)
        }
        advance()
        if current.kind == .number {
            let id = Name(text: current.text, range: current.range, quoted: false)
            advance()
            return .show(entity: entity, id: id)
        }
        return .show(entity: entity, id: try name(what: "the \(entity.singular)'s number or name"))
    }

    // discovery = "units" | "measures" | "acts" | "qualifiers" | "entities" | "fields" [ "of" entity ]
    //           | "values" "of" field [ "in" entity ] ;
    private mutating func discovery() throws(Diagnostic) -> Discovery {
        let keyword = current.text.lowercased()
        advance()
        switch keyword {
        case "units": return .units
        case "measures": return .measures
        case "acts": return .acts
        case "qualifiers": return .qualifiers
        case "entities": return .entities
        case "fields":
            guard current.isWord("of") else { return .fields(of: nil) }
            advance()
            return .fields(of: try entity())
        default:
            try expectWord("of", after: "values")
            let field = try word(what: "a field")
            guard current.isWord("in") else { return .values(field: field, entity: nil) }
            advance()
            return .values(field: field, entity: try entity())
        }
    }

    private mutating func entity() throws(Diagnostic) -> Entity {
        guard current.kind == .word, let entity = Entity(rawValue: current.text.lowercased()) else {
            throw unexpected(
                "one of \(Entity.allCases.map(\.rawValue).joined(separator: ", "))",
                suggestions: Entity.allCases.map(\.rawValue))
        }
        advance()
        return entity
    }

    // clauses = { "where" condition | "by" ( field { "," field } | name ) | "according" "to" name
    //           | "order" "by" order_key { "," order_key } | "limit" number
    //           | "with" extra { "," extra } } ;
    private mutating func clauses() throws(Diagnostic) -> Clauses {
        var clauses = Clauses()
        var seen: Set<String> = []
        while current.kind == .word, Self.clauseKeywords.contains(current.text.lowercased()) {
            let keyword = current.text.lowercased()
            advance()
            if !seen.insert(keyword).inserted {
                throw Diagnostic("\"\(keyword)\" is given twice in one query", at: previous.range)
            }
            switch keyword {
            case "where":
                let start = current.range
                clauses.filter = try condition()
                clauses.filterRange = start.through(previous.range)
            case "by":
                // Always fields: a name here is an error the evaluator explains, pointing to `according to`.
                clauses.groupBy = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in
                    try parser.name(what: "a field to group by")
                }
            case "according":
                try expectWord("to", after: "according")
                clauses.accordingTo = try name(what: "who claims it")
            case "order":
                try expectWord("by", after: "order")
                clauses.order = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in
                    try parser.orderKey()
                }
            case "limit":
                guard current.kind == .number, let number = current.number, number == number.rounded(),
                    number <= Double(Int32.max)
                else { throw unexpected("a whole number after \"limit\"") }
                clauses.limit = Int(number)
                advance()
            default:  // with
                let extras = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in
                    try parser.word(what: "sources or intervals")
                }
                for extra in extras {
                    switch extra.text.lowercased() {
                    case "sources", "source": clauses.withSources = true
                    case "intervals", "interval": clauses.withIntervals = true
                    default:
                        throw Diagnostic(
                            "\"with\" takes sources or intervals, not \"\(extra.text)\"", at: extra.range,
                            suggestions: Suggestions.close(to: extra.text, in: ["sources", "intervals"]))
                    }
                }
            }
        }
        return clauses
    }

    // order_key = field [ "asc" | "desc" ] ;
    private mutating func orderKey() throws(Diagnostic) -> OrderKey {
        let field = try word(what: "a field to order by")
        var descending = false
        if current.isWord("desc") || current.isWord("asc") {
            descending = current.isWord("desc")
            advance()
        }
        return OrderKey(field: field, descending: descending)
    }

    // condition = conjunction { "or" conjunction } ;
    private mutating func condition() throws(Diagnostic) -> Condition {
        var result = try conjunction()
        while current.isWord("or") {
            try countConditionTest()
            advance()
            result = .or(result, try conjunction())
        }
        return result
    }

    // conjunction = negation { "and" negation } ;
    private mutating func conjunction() throws(Diagnostic) -> Condition {
        var result = try negation()
        while current.isWord("and") {
            try countConditionTest()
            advance()
            result = .and(result, try negation())
        }
        return result
    }

    // negation = ( "not" | "possibly" ) negation | primary ;   primary = "(" condition ")" | test ;
    // Only "(", "not" and "possibly" nest: a hundred parentheses are a hundred levels.
    private mutating func negation() throws(Diagnostic) -> Condition {
        if current.isWord("not") || current.isWord("possibly") {
            let isNot = current.isWord("not")
            try enterNesting()
            defer { depth -= 1 }
            advance()
            let inner = try negation()
            return isNot ? .not(inner) : .possibly(inner)
        }
        if current.isSymbol("(") {
            try enterNesting()
            defer { depth -= 1 }
            advance()
            let inner = try condition()
            guard current.isSymbol(")") else {
                throw unexpected("\")\" to close \"(\"")
            }
            advance()
            return inner
        }
        return .test(try test())
    }

    // test = field ( comparison value | [ "not" ] "in" "(" value { "," value } ")"
    //              | [ "not" ] "within" ( "(" value { "," value } ")" | value ) | [ "not" ] "contains" value ) ;
    private mutating func test() throws(Diagnostic) -> Test {
        let field = try word(what: "a field")
        var negated = false
        if current.isWord("not") {
            negated = true
            advance()
            guard current.isWord("in") || current.isWord("contains") || current.isWord("within") else {
                throw unexpected("\"in\", \"within\" or \"contains\" after \"not\"", suggestions: ["in", "within", "contains"])
            }
        }
        let op: Test.Operator
        var values: [Literal]
        if current.isWord("in") {
            op = .isIn
            advance()
            guard current.isSymbol("(") else { throw unexpected("\"(\" to open the list after \"in\"") }
            values = try valueList()
        } else if current.isWord("within") {
            op = .within
            advance()
            values = current.isSymbol("(") ? try valueList() : [try literal()]
        } else if current.isWord("contains") {
            op = .contains
            advance()
            values = [try literal()]
        } else if current.kind == .symbol, let comparison = Test.Operator(rawValue: current.text) {
            op = comparison
            advance()
            values = [try literal()]
        } else {
            throw unexpected(
                "a comparison (=, !=, <, <=, >, >=, in, within, contains) after the field \"\(field.text)\"",
                suggestions: ["in", "within", "contains", "not"])
        }
        return Test(field: field, op: op, negated: negated, values: values, range: field.range.through(previous.range))
    }

    // "(" value { "," value } ")"
    private mutating func valueList() throws(Diagnostic) -> [Literal] {
        advance()
        let values = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in try parser.literal() }
        guard current.isSymbol(")") else { throw unexpected("\",\" or \")\" to close the list") }
        advance()
        return values
    }

    // value = string | number | word { word } ;
    private mutating func literal() throws(Diagnostic) -> Literal {
        switch current.kind {
        case .string:
            defer { advance() }
            return Literal(kind: .string, text: current.text, range: current.range)
        case .number:
            defer { advance() }
            return Literal(kind: .number, text: current.text, number: current.number, range: current.range)
        case .word where !isValueEnd:
            let words = wordsUntilKeyword()
            return Literal(kind: .word, text: words.text, range: words.range)
        default:
            throw unexpected("a value (a \"quoted string\", a number or a word)")
        }
    }

    // name = string | word { word } ;
    private mutating func name(what: String) throws(Diagnostic) -> Name {
        if current.kind == .string {
            defer { advance() }
            return Name(text: current.text, range: current.range, quoted: true)
        }
        guard current.kind == .word, !isClauseStart else { throw unexpected(what) }
        let words = wordsUntilKeyword()
        return Name(text: words.text, range: words.range, quoted: false)
    }

    private mutating func word(what: String) throws(Diagnostic) -> Name {
        guard current.kind == .word else { throw unexpected(what) }
        defer { advance() }
        return Name(text: current.text, range: current.range, quoted: false)
    }

    /// Unquoted words run together into one name or value until a keyword or punctuation.
    private mutating func wordsUntilKeyword() -> (text: String, range: SourceRange) {
        let start = current.range
        var words: [String] = []
        while current.kind == .word && !isValueEnd {
            words.append(current.text)
            advance()
        }
        return (words.joined(separator: " "), start.through(previous.range))
    }

    private mutating func commaSeparated<Element>(
        _ element: (inout Parser) throws(Diagnostic) -> Element
    ) throws(Diagnostic) -> [Element] {
        var elements = [try element(&self)]
        while current.isSymbol(",") {
            advance()
            elements.append(try element(&self))
        }
        return elements
    }

    private mutating func expectWord(_ word: String, after keyword: String) throws(Diagnostic) {
        guard current.isWord(word) else { throw unexpected("\"\(word)\" after \"\(keyword)\"") }
        advance()
    }

    private mutating func enterNesting() throws(Diagnostic) {
        depth += 1
        if depth > Self.maximumNesting {
            throw Diagnostic("the condition nests more than \(Self.maximumNesting) deep", at: current.range)
        }
    }

    /// `actors consulting with "Ishaq Dar"`: here "with" joins an act to its target, not a clause.
    private var isWithBeforeTarget: Bool {
        guard current.isWord("with"), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        let extras: Set<String> = ["sources", "source", "intervals", "interval"]
        return next.kind == .string || (next.kind == .word && !extras.contains(next.text.lowercased()))
    }

    private mutating func countConditionTest() throws(Diagnostic) {
        conditionTests += 1
        if conditionTests > Self.maximumConditionTests {
            throw Diagnostic(
                "the condition joins more than \(Self.maximumConditionTests) tests with \"and\" or \"or\"",
                at: current.range)
        }
    }

    private var isClauseStart: Bool {
        current.kind == .word && Self.clauseKeywords.contains(current.text.lowercased())
    }

    private var isValueEnd: Bool {
        isClauseStart || (current.kind == .word && Self.conditionKeywords.contains(current.text.lowercased()))
    }

    private var current: Token { tokens[index] }
    private var previous: Token { tokens[max(0, index - 1)] }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// "expected X, found Y"; when Y is the end of the input the query is unfinished rather than wrong.
    private func unexpected(_ expected: String, suggestions: [String] = []) -> Diagnostic {
        if current.kind == .end {
            return Diagnostic("expected \(expected), but the query ended", at: current.range, kind: .incompleteInput)
        }
        let close = current.kind == .word ? Suggestions.close(to: current.text, in: suggestions) : []
        return Diagnostic("expected \(expected), found \(current.quoted)", at: current.range, suggestions: close)
    }
}
