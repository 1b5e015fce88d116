import ConflictDiagnostics

/// A place in a query where a value stands, which a parameter may take instead: a value of a
/// condition, the name after `according to`, `describe` or `show`, the number after `limit`, the
/// day after `as of`. What `.save NAME party="Afghan Taliban"` looks for in the last query, to make
/// `$party` of.
///
/// Only places where the language takes a quoted string or a number, which is what a parameter's
/// value becomes: not a field, a measure or a keyword, which a value could not stand for.
public struct ValuePlace: Hashable, Sendable {
    /// As the query holds it: a string's value, unquoted words joined by one blank, a number as written.
    public var text: String
    /// For a number, its value.
    public var number: Double?
    /// In UTF-8 bytes of the query, quotes included.
    public var range: SourceRange

    /// Whether `value` is what stands here: the same number, or the same text ignoring case, as
    /// names match.
    public func holds(_ value: String) -> Bool {
        if let number { return QueryTemplate.isNumber(value) && Double(value) == number }
        return text.lowercased() == value.lowercased()
    }

    /// Every place in `text`, in the order written; none when it does not parse.
    public static func all(in text: String) -> [ValuePlace] {
        guard let queries = try? Parser.parse(text) else { return [] }
        var places: [ValuePlace] = []
        for query in queries {
            switch query.kind {
            case .listing(let listing): places += Self.places(in: listing.clauses, of: text)
            case .aggregate(let aggregate): places += Self.places(in: aggregate.clauses, of: text)
            case .history(let history): places += Self.places(in: history.clauses, of: text)
            case .describe(let name), .show(_, let name): places.append(place(of: name))
            case .discovery: break
            }
        }
        return places.sorted { $0.range.start < $1.range.start }
    }

    private static func places(in clauses: Clauses, of text: String) -> [ValuePlace] {
        var places = clauses.filter.map(Self.places(in:)) ?? []
        if let name = clauses.accordingTo { places.append(place(of: name)) }
        if let limit = clauses.limit, let range = clauses.limitRange {
            // The range runs from `limit` to the end of its number, which is the last word in it.
            let bytes = Array(text.utf8)[range.start..<range.end]
            let start =
                (bytes.lastIndex { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") }
                    ?? range.start - 1) + 1
            let written = String(decoding: Array(text.utf8)[start..<range.end], as: UTF8.self)
            places.append(ValuePlace(text: written, number: Double(limit), range: SourceRange(start, range.end)))
        }
        if let range = clauses.asOfRange, let day = clauses.asOf {
            places.append(ValuePlace(text: day.description, number: nil, range: range))
        }
        return places
    }

    private static func places(in condition: Condition) -> [ValuePlace] {
        switch condition {
        case .and(let left, let right), .or(let left, let right): return places(in: left) + places(in: right)
        case .not(let inner), .possibly(let inner): return places(in: inner)
        case .test(let test):
            return test.values.map { literal in
                ValuePlace(text: literal.text, number: literal.kind == .number ? literal.number : nil, range: literal.range)
            }
        }
    }

    /// A name written as a number (`show claim 3`) is a number there.
    private static func place(of name: Name) -> ValuePlace {
        let number = !name.quoted && QueryTemplate.isNumber(name.text) ? Double(name.text) : nil
        return ValuePlace(text: name.text, number: number, range: name.range)
    }
}
