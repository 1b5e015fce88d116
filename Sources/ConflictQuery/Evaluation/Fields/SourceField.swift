import ConflictModel

/// The fields of `sources`. A new one is a compile error until `field` says how to read it.
enum SourceField: String, CaseIterable {
    case id, outlet, date, title
    case wireInputs = "wire_inputs"
    case url

    var field: Field<Source> {
        switch self {
        case .id: return Field(rawValue, .text, "the source's id") { s, _ in .text(s.id) }
        case .outlet: return Field(rawValue, .text, "who published it") { s, _ in .text(s.outlet) }
        case .date: return Field(rawValue, .date, "when it was published") { s, _ in .date(s.date) }
        case .title: return Field(rawValue, .text, "its headline") { s, _ in .text(s.title) }
        case .wireInputs:
            return Field(rawValue, .list, "wire services it carries") { s, _ in .list(s.wireInputs.map(Value.text)) }
        case .url: return Field(rawValue, .text, "where it can be read") { s, _ in .text(s.url) }
        }
    }
}
