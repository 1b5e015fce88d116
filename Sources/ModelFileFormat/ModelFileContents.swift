import ConflictModel
import ConflictDiagnostics

/// A line and a column in a model file, both counted from 1.
struct Position: Hashable, Sendable {
    let line: Int
    let column: Int

    static let start = Position(line: 1, column: 1)
}

/// Where each value of one model file was written, by its field path (`claims[2].event`).
///
/// Shared by every entry read from the file, so that checks made after merging can still point
/// at the line that is wrong.
struct FilePositions: Sendable {
    let file: String
    let byPath: [String: Position]
    /// The values that were written but could not be read, or are required and missing: an entry
    /// that has them is checked for everything else, and these are left to their own errors.
    var unread: Set<String> = []

    /// The positions of the built-in model, which was written in Swift rather than in a file.
    static let builtin = FilePositions(file: ModelFiles.builtinPath, byPath: [:])
}

/// A value of the model with the field path and file it was read from.
struct Located<Value> {
    var value: Value
    /// The value's own path: `claims[2]`.
    let path: String
    var positions: FilePositions

    /// The full path of one of the value's fields: `claims[2].event`.
    func path(of field: String) -> String { field.isEmpty ? path : path + "." + field }

    /// Where a field was written; the value's own position when the field was not written at all.
    func position(of field: String = "") -> Position? {
        positions.byPath[path(of: field)] ?? positions.byPath[path]
    }

    /// "at claims.yaml:14:5", or "in the built-in model".
    func placeDescription(of field: String = "") -> String {
        guard let position = position(of: field) else { return "in the built-in model" }
        return "at \(positions.file):\(position.line):\(position.column)"
    }

    /// Whether a field, or the list item or mapping it is in (`targets[2]`, `sources[0]` of
    /// `sources[0].source`), could not be read: what it holds is then a stand-in, not to be checked.
    func isUnread(_ field: String) -> Bool {
        guard !positions.unread.isEmpty else { return false }
        var field = Substring(field)
        while !field.isEmpty {
            if positions.unread.contains(path(of: String(field))) { return true }
            guard let end = field.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            field = field[..<end]
        }
        return false
    }

    /// Whether a field or anything in it (an item of its list) could not be read.
    func hasUnread(in field: String) -> Bool {
        guard !positions.unread.isEmpty else { return false }
        if isUnread(field) { return true }
        let inside = path(of: field)
        return positions.unread.contains { $0.hasPrefix(inside + "[") || $0.hasPrefix(inside + ".") }
    }

    /// An error at one of the value's fields.
    func error(_ field: String, _ message: String) -> ModelFileError {
        let position = self.position(of: field) ?? .start
        return ModelFileError(
            file: positions.file, line: position.line, column: position.column, field: path(of: field), message: message)
    }
}

/// An entry of the model by its kind and id, to tell which ids a model file defines.
enum EntryID: Hashable, Sendable {
    case unit(String)
    case measure(String)
    case act(String)
    case source(String)
    case actor(String)
    case event(String)
    case claim(Int)
    case statement(Int)

    /// "claim", as messages name the kind.
    var kindName: String {
        switch self {
        case .unit: "unit"
        case .measure: "measure"
        case .act: "act"
        case .source: "source"
        case .actor: "actor"
        case .event: "event"
        case .claim: "claim"
        case .statement: "statement"
        }
    }

    /// The id as messages show it: a text id in quotes, a number as it is.
    var quoted: String {
        switch self {
        case .unit(let id), .measure(let id), .act(let id), .source(let id), .actor(let id), .event(let id):
            "\"\(id)\""
        case .claim(let id), .statement(let id): "\(id)"
        }
    }
}

/// What one model file holds, each entry with where it was written, before files are merged.
struct ModelFileContents {
    let file: String
    /// Set only when the file says which CAMEO version its acts' codes come from.
    var cameoVersion: Located<String>?
    var units: [Located<Unit>] = []
    var measures: [Located<Measure>] = []
    var acts: [Located<Act>] = []
    var sources: [Located<Source>] = []
    var actors: [Located<Actor>] = []
    var events: [Located<Event>] = []
    var claims: [Located<Claim>] = []
    var statements: [Located<Statement>] = []
    /// Entries that were written but had errors: they are left out, and references to them are
    /// not reported a second time as references to nothing.
    var unreadable: Set<EntryID> = []
    /// What could be read of those entries, to check them for their other errors.
    var partial = PartialEntries()
    /// False when the file could not be read at all, so that nothing is known of what it defines.
    var isReadable = true
    /// A store's rows, kept as columns beside its entries.
    var rows: StoredRows?

    init(file: String) {
        self.file = file
    }

    /// The built-in model as if read from a file, so that it merges like any other.
    init(builtin model: ConflictModel) {
        self.init(model, file: ModelFiles.builtinPath)
    }

    /// A model read whole, not from text (the built-in one, a store), with no line to point at.
    init(_ model: ConflictModel, file: String) {
        self.file = file
        units = Self.locate(model.vocabulary.units, "vocabulary.units")
        measures = Self.locate(model.vocabulary.measures, "vocabulary.measures")
        acts = Self.locate(model.vocabulary.acts, "vocabulary.acts")
        cameoVersion = Located(value: model.vocabulary.cameoVersion, path: "vocabulary.cameo_version", positions: .builtin)
        sources = Self.locate(model.sources, "sources")
        actors = Self.locate(model.actors, "actors")
        events = Self.locate(model.events, "events")
        claims = Self.locate(model.claims, "claims")
        statements = Self.locate(model.statements, "statements")
    }

    /// A store's rows as entries of its own, after the others.
    mutating func makeRowsEntries() {
        guard let rows else { return }
        events += Self.locate((0..<rows.eventCount).map(rows.event), "events", from: events.count)
        claims += Self.locate((0..<rows.claimCount).map(rows.claim), "claims", from: claims.count)
        attach(FilePositions(file: file, byPath: [:]))
        self.rows = nil
    }

    /// How many entries of each kind the file holds: "1 source, 30 actors, ...".
    var countsDescription: String {
        ModelCounts(
            sources: sources.count, actors: actors.count, events: events.count + (rows?.eventCount ?? 0),
            claims: claims.count + (rows?.claimCount ?? 0), statements: statements.count, units: units.count,
            measures: measures.count, acts: acts.count
        ).description
    }

    /// Gives every entry the positions of the file it was read from, once all of them are known.
    mutating func attach(_ positions: FilePositions) {
        cameoVersion?.positions = positions
        Self.attach(positions, to: &units)
        Self.attach(positions, to: &measures)
        Self.attach(positions, to: &acts)
        Self.attach(positions, to: &sources)
        Self.attach(positions, to: &actors)
        Self.attach(positions, to: &events)
        Self.attach(positions, to: &claims)
        Self.attach(positions, to: &statements)
        partial.attach(positions)
    }

    private static func attach<Value>(_ positions: FilePositions, to entries: inout [Located<Value>]) {
        for index in entries.indices { entries[index].positions = positions }
    }

    private static func locate<Value>(_ values: [Value], _ section: String, from first: Int = 0) -> [Located<Value>] {
        values.enumerated().map { Located(value: $1, path: "\(section)[\($0 + first)]", positions: .builtin) }
    }
}
