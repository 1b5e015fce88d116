import Synchronization

/// A data set's rows kept as columns in a store's bytes, read where they lie: an event or a claim
/// is made only when a query needs it whole, and a query that scans a column reads only that
/// column's bytes. A million events are then opened by mapping the file, not by making six million
/// values.
///
/// The layout of the bytes is `StoredRows.Layout`'s; `ModelFileFormat` finds it in a store and
/// checks that every column lies within the bytes. What a column holds (a text's place in the
/// table, a list's start in its pool, a date, a choice) is checked as it is read, never all at
/// open: a value out of range reads as empty and marks the rows `damaged`, which the query engine
/// reports instead of an answer. What the rows name is checked at open from `references`.
public final class StoredRows: @unchecked Sendable {
    /// Where each column starts in the bytes, and how many rows there are.
    public struct Layout: Sendable {
        public var events = 0, claims = 0
        /// Each kind of column's starts, by the column's raw value.
        public var eventTexts = [Int](repeating: 0, count: EventText.allCases.count)
        public var eventNumbers = [Int](repeating: 0, count: EventNumber.allCases.count)
        public var eventStarts = [Int](repeating: 0, count: EventList.allCases.count)
        public var claimTexts = [Int](repeating: 0, count: ClaimText.allCases.count)
        public var claimNumbers = [Int](repeating: 0, count: ClaimNumber.allCases.count)
        public var claimSourcesStart = 0
        /// The pools the lists point into: actor ids, source references (4 numbers each), record
        /// columns (2 texts each).
        public var names = 0, namesCount = 0, refs = 0, refsCount = 0, pairs = 0, pairsCount = 0
        /// The text table: its offsets (count + 1 of them, 8 bytes each) and the bytes they point into.
        public var textOffsets = 0, textCount = 0, textBytes = 0

        public init() {}
    }

    /// An event's columns holding a text's place in the table (+1 where it may be absent).
    public enum EventText: Int, CaseIterable, Sendable {
        case id, name, kind, status, place, partOf, allegedBy, dateNote, country, placePrecision, category, subcategory
        case dataset, release, record, file
        public var optional: Bool { ![.id, .name, .kind, .status, .dataset, .record].contains(self) }
    }

    /// An event's 8-byte columns: dates packed (`packed(_:)`), the line +1, coordinates as doubles.
    public enum EventNumber: Int, CaseIterable, Sendable {
        case date, dateEnd, line, latitude, longitude
    }

    /// An event's lists: where each event's items start in their pool (count + 1 entries, 4 bytes each).
    public enum EventList: Int, CaseIterable, Sendable {
        case initiators, targets, sides, sources, columns, claims
    }

    /// A claim's 4-byte columns: its event's position among the stored events, then texts, but for
    /// its qualifier and stance, which are their places among `Qualifier`'s and `Claim.Stance`'s
    /// cases. A running total is never stored as a row: its revisions are the model's to find,
    /// not a scan's.
    public enum ClaimText: Int, CaseIterable, Sendable {
        case event, measure, counted, unit, party, claimant, qualifier, stance, note
        public var optional: Bool { self == .party || self == .note }
        /// Whether it holds a text's place in the table, rather than a number of its own.
        public var isText: Bool { self != .event && self != .qualifier && self != .stance }
    }

    /// A claim's 8-byte columns: its id, the id of its total (`Int64.min` for none), dates packed,
    /// and its figure as doubles (NaN for an unbounded high end).
    public enum ClaimNumber: Int, CaseIterable, Sendable {
        case id, partOf, asOf, since, value, low, high
    }

    /// The ids the rows name, each once, as the store's writer found them.
    public struct References: Sendable {
        public var actors: [String], events: [String], sources: [String], claimants: [String]
        /// The same, as places in the text table: a column naming any other text is damaged.
        public var actorPlaces: [Int], eventPlaces: [Int], sourcePlaces: [Int]

        public init(
            actors: [String], events: [String], sources: [String], claimants: [String], actorPlaces: [Int], eventPlaces: [Int],
            sourcePlaces: [Int]
        ) {
            (self.actors, self.events, self.sources, self.claimants) = (actors, events, sources, claimants)
            (self.actorPlaces, self.eventPlaces, self.sourcePlaces) = (actorPlaces, eventPlaces, sourcePlaces)
        }
    }

    /// A set of places in the text table, one bit each: a reference read from a column is checked
    /// against it at the cost of a load.
    private struct PlaceSet {
        private var bits: [UInt64]

        init(_ places: [Int], count: Int) {
            bits = [UInt64](repeating: 0, count: count / 64 + 1)
            for place in places where place >= 0 && place < count { bits[place / 64] |= 1 << UInt64(place % 64) }
        }

        @inline(__always) func contains(_ place: Int) -> Bool { bits[place / 64] & (1 << UInt64(place % 64)) != 0 }
    }

    private let actorPlaces: PlaceSet, eventPlaces: PlaceSet, sourcePlaces: PlaceSet

    private let bytes: UnsafeRawBufferPointer
    private let owner: any Sendable
    private let layout: Layout
    public let references: References
    /// The first byte found wrong, or -1.
    private let damage = Atomic<Int>(-1)

    public var eventCount: Int { layout.events }
    public var claimCount: Int { layout.claims }

    /// The rows in `bytes`, which `owner` keeps alive (a mapped file, or a copy).
    public init(bytes: UnsafeRawBufferPointer, owner: any Sendable, layout: Layout, references: References) {
        self.bytes = bytes
        self.owner = owner
        self.layout = layout
        self.references = references
        claimants = Set(references.claimants)
        actorPlaces = PlaceSet(references.actorPlaces, count: layout.textCount)
        eventPlaces = PlaceSet(references.eventPlaces, count: layout.textCount)
        sourcePlaces = PlaceSet(references.sourcePlaces, count: layout.textCount)
    }

    /// A place read from a column that names an actor, an event or a source: one the store lists.
    @inline(__always) private func reference(_ place: Int, in set: PlaceSet, at offset: Int) -> Int {
        guard place < 0 || set.contains(place) else {
            damaged(at: offset)
            return -1
        }
        return place
    }

    /// The byte where reading found a value out of range, once one was: the answers read since
    /// may be wrong, and are not to be given.
    public var damagedAt: Int? {
        let offset = damage.load(ordering: .relaxed)
        return offset < 0 ? nil : offset
    }

    private func damaged(at offset: Int) {
        _ = damage.compareExchange(expected: -1, desired: offset, ordering: .relaxed)
    }

    // MARK: - Raw reads

    @inline(__always) private func u32(_ start: Int, _ index: Int) -> Int {
        Int(bytes.loadUnaligned(fromByteOffset: start + 4 * index, as: UInt32.self).littleEndian)
    }

    @inline(__always) private func i64(_ start: Int, _ index: Int) -> Int64 {
        Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 8 * index, as: Int64.self))
    }

    @inline(__always) private func f64(_ start: Int, _ index: Int) -> Double {
        Double(bitPattern: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: start + 8 * index, as: UInt64.self)))
    }

    /// The place of a text in the table, as written at `start + 4 * index`; -1 for none.
    @inline(__always) private func textPlace(_ start: Int, _ index: Int, optional: Bool) -> Int {
        let raw = u32(start, index)
        let place = optional ? raw - 1 : raw
        guard place < layout.textCount else {
            damaged(at: start + 4 * index)
            return -1
        }
        return place
    }

    /// The text at a place in the table.
    public func text(_ place: Int) -> String {
        guard place >= 0 else { return "" }
        let from = Int(i64(layout.textOffsets, place)), to = Int(i64(layout.textOffsets, place + 1))
        guard 0 <= from, from <= to, to <= layout.textBytes else {
            damaged(at: layout.textOffsets + 8 * place)
            return ""
        }
        let start = layout.textOffsets + 8 * (layout.textCount + 1) + from
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<start + (to - from)]), as: UTF8.self)
    }

    // MARK: - Events

    /// The place in the text table of one of an event's texts: -1 for none. Equal places are
    /// equal texts, so a scan compares places, not texts.
    @inline(__always) public func place(_ column: EventText, ofEvent event: Int) -> Int {
        let start = layout.eventTexts[column.rawValue]
        let place = textPlace(start, event, optional: column.optional)
        switch column {
        case .partOf: return reference(place, in: eventPlaces, at: start + 4 * event)
        case .allegedBy: return reference(place, in: actorPlaces, at: start + 4 * event)
        default: return place
        }
    }

    public func text(_ column: EventText, ofEvent event: Int) -> String? {
        let place = place(column, ofEvent: event)
        return place < 0 ? nil : text(place)
    }

    public func date(_ column: EventNumber, ofEvent event: Int) -> PartialDate? {
        unpacked(i64(layout.eventNumbers[column.rawValue], event), at: layout.eventNumbers[column.rawValue] + 8 * event)
    }

    /// The year of an event's date, read without making the date; one no date has is damage.
    @inline(__always) public func year(ofEvent event: Int) -> Int? {
        let packed = i64(layout.eventNumbers[EventNumber.date.rawValue], event)
        guard packed != 0 else { return nil }
        let year = Int(packed >> 32) - 1
        guard (0...9999).contains(year) else {
            damaged(at: layout.eventNumbers[EventNumber.date.rawValue] + 8 * event)
            return nil
        }
        return year
    }

    /// An event's place on the earth, or nil; one end given without the other, or a place off the
    /// earth, is damage.
    public func coordinates(ofEvent event: Int) -> Coordinates? {
        let latitude = f64(layout.eventNumbers[EventNumber.latitude.rawValue], event)
        let longitude = f64(layout.eventNumbers[EventNumber.longitude.rawValue], event)
        if latitude.isNaN && longitude.isNaN { return nil }
        let place = Coordinates(latitude: latitude, longitude: longitude)
        guard place.isOnEarth else {
            damaged(at: layout.eventNumbers[EventNumber.latitude.rawValue] + 8 * event)
            return nil
        }
        return place
    }

    /// The range of an event's items in the pool a list points into.
    @inline(__always) private func range(_ list: EventList, ofEvent event: Int, poolCount: Int) -> Range<Int> {
        let start = layout.eventStarts[list.rawValue]
        let from = u32(start, event), to = u32(start, event + 1)
        guard from <= to, to <= poolCount else {
            damaged(at: start + 4 * event)
            return 0..<0
        }
        return from..<to
    }

    public func actorIDs(_ list: EventList, ofEvent event: Int) -> [String] {
        range(list, ofEvent: event, poolCount: layout.namesCount).map {
            text(reference(textPlace(layout.names, $0, optional: false), in: actorPlaces, at: layout.names + 4 * $0))
        }
    }

    /// The places in the text table of the actors among `ids` that the rows name: what a row's
    /// actor column is compared with.
    public func actorPlaces(of ids: Set<String>) -> Set<Int> {
        Set(zip(references.actors, references.actorPlaces).filter { ids.contains($0.0) }.map(\.1))
    }

    /// Whether one of an event's actors in a list is at one of these places.
    public func holdsActor(_ list: EventList, ofEvent event: Int, in places: Set<Int>) -> Bool {
        range(list, ofEvent: event, poolCount: layout.namesCount).contains { item in
            places.contains(reference(textPlace(layout.names, item, optional: false), in: actorPlaces, at: layout.names + 4 * item))
        }
    }

    /// How many of the rows' facts cite each source, by its id: every reference of the pool, the
    /// events' and the claims'.
    public func referencesBySource() -> [String: Int] {
        var byPlace: [Int: Int] = [:]
        for ref in 0..<layout.refsCount {
            let start = layout.refs + 16 * ref
            byPlace[reference(textPlace(start, 0, optional: false), in: sourcePlaces, at: start), default: 0] += 1
        }
        var bySource: [String: Int] = [:]
        for (place, count) in byPlace where place >= 0 { bySource[text(place), default: 0] += count }
        return bySource
    }

    /// The claims of an event, as positions among the stored claims.
    public func claims(ofEvent event: Int) -> Range<Int> {
        range(.claims, ofEvent: event, poolCount: layout.claims)
    }

    private func refs(_ range: Range<Int>) -> [SourceRef] {
        range.map { ref in
            let start = layout.refs + 16 * ref
            return SourceRef(
                source: text(reference(textPlace(start, 0, optional: false), in: sourcePlaces, at: start)), paragraph: u32(start, 1),
                excerpt: text(textPlace(start, 2, optional: false)),
                role: SourceRef.Role(rawValue: text(textPlace(start, 3, optional: false))) ?? .reported)
        }
    }

    public func sources(ofEvent event: Int) -> [SourceRef] {
        refs(range(.sources, ofEvent: event, poolCount: layout.refsCount))
    }

    public func record(ofEvent event: Int) -> DataRecord {
        let line = i64(layout.eventNumbers[EventNumber.line.rawValue], event)
        let columns = range(.columns, ofEvent: event, poolCount: layout.pairsCount).map { pair in
            DataRecord.Column(
                text(textPlace(layout.pairs + 8 * pair, 0, optional: false)), text(textPlace(layout.pairs + 8 * pair, 1, optional: false)))
        }
        return DataRecord(
            dataset: text(.dataset, ofEvent: event) ?? "", release: text(.release, ofEvent: event), id: text(.record, ofEvent: event) ?? "",
            file: text(.file, ofEvent: event), line: line > 0 ? Int(line - 1) : nil, columns: columns)
    }

    /// The event whole, as a model file would have given it.
    public func event(_ event: Int) -> Event {
        Event(
            id: text(.id, ofEvent: event) ?? "", name: text(.name, ofEvent: event) ?? "",
            kind: choice(text(.kind, ofEvent: event), at: layout.eventTexts[EventText.kind.rawValue] + 4 * event, default: .other),
            initiators: actorIDs(.initiators, ofEvent: event), targets: actorIDs(.targets, ofEvent: event),
            date: date(.date, ofEvent: event), dateNote: text(.dateNote, ofEvent: event), place: text(.place, ofEvent: event),
            partOf: text(.partOf, ofEvent: event),
            status: choice(text(.status, ofEvent: event), at: layout.eventTexts[EventText.status.rawValue] + 4 * event, default: .asserted),
            allegedBy: text(.allegedBy, ofEvent: event), sources: sources(ofEvent: event), dateEnd: date(.dateEnd, ofEvent: event),
            country: text(.country, ofEvent: event), coordinates: coordinates(ofEvent: event),
            placePrecision: text(.placePrecision, ofEvent: event), category: text(.category, ofEvent: event),
            subcategory: text(.subcategory, ofEvent: event), sides: actorIDs(.sides, ofEvent: event), record: record(ofEvent: event))
    }

    // MARK: - Claims

    @inline(__always) public func place(_ column: ClaimText, ofClaim claim: Int) -> Int {
        let start = layout.claimTexts[column.rawValue]
        let place = textPlace(start, claim, optional: column.optional)
        return column == .party || column == .claimant ? reference(place, in: actorPlaces, at: start + 4 * claim) : place
    }

    public func text(_ column: ClaimText, ofClaim claim: Int) -> String? {
        precondition(column.isText, "\(column) holds no text")
        let place = place(column, ofClaim: claim)
        return place < 0 ? nil : text(place)
    }

    /// The stored event a claim is about.
    @inline(__always) public func event(ofClaim claim: Int) -> Int {
        let event = u32(layout.claimTexts[ClaimText.event.rawValue], claim)
        guard event < layout.events else {
            damaged(at: layout.claimTexts[ClaimText.event.rawValue] + 4 * claim)
            return 0
        }
        return event
    }

    @inline(__always) public func id(ofClaim claim: Int) -> Int { Int(i64(layout.claimNumbers[ClaimNumber.id.rawValue], claim)) }

    @inline(__always) public func partOf(ofClaim claim: Int) -> Int? {
        let total = i64(layout.claimNumbers[ClaimNumber.partOf.rawValue], claim)
        return total == .min ? nil : Int(total)
    }

    public func date(_ column: ClaimNumber, ofClaim claim: Int) -> PartialDate? {
        unpacked(i64(layout.claimNumbers[column.rawValue], claim), at: layout.claimNumbers[column.rawValue] + 8 * claim)
    }

    /// A claim's figure, which must be one a model file could give: 0 or more, held exactly, its
    /// interval fitting its qualifier. Any other is damage, and reads as an exact 0.
    @inline(__always) public func quantity(ofClaim claim: Int) -> Quantity {
        let value = f64(layout.claimNumbers[ClaimNumber.value.rawValue], claim)
        let low = f64(layout.claimNumbers[ClaimNumber.low.rawValue], claim)
        let stored = f64(layout.claimNumbers[ClaimNumber.high.rawValue], claim)
        let high: Double? = stored.isNaN ? nil : stored
        let qualifier = qualifier(ofClaim: claim)
        guard value >= 0, low >= 0, value < Quantity.largestFigure, low < Quantity.largestFigure, high.map({ $0 < Quantity.largestFigure }) ?? true,
            Quantity.contradiction(value: value, qualifier: qualifier, low: low, high: high) == nil
        else {
            damaged(at: layout.claimNumbers[ClaimNumber.value.rawValue] + 8 * claim)
            return Quantity(0)
        }
        return Quantity(value, qualifier, low: low, high: .some(high))
    }

    /// Everyone the rows' figures are claimed by.
    public let claimants: Set<String>

    /// A choice kept as its place among the cases of its kind: a claim's qualifier and stance.
    @inline(__always) private func choice<Choice: CaseIterable>(_ column: ClaimText, ofClaim claim: Int) -> Choice
    where Choice.AllCases.Index == Int {
        let at = layout.claimTexts[column.rawValue] + 4 * claim
        let index = u32(layout.claimTexts[column.rawValue], claim)
        guard index < Choice.allCases.count else {
            damaged(at: at)
            return Choice.allCases[0]
        }
        return Choice.allCases[index]
    }

    @inline(__always) public func qualifier(ofClaim claim: Int) -> Qualifier { choice(.qualifier, ofClaim: claim) }

    @inline(__always) public func stance(ofClaim claim: Int) -> Claim.Stance { choice(.stance, ofClaim: claim) }

    public func sources(ofClaim claim: Int) -> [SourceRef] {
        let start = layout.claimSourcesStart
        let from = u32(start, claim), to = u32(start, claim + 1)
        guard from <= to, to <= layout.refsCount else {
            damaged(at: start + 4 * claim)
            return []
        }
        return refs(from..<to)
    }

    /// The claim whole, as a model file would have given it.
    public func claim(_ claim: Int) -> Claim {
        let event = event(ofClaim: claim)
        return Claim(
            id: id(ofClaim: claim), event: text(.id, ofEvent: event), measure: text(.measure, ofClaim: claim) ?? "",
            counted: text(.counted, ofClaim: claim) ?? "", unit: text(.unit, ofClaim: claim) ?? "",
            party: text(.party, ofClaim: claim), quantity: quantity(ofClaim: claim), claimant: text(.claimant, ofClaim: claim) ?? "",
            stance: stance(ofClaim: claim),
            asOf: date(.asOf, ofClaim: claim), since: date(.since, ofClaim: claim),
            runningTotal: false, note: text(.note, ofClaim: claim),
            sources: sources(ofClaim: claim), partOf: partOf(ofClaim: claim))
    }

    // MARK: - Values

    private func choice<Choice: RawRepresentable>(_ text: String?, at offset: Int, default fallback: Choice) -> Choice
    where Choice.RawValue == String {
        if let text, let choice = Choice(rawValue: text) { return choice }
        damaged(at: offset)
        return fallback
    }

    /// A date as one number: the year +1 in the high 32 bits, then month, day and minutes + 1 (0
    /// for none) in bytes 3, 2 and the low 16 bits; 0 for no date.
    public static func packed(_ date: PartialDate?) -> Int64 {
        guard let date else { return 0 }
        return Int64(date.year + 1) << 32 | Int64(date.month ?? 0) << 24 | Int64(date.day ?? 0) << 16
            | Int64(date.minutes.map { $0 + 1 } ?? 0)
    }

    private func unpacked(_ packed: Int64, at offset: Int) -> PartialDate? {
        guard packed != 0 else { return nil }
        let year = Int(packed >> 32) - 1, month = Int(packed >> 24 & 0xFF), day = Int(packed >> 16 & 0xFF)
        let minutes = Int(packed & 0xFFFF)
        // A date that cannot be (February 30, month 13, a time without a day) is damage.
        guard (0...9999).contains(year), month <= 12, day == 0 || (month > 0 && day <= PartialDate.days(inMonth: month, year: year)),
            minutes == 0 || (day > 0 && minutes <= 1440)
        else {
            damaged(at: offset)
            return nil
        }
        return PartialDate(
            year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day, minutes: minutes == 0 ? nil : minutes - 1)
    }
}

extension ConflictModel {
    /// The model with its stored rows made entries: what the parts of the language that have not
    /// learnt to read columns go through. Costly for a large data set; the same model when it has
    /// no rows.
    public func materialized() -> ConflictModel {
        guard let rows else { return self }
        return ConflictModel(
            vocabulary: vocabulary, sources: sources, actors: actors, events: events + (0..<rows.eventCount).map(rows.event),
            claims: claims + (0..<rows.claimCount).map(rows.claim), statements: statements)
    }

    /// How many events and claims it holds, its stored rows with its entries.
    public var eventCount: Int { events.count + (rows?.eventCount ?? 0) }
    public var claimCount: Int { claims.count + (rows?.claimCount ?? 0) }
}
