import ConflictModel

/// What `chart` draws: the figures of a history or of a grouped aggregate, laid out for a
/// drawing but holding no drawing. The table it comes with keeps the same figures as data, which
/// is what CSV, JSON and markdown print; only the table format draws the chart.
public struct Chart: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// One line for each series through its figures in time order.
        case line
        /// One bar for each figure.
        case bars
    }

    /// Figures that may share one scale: one measure in one unit (or the units that continue it).
    public struct Panel: Hashable, Sendable {
        /// "killed (people)"
        public var title: String
        /// For a history, the places on a line chart's time axis, oldest first, each named by its
        /// as-of time; a point names its place by index. Empty for an aggregate.
        public var slots: [String]
        public var series: [Series]

        public init(title: String, slots: [String] = [], series: [Series]) {
            self.title = title
            self.slots = slots
            self.series = series
        }
    }

    /// One claimant's figures about one side, or, for an aggregate, the rows of one unit.
    public struct Series: Hashable, Sendable {
        /// "Attaullah Tarar on Afghan Taliban"; empty where the panel has one series of rows.
        public var name: String
        public var points: [Point]

        public init(name: String, points: [Point]) {
            self.name = name
            self.points = points
        }
    }

    public struct Point: Hashable, Sendable {
        /// What the bar is labelled with: its as-of day, or the group's values.
        public var label: String
        /// For a line chart, the index of its place in the panel's `slots`.
        public var slot: Int
        public var quantity: Quantity
        /// Said beside the figure: the change from the one before in a history.
        public var remark: String?
        /// True when no line may join this figure to the one before it in its series: it counts
        /// in another unit, or is another part of one count.
        public var isNotComparableWithPrevious: Bool

        public init(
            label: String, slot: Int = 0, quantity: Quantity, remark: String? = nil,
            isNotComparableWithPrevious: Bool = false
        ) {
            self.label = label
            self.slot = slot
            self.quantity = quantity
            self.remark = remark
            self.isNotComparableWithPrevious = isNotComparableWithPrevious
        }
    }

    public var kind: Kind
    public var panels: [Panel]

    public init(kind: Kind, panels: [Panel]) {
        self.kind = kind
        self.panels = panels
    }
}

extension Quantity {
    /// The figure as a chart labels it: a bare number when exact ("641"), with its qualifier's
    /// words otherwise ("at least 415"), so that a qualifier is never lost from a drawing.
    public var chartLabel: String { isExact ? Quantity.format(value) : description }
}
