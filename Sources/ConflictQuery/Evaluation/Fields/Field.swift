import ConflictDiagnostics
import ConflictModel

/// A record read where it lies, in the model's array: `claim.party` reads that one property.
///
/// Fields read records through it. A record handed to a closure by value is copied, every string
/// in it retained and released, and over 100,000 claims that cost more than the query itself.
@dynamicMemberLookup
struct RecordRef<Record> {
    let pointer: UnsafePointer<Record>

    init(_ pointer: UnsafePointer<Record>) { self.pointer = pointer }

    subscript<Property>(dynamicMember property: KeyPath<Record, Property>) -> Property {
        pointer.pointee[keyPath: property]
    }
}

/// One field of an entity: its name, what kind of value it holds, and how to read it from a record.
struct Field<Record> {
    let name: String
    let type: ValueType
    let help: String
    let readInPlace: @Sendable (RecordRef<Record>, ConflictModel) -> Value
    /// Other spellings that count as equal to the value, such as an event's id beside its name.
    let alsoKnownAs: (@Sendable (RecordRef<Record>, ConflictModel) -> [String])?
    /// For `=` and `in`, a test made once from the name keys wanted, where matching a name means
    /// more than comparing texts: an event's claims match the operation it is part of, and
    /// working that out once per query rather than once per record keeps long chains linear.
    var matching: (@Sendable ([String], ConflictModel) -> @Sendable (RecordRef<Record>) -> Bool)? = nil
    /// An actor field's ids alone. Conditions compare ids, and reading the value would look up each
    /// actor's name for every record tested: over a large model that cost more than the test.
    let actorIDs: (@Sendable (RecordRef<Record>, ConflictModel) -> ActorIDs)?
    /// For an actor field, a test made once from the ids wanted (`=`, `in`, `within`, `according
    /// to`): whether a record holds one of them. Nil tests the ids `actorIDs` reads.
    var idsMatch: (@Sendable (Set<String>, ConflictModel) -> @Sendable (RecordRef<Record>) -> Bool)? = nil

    init(
        _ name: String, _ type: ValueType, _ help: String,
        alsoKnownAs: (@Sendable (RecordRef<Record>, ConflictModel) -> [String])? = nil,
        read: @escaping @Sendable (RecordRef<Record>, ConflictModel) -> Value
    ) {
        precondition(type != .actor, "\(name): a field holding actors is made with init(actor:)")
        self.name = name
        self.type = type
        self.help = help
        self.alsoKnownAs = alsoKnownAs
        self.actorIDs = nil
        self.readInPlace = read
    }

    /// A field holding actors, read as ids; its value adds their names.
    init(actor name: String, _ help: String, ids: @escaping @Sendable (RecordRef<Record>, ConflictModel) -> ActorIDs) {
        self.name = name
        self.type = .actor
        self.help = help
        self.alsoKnownAs = nil
        self.actorIDs = ids
        self.readInPlace = { record, model in ids(record, model).value(in: model) }
    }

    /// The field's value in a record held by value, as results and groups are made.
    func read(_ record: Record, _ model: ConflictModel) -> Value {
        withUnsafePointer(to: record) { readInPlace(RecordRef($0), model) }
    }

    /// How to read the ids of a field of type `.actor`, which is always made with `init(actor:)`.
    var actorIDsReader: @Sendable (RecordRef<Record>, ConflictModel) -> ActorIDs {
        guard let actorIDs else { preconditionFailure("\(name) holds no actors") }
        return actorIDs
    }
}

/// The actors a field holds: one (or none), or a list, as the record keeps them, so reading them copies nothing.
enum ActorIDs {
    case one(String?)
    case many([String])

    func contains(where passes: (String) -> Bool) -> Bool {
        switch self {
        case .one(let id): return id.map(passes) ?? false
        case .many(let ids): return ids.contains(where: passes)
        }
    }

    func value(in model: ConflictModel) -> Value {
        switch self {
        case .one(let id): return .actor(id, in: model)
        case .many(let ids): return .actors(ids, in: model)
        }
    }
}

/// The records of one entity, the fields a query may use on them, and where each record was reported.
struct RecordSet<Record> {
    let entity: Entity
    let records: [Record]
    let fields: [Field<Record>]
    /// The columns a listing shows unless told otherwise.
    let listed: [Field<Record>]
    let provenance: @Sendable (Record) -> [SourceRef]
    /// Who said or claimed the record, for `according to`: nil where nobody does.
    var saidBy: Field<Record>? = nil
    /// The ends of a figure's interval, for `with intervals`: nil where there is no figure.
    var interval: (low: Field<Record>, high: Field<Record>)? = nil

    func field(_ name: String) -> Field<Record>? {
        let key = name.lowercased()
        return fields.first { $0.name == key } ?? fields.first { $0.name == FieldCatalog.synonyms[key] }
    }

    /// The field a name refers to, or an error at the name suggesting the fields it might have meant.
    func field(named name: Name) throws(Diagnostic) -> Field<Record> {
        if let field = field(name.text) { return field }
        throw Diagnostic(
            "\(entity.rawValue) have no field \"\(name.text)\"", at: name.range,
            suggestions: Suggestions.close(to: name.text, in: fields.map(\.name)),
            notes: FieldCatalog.hints[entity]?[name.text.lowercased()].map { [$0] } ?? [])
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
