import ConflictModel

/// Reads what `ModelStore.write` wrote, checking every value against the bytes left: a damaged
/// or cut store is an error naming the byte where reading stopped. The entries are read into
/// values; the rows' columns are only checked to lie within the bytes, and left where they are.
struct ModelStoreReader {
    struct Damage: Error {
        let offset: Int
        let what: String
    }

    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    /// Where the entries end: their reads stop there.
    private var end = 0
    private var textCount = 0
    private var textOffsets = 0
    private var textBytes = 0
    /// The entries' texts, made once each: they are few beside the rows'.
    private var made: [Int: String] = [:]

    /// The entries, and the rows if the store has any; `owner` keeps `bytes` alive for the rows.
    static func read(_ bytes: UnsafeRawBufferPointer, owner: any Sendable) throws(Damage) -> (ConflictModel, StoredRows?) {
        var reader = ModelStoreReader(bytes: bytes)
        return try reader.model(owner: owner)
    }

    /// The model a store's bytes hold, its rows kept as columns over a copy of them.
    static func read(_ bytes: [UInt8]) throws(Damage) -> ConflictModel {
        let copy = CopiedBytes(bytes)
        let (entries, rows) = try read(copy.bytes, owner: copy)
        return ConflictModel(
            vocabulary: entries.vocabulary, sources: entries.sources, actors: entries.actors, events: entries.events,
            claims: entries.claims, statements: entries.statements, rows: rows)
    }

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    private func count(at position: Int) throws(Damage) -> Int {
        let value = bytes.loadUnaligned(fromByteOffset: position, as: UInt64.self).littleEndian
        guard value <= UInt64(bytes.count) else { throw Damage(offset: position, what: "a count is larger than the store") }
        return Int(value)
    }

    private static func aligned(_ offset: Int) -> Int { (offset + 7) / 8 * 8 }

    private mutating func model(owner: any Sendable) throws(Damage) -> (ConflictModel, StoredRows?) {
        let magic = ModelStore.magic
        guard bytes.count >= magic.count - 1, zip(bytes, magic.dropLast()).allSatisfy({ $0 == $1 }) else {
            throw Damage(offset: 0, what: "it does not start as a conflictq model store does (\"CQSTORE\")")
        }
        guard bytes.count >= magic.count, bytes[magic.count - 1] == magic.last else {
            throw Damage(
                offset: magic.count - 1,
                what: "it is a store of another format version than this conflictq reads (\(magic.last!)): import its data set again")
        }
        guard bytes.count >= magic.count + ModelStore.countsSize else {
            throw Damage(offset: bytes.count, what: "the store ends early: is it cut short?")
        }
        let counts = try (0..<8).map { (index: Int) throws(Damage) in try count(at: magic.count + 8 * index) }
        textCount = counts[0]
        textBytes = counts[1]
        textOffsets = magic.count + ModelStore.countsSize
        let blob = textOffsets + 8 * (textCount + 1)
        guard blob <= bytes.count, textBytes <= bytes.count - blob else {
            throw Damage(offset: textOffsets, what: "the text table runs past the end")
        }
        offset = Self.aligned(blob + textBytes)
        guard counts[2] <= bytes.count, offset <= bytes.count - counts[2] else {
            throw Damage(offset: magic.count + 16, what: "the entries run past the end")
        }
        end = offset + counts[2]
        let columnCounts = StoreColumns.Counts(events: counts[3], claims: counts[4], names: counts[5], refs: counts[6], pairs: counts[7])
        guard let (layout, columnsEnd) = StoreColumns.layout(columnCounts, from: Self.aligned(end)) else {
            throw Damage(offset: magic.count + 24, what: "the columns' counts are larger than the store")
        }
        guard columnsEnd == bytes.count else {
            throw Damage(
                offset: min(columnsEnd, bytes.count),
                what: columnsEnd > bytes.count ? "the store ends early: is it cut short?" : "bytes follow the last column")
        }
        let vocabulary = try self.vocabulary()
        let sources = try list { r throws(Damage) in
            Source(id: try r.text(), outlet: try r.text(), date: try r.sourceDate(), title: try r.text(), wireInputs: try r.texts(),
                   url: try r.optionalText())
        }
        let actors = try list { r throws(Damage) in
            Actor(id: try r.text(), name: try r.text(), aliases: try r.texts(), kind: try r.choice(), role: try r.optionalText(),
                  represents: try r.optionalText(), partOf: try r.optionalText(), note: try r.optionalText(), sources: try r.refs())
        }
        let events = try list { r throws(Damage) in
            Event(id: try r.text(), name: try r.text(), kind: try r.choice(), initiators: try r.texts(), targets: try r.texts(),
                  date: try r.date(), dateNote: try r.optionalText(), place: try r.optionalText(), partOf: try r.optionalText(),
                  status: try r.choice(), allegedBy: try r.optionalText(), sources: try r.refs(), dateEnd: try r.date(),
                  country: try r.optionalText(), coordinates: try r.coordinates(), placePrecision: try r.optionalText(),
                  category: try r.optionalText(), subcategory: try r.optionalText(), sides: try r.texts(), record: try r.record())
        }
        let claims = try list { r throws(Damage) in
            Claim(id: try r.entryNumber(), event: try r.optionalText(), measure: try r.text(), counted: try r.text(), unit: try r.text(),
                  party: try r.optionalText(), quantity: try r.quantity(), claimant: try r.text(), stance: try r.choice(),
                  asOf: try r.date(), since: try r.date(), runningTotal: try r.flag(), note: try r.optionalText(),
                  sources: try r.refs(), partOf: try r.optionalInteger())
        }
        let statements = try list { r throws(Damage) in
            // Read in the order written, which is not the initializer's.
            let (id, speaker, represents, act) = (try r.entryNumber(), try r.optionalText(), try r.optionalText(), try r.text())
            let (targets, participants, subjects) = (try r.texts(), try r.texts(), try r.texts())
            let (content, channel, mode): (String?, String?, Statement.Mode) = (try r.optionalText(), try r.optionalText(), try r.choice())
            let (quote, answers, date, reportedBy) = (try r.optionalText(), try r.optionalInteger(), try r.date(), try r.optionalText())
            let (cameo, sources, record) = (try r.optionalText(), try r.refs(), try r.record())
            return Statement(
                id: id, speaker: speaker, represents: represents, act: act, targets: targets, participants: participants,
                subjects: subjects, content: content, channel: channel, mode: mode, date: date, quote: quote, answers: answers,
                reportedBy: reportedBy, cameo: cameo, sources: sources, record: record)
        }
        let (namedActors, namedEvents, namedSources, claimants) = (try places(), try places(), try places(), try places())
        let named = StoredRows.References(
            actors: try namedActors.map { (place) throws(Damage) in try text(at: place) },
            events: try namedEvents.map { (place) throws(Damage) in try text(at: place) },
            sources: try namedSources.map { (place) throws(Damage) in try text(at: place) },
            claimants: try claimants.map { (place) throws(Damage) in try text(at: place) }, actorPlaces: namedActors,
            eventPlaces: namedEvents, sourcePlaces: namedSources)
        guard offset == end else { throw Damage(offset: offset, what: "bytes follow the last entry") }
        var layoutWithTexts = layout
        (layoutWithTexts.textOffsets, layoutWithTexts.textCount, layoutWithTexts.textBytes) = (textOffsets, textCount, textBytes)
        // The columns are not read here: each value is checked as it is read (`StoredRows`).
        let rows = layout.events == 0 && layout.claims == 0
            ? nil : StoredRows(bytes: bytes, owner: owner, layout: layoutWithTexts, references: named)
        let model = ConflictModel(
            vocabulary: vocabulary, sources: sources, actors: actors, events: events, claims: claims, statements: statements)
        return (model, rows)
    }

    // MARK: - Values

    private mutating func byte() throws(Damage) -> UInt8 {
        guard offset < end else { throw Damage(offset: offset, what: "the store ends early: is it cut short?") }
        defer { offset += 1 }
        return bytes[offset]
    }

    private mutating func number() throws(Damage) -> UInt64 {
        var value: UInt64 = 0
        for shift in stride(from: 0, to: 70, by: 7) {
            let next = try byte()
            guard shift < 63 || next <= 1 else { throw Damage(offset: offset - 1, what: "a number is too large") }
            value |= UInt64(next & 0x7F) << UInt64(shift)
            if next & 0x80 == 0 { return value }
        }
        throw Damage(offset: offset, what: "a number does not end")
    }

    /// A count of things that follow, each at least a byte: never more than the bytes left.
    private mutating func size() throws(Damage) -> Int {
        let start = offset
        let value = try number()
        guard value <= UInt64(end - offset) else { throw Damage(offset: start, what: "a count is larger than the store") }
        return Int(value)
    }

    private mutating func integer() throws(Damage) -> Int {
        let raw = try number()
        return Int(Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
    }

    private mutating func optionalInteger() throws(Damage) -> Int? { try flag() ? try integer() : nil }

    /// A claim's or statement's id, a paragraph or a line: never below 1 (0 for a paragraph).
    private mutating func entryNumber(from least: Int = 1) throws(Damage) -> Int {
        let start = offset
        let number = try integer()
        guard number >= least else { throw Damage(offset: start, what: "\(number) is below \(least), the least it may be") }
        return number
    }

    private mutating func flag() throws(Damage) -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damage(offset: offset - 1, what: "a yes-or-no is neither")
        }
    }

    private mutating func figure() throws(Damage) -> Double {
        guard end - offset >= 8 else { throw Damage(offset: offset, what: "the store ends early: is it cut short?") }
        var bits: UInt64 = 0
        for index in 0..<8 { bits |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        let value = Double(bitPattern: bits)
        guard value.isFinite else { throw Damage(offset: offset - 8, what: "a figure is not a number") }
        return value
    }

    private mutating func text() throws(Damage) -> String {
        let start = offset
        let index = try number()
        guard index < UInt64(textCount) else { throw Damage(offset: start, what: "a text's place is not in the table") }
        return try text(at: Int(index))
    }

    private mutating func optionalText() throws(Damage) -> String? {
        let start = offset
        let index = try number()
        if index == 0 { return nil }
        guard index <= UInt64(textCount) else { throw Damage(offset: start, what: "a text's place is not in the table") }
        return try text(at: Int(index - 1))
    }

    /// The text at a place of the table, checked to lie within the text bytes and to be UTF-8.
    private mutating func text(at place: Int) throws(Damage) -> String {
        if let text = made[place] { return text }
        let at = textOffsets + 8 * place
        let from = bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
        let to = bytes.loadUnaligned(fromByteOffset: at + 8, as: UInt64.self).littleEndian
        guard from <= to, to <= UInt64(textBytes) else { throw Damage(offset: at, what: "a text runs past the end") }
        let start = textOffsets + 8 * (textCount + 1) + Int(from)
        guard let text = String(validating: UnsafeRawBufferPointer(rebasing: bytes[start..<start + Int(to - from)]), as: UTF8.self)
        else { throw Damage(offset: start, what: "a text is not UTF-8") }
        made[place] = text
        return text
    }

    private mutating func texts() throws(Damage) -> [String] { try list { r throws(Damage) in try r.text() } }

    /// A list of texts by their places in the table, as `texts` reads them but kept as places.
    private mutating func places() throws(Damage) -> [Int] {
        try list { r throws(Damage) in
            let start = r.offset
            let place = try r.number()
            guard place < UInt64(r.textCount) else { throw Damage(offset: start, what: "a text's place is not in the table") }
            return Int(place)
        }
    }

    private mutating func choice<Choice: RawRepresentable>() throws(Damage) -> Choice where Choice.RawValue == String {
        let start = offset
        let text = try self.text()
        guard let choice = Choice(rawValue: text) else { throw Damage(offset: start, what: "\"\(text)\" is no \(Choice.self)") }
        return choice
    }

    private mutating func list<Value>(_ read: (inout ModelStoreReader) throws(Damage) -> Value) throws(Damage) -> [Value] {
        let count = try size()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }

    private mutating func date() throws(Damage) -> PartialDate? { try flag() ? try requiredDate() : nil }

    /// A source's date, which every source has.
    private mutating func sourceDate() throws(Damage) -> PartialDate {
        let start = offset
        guard let date = try date() else { throw Damage(offset: start, what: "a source has no date") }
        return date
    }

    private mutating func requiredDate() throws(Damage) -> PartialDate {
        let start = offset
        let year = try integer()
        let month = try number(), day = try number(), minutes = try number()
        // Each part is written one more than it is, 0 standing for none.
        guard (0...9999).contains(year), month <= 13, day <= 32, minutes <= 1440, day == 0 || month > 0, minutes == 0 || day > 0
        else { throw Damage(offset: start, what: "a date is no date") }
        let date = PartialDate(
            year: year, month: month == 0 ? nil : Int(month) - 1, day: day == 0 ? nil : Int(day) - 1,
            minutes: minutes == 0 ? nil : Int(minutes) - 1)
        // A day the month does not have (February 30) is no date either: it must read back as written.
        guard PartialDate(date.description) == date else { throw Damage(offset: start, what: "\(date) is no date") }
        return date
    }

    private mutating func quantity() throws(Damage) -> Quantity {
        let start = offset
        let value = try figure()
        let qualifier: Qualifier = try choice()
        let low = try figure()
        let high = try flag() ? try figure() : nil
        // The rules a model file's figures keep: 0 or more, and held exactly.
        guard value >= 0, [value, low, high ?? 0].allSatisfy({ abs($0) < ReadingLog.largestFigure }) else {
            throw Damage(offset: start, what: "a figure is negative or larger than a figure may be")
        }
        if let contradiction = Quantity.contradiction(value: value, qualifier: qualifier, low: low, high: high) {
            throw Damage(offset: start, what: contradiction)
        }
        return Quantity(value, qualifier, low: low, high: high)
    }

    private mutating func refs() throws(Damage) -> [SourceRef] {
        try list { r throws(Damage) in
            SourceRef(source: try r.text(), paragraph: try r.entryNumber(from: 0), excerpt: try r.text(), role: try r.choice())
        }
    }

    private mutating func coordinates() throws(Damage) -> Coordinates? {
        guard try flag() else { return nil }
        let start = offset
        let coordinates = Coordinates(latitude: try figure(), longitude: try figure())
        guard coordinates.isOnEarth else { throw Damage(offset: start, what: "coordinates are no place on the earth") }
        return coordinates
    }

    private mutating func record() throws(Damage) -> DataRecord? {
        guard try flag() else { return nil }
        return DataRecord(
            dataset: try text(), release: try optionalText(), id: try text(), file: try optionalText(), line: try optionalInteger(),
            columns: try list { r throws(Damage) in DataRecord.Column(try r.text(), try r.text()) })
    }

    private mutating func vocabulary() throws(Damage) -> Vocabulary {
        let units = try list { r throws(Damage) in Unit(id: try r.text(), description: try r.text(), continues: try r.optionalText()) }
        let measures = try list { r throws(Damage) in Measure(id: try r.text(), description: try r.text(), unit: try r.optionalText()) }
        let acts = try list { r throws(Damage) in
            Act(id: try r.text(), label: try r.text(), verbs: try r.texts(), cameo: try r.text(), cameoName: try r.text(),
                reciprocal: try r.flag())
        }
        return Vocabulary(units: units, measures: measures, acts: acts, cameoVersion: try text())
    }
}
