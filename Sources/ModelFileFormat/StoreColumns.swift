import ConflictModel

/// The columns of a store's rows: where each lies (`layout`, shared by the writer and the reader,
/// so the two cannot drift apart) and how a model's rows are written into them.
enum StoreColumns {
    /// The counts a store's header gives for its columns.
    struct Counts: Equatable {
        var events = 0, claims = 0, names = 0, refs = 0, pairs = 0
    }

    /// Every column's start, from the first column's start and the counts, in the order they are
    /// written: event texts, event numbers, event lists, claim texts, claim numbers, claim
    /// sources, then the pools of actor ids, source references and record columns. Each column
    /// starts at a multiple of 8. Nil when the sizes overflow.
    static func layout(_ counts: Counts, from start: Int) -> (layout: StoredRows.Layout, end: Int)? {
        var layout = StoredRows.Layout()
        layout.events = counts.events
        layout.claims = counts.claims
        var offset = start
        func column(_ count: Int, _ width: Int) -> Int? {
            let (size, overflow) = count.multipliedReportingOverflow(by: width)
            guard !overflow, size < Int.max / 2, offset < Int.max / 2 else { return nil }
            defer { offset += (size + 7) / 8 * 8 }
            return offset
        }
        // One column of `count` values of `width` bytes for each kind of a table's column.
        func columns<Kind: CaseIterable>(_ kind: Kind.Type, _ count: Int, _ width: Int) -> [Int]? {
            var starts: [Int] = []
            for _ in Kind.allCases {
                guard let at = column(count, width) else { return nil }
                starts.append(at)
            }
            return starts
        }
        guard let eventTexts = columns(StoredRows.EventText.self, counts.events, 4),
            let eventNumbers = columns(StoredRows.EventNumber.self, counts.events, 8),
            let eventStarts = columns(StoredRows.EventList.self, counts.events + 1, 4),
            let claimTexts = columns(StoredRows.ClaimText.self, counts.claims, 4),
            let claimNumbers = columns(StoredRows.ClaimNumber.self, counts.claims, 8)
        else { return nil }
        (layout.eventTexts, layout.eventNumbers, layout.eventStarts) = (eventTexts, eventNumbers, eventStarts)
        (layout.claimTexts, layout.claimNumbers) = (claimTexts, claimNumbers)
        guard let sources = column(counts.claims + 1, 4), let names = column(counts.names, 4),
            let refs = column(counts.refs, 16), let pairs = column(counts.pairs, 8)
        else { return nil }
        layout.claimSourcesStart = sources
        (layout.names, layout.namesCount) = (names, counts.names)
        (layout.refs, layout.refsCount) = (refs, counts.refs)
        (layout.pairs, layout.pairsCount) = (pairs, counts.pairs)
        return (layout, offset)
    }
}

/// A model's rows as the columns of `StoreColumns.layout`, their texts put in the store's table.
struct ColumnWriter {
    private var eventTexts: [[UInt32]]
    private var eventNumbers: [[Int64]]
    private var eventStarts: [[UInt32]]
    private var claimTexts: [[UInt32]]
    private var claimNumbers: [[Int64]]
    private var claimSources: [UInt32] = [0]
    private var names: [UInt32] = []
    private var refs: [UInt32] = []
    private var pairs: [UInt32] = []
    let events: Int
    let claims: Int

    var poolCounts: [Int] { [names.count, refs.count / 4, pairs.count / 2] }

    init(_ model: ConflictModel, _ rows: ModelStore.RowSelection, texts: inout ModelStore.Writer) {
        let events = model.events[rows.firstEvent...]
        let claims = model.claims[rows.firstClaim...]
        self.events = events.count
        self.claims = claims.count
        eventTexts = StoredRows.EventText.allCases.map { _ in [] }
        eventNumbers = StoredRows.EventNumber.allCases.map { _ in [] }
        eventStarts = StoredRows.EventList.allCases.map { _ in [0] }
        claimTexts = StoredRows.ClaimText.allCases.map { _ in [] }
        claimNumbers = StoredRows.ClaimNumber.allCases.map { _ in [] }
        func place(_ text: String?, optional: Bool) -> UInt32 {
            guard let text else { return 0 }
            return UInt32(texts.place(of: text) + (optional ? 1 : 0))
        }
        // Each list of actor ids has its own run of the pool, so that one event's items are
        // together: initiators of every event, then targets, then sides.
        var lists: [[UInt32]] = [[], [], []]
        var listStarts: [[UInt32]] = [[0], [0], [0]]
        var eventPosition: [String: Int] = [:]
        var claimsOfEvent = [Int](repeating: 0, count: events.count)
        for (index, event) in events.enumerated() { eventPosition[event.id] = index }
        for claim in claims { claimsOfEvent[eventPosition[claim.event!]!] += 1 }
        for (index, event) in events.enumerated() {
            let record = event.record!
            let values: [StoredRows.EventText: String?] = [
                .id: event.id, .name: event.name, .kind: event.kind.rawValue, .status: event.status.rawValue, .place: event.place,
                .partOf: event.partOf, .allegedBy: event.allegedBy, .dateNote: event.dateNote, .country: event.country,
                .placePrecision: event.placePrecision, .category: event.category, .subcategory: event.subcategory,
                .dataset: record.dataset, .release: record.release, .record: record.id, .file: record.file,
            ]
            for column in StoredRows.EventText.allCases {
                eventTexts[column.rawValue].append(place(values[column]!, optional: column.optional))
            }
            let numbers: [StoredRows.EventNumber: Int64] = [
                .date: StoredRows.packed(event.date), .dateEnd: StoredRows.packed(event.dateEnd),
                .line: record.line.map { Int64($0) + 1 } ?? 0,
                .latitude: Int64(bitPattern: (event.coordinates?.latitude ?? .nan).bitPattern),
                .longitude: Int64(bitPattern: (event.coordinates?.longitude ?? .nan).bitPattern),
            ]
            for column in StoredRows.EventNumber.allCases { eventNumbers[column.rawValue].append(numbers[column]!) }
            for (list, ids) in [event.initiators, event.targets, event.sides].enumerated() {
                lists[list] += ids.map { place($0, optional: false) }
                listStarts[list].append(UInt32(lists[list].count))
            }
            addRefs(event.sources, place: { place($0, optional: false) })
            eventStarts[StoredRows.EventList.sources.rawValue].append(UInt32(refs.count / 4))
            for column in record.columns { pairs += [place(column.name, optional: false), place(column.value, optional: false)] }
            eventStarts[StoredRows.EventList.columns.rawValue].append(UInt32(pairs.count / 2))
            let claimsSoFar = Int(eventStarts[StoredRows.EventList.claims.rawValue].last!)
            eventStarts[StoredRows.EventList.claims.rawValue].append(UInt32(claimsSoFar + claimsOfEvent[index]))
        }
        for (list, column) in [StoredRows.EventList.initiators, .targets, .sides].enumerated() {
            eventStarts[column.rawValue] = listStarts[list].map { $0 + UInt32(names.count) }
            names += lists[list]
        }
        claimSources = [UInt32(refs.count / 4)]
        for claim in claims {
            let values: [StoredRows.ClaimText: UInt32] = [
                .event: UInt32(eventPosition[claim.event!]!), .measure: place(claim.measure, optional: false),
                .counted: place(claim.counted, optional: false), .unit: place(claim.unit, optional: false),
                .party: place(claim.party, optional: true), .claimant: place(claim.claimant, optional: false),
                .qualifier: UInt32(Qualifier.allCases.firstIndex(of: claim.quantity.qualifier)!),
                .stance: UInt32(Claim.Stance.allCases.firstIndex(of: claim.stance)!), .note: place(claim.note, optional: true),
            ]
            for column in StoredRows.ClaimText.allCases { claimTexts[column.rawValue].append(values[column]!) }
            let numbers: [StoredRows.ClaimNumber: Int64] = [
                .id: Int64(claim.id), .partOf: claim.partOf.map(Int64.init) ?? .min, .asOf: StoredRows.packed(claim.asOf),
                .since: StoredRows.packed(claim.since), .value: Int64(bitPattern: claim.quantity.value.bitPattern),
                .low: Int64(bitPattern: claim.quantity.low.bitPattern),
                .high: Int64(bitPattern: (claim.quantity.high ?? .nan).bitPattern),
            ]
            for column in StoredRows.ClaimNumber.allCases { claimNumbers[column.rawValue].append(numbers[column]!) }
            addRefs(claim.sources, place: { place($0, optional: false) })
            claimSources.append(UInt32(refs.count / 4))
        }
    }

    private mutating func addRefs(_ sources: [SourceRef], place: (String) -> UInt32) {
        for ref in sources { refs += [place(ref.source), UInt32(ref.paragraph), place(ref.excerpt), place(ref.role.rawValue)] }
    }

    /// The columns, in `StoreColumns.layout`'s order, each padded to a multiple of 8.
    func append(to file: inout [UInt8]) {
        func add<Number: FixedWidthInteger>(_ column: [Number]) {
            for number in column { ModelStore.append(number, to: &file) }
            ModelStore.pad(&file)
        }
        eventTexts.forEach(add)
        eventNumbers.forEach(add)
        eventStarts.forEach(add)
        claimTexts.forEach(add)
        claimNumbers.forEach(add)
        add(claimSources)
        add(names)
        add(refs)
        add(pairs)
    }
}
