import ConflictModel

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
        /// The sources, paragraphs and excerpts that carry this row's facts.
        public var provenance: [SourceRef]

        public init(_ values: [Value], provenance: [SourceRef] = []) {
            self.values = values
            self.provenance = provenance
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
