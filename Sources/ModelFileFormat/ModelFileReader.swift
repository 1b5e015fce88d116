import YAMLReader
import ConflictModel
import ConflictDiagnostics

/// Reads one model file's YAML into the model's values, each with where it was written.
///
/// Every problem is logged and reading goes on, so that one run reports them all; an entry with a
/// problem is left out of the contents, and its id is kept so that references to it are not
/// reported again as references to nothing.
struct ModelFileReader {
    /// The format this reader reads and the writer writes, `conflictq-model: 3` at the top of every file.
    static let formatVersion = 3
    /// Older formats still read as they are: format 2 differs only in naming a claim's as-of date
    /// `date`, and had no `since` and no time of day.
    static let readableFormats: Set<Int> = [2, 3]

    /// What changed since each older format, for the message a file of that format gets.
    static let changesSinceFormat: [Int: String] = [
        1: "later formats declare units (vocabulary.units, with a unit on each measure or claim), give claims a "
            + "stance and source references a role, give reciprocal acts (phone calls, consultations) participants "
            + "instead of a speaker and targets, and call a claim's date as_of; change the first line to "
            + "\"conflictq-model: 3\" and conflictq --check names each place that needs more"
    ]

    static let rootKeys = ["conflictq-model", "vocabulary", "sources", "actors", "events", "claims", "statements"]
    static let vocabularyKeys = ["cameo_version", "units", "measures", "acts"]
    static let unitKeys = ["id", "description", "continues"]
    static let measureKeys = ["id", "description", "unit"]
    static let actKeys = ["id", "label", "verbs", "cameo", "cameo_name", "reciprocal"]
    static let sourceKeys = ["id", "outlet", "date", "title", "wire_inputs", "url"]
    static let sourceRefKeys = ["source", "paragraph", "excerpt", "role"]
    static let actorKeys = ["id", "name", "aliases", "kind", "role", "represents", "part_of", "note", "sources"]
    static let eventKeys = [
        "id", "name", "kind", "initiators", "targets", "sides", "date", "date_end", "date_note", "place", "country",
        "coordinates", "place_precision", "category", "subcategory", "part_of", "status", "alleged_by", "record",
        "sources",
    ]
    static let claimKeys = [
        "id", "event", "measure", "counted", "unit", "party", "value", "qualifier", "interval", "claimant", "stance",
        "as_of", "since", "running_total", "note", "part_of", "sources",
    ]
    static let formatTwoClaimKeys = claimKeys.filter { $0 != "since" }.map { $0 == "as_of" ? "date" : $0 }
    static let statementKeys = [
        "id", "speaker", "represents", "act", "targets", "participants", "subjects", "content", "channel", "mode",
        "quote", "answers", "date", "reported_by", "cameo", "record", "sources",
    ]

    private let log: ReadingLog
    private var contents: ModelFileContents
    /// The file's format, once its first line is read; the current one when it cannot be.
    private var format = formatVersion
    /// Where each id of an actor, event, claim or statement was first given in this file, and
    /// where it was first given by an entry without errors.
    private var idPlaces: [EntryID: (first: Position, firstWithoutErrors: Position?)] = [:]

    /// The file's contents and every error found in them. With `notesPositions`, the contents know
    /// where each of their values was written, for errors that later checks find.
    static func read(_ root: YAMLNode?, file: String, notesPositions: Bool = true, expectedValues: Int = 0)
        -> (contents: ModelFileContents, errors: [ModelFileError])
    {
        var reader = ModelFileReader(file: file, notesPositions: notesPositions, expectedValues: expectedValues)
        reader.readRoot(root)
        reader.contents.attach(FilePositions(file: file, byPath: reader.log.positions, unread: reader.log.unread))
        return (reader.contents, reader.log.errors)
    }

    private init(file: String, notesPositions: Bool, expectedValues: Int) {
        log = ReadingLog(file: file, notesPositions: notesPositions, expectedValues: expectedValues)
        contents = ModelFileContents(file: file)
    }

    // MARK: - The file

    private mutating func readRoot(_ root: YAMLNode?) {
        guard let root else {
            log.error(at: .start, "", "the file is empty; a model file starts with \"conflictq-model: \(Self.formatVersion)\"")
            contents.isReadable = false
            return
        }
        guard let fields = Fields(root, path: "", what: "a model file", keys: Self.rootKeys, log: log) else {
            contents.isReadable = false
            return
        }
        format = readVersion(fields)
        if let vocabulary = fields.value("vocabulary") { readVocabulary(vocabulary) }
        for (node, path) in fields.list("sources") { readSource(node, path) }
        for (node, path) in fields.list("actors") { readActor(node, path) }
        for (node, path) in fields.list("events") { readEvent(node, path) }
        // Room for every claim and statement at once: grown by doubling, the arrays of a large file
        // held up to twice the memory its entries need.
        let claims = fields.list("claims")
        contents.claims.reserveCapacity(claims.count)
        for (node, path) in claims { readClaim(node, path) }
        let statements = fields.list("statements")
        contents.statements.reserveCapacity(statements.count)
        for (node, path) in statements { readStatement(node, path) }
    }

    /// The version comes first and is required, so that a later format can change anything else.
    private func readVersion(_ fields: Fields) -> Int {
        let key = "conflictq-model"
        guard let node = fields.value(key) else {
            log.error(at: fields.position, "", "missing \"\(key): \(Self.formatVersion)\"; a model file starts with it")
            return Self.formatVersion
        }
        guard let version = fields.wholeNumber(key) else { return Self.formatVersion }
        if let changes = Self.changesSinceFormat[version] {
            log.error(at: node, key, "this file is in format \(version), which this conflictq no longer reads: \(changes)")
        } else if !Self.readableFormats.contains(version) {
            let versions = Self.readableFormats.sorted().map(String.init).joined(separator: " and ")
            log.error(at: node, key, "unsupported format version \(version); this conflictq reads versions \(versions)")
            return Self.formatVersion
        }
        return version
    }

    // MARK: - Vocabulary

    private mutating func readVocabulary(_ node: YAMLNode) {
        guard let fields = Fields(node, path: "vocabulary", what: "the vocabulary", keys: Self.vocabularyKeys, log: log)
        else { return }
        if let version = fields.string("cameo_version") {
            contents.cameoVersion = Located(value: version, path: fields.path(of: "cameo_version"), positions: .builtin)
        }
        for (node, path) in fields.list("units") { readUnit(node, path) }
        for (node, path) in fields.list("measures") { readMeasure(node, path) }
        for (node, path) in fields.list("acts") { readAct(node, path) }
    }

    private mutating func readUnit(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "a unit", keys: Self.unitKeys, log: log) else { return }
        let id = fields.string("id", required: true)
        let description = fields.string("description", required: true)
        let continues = fields.string("continues")
        let unit = Unit(id: id ?? "", description: description ?? "", continues: continues)
        keep(unit, path, id.map(EntryID.unit), complete: log.errorCount == start, in: \.units, or: \.units)
    }

    private mutating func readMeasure(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "a measure", keys: Self.measureKeys, log: log) else { return }
        let id = fields.string("id", required: true)
        let description = fields.string("description", required: true)
        let unit = fields.string("unit")
        let measure = Measure(id: id ?? "", description: description ?? "", unit: unit)
        keep(measure, path, id.map(EntryID.measure), complete: log.errorCount == start, in: \.measures, or: \.measures)
    }

    private mutating func readAct(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "an act", keys: Self.actKeys, log: log) else { return }
        let id = fields.string("id", required: true)
        let label = fields.string("label", required: true)
        let verbs = fields.strings("verbs", required: true)
        let cameo = fields.cameoCode("cameo", required: true)
        let cameoName = fields.string("cameo_name", required: true)
        let reciprocal = fields.bool("reciprocal") ?? false
        guard let id, let label, let cameo, let cameoName, log.errorCount == start else {
            return unreadable(id.map(EntryID.act))
        }
        let act = Act(id: id, label: label, verbs: verbs, cameo: cameo, cameoName: cameoName, reciprocal: reciprocal)
        contents.acts.append(locate(act, path))
    }

    // MARK: - Sources

    private mutating func readSource(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "a source", keys: Self.sourceKeys, log: log) else { return }
        let id = fields.string("id", required: true)
        let outlet = fields.string("outlet", required: true)
        let date = fields.date("date", required: true)
        let title = fields.string("title", required: true)
        let wireInputs = fields.strings("wire_inputs")
        let url = fields.string("url")
        guard let id, let outlet, let date, let title, log.errorCount == start else {
            return unreadable(id.map(EntryID.source))
        }
        let source = Source(id: id, outlet: outlet, date: date, title: title, wireInputs: wireInputs, url: url)
        contents.sources.append(locate(source, path))
    }

    /// `sources: [{source, paragraph, excerpt}, ...]`: where in which report a fact was read. A
    /// reference with errors keeps its place in the list, with stand-ins for what could not be
    /// read, so that the entry it is in is still checked for its other errors; such an entry is
    /// never part of a model.
    private func readSourceRefs(_ fields: Fields) -> [SourceRef] {
        fields.list("sources").map { node, path in
            guard let ref = Fields(node, path: path, what: "a source reference", keys: Self.sourceRefKeys, log: log)
            else { return SourceRef(source: "", paragraph: 0, excerpt: "") }
            let source = ref.string("source", required: true)
            let paragraph = ref.wholeNumber("paragraph", required: true)
            let excerpt = ref.string("excerpt", required: true)
            let role = ref.choice("role", "source role", default: SourceRef.Role.reported)
            if let paragraph, paragraph < 0, let node = ref.value("paragraph") {
                log.error(
                    at: node, ref.path(of: "paragraph"),
                    "paragraph \(paragraph) is negative; paragraph 0 is the headline, 1 the body's first paragraph")
            }
            return SourceRef(source: source ?? "", paragraph: paragraph ?? 0, excerpt: excerpt ?? "", role: role ?? .reported)
        }
    }

    // MARK: - Actors and events

    private mutating func readActor(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "an actor", keys: Self.actorKeys, log: log) else { return }
        let id = fields.string("id", required: true)
        let name = fields.string("name", required: true)
        let aliases = fields.strings("aliases")
        let kind: Actor.Kind? = fields.choice("kind", "actor kind")
        let role = fields.string("role")
        let represents = fields.string("represents")
        let partOf = fields.string("part_of")
        let note = fields.string("note")
        let sources = readSourceRefs(fields)
        let actor = Actor(
            id: id ?? "", name: name ?? "", aliases: aliases, kind: kind ?? .person, role: role, represents: represents,
            partOf: partOf, note: note, sources: sources)
        keep(actor, path, id.map(EntryID.actor), complete: log.errorCount == start, idNode: fields.value("id"),
             in: \.actors, or: \.actors)
    }

    private mutating func readEvent(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "an event", keys: Self.eventKeys, log: log) else { return }
        let id = fields.string("id", required: true)
        let name = fields.string("name", required: true)
        let kind: Event.Kind? = fields.choice("kind", "event kind")
        let initiators = fields.strings("initiators")
        let targets = fields.strings("targets")
        let sides = fields.strings("sides")
        let date = fields.date("date")
        let dateNote = fields.string("date_note")
        let place = fields.string("place")
        let partOf = fields.string("part_of")
        let status = fields.choice("status", "event status", default: Event.Status.asserted)
        let allegedBy = fields.string("alleged_by")
        let dateEnd = fields.date("date_end")
        let country = fields.string("country")
        let coordinates = DataRecordReader.coordinates(fields, log: log)
        let placePrecision = fields.string("place_precision")
        let category = fields.string("category")
        let subcategory = fields.string("subcategory")
        let record = DataRecordReader.record(fields, log: log)
        let sources = readSourceRefs(fields)
        if status == .asserted, allegedBy != nil, let node = fields.value("alleged_by") {
            log.error(at: node, fields.path(of: "alleged_by"), "only an alleged event has alleged_by; add \"status: alleged\"")
        }
        if let dateEnd, let node = fields.value("date_end") {
            if let date, dateEnd.lastDay < date.firstDay {
                log.error(at: node, fields.path(of: "date_end"), "the date range ends (\(dateEnd)) before it starts (\(date))")
            } else if date == nil {
                log.error(at: node, fields.path(of: "date_end"), "a date range needs its first day too; add \"date\"")
            }
        }
        let event = Event(
            id: id ?? "", name: name ?? "", kind: kind ?? .other, initiators: initiators, targets: targets, date: date,
            dateNote: dateNote, place: place, partOf: partOf, status: status ?? .asserted, allegedBy: allegedBy,
            sources: sources, dateEnd: dateEnd, country: country, coordinates: coordinates, placePrecision: placePrecision,
            category: category, subcategory: subcategory, sides: sides, record: record)
        keep(event, path, id.map(EntryID.event), complete: log.errorCount == start, idNode: fields.value("id"),
             in: \.events, or: \.events)
    }

    // MARK: - Claims and statements

    private mutating func readClaim(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        let keys = format == 2 ? Self.formatTwoClaimKeys : Self.claimKeys
        guard let fields = Fields(node, path: path, what: "a claim", keys: keys, log: log) else { return }
        let id = readNumberID(fields, "claim")
        let event = fields.string("event")
        let measure = fields.string("measure", required: true)
        let counted = fields.string("counted", required: true)
        // Left empty when not given: the measure's own unit fills it in once the vocabulary is known.
        let unit = fields.string("unit") ?? ""
        let party = fields.string("party")
        let quantity = readQuantity(fields)
        let claimant = fields.string("claimant", required: true)
        let stance = fields.choice("stance", "claim stance", default: Claim.Stance.asserted)
        let asOf = fields.date(format == 2 ? "date" : "as_of")
        let since = fields.date("since")
        let runningTotal = fields.bool("running_total") ?? false
        let note = fields.string("note")
        let partOf = fields.wholeNumber("part_of")
        let sources = readSourceRefs(fields)
        if let since, let asOf, asOf.lastDay < since.firstDay, let node = fields.value("since") {
            log.error(at: node, fields.path(of: "since"), "since \(since) is after the as-of date \(asOf): a period ends after it begins")
        }
        let claim = Claim(
            id: id ?? 0, event: event, measure: measure ?? "", counted: counted ?? "", unit: unit, party: party,
            quantity: quantity ?? Quantity(0), claimant: claimant ?? "", stance: stance ?? .asserted, asOf: asOf,
            since: since, runningTotal: runningTotal, note: note, sources: sources, partOf: partOf)
        keep(claim, path, id.map(EntryID.claim), complete: log.errorCount == start, idNode: fields.value("id"),
             in: \.claims, or: \.claims)
    }

    /// `value`, `qualifier` and `interval`: the figure, how exact the report says it is, and the
    /// values it allows when they are not the ones the qualifier means by default.
    private func readQuantity(_ fields: Fields) -> Quantity? {
        let value = fields.number("value", required: true)
        let qualifier = fields.choice("qualifier", "qualifier", default: Qualifier.exact)
        if let value, value < 0, let node = fields.value("value") {
            log.error(
                at: node, fields.path(of: "value"),
                "the value \(Quantity.format(value)) is negative; a figure counts things, so it is 0 or more")
            return nil
        }
        guard let interval = fields.value("interval") else {
            return value.flatMap { value in qualifier.map { Quantity(value, $0) } }
        }
        let path = fields.path(of: "interval")
        guard case .sequence(let bounds, _) = interval, bounds.count == 2 else {
            log.error(
                at: interval, path,
                "expected an interval as [low, high] (high may be null: no upper bound), found \(interval.kindDescription)")
            return nil
        }
        let low = log.number(bounds[0], path + "[0]")
        let high: Double?? = bounds[1].isNull ? .some(nil) : log.number(bounds[1], path + "[1]").map { .some($0) }
        guard let value, let qualifier, let low, let high else { return nil }
        if let contradiction = Quantity.contradiction(value: value, qualifier: qualifier, low: low, high: high) {
            log.error(at: interval, path, contradiction)
            return nil
        }
        return Quantity(value, qualifier, low: low, high: high)
    }

    private mutating func readStatement(_ node: YAMLNode, _ path: String) {
        let start = log.errorCount
        guard let fields = Fields(node, path: path, what: "a statement", keys: Self.statementKeys, log: log) else {
            return
        }
        let id = readNumberID(fields, "statement")
        // Required unless the act is reciprocal, which only the vocabulary knows: checked with it.
        let speaker = fields.string("speaker")
        let represents = fields.string("represents")
        let act = fields.string("act", required: true)
        let targets = fields.strings("targets")
        let participants = fields.strings("participants")
        let subjects = fields.strings("subjects")
        let content = fields.string("content")
        let channel = fields.string("channel")
        let mode = fields.choice("mode", "statement mode", default: Statement.Mode.done)
        let quote = fields.string("quote")
        let answers = fields.wholeNumber("answers")
        let date = fields.date("date")
        let reportedBy = fields.string("reported_by")
        let cameo = fields.cameoCode("cameo")
        let record = DataRecordReader.record(fields, log: log)
        let sources = readSourceRefs(fields)
        let statement = Statement(
            id: id ?? 0, speaker: speaker, represents: represents, act: act ?? "", targets: targets,
            participants: participants, subjects: subjects, content: content, channel: channel, mode: mode ?? .done,
            date: date, quote: quote, answers: answers, reportedBy: reportedBy, cameo: cameo, sources: sources,
            record: record)
        keep(statement, path, id.map(EntryID.statement), complete: log.errorCount == start, idNode: fields.value("id"),
             in: \.statements, or: \.statements)
    }

    /// Claims and statements are numbered from 1, so that `show claim 3` names one.
    private func readNumberID(_ fields: Fields, _ kind: String) -> Int? {
        guard let id = fields.wholeNumber("id", required: true) else { return nil }
        if id < 1, let node = fields.value("id") {
            log.error(at: node, fields.path(of: "id"), "\(kind) ids are whole numbers from 1 up; found \(id)")
        }
        return id
    }

    // MARK: - Helpers

    /// Positions are attached when the whole file has been read.
    private func locate<Value>(_ value: Value, _ path: String) -> Located<Value> {
        Located(value: value, path: path, positions: .builtin)
    }

    private mutating func unreadable(_ id: EntryID?) {
        if let id { contents.unreadable.insert(id) }
    }

    /// An entry read without errors goes into the contents. One with errors is left out of them
    /// (its id, when it could be read, is still known, so that references to it are not reported
    /// as references to nothing) and kept among the partial entries, to be checked for the rest.
    private mutating func keep<Value>(
        _ value: Value, _ path: String, _ id: EntryID?, complete: Bool, idNode: YAMLNode? = nil,
        in entries: WritableKeyPath<ModelFileContents, [Located<Value>]>,
        or partial: WritableKeyPath<PartialEntries, [Located<Value>]>
    ) {
        // A file with an entry with errors is always read a second time, noting positions, before
        // any error is shown: only that reading looks for ids given twice, so that reading a good
        // file does not pay for remembering every id.
        if log.notesPositions, let id, let idNode { checkNotGivenBefore(id, at: idNode, path + ".id", complete: complete) }
        if complete {
            contents[keyPath: entries].append(locate(value, path))
        } else {
            unreadable(id)
            contents.partial[keyPath: partial].append(locate(value, path))
        }
    }

    /// An id given twice in one file is an error. Merging finds it when both entries were read
    /// without errors; it never sees an entry with errors, so that case is found here, once per
    /// later entry.
    private mutating func checkNotGivenBefore(_ id: EntryID, at node: YAMLNode, _ field: String, complete: Bool) {
        guard let earlier = idPlaces[id] else {
            idPlaces[id] = (node.position, complete ? node.position : nil)
            return
        }
        if complete && earlier.firstWithoutErrors == nil { idPlaces[id]?.firstWithoutErrors = node.position }
        if complete && earlier.firstWithoutErrors != nil { return }
        log.error(
            at: node, field,
            "duplicate \(id.kindName) id \(id.quoted): also defined at \(log.file):\(earlier.first.line):\(earlier.first.column)")
    }
}
