import ConflictModel

/// One value of a row, before a dialect writes it down.
enum SQLValue: Equatable {
    case null
    case text(String)
    case integer(Int)
    case real(Double)
    case boolean(Bool)

    /// An optional text: NULL when absent. An empty text stays a text.
    static func text(_ text: String?) -> SQLValue { text.map(SQLValue.text) ?? .null }
    static func integer(_ number: Int?) -> SQLValue { number.map(SQLValue.integer) ?? .null }
    static func real(_ number: Double?) -> SQLValue { number.map(SQLValue.real) ?? .null }
    /// A date as the model writes it: `2026-02-28`, `2026-03-01 16:00`.
    static func date(_ date: PartialDate?) -> SQLValue { .text(date?.description) }
}
