import ConflictModel
import Synchronization

/// A query's answer: named, typed columns and rows, each row knowing where its facts were reported.
public struct ResultTable: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        public var name: String
        public var type: ValueType

        public init(_ name: String, _ type: ValueType) {
            self.name = name
            self.type = type
        }
    }

    public struct Row: Hashable, Sendable {
        public var values: [Value]
        private var sources: Sources

        /// The sources, paragraphs and excerpts that carry this row's facts.
        public var provenance: [SourceRef] {
            get {
                switch sources {
                case .given(let refs): return refs
                case .deferred(let deferred): return deferred.refs
                }
            }
            set { sources = .given(newValue) }
        }

        public init(_ values: [Value], provenance: [SourceRef] = []) {
            self.values = values
            self.sources = .given(provenance)
        }

        /// A row whose sources are found only when asked for (`.why`, JSON, a comparison): an
        /// aggregate over a million rows rests on a million sources, which a table never shows.
        init(_ values: [Value], provenanceOf find: @escaping () -> [SourceRef]) {
            self.values = values
            self.sources = .deferred(DeferredSources(find))
        }

        public static func == (a: Row, b: Row) -> Bool { a.values == b.values && a.provenance == b.provenance }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(values)
            hasher.combine(provenance)
        }

        private enum Sources: Sendable {
            case given([SourceRef])
            case deferred(DeferredSources)
        }
    }

    /// A heading for answers that come in several parts (`describe`), nil for a plain answer.
    public var title: String?
    public var columns: [Column]
    public var rows: [Row]
    /// What the reader must know to read the rows honestly: figures not added, totals superseded,
    /// or why there are no rows ("no claim matches").
    public var notes: [String]
    /// With `chart`: the rows' figures laid out for a drawing. The rows stay the data behind it.
    public var chart: Chart?

    public init(title: String? = nil, columns: [Column], rows: [Row] = [], notes: [String] = [], chart: Chart? = nil) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.chart = chart
    }
}

/// A row's sources, found the first time they are asked for and kept.
///
/// Unchecked Sendable: the closure reads only what the answer was made from, which is never
/// changed after, and the result is kept under a lock.
private final class DeferredSources: @unchecked Sendable {
    private let find: () -> [SourceRef]
    private let found = Mutex<[SourceRef]?>(nil)

    init(_ find: @escaping () -> [SourceRef]) { self.find = find }

    var refs: [SourceRef] {
        found.withLock { found in
            if let found { return found }
            let refs = find()
            found = refs
            return refs
        }
    }
}
