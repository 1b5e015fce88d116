import ConflictDiagnostics
import ConflictModel
/// A recursive-descent parser whose functions follow `Grammar/conflictq.ebnf` rule for rule.
///
/// Keywords are contextual (see `Keyword`): a word is a keyword only where the grammar expects
/// one, so names and values may be written without quotes as long as they hold no clause keyword.
///
/// Wherever the parser looks for something and finds the end of the input, it notes what it
/// looked for (`expectedAtEnd`): Tab completion offers exactly that, so it can never drift from
/// the grammar.
struct Parser {
    /// Parentheses, `not` and `possibly` may nest this deep; deeper input is refused instead of
    /// overflowing the stack.
    static let maximumNesting = 100

    /// One query's condition may join this many tests with `and` and `or`. Each joins the tree at a
    /// new level, which evaluating and freeing it walk recursively: far more tests than anyone
    /// writes, far fewer levels than a thread's stack holds.
    static let maximumConditionTests = 1_000


    private let tokens: [Token]
    private var index = 0
    private var depth = 0
    private var conditionTests = 0
    /// The entity the query being parsed ranges over, for the fields and values it may name.
    private var entity = Entity.claims
    /// What the parser looked for at the end of the input, in the order it looked.
    private(set) var expectedAtEnd: [Expectation] = []

    private init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole input: queries separated by `;`, empty ones skipped.
    static func parse(_ text: String) throws(Diagnostic) -> [Query] {
        var parser = Parser(tokens: try Lexer.tokens(of: text))
        return try parser.script()
    }

    /// What may come next at the end of `text`: what the parser looked for there. Empty when the
    /// text cannot be read as the start of a query.
    static func expectations(after text: String) -> [Expectation] {
        guard let tokens = try? Lexer.tokens(of: text) else { return [] }
        var parser = Parser(tokens: tokens)
        _ = try? parser.script()
        var seen: Set<Expectation> = []
        return parser.expectedAtEnd.filter { seen.insert($0).inserted }
    }

    /// What `text` lacks when it stops where the grammar needs more; nil when it parses, or fails
    /// for another reason. One parse, as `parse` does, that keeps what was looked for at the end.
    static func need(after text: String) -> QueryNeed? {
        let tokens: [Token]
        do {
            tokens = try Lexer.tokens(of: text)
        } catch {
            guard error.kind == .incompleteInput else { return nil }
            // The lexer's only unfinished input is a string, whose range starts at its quote.
            let quote = Array(text.utf8)[error.range.start]
            return .closingQuote(Character(Unicode.Scalar(quote)))
        }
        var parser = Parser(tokens: tokens)
        do {
            _ = try parser.script()
            return nil
        } catch {
            guard error.kind == .incompleteInput else { return nil }
            return QueryNeed(expectations: parser.expectedAtEnd)
        }
    }

    // script = [ query ] { ";" [ query ] } ;
    private mutating func script() throws(Diagnostic) -> [Query] {
        var queries: [Query] = []
        expect(.queryStart)
        while current.kind != .end {
            if current.isSymbol(";") {
                advance()
                expect(.queryStart)
                continue
            }
            queries.append(try query())
            if !current.isSymbol(";") && current.kind != .end {
                let expected = "a clause (where, by, according to, order by, limit, with, as of) or the end of the query"
                let clauses = Keyword.clauses.map(\.rawValue).sorted()
                if let misspelt = misspeltClauseInLastName(clauses: clauses) {
                    throw Diagnostic(
                        "expected \(expected), found \(misspelt.quoted)", at: misspelt.range,
                        suggestions: Suggestions.close(to: misspelt.text, in: clauses))
                }
                throw unexpected(expected, suggestions: clauses)
            }
        }
        return queries
    }

    // query = [ chart ] ( listing | aggregate | history | describe | show | discovery ) ;
    private mutating func query() throws(Diagnostic) -> Query {
        let start = current.range
        conditionTests = 1
        entity = .claims
        let chart = try chartRequest()
        let word = current.kind == .word ? current.text.lowercased() : ""
        let kind: Query.Kind
        if let entity = Entity(rawValue: word) {
            kind = .listing(try listing(entity))
        } else if let function = Aggregate.Function(rawValue: word) {
            kind = .aggregate(try aggregate(function))
        } else if let keyword = Keyword(current), keyword == .describe {
            advance()
            expect(.describable)
            kind = .describe(try name(what: "a name to describe"))
        } else if let keyword = Keyword(current), keyword == .show {
            kind = try show()
        } else if let keyword = Keyword(current), keyword == .history {
            kind = .history(try history())
        } else if let keyword = Keyword(current), keyword.role == .discovery {
            kind = .discovery(try discovery(keyword))
        } else {
            throw unexpected("a query", suggestions: current.kind == .word ? Keyword.queryStarts : [])
        }
        return Query(kind: kind, range: start.through(previous.range), chart: chart)
    }

    // chart = "chart" [ "line" | "bars" ] ;   only before a history or an aggregate
    private mutating func chartRequest() throws(Diagnostic) -> ChartRequest? {
        guard isKeyword(.chart) else { return nil }
        let start = current.range
        advance()
        var kind: Chart.Kind?
        for candidate in Chart.Kind.allCases {
            let keyword: Keyword = candidate == .line ? .line : .bars
            if isKeyword(keyword) {
                kind = candidate
                advance()
                break
            }
        }
        let request = ChartRequest(kind: kind, range: start.through(previous.range))
        expect(.chartable)
        let word = current.kind == .word ? current.text.lowercased() : ""
        guard Keyword(current) == .history || Aggregate.Function(rawValue: word) != nil else {
            let choices = [Keyword.history.rawValue] + Aggregate.Function.allCases.map(\.rawValue)
            throw unexpected(
                "a history or an aggregate to chart (chart history killed, chart sum killed by party)",
                suggestions: kind == nil ? choices + Chart.Kind.allCases.map(\.rawValue) : choices)
        }
        return request
    }

    // listing = entity [ act_phrases ] clauses ;   act_phrases only after "actors"
    private mutating func listing(_ entity: Entity) throws(Diagnostic) -> Listing {
        self.entity = entity
        let entityRange = current.range
        advance()
        var phrases: [[Name]] = []
        if entity == .actors {
            var phrase: [Name] = []
            expect(.actPhrase(wordsSoFar: []))
            while current.kind == .string || (current.kind == .word && (!isClauseStart || isWithBeforeTarget)) {
                // `actors urging de-escalation or contacting`: acts joined by "or".
                if current.isKeyword(.or) {
                    guard !phrase.isEmpty else { throw unexpected("an act before \"or\"") }
                    phrases.append(phrase)
                    phrase = []
                    advance()
                    expect(.actPhrase(wordsSoFar: []))
                    guard current.kind == .string || (current.kind == .word && !isClauseStart) else {
                        throw unexpected("an act after \"or\"")
                    }
                    continue
                }
                phrase.append(Name(text: current.text, range: current.range, quoted: current.kind == .string))
                advance()
                expect(.actPhrase(wordsSoFar: phrase.map(\.text)))
                expect(.keyword(.or))
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
        expect(.measure)
        if function == .count { expect(.entity) }
        if current.kind == .word, let entity = Entity(rawValue: current.text.lowercased()) {
            advance()
            self.entity = entity
            target = .entity(entity)
        } else {
            var measures = [try word(what: "a measure or what to count (claims, statements...)")]
            expect(.symbol("+"))
            while current.isSymbol("+") {
                advance()
                expect(.measure)
                measures.append(try word(what: "a measure after \"+\""))
                expect(.symbol("+"))
            }
            target = .measures(measures)
        }
        let targetRange = start.through(previous.range)
        let clauses = try clauses()
        return Aggregate(
            function: function, target: target, targetRange: targetRange, clauses: clauses,
            bodyRange: targetRange.through(previous.range))
    }

    // history = "history" [ measure { "," measure } ] clauses ;
    private mutating func history() throws(Diagnostic) -> History {
        advance()
        var measures: [Name] = []
        expect(.measure)
        if current.kind == .word && !isClauseStart {
            measures.append(try word(what: "a measure"))
            expect(.symbol(","))
            while current.isSymbol(",") {
                advance()
                expect(.measure)
                measures.append(try word(what: "a measure after \",\""))
                expect(.symbol(","))
            }
        }
        return History(measures: measures, clauses: try clauses())
    }

    // show = "show" entity_singular ( number | name ) ;
    private mutating func show() throws(Diagnostic) -> Query.Kind {
        advance()
        expect(.showable)
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
    private mutating func discovery(_ keyword: Keyword) throws(Diagnostic) -> Discovery {
        advance()
        switch keyword {
        case .units: return .units
        case .measures: return .measures
        case .acts: return .acts
        case .qualifiers: return .qualifiers
        case .entities: return .entities
        case .fields:
            guard isKeyword(.of) else { return .fields(of: nil) }
            advance()
            return .fields(of: try entityName())
        default:
            try expectKeyword(.of, after: "values")
            for entity in Entity.allCases where entity != .quotes { expect(.field(entity)) }
            let field = try word(what: "a field")
            guard isKeyword(.in) else { return .values(field: field, entity: nil) }
            advance()
            return .values(field: field, entity: try entityName())
        }
    }

    private mutating func entityName() throws(Diagnostic) -> Entity {
        expect(.entity)
        guard current.kind == .word, let entity = Entity(rawValue: current.text.lowercased()) else {
            throw unexpected(
                "one of \(Entity.allCases.map(\.rawValue).joined(separator: ", "))",
                suggestions: Entity.allCases.map(\.rawValue))
        }
        advance()
        return entity
    }

    // clauses = { "where" condition | "by" field { "," field } | "according" "to" name
    //           | "order" "by" order_key { "," order_key } | "limit" number
    //           | "with" extra { "," extra } } ;
    private mutating func clauses() throws(Diagnostic) -> Clauses {
        var clauses = Clauses()
        var seen: Set<Keyword> = []
        while true {
            for keyword in Keyword.clauses where !seen.contains(keyword) { expect(.keyword(keyword)) }
            guard let keyword = Keyword(current), keyword.role == .clause else { break }
            advance()
            if !seen.insert(keyword).inserted {
                throw Diagnostic("\"\(keyword.rawValue)\" is given twice in one query", at: previous.range)
            }
            switch keyword {
            case .where:
                let start = current.range
                clauses.filter = try condition()
                clauses.filterRange = start.through(previous.range)
            case .by:
                // Always fields: a name here is an error the evaluator explains, pointing to `according to`.
                clauses.groupBy = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in
                    parser.expect(.field(parser.entity))
                    return try parser.name(what: "a field to group by")
                }
            case .according:
                try expectKeyword(.to, after: "according")
                expect(.actorName)
                clauses.accordingTo = try name(what: "who claims it")
            case .order:
                try expectKeyword(.by, after: "order")
                clauses.order = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in
                    try parser.orderKey()
                }
            case .as:
                try expectKeyword(.of, after: "as")
                expect(.date)
                clauses.asOf = try day(after: "as of")
                clauses.asOfRange = previous.range
            case .limit:
                guard current.kind == .number, let number = current.number, number == number.rounded(),
                    number <= Double(Int32.max)
                else { throw unexpected("a whole number after \"limit\"") }
                clauses.limit = Int(number)
                clauses.limitRange = previous.range.through(current.range)
                advance()
            case .with:
                let extras = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in
                    parser.expect(.extra)
                    return try parser.word(what: "sources or intervals")
                }
                for name in extras {
                    switch Extra(word: name.text) {
                    case .sources: clauses.withSources = true
                    case .intervals: clauses.withIntervals = true
                    case nil:
                        throw Diagnostic(
                            "\"with\" takes sources or intervals, not \"\(name.text)\"", at: name.range,
                            suggestions: Suggestions.close(to: name.text, in: Extra.allCases.map(\.rawValue)))
                    }
                }
            default:
                preconditionFailure("\(keyword) is not a clause")
            }
        }
        return clauses
    }

    // order_key = field [ "asc" | "desc" ] ;
    private mutating func orderKey() throws(Diagnostic) -> OrderKey {
        expect(.field(entity))
        let field = try word(what: "a field to order by")
        var descending = false
        if isKeyword(.desc) || isKeyword(.asc) {
            descending = current.isKeyword(.desc)
            advance()
        }
        return OrderKey(field: field, descending: descending)
    }

    // condition = conjunction { "or" conjunction } ;
    private mutating func condition() throws(Diagnostic) -> Condition {
        var result = try conjunction()
        while isKeyword(.or) {
            try countConditionTest()
            advance()
            result = .or(result, try conjunction())
        }
        return result
    }

    // conjunction = negation { "and" negation } ;
    private mutating func conjunction() throws(Diagnostic) -> Condition {
        var result = try negation()
        while isKeyword(.and) {
            try countConditionTest()
            advance()
            result = .and(result, try negation())
        }
        return result
    }

    // negation = ( "not" | "possibly" ) negation | primary ;   primary = "(" condition ")" | test ;
    // Only "(", "not" and "possibly" nest: a hundred parentheses are a hundred levels.
    private mutating func negation() throws(Diagnostic) -> Condition {
        if isKeyword(.not) || isKeyword(.possibly) {
            let isNot = current.isKeyword(.not)
            try enterNesting()
            defer { depth -= 1 }
            advance()
            let inner = try negation()
            return isNot ? .not(inner) : .possibly(inner)
        }
        if isSymbol("(") {
            try enterNesting()
            defer { depth -= 1 }
            advance()
            let inner = try condition()
            guard isSymbol(")") else { throw unexpected("\")\" to close \"(\"") }
            advance()
            return inner
        }
        return .test(try test())
    }

    // test = field ( comparison value | [ "not" ] "in" value_list
    //              | [ "not" ] "within" ( value_list | value ) | [ "not" ] "contains" value ) ;
    private mutating func test() throws(Diagnostic) -> Test {
        expect(.field(entity))
        let field = try word(what: "a field")
        var negated = false
        for symbol in Test.Operator.comparisons { expect(.symbol(symbol.rawValue)) }
        if isKeyword(.not) {
            negated = true
            advance()
            guard isKeyword(.in) || isKeyword(.contains) || isKeyword(.within) else {
                throw unexpected("\"in\", \"within\" or \"contains\" after \"not\"", suggestions: ["in", "within", "contains"])
            }
        }
        let op: Test.Operator
        var values: [Literal]
        let valueOf = field.text.lowercased()
        if isKeyword(.in) {
            op = .isIn
            advance()
            guard isSymbol("(") else { throw unexpected("\"(\" to open the list after \"in\"") }
            values = try valueList(of: valueOf)
        } else if isKeyword(.within) {
            op = .within
            advance()
            values = isSymbol("(") ? try valueList(of: valueOf) : [try literal(of: valueOf)]
        } else if isKeyword(.contains) {
            op = .contains
            advance()
            values = [try literal(of: valueOf)]
        } else if current.kind == .symbol, let comparison = Test.Operator(rawValue: current.text) {
            op = comparison
            advance()
            values = [try literal(of: valueOf)]
        } else {
            throw unexpected(
                "a comparison (=, !=, <, <=, >, >=, in, within, contains) after the field \"\(field.text)\"",
                suggestions: ["in", "within", "contains", "not"])
        }
        return Test(field: field, op: op, negated: negated, values: values, range: field.range.through(previous.range))
    }

    // value_list = "(" value { "," value } ")" ;
    private mutating func valueList(of field: String) throws(Diagnostic) -> [Literal] {
        advance()
        let values = try commaSeparated { (parser: inout Parser) throws(Diagnostic) in try parser.literal(of: field) }
        guard isSymbol(")") else { throw unexpected("\",\" or \")\" to close the list") }
        advance()
        return values
    }

    // value = string | number | word { word } ;
    private mutating func literal(of field: String) throws(Diagnostic) -> Literal {
        expect(.value(field: field, entity: entity, wordsSoFar: []))
        switch current.kind {
        case .string:
            defer { advance() }
            return Literal(kind: .string, text: current.text, range: current.range)
        case .number:
            defer { advance() }
            return Literal(kind: .number, text: current.text, number: current.number, range: current.range)
        case .word where !isValueEnd:
            let words = wordsUntilKeyword { parser, soFar in
                parser.expect(.value(field: field, entity: parser.entity, wordsSoFar: soFar))
            }
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
        let words = wordsUntilKeyword { _, _ in }
        return Name(text: words.text, range: words.range, quoted: false)
    }

    private mutating func word(what: String) throws(Diagnostic) -> Name {
        guard current.kind == .word else { throw unexpected(what) }
        defer { advance() }
        return Name(text: current.text, range: current.range, quoted: false)
    }

    /// Unquoted words run together into one name or value until a keyword or punctuation.
    /// `noteMore` is told, after each word, the words read so far: more may follow them.
    private mutating func wordsUntilKeyword(noteMore: (inout Parser, [String]) -> Void) -> (text: String, range: SourceRange) {
        let start = current.range
        var words: [String] = []
        while current.kind == .word && !isValueEnd {
            words.append(current.text)
            advance()
            noteMore(&self, words)
        }
        return (words.joined(separator: " "), start.through(previous.range))
    }

    private mutating func commaSeparated<Element>(
        _ element: (inout Parser) throws(Diagnostic) -> Element
    ) throws(Diagnostic) -> [Element] {
        var elements = [try element(&self)]
        while isSymbol(",") {
            advance()
            elements.append(try element(&self))
        }
        return elements
    }

    /// A day, `2026-03-02`: what was known changes from one day's reports to the next.
    private mutating func day(after phrase: String) throws(Diagnostic) -> PartialDate {
        let text = current.kind == .word || current.kind == .string ? current.text : ""
        if let reason = PartialDate.impossibility(of: text) {
            throw Diagnostic("\(current.quoted) after \"\(phrase)\" is no date: \(reason)", at: current.range)
        }
        if let date = PartialDate(text), date.minutes != nil {
            throw Diagnostic(
                "\"\(phrase)\" takes a day, not a time of day: reports are dated by the day (as of \(date.withoutTime))",
                at: current.range)
        }
        guard let date = PartialDate(text)
        else { throw unexpected("a date after \"\(phrase)\" (2026-03-02, or 2026-03 for the end of a month)") }
        advance()
        return date
    }

    private mutating func expectKeyword(_ keyword: Keyword, after previousWord: String) throws(Diagnostic) {
        guard isKeyword(keyword) else { throw unexpected("\"\(keyword.rawValue)\" after \"\(previousWord)\"") }
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
        guard current.isKeyword(.with), index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.kind == .string || (next.kind == .word && Extra(word: next.text) == nil)
    }

    private mutating func countConditionTest() throws(Diagnostic) {
        conditionTests += 1
        if conditionTests > Self.maximumConditionTests {
            throw Diagnostic(
                "the condition joins more than \(Self.maximumConditionTests) tests with \"and\" or \"or\"",
                at: current.range)
        }
    }

    private var isClauseStart: Bool { Keyword(current)?.role == .clause }

    private var isValueEnd: Bool {
        guard let role = Keyword(current)?.role else { return false }
        return role == .clause || role == .condition
    }

    private var current: Token { tokens[index] }
    private var previous: Token { tokens[max(0, index - 1)] }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Notes what was looked for, if the input ends here.
    private mutating func expect(_ expectation: Expectation) {
        if current.kind == .end { expectedAtEnd.append(expectation) }
    }

    /// Whether the current token is the keyword; at the end of the input, notes that it could be.
    private mutating func isKeyword(_ keyword: Keyword) -> Bool {
        expect(.keyword(keyword))
        return current.isKeyword(keyword)
    }

    private mutating func isSymbol(_ symbol: String) -> Bool {
        expect(.symbol(symbol))
        return current.isSymbol(symbol)
    }

    /// "by party wher measure = 3": unquoted words run together into one name, so a misspelt
    /// clause keyword inside it is read as part of the name and the error would point at "=".
    /// The word after the name's first that is close to a clause keyword is where it went wrong.
    private func misspeltClauseInLastName(clauses: [String]) -> Token? {
        var first = index
        while first > 0, tokens[first - 1].kind == .word { first -= 1 }
        guard first + 1 < index else { return nil }
        return tokens[(first + 1)..<index].first { token in
            Keyword(token) == nil && !Suggestions.close(to: token.text, in: clauses).isEmpty
        }
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
