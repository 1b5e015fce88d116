import ConflictModel

/// A model kept as bytes rather than text: what `conflictq import` writes to a file named
/// `*.cqstore`, for data sets too large for a model file. It holds the same entries a model file
/// would. A data set's rows (its events, each with its record, and their figures) are kept as
/// columns that are read where they lie (`StoredRows`), so that opening a million rows maps the
/// file rather than making every event; the rest is entries, read and checked as a file's are.
///
/// The layout (all numbers little-endian; a "number" is an unsigned LEB128 varint, a signed one
/// zigzag-coded):
///
///     "CQSTORE" 0x02                     magic and format version
///     8 counts of 8 bytes                texts, text bytes, entry bytes, stored events, stored
///                                        claims, actor ids, source references, record columns
///     (texts + 1) offsets of 8 bytes     where each text starts in the text bytes, then their end
///     the text bytes                     UTF-8; every text the store holds is one of these
///     the entries                        vocabulary, sources, actors, events, claims, statements,
///                                        in the order ModelStore.write takes them, then the ids
///                                        the rows name: actors, events, sources, claimants
///     the columns                        StoredRows.Layout's, in the order `columnSizes` lists
///
/// Every part starts at a multiple of 8. In the entries a text is written as its place in the
/// table (+1 where it may be absent, 0 meaning none), a figure as the 8 bytes of its IEEE double,
/// a list as its count and items, a date as year, month, day and minutes (each +1, 0 for none).
/// Every read of an entry is checked against the bytes left, and every column against the
/// file's size, so a damaged or cut store is an error naming the byte where reading stopped,
/// never a crash.
public enum ModelStore {
    static let magic: [UInt8] = Array("CQSTORE".utf8) + [2]
    /// The file names that are stores: `ged.cqstore`.
    public static let fileExtension = ".cqstore"
    /// 64 GiB: the size at which a store stops being one machine's to open.
    public static let maximumSize = 64 << 30
    static let countsSize = 8 * 8

    public static func isStore(_ path: String) -> Bool { path.hasSuffix(fileExtension) }

    // MARK: - Writing

    public static func write(_ model: ConflictModel) -> [UInt8] {
        let model = model.materialized()
        let rows = RowSelection(model)
        var body = Writer()
        body.vocabulary(model.vocabulary)
        body.list(model.sources) { w, s in
            w.text(s.id); w.text(s.outlet); w.date(s.date); w.text(s.title); w.texts(s.wireInputs); w.text(s.url)
        }
        body.list(model.actors) { w, a in
            w.text(a.id); w.text(a.name); w.texts(a.aliases); w.text(a.kind.rawValue); w.text(a.role); w.text(a.represents)
            w.text(a.partOf); w.text(a.note); w.refs(a.sources)
        }
        body.list(Array(model.events[..<rows.firstEvent])) { w, e in
            w.text(e.id); w.text(e.name); w.text(e.kind.rawValue); w.texts(e.initiators); w.texts(e.targets); w.date(e.date)
            w.text(e.dateNote); w.text(e.place); w.text(e.partOf); w.text(e.status.rawValue); w.text(e.allegedBy)
            w.refs(e.sources); w.date(e.dateEnd); w.text(e.country); w.coordinates(e.coordinates); w.text(e.placePrecision)
            w.text(e.category); w.text(e.subcategory); w.texts(e.sides); w.record(e.record)
        }
        body.list(Array(model.claims[..<rows.firstClaim])) { w, c in
            w.integer(c.id); w.text(c.event); w.text(c.measure); w.text(c.counted); w.text(c.unit); w.text(c.party)
            w.quantity(c.quantity); w.text(c.claimant); w.text(c.stance.rawValue); w.date(c.asOf); w.date(c.since)
            w.flag(c.runningTotal); w.text(c.note); w.refs(c.sources); w.integer(c.partOf)
        }
        body.list(model.statements) { w, s in
            w.integer(s.id); w.text(s.speaker); w.text(s.represents); w.text(s.act); w.texts(s.targets); w.texts(s.participants)
            w.texts(s.subjects); w.text(s.content); w.text(s.channel); w.text(s.mode.rawValue); w.text(s.quote)
            w.integer(s.answers); w.date(s.date); w.text(s.reportedBy); w.text(s.cameo); w.refs(s.sources); w.record(s.record)
        }
        // What the rows name, each once: what opening the store checks the model holds, without
        // reading the columns.
        let named = RowReferences(model, rows)
        for ids in [named.actors, named.events, named.sources, named.claimants] { body.texts(ids) }
        let columns = ColumnWriter(model, rows, texts: &body)
        var file = magic
        let textBytes = body.texts.reduce(0) { $0 + $1.utf8.count }
        for count in [body.texts.count, textBytes, body.bytes.count, columns.events, columns.claims] + columns.poolCounts {
            append(UInt64(count), to: &file)
        }
        var offset = 0
        for text in body.texts {
            append(UInt64(offset), to: &file)
            offset += text.utf8.count
        }
        append(UInt64(offset), to: &file)
        for text in body.texts { file += text.utf8 }
        pad(&file)
        file += body.bytes
        pad(&file)
        columns.append(to: &file)
        return file
    }

    static func append<Number: FixedWidthInteger>(_ number: Number, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    static func pad(_ bytes: inout [UInt8]) {
        bytes += [UInt8](repeating: 0, count: (8 - bytes.count % 8) % 8)
    }

    /// The ids a model's rows name, each once, sorted.
    struct RowReferences {
        let actors: [String], events: [String], sources: [String], claimants: [String]

        init(_ model: ConflictModel, _ rows: RowSelection) {
            var actors: Set<String> = [], events: Set<String> = [], sources: Set<String> = [], claimants: Set<String> = []
            for event in model.events[rows.firstEvent...] {
                actors.formUnion(event.initiators + event.targets + event.sides + [event.allegedBy].compactMap { $0 })
                if let whole = event.partOf { events.insert(whole) }
                sources.formUnion(event.sources.map(\.source))
            }
            for claim in model.claims[rows.firstClaim...] {
                actors.insert(claim.claimant)
                claimants.insert(claim.claimant)
                if let party = claim.party { actors.insert(party) }
                sources.formUnion(claim.sources.map(\.source))
            }
            (self.actors, self.events, self.sources, self.claimants) = (actors.sorted(), events.sorted(), sources.sorted(), claimants.sorted())
        }
    }

    /// Which of a model's events and claims are stored as columns: the events at its end that are
    /// a data set's rows (each with its record; not a conflict, which the rows are part of), and
    /// the claims at its end that are about them, in their order, none a running total. What
    /// comes before stays entries, so that the store reads back in the order it was given.
    struct RowSelection {
        let firstEvent: Int
        let firstClaim: Int

        init(_ model: ConflictModel) {
            var firstEvent = model.events.count
            while firstEvent > 0, model.events[firstEvent - 1].record != nil, model.events[firstEvent - 1].kind != .conflict {
                firstEvent -= 1
            }
            var position: [String: Int] = [:]
            for index in firstEvent..<model.events.count { position[model.events[index].id] = index - firstEvent }
            // Kept once only: an id given twice is the checks' to report, as entries.
            if position.count != model.events.count - firstEvent { firstEvent = model.events.count; position = [:] }
            var firstClaim = model.claims.count
            var next = Int.max
            while firstClaim > 0 {
                let claim = model.claims[firstClaim - 1]
                guard !claim.runningTotal, let event = claim.event.flatMap({ position[$0] }), event <= next else { break }
                next = event
                firstClaim -= 1
            }
            self.firstEvent = firstEvent
            self.firstClaim = firstClaim
        }
    }

    /// Writes values as the layout above says.
    struct Writer {
        var bytes: [UInt8] = []
        private(set) var texts: [String] = []
        private var place: [String: Int] = [:]

        mutating func number(_ value: UInt64) {
            var value = value
            repeat {
                let low = UInt8(value & 0x7F)
                value >>= 7
                bytes.append(value == 0 ? low : low | 0x80)
            } while value != 0
        }

        mutating func integer(_ value: Int) { number(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }
        mutating func integer(_ value: Int?) { flag(value != nil); if let value { integer(value) } }
        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }
        mutating func figure(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }

        mutating func text(_ text: String) { number(UInt64(place(of: text))) }
        mutating func text(_ text: String?) { number(text.map { UInt64(place(of: $0) + 1) } ?? 0) }
        mutating func texts(_ texts: [String]) { list(texts) { $0.text($1) } }

        /// The text's place in the table, which holds each text once.
        mutating func place(of text: String) -> Int {
            if let index = place[text] { return index }
            place[text] = texts.count
            texts.append(text)
            return texts.count - 1
        }

        mutating func list<Value>(_ values: [Value], _ write: (inout Writer, Value) -> Void) {
            number(UInt64(values.count))
            for value in values { write(&self, value) }
        }

        mutating func date(_ date: PartialDate?) {
            flag(date != nil)
            guard let date else { return }
            integer(date.year)
            number(UInt64(date.month.map { $0 + 1 } ?? 0)); number(UInt64(date.day.map { $0 + 1 } ?? 0))
            number(UInt64(date.minutes.map { $0 + 1 } ?? 0))
        }

        mutating func quantity(_ quantity: Quantity) {
            figure(quantity.value); text(quantity.qualifier.rawValue); figure(quantity.low)
            flag(quantity.high != nil)
            if let high = quantity.high { figure(high) }
        }

        mutating func refs(_ refs: [SourceRef]) {
            list(refs) { w, r in w.text(r.source); w.integer(r.paragraph); w.text(r.excerpt); w.text(r.role.rawValue) }
        }

        mutating func coordinates(_ coordinates: Coordinates?) {
            flag(coordinates != nil)
            if let coordinates { figure(coordinates.latitude); figure(coordinates.longitude) }
        }

        mutating func record(_ record: DataRecord?) {
            flag(record != nil)
            guard let record else { return }
            text(record.dataset); text(record.release); text(record.id); text(record.file); integer(record.line)
            list(record.columns) { w, c in w.text(c.name); w.text(c.value) }
        }

        mutating func vocabulary(_ vocabulary: Vocabulary) {
            list(vocabulary.units) { w, u in w.text(u.id); w.text(u.description); w.text(u.continues) }
            list(vocabulary.measures) { w, m in w.text(m.id); w.text(m.description); w.text(m.unit) }
            list(vocabulary.acts) { w, a in
                w.text(a.id); w.text(a.label); w.texts(a.verbs); w.text(a.cameo); w.text(a.cameoName); w.flag(a.reciprocal)
            }
            text(vocabulary.cameoVersion)
        }
    }
}
