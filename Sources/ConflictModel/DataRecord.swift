/// The row of a data set an entry was imported from (UCDP GED, ACLED, GDELT): which data set and
/// release, the data set's own id of the row, the file and line it was read at, and the columns
/// the model has no place of its own for, kept as they were written.
public struct DataRecord: Hashable, Sendable {
    /// One column of the row, by the data set's name for it.
    public struct Column: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    /// "UCDP GED", "ACLED" or "GDELT".
    public var dataset: String
    /// The release it came in ("23.1"), when the data set has releases.
    public var release: String?
    /// The data set's id of the row: a later release that has the same id revises it.
    public var id: String
    public var file: String?
    public var line: Int?
    public var columns: [Column]

    public init(dataset: String, release: String? = nil, id: String, file: String? = nil, line: Int? = nil, columns: [Column] = []) {
        self.dataset = dataset
        self.release = release
        self.id = id
        self.file = file
        self.line = line
        self.columns = columns
    }

    /// A kept column's value.
    public func value(of column: String) -> String? {
        columns.first { $0.name == column }?.value
    }
}

/// A place on the earth, in decimal degrees (WGS 84, as the data sets give it).
public struct Coordinates: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Whether both are degrees that exist: latitude within ±90, longitude within ±180.
    public var isOnEarth: Bool { (-90...90).contains(latitude) && (-180...180).contains(longitude) }
}
