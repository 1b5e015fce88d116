import SQLExport

/// What the three dialects spell differently, and nothing else: the compiler writes standard SQL
/// everywhere but here.
extension SQLDialect {
    /// The smaller of two values of one row (a truth's `and`).
    func least(_ a: String, _ b: String) -> String {
        self == .sqlite ? "min(\(a), \(b))" : "LEAST(\(a), \(b))"
    }

    /// The larger of two values of one row (a truth's `or`).
    func greatest(_ a: String, _ b: String) -> String {
        self == .sqlite ? "max(\(a), \(b))" : "GREATEST(\(a), \(b))"
    }

    /// Texts compared byte by byte, as the built-in evaluator compares name keys: PostgreSQL
    /// otherwise compares by the database's locale.
    func bytewise(_ expression: String) -> String {
        self == .postgres ? "(\(expression)) COLLATE \"C\"" : expression
    }

    /// A text's characters in lower case, as `ConflictModel.nameKey` folds them, as far as
    /// comparing it with `keys` (already folded) can tell. `lower` folds ASCII letters alone in
    /// SQLite, and in a PostgreSQL database of the C locale: the capitals of the keys' other
    /// letters are folded one by one, which is all an equality or a containment with them reads.
    func lowered(_ expression: String, toMatch keys: [String]) -> String {
        var folded = "lower(\(expression))"
        var seen: Set<Character> = []
        for letter in keys.joined() where !letter.isASCII && seen.insert(letter).inserted {
            let capital = letter.uppercased()
            guard capital != String(letter), capital.count == 1, capital.lowercased() == String(letter) else { continue }
            folded = "replace(\(folded), \(sqlLiteral(capital)), \(sqlLiteral(String(letter))))"
        }
        return folded
    }

    /// Whether `needle` (already lower case) is in `haystack`.
    func contains(_ haystack: String, _ needle: String) -> String {
        self == .postgres ? "(strpos(\(haystack), \(needle)) > 0)" : "(instr(\(haystack), \(needle)) > 0)"
    }

    /// The ids of a list, in their order, joined by the unit separator (no id holds it): an
    /// event's initiators, one text a row.
    func joinedList(_ value: String, orderBy: String, from: String) -> String {
        switch self {
        case .sqlite:
            // SQLite 3.40 has no ORDER BY inside an aggregate: it joins the rows of an ordered subquery in their order.
            "(SELECT group_concat(v, char(31)) FROM (SELECT \(value) AS v FROM \(from) ORDER BY \(orderBy)))"
        case .duckdb, .postgres:
            "(SELECT string_agg(\(value), chr(31) ORDER BY \(orderBy)) FROM \(from))"
        }
    }

    /// A truth (0, 1 or 2) from a boolean condition that is never NULL.
    func truth(_ condition: String) -> String { "(CASE WHEN \(condition) THEN 2 ELSE 0 END)" }

    /// A boolean column as a condition: SQLite keeps 0 and 1.
    func isTrue(_ column: String) -> String { self == .sqlite ? "(\(column) = 1)" : "(\(column) = TRUE)" }
}

/// A text as an SQL string literal.
func sqlLiteral(_ text: String) -> String {
    "'" + text.replacingAll("'", with: "''") + "'"
}

/// A list of texts as `('a', 'b')`; never empty: `IN ()` is no SQL, so an empty list is one NULL,
/// which nothing equals.
func sqlList(_ texts: some Collection<String>) -> String {
    texts.isEmpty ? "(NULL)" : "(" + texts.sorted().map(sqlLiteral).joined(separator: ", ") + ")"
}

/// A number as SQL writes it: whole numbers without a point, others in full.
func sqlNumber(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
    return "\(number)"
}

extension String {
    fileprivate func replacingAll(_ old: Character, with new: String) -> String {
        var result = ""
        for character in self { if character == old { result += new } else { result.append(character) } }
        return result
    }
}
