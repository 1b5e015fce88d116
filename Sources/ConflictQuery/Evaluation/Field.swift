import ConflictModel

/// One field of an entity: its name, what kind of value it holds, and how to read it from a record.
struct Field<Record> {
    let name: String
    let type: ValueType
    let help: String
    let read: @Sendable (Record, ConflictModel) -> Value
    /// Other spellings that count as equal to the value, such as an event's id beside its name.
    let alsoKnownAs: (@Sendable (Record, ConflictModel) -> [String])?

    init(
        _ name: String, _ type: ValueType, _ help: String,
        alsoKnownAs: (@Sendable (Record, ConflictModel) -> [String])? = nil,
        read: @escaping @Sendable (Record, ConflictModel) -> Value
    ) {
        self.name = name
        self.type = type
        self.help = help
        self.alsoKnownAs = alsoKnownAs
        self.read = read
    }
}

/// The records of one entity, the fields a query may use on them, and where each record was reported.
struct RecordSet<Record> {
    let entity: Entity
    let records: [Record]
    let fields: [Field<Record>]
    /// The columns a listing shows unless told otherwise.
    let listedFields: [String]
    let provenance: @Sendable (Record) -> [SourceRef]

    func field(_ name: String) -> Field<Record>? {
        let key = name.lowercased()
        return fields.first { $0.name == key } ?? fields.first { $0.name == FieldCatalog.synonyms[key] }
    }

    /// The field a name refers to, or an error at the name suggesting the fields it might have meant.
    func field(named name: Name) throws(Diagnostic) -> Field<Record> {
        if let field = field(name.text) { return field }
        throw Diagnostic(
            "\(entity.rawValue) have no field \"\(name.text)\"", at: name.range,
            suggestions: Suggestions.close(to: name.text, in: fields.map(\.name)))
    }
}

extension Value {
    static func actor(_ id: String?, in model: ConflictModel) -> Value {
        guard let id else { return .null }
        return .actor(id: id, name: model.name(ofActor: id))
    }

    static func actors(_ ids: [String], in model: ConflictModel) -> Value {
        .list(ids.map { .actor(id: $0, name: model.name(ofActor: $0)) })
    }

    static func text(_ text: String?) -> Value { text.map(Value.text) ?? .null }
    static func date(_ date: PartialDate?) -> Value { date.map(Value.date) ?? .null }
    static func integer(_ number: Int?) -> Value { number.map(Value.integer) ?? .null }

    static func sourceIDs(_ refs: [SourceRef]) -> Value {
        var seen: Set<String> = []
        return .list(refs.map(\.source).filter { seen.insert($0).inserted }.map(Value.text))
    }
}
