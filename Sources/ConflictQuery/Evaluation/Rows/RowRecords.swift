import ConflictModel

/// An event of a model with stored rows, by its position: first the model's entries, then its
/// stored rows (`ConflictModel.rows`). A query over a store scans these, reading each field from
/// the entry or the column where it lies, so that no event is made to be tested.
struct EventRow {
    let position: Int32
}

/// A claim of a model with stored rows, by its position, as `EventRow`.
struct ClaimRow {
    let position: Int32
}

/// The events and claims of a model with stored rows, as record sets with the same fields as
/// `FieldCatalog`'s, each read from an entry by the entry's own field and from a row by a column.
/// A field no column serves reads the row made whole: slower, never different.
enum RowSets {
    static func events(_ model: ConflictModel) -> RecordSet<EventRow> {
        let fields: [Field<EventRow>] = EventField.allCases.map {
            lift($0.field, entries: model.events, whole: { $0.event($1) }, rows: model.rows, stored: StoredEventFields.reader($0))
        }
        let listed = [EventField.id, .name, .kind, .initiator, .target, .status, .partOf].map { fields[$0.index] }
        return RecordSet(
            entity: .events, records: (0..<Int32(model.eventCount)).map(EventRow.init), fields: fields, listed: listed,
            provenance: { row in sources(row.position, model) })
    }

    static func claims(_ model: ConflictModel) -> RecordSet<ClaimRow> {
        let fields: [Field<ClaimRow>] = ClaimField.allCases.map {
            lift($0.field, entries: model.claims, whole: { $0.claim($1) }, rows: model.rows, stored: StoredClaimFields.reader($0))
        }
        let listed = [ClaimField.id, .measure, .value, .unit, .counted, .party, .claimant, .stance, .asOf].map { fields[$0.index] }
        return RecordSet(
            entity: .claims, records: (0..<Int32(model.claimCount)).map(ClaimRow.init), fields: fields, listed: listed,
            provenance: { row in ClaimAccess(model).sources(Int(row.position)) }, saidBy: fields[ClaimField.claimant.index],
            interval: (fields[ClaimField.low.index], fields[ClaimField.high.index]))
    }

    private static func sources(_ position: Int32, _ model: ConflictModel) -> [SourceRef] {
        let position = Int(position)
        if position < model.events.count { return model.events[position].sources }
        return model.rows?.sources(ofEvent: position - model.events.count) ?? []
    }

    /// A field of entries as a field of rows: the entry's field for an entry, the column reader
    /// for a stored row, or else the entry's field on the row made whole.
    private static func lift<Entry: Sendable, Row: PositionedRow>(
        _ field: Field<Entry>, entries: [Entry], whole: @escaping @Sendable (StoredRows, Int) -> Entry, rows: StoredRows?,
        stored: StoredReader?
    ) -> Field<Row> {
        let count = entries.count
        // An entry is read in place by the entry's own field; a stored row by its column, or made whole.
        let read: @Sendable (RecordRef<Row>, ConflictModel) -> Value = { row, model in
            let position = Int(row.position)
            if position < count { return entries.withUnsafeBufferPointer { field.readInPlace(RecordRef($0.baseAddress! + position), model) } }
            if let value = stored?.value?(position - count, model) { return value }
            if let ids = stored?.actorIDs { return ids(position - count, model).value(in: model) }
            return field.read(whole(rows!, position - count), model)
        }
        var actorIDs: (@Sendable (RecordRef<Row>, ConflictModel) -> ActorIDs)?
        if let ids = field.actorIDs {
            actorIDs = { row, model in
                let position = Int(row.position)
                if position < count { return entries.withUnsafeBufferPointer { ids(RecordRef($0.baseAddress! + position), model) } }
                if let read = stored?.actorIDs { return read(position - count, model) }
                let entry = whole(rows!, position - count)
                return withUnsafePointer(to: entry) { ids(RecordRef($0), model) }
            }
        }
        var alsoKnownAs: (@Sendable (RecordRef<Row>, ConflictModel) -> [String])?
        if let names = field.alsoKnownAs {
            alsoKnownAs = { row, model in
                let position = Int(row.position)
                if position < count { return entries.withUnsafeBufferPointer { names(RecordRef($0.baseAddress! + position), model) } }
                if let read = stored?.alsoKnownAs { return read(position - count, model) }
                let entry = whole(rows!, position - count)
                return withUnsafePointer(to: entry) { names(RecordRef($0), model) }
            }
        }
        var matching: (@Sendable ([String], ConflictModel) -> @Sendable (RecordRef<Row>) -> Bool)?
        if field.matching == nil, field.alsoKnownAs == nil, let place = stored?.place, let rows {
            // `=` and `in` on a text column: each text in it is compared once, not once a row,
            // and an entry as the condition compares any text field.
            matching = { wanted, model in
                let matches = NumberTest { place in wanted.contains(ConflictModel.nameKey(rows.text(place))) }
                return { row in
                    let position = Int(row.position)
                    if position < count {
                        let value = entries.withUnsafeBufferPointer { field.readInPlace(RecordRef($0.baseAddress! + position), model) }
                        return PredicateCompiler<Row>.texts(of: value).contains { wanted.contains($0) }
                    }
                    let at = place(position - count, model)
                    return at >= 0 && matches(at)
                }
            }
        }
        if let entryMatching = field.matching {
            matching = { wanted, model in
                let entryTest = entryMatching(wanted, model)
                let storedTest = stored?.matching?(wanted, model)
                return { row in
                    let position = Int(row.position)
                    if position < count { return entries.withUnsafeBufferPointer { entryTest(RecordRef($0.baseAddress! + position)) } }
                    if let storedTest { return storedTest(position - count) }
                    let entry = whole(rows!, position - count)
                    return withUnsafePointer(to: entry) { entryTest(RecordRef($0)) }
                }
            }
        }
        var lifted = Field<Row>(
            name: field.name, type: field.type, help: field.help, readInPlace: read, alsoKnownAs: alsoKnownAs, matching: matching,
            actorIDs: actorIDs)
        if let entryIDs = field.actorIDs, let storedMatch = stored?.idsMatch {
            // The ids wanted as places of the store's table: a row's actors are compared as numbers.
            lifted.idsMatch = { ids, model in
                let storedTest = storedMatch(ids, model)
                return { row in
                    let position = Int(row.position)
                    if position < count {
                        return entries.withUnsafeBufferPointer { entryIDs(RecordRef($0.baseAddress! + position), model).contains(where: ids.contains) }
                    }
                    return storedTest(position - count)
                }
            }
        }
        return lifted
    }
}

/// How a column serves a field of stored rows: its value, and, for the fields that have them, its
/// actor ids, its other names, and a test made once for `=` and `in`. A nil part reads the row whole.
struct StoredReader: Sendable {
    var value: (@Sendable (Int, ConflictModel) -> Value)?
    /// For a text column: the place of the row's text in the store's table, -1 for none.
    var place: (@Sendable (Int, ConflictModel) -> Int)? = nil
    var actorIDs: (@Sendable (Int, ConflictModel) -> ActorIDs)? = nil
    var alsoKnownAs: (@Sendable (Int, ConflictModel) -> [String])? = nil
    var matching: (@Sendable ([String], ConflictModel) -> @Sendable (Int) -> Bool)? = nil
    /// For an actor column: whether the row holds one of the ids wanted, made once from them.
    var idsMatch: (@Sendable (Set<String>, ConflictModel) -> @Sendable (Int) -> Bool)? = nil
}

/// A row by its position among a model's entries and then its stored rows.
protocol PositionedRow {
    var position: Int32 { get }
}

extension EventRow: PositionedRow {}
extension ClaimRow: PositionedRow {}

extension Field {
    /// Every part given: for fields made from other fields, as `RowSets` makes them.
    init(
        name: String, type: ValueType, help: String, readInPlace: @escaping @Sendable (RecordRef<Record>, ConflictModel) -> Value,
        alsoKnownAs: (@Sendable (RecordRef<Record>, ConflictModel) -> [String])?,
        matching: (@Sendable ([String], ConflictModel) -> @Sendable (RecordRef<Record>) -> Bool)?,
        actorIDs: (@Sendable (RecordRef<Record>, ConflictModel) -> ActorIDs)?
    ) {
        self.name = name
        self.type = type
        self.help = help
        self.readInPlace = readInPlace
        self.alsoKnownAs = alsoKnownAs
        self.matching = matching
        self.actorIDs = actorIDs
    }
}

extension CaseIterable where Self: Equatable, AllCases.Index == Int {
    /// The field's place in `allCases`, which is its place in the lifted fields.
    var index: Int { Self.allCases.firstIndex(of: self)! }
}
