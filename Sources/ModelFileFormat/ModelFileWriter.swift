import ConflictModel
/// Writes a model as a model file that a person can read, edit and diff: a commented header, the
/// sections in a fixed order, each entry's keys in a fixed order, optional keys only when set, and
/// strings quoted only where YAML would misread them.
///
/// Hand-written rather than built on a YAML emitter, so that the layout (comments, blank lines
/// between entries, short lists on one line) stays the same from one version to the next.
struct ModelFileWriter {
    private var lines: [String] = []
    /// The comments to write above an entry, by its section and id: a draft's review marks.
    private var comments: (_ section: String, _ id: String) -> [String] = { _, _ in [] }

    /// `header` replaces the usual opening comment; `comments` gives lines to write, as comments,
    /// above an entry.
    static func write(
        _ model: ConflictModel, header: [String]? = nil,
        comments: @escaping (_ section: String, _ id: String) -> [String] = { _, _ in [] }
    ) -> String {
        var writer = ModelFileWriter()
        writer.comments = comments
        var measureUnits: [String: String] = [:]
        for measure in model.vocabulary.measures { measureUnits[measure.id] = measure.unit }
        writer.writeHeader(header)
        writer.writeVocabulary(model.vocabulary)
        writer.writeSection(
            "sources", model.sources,
            comment: [
                "The reports that facts are taken from. Every fact cites one as {source, paragraph, excerpt}:",
                "paragraph 0 is the headline, then the body's paragraphs in order, a quoted paragraph counting",
                "as one.",
            ], fields: sourceFields)
        writer.writeSection(
            "actors", model.actors,
            comment: [
                "Who acts, speaks or is counted. kind: \(names(Actor.Kind.self)).",
                "represents and part_of name another actor: the body it speaks for, the larger one it belongs to.",
            ], fields: actorFields)
        writer.writeSection(
            "events", model.events,
            comment: [
                "What happened, or is said to have happened. kind: \(names(Event.Kind.self)).",
                "status: asserted (the default) or alleged, with alleged_by: the actor who alleges it.",
            ], fields: eventFields)
        writer.writeSection(
            "claims", model.claims,
            comment: [
                "Every figure is somebody's claim. qualifier: \(names(Qualifier.self)).",
                "unit: a unit of the vocabulary, left out where it is the measure's own. stance: \(names(Claim.Stance.self))",
                "(asserted is the default). A source's role: reported (the default) or restated, for an outlet's",
                "own rounding or summary of the claimant's figure.",
                "interval: [low, high] is written only where it differs from the one the qualifier means;",
                "a null high end means no upper bound. as_of: when the figure holds, a date with the time of",
                "day if the report gives one, not when it was published. running_total: true for a total",
                "\"so far\" as of then, revised by later ones and never added to them; since: the first day it covers.",
            ], fields: { claimFields($0, measureUnits: measureUnits) })
        writer.writeSection(
            "statements", model.statements,
            comment: [
                "Verbal and diplomatic acts. act: an act of the vocabulary. A reciprocal act (a call, a",
                "consultation) lists participants instead of a speaker and targets. subjects: whom it is about;",
                "content: what it alleges, demands or offers.",
                "mode: \(names(Statement.Mode.self)) (done is the default). answers: the id of the statement",
                "this one answers. cameo: a CAMEO code of its own, when the act's is too coarse.",
            ], fields: statementFields)
        return writer.lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Layout

    private mutating func writeHeader(_ header: [String]?) {
        if let header {
            lines += header.map { "# " + $0 } + ["conflictq-model: \(ModelFileReader.formatVersion)"]
            return
        }
        lines += [
            "# A conflictq model file, format \(ModelFileReader.formatVersion): the vocabulary, sources, actors, events, claims and statements",
            "# of a conflict, as named sources report them. Check it with `conflictq --check FILE`; load it",
            "# with `conflictq --model FILE`. Every key is described in Schema/conflictq-model.schema.json.",
            "# Entries refer to each other by id; ids may also be defined in other files loaded with this one.",
            "conflictq-model: \(ModelFileReader.formatVersion)",
        ]
    }

    private mutating func writeVocabulary(_ vocabulary: Vocabulary) {
        lines += [
            "",
            "# The words the model uses: units (what figures count in), measures (what happened to what was",
            "# counted) and acts (kinds of statement, with the phrases a query uses for them and their CAMEO",
            "# event codes).",
            "vocabulary:",
            "  cameo_version: " + YAMLText.string(vocabulary.cameoVersion),
        ]
        writeList("units", vocabulary.units, indent: "  ", spaced: false, fields: Self.unitFields)
        writeList("measures", vocabulary.measures, indent: "  ", spaced: false, fields: Self.measureFields)
        writeList("acts", vocabulary.acts, indent: "  ", spaced: true, fields: Self.actFields)
    }

    private mutating func writeSection<Value>(
        _ key: String, _ entries: [Value], comment: [String], fields: (Value) -> Entry
    ) {
        lines.append("")
        lines += comment.map { "# " + $0 }
        writeList(key, entries, indent: "", spaced: true, fields: fields)
    }

    /// `key:` and its entries as `- ` blocks, or `key: []` when there are none.
    private mutating func writeList<Value>(
        _ key: String, _ entries: [Value], indent: String, spaced: Bool, fields: (Value) -> Entry
    ) {
        guard !entries.isEmpty else {
            lines.append(indent + key + ": []")
            return
        }
        lines.append(indent + key + ":")
        for (index, value) in entries.enumerated() {
            if spaced && index > 0 { lines.append("") }
            let entry = fields(value)
            if let id = entry.fields.first(where: { $0.0 == "id" })?.1 {
                lines += comments(key, id).map { indent + "  # " + $0 }
            }
            writeEntry(entry, indent: indent + "  ")
        }
    }

    /// One entry: its set keys, then its source references as nested blocks.
    private mutating func writeEntry(_ entry: Entry, indent: String) {
        var first = true
        func prefix() -> String {
            defer { first = false }
            return first ? indent + "- " : indent + "  "
        }
        for (key, value) in entry.fields {
            guard let value else { continue }
            lines.append(prefix() + key + ": " + value)
        }
        if let record = entry.record { writeRecord(record, prefix: prefix(), indent: indent + "    ") }
        guard !entry.sources.isEmpty else { return }
        lines.append(prefix() + "sources:")
        for ref in entry.sources {
            lines += [
                indent + "    - source: " + YAMLText.string(ref.source),
                indent + "      paragraph: \(ref.paragraph)",
                indent + "      excerpt: " + YAMLText.string(ref.excerpt),
            ]
            if ref.role != .reported { lines.append(indent + "      role: " + ref.role.rawValue) }
        }
    }

    /// An imported entry's data set row, its kept columns last, one a line.
    private mutating func writeRecord(_ record: DataRecord, prefix: String, indent: String) {
        lines.append(prefix + "record:")
        let keys: [(String, String?)] = [
            ("dataset", YAMLText.string(record.dataset)), ("release", record.release.map(YAMLText.quoted)),
            ("id", YAMLText.quoted(record.id)), ("file", record.file.map(YAMLText.string)), ("line", record.line.map { "\($0)" }),
        ]
        for (key, value) in keys { if let value { lines.append(indent + key + ": " + value) } }
        guard !record.columns.isEmpty else { return }
        lines.append(indent + "columns:")
        for column in record.columns {
            lines.append(indent + "  " + column.name + ": " + (column.value.isEmpty ? "\"\"" : YAMLText.string(column.value)))
        }
    }

    // MARK: - Entries

    /// An entry's keys in the order they are written, each with its YAML text or nil to leave it out.
    private struct Entry {
        var fields: [(String, String?)]
        var record: DataRecord? = nil
        var sources: [SourceRef] = []
    }

    private static func unitFields(_ unit: Unit) -> Entry {
        Entry(fields: [("id", text(unit.id)), ("description", text(unit.description)), ("continues", text(unit.continues))])
    }

    private static func measureFields(_ measure: Measure) -> Entry {
        Entry(fields: [("id", text(measure.id)), ("description", text(measure.description)), ("unit", text(measure.unit))])
    }

    private static func actFields(_ act: Act) -> Entry {
        Entry(fields: [
            ("id", text(act.id)), ("label", text(act.label)), ("verbs", YAMLText.list(act.verbs)),
            ("cameo", YAMLText.quoted(act.cameo)), ("cameo_name", text(act.cameoName)),
            ("reciprocal", act.reciprocal ? "true" : nil),
        ])
    }

    private static func sourceFields(_ source: Source) -> Entry {
        Entry(fields: [
            ("id", text(source.id)), ("outlet", text(source.outlet)), ("date", date(source.date)),
            ("title", text(source.title)), ("wire_inputs", list(source.wireInputs)), ("url", text(source.url)),
        ])
    }

    private static func actorFields(_ actor: Actor) -> Entry {
        Entry(
            fields: [
                ("id", text(actor.id)), ("name", text(actor.name)), ("aliases", list(actor.aliases)),
                ("kind", text(actor.kind.rawValue)), ("role", text(actor.role)), ("represents", text(actor.represents)),
                ("part_of", text(actor.partOf)), ("note", text(actor.note)),
            ], sources: actor.sources)
    }

    private static func eventFields(_ event: Event) -> Entry {
        Entry(
            fields: [
                ("id", text(event.id)), ("name", text(event.name)), ("kind", text(event.kind.rawValue)),
                ("initiators", list(event.initiators)), ("targets", list(event.targets)), ("sides", list(event.sides)),
                ("date", date(event.date)),
                ("date_end", date(event.dateEnd)), ("date_note", text(event.dateNote)), ("place", text(event.place)),
                ("country", text(event.country)),
                ("coordinates", event.coordinates.map { "[\(YAMLText.number($0.latitude)), \(YAMLText.number($0.longitude))]" }),
                ("place_precision", text(event.placePrecision)), ("category", text(event.category)),
                ("subcategory", text(event.subcategory)), ("part_of", text(event.partOf)),
                ("status", event.status == .asserted ? nil : text(event.status.rawValue)),
                ("alleged_by", text(event.allegedBy)),
            ], record: event.record, sources: event.sources)
    }

    /// The unit is written only where the measure's own would not give it, as a person writes it.
    private static func claimFields(_ claim: Claim, measureUnits: [String: String]) -> Entry {
        let quantity = claim.quantity
        let usual = Quantity.defaultInterval(value: quantity.value, qualifier: quantity.qualifier)
        let interval =
            usual.low == quantity.low && usual.high == quantity.high
            ? nil : "[\(YAMLText.number(quantity.low)), \(quantity.high.map(YAMLText.number) ?? "null")]"
        return Entry(
            fields: [
                ("id", "\(claim.id)"), ("event", text(claim.event)), ("measure", text(claim.measure)),
                ("counted", text(claim.counted)),
                ("unit", measureUnits[claim.measure] == claim.unit ? nil : text(claim.unit)),
                ("party", text(claim.party)),
                ("value", YAMLText.number(quantity.value)), ("qualifier", text(quantity.qualifier.rawValue)),
                ("interval", interval), ("claimant", text(claim.claimant)),
                ("stance", claim.stance == .asserted ? nil : text(claim.stance.rawValue)), ("as_of", date(claim.asOf)),
                ("since", date(claim.since)),
                ("running_total", claim.runningTotal ? "true" : nil), ("note", text(claim.note)),
                ("part_of", claim.partOf.map { "\($0)" }),
            ], sources: claim.sources)
    }

    private static func statementFields(_ statement: Statement) -> Entry {
        Entry(
            fields: [
                ("id", "\(statement.id)"), ("speaker", text(statement.speaker)),
                ("represents", text(statement.represents)), ("act", text(statement.act)),
                ("targets", list(statement.targets)), ("participants", list(statement.participants)),
                ("subjects", list(statement.subjects)), ("content", text(statement.content)),
                ("channel", text(statement.channel)),
                ("mode", statement.mode == .done ? nil : text(statement.mode.rawValue)),
                ("quote", text(statement.quote)), ("answers", statement.answers.map { "\($0)" }),
                ("date", date(statement.date)), ("reported_by", text(statement.reportedBy)),
                ("cameo", statement.cameo.map(YAMLText.quoted)),
            ], record: statement.record, sources: statement.sources)
    }

    // MARK: - Values

    private static func text(_ text: String?) -> String? { text.map(YAMLText.string) }

    /// Quoted, so that YAML readers that know timestamps keep the date as the text it is.
    private static func date(_ date: PartialDate?) -> String? { date.map { YAMLText.quoted($0.description) } }

    private static func list(_ items: [String]) -> String? { items.isEmpty ? nil : YAMLText.list(items) }

    private static func names<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) -> String
    where Choice.RawValue == String {
        Choice.allCases.map(\.rawValue).joined(separator: ", ")
    }
}
