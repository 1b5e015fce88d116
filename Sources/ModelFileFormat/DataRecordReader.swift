import ConflictDiagnostics
import ConflictModel
import YAMLReader

/// Reads what an imported entry keeps of its data set row: `record` (the data set, release, row id,
/// file and line, and the columns kept as written) and an event's `coordinates`.
enum DataRecordReader {
    static let recordKeys = ["dataset", "release", "id", "file", "line", "columns"]

    static func record(_ fields: Fields, log: ReadingLog) -> DataRecord? {
        guard let node = fields.value("record") else { return nil }
        let path = fields.path(of: "record")
        guard let record = Fields(node, path: path, what: "a data set record", keys: recordKeys, log: log) else { return nil }
        let dataset = record.string("dataset", required: true)
        let release = record.string("release")
        let id = record.string("id", required: true)
        let file = record.string("file")
        let line = record.wholeNumber("line")
        if let line, line < 1, let lineNode = record.value("line") {
            log.error(at: lineNode, record.path(of: "line"), "lines are counted from 1; found \(line)")
        }
        let columns = record.value("columns").map { self.columns($0, path: record.path(of: "columns"), log: log) } ?? []
        guard let dataset, let id else { return nil }
        return DataRecord(dataset: dataset, release: release, id: id, file: file, line: line, columns: columns)
    }

    /// `columns:` a mapping of the data set's column names to their texts, in the file's order.
    private static func columns(_ node: YAMLNode, path: String, log: ReadingLog) -> [DataRecord.Column] {
        guard case .mapping(let entries, _) = node else {
            log.failed(at: node, path, "expected the kept columns as a mapping of column names to texts, found \(node.kindDescription)")
            return []
        }
        return entries.compactMap { entry in
            let name = entry.key.text
            let value = log.string(entry.value, "\(path).\(name)", allowEmpty: true)
            return value.map { DataRecord.Column(name, $0) }
        }
    }

    /// `coordinates: [latitude, longitude]`, in decimal degrees.
    static func coordinates(_ fields: Fields, log: ReadingLog) -> Coordinates? {
        guard let node = fields.value("coordinates") else { return nil }
        let path = fields.path(of: "coordinates")
        guard case .sequence(let items, _) = node, items.count == 2 else {
            log.failed(at: node, path, "expected coordinates as [latitude, longitude] in decimal degrees, found \(node.kindDescription)")
            return nil
        }
        guard let latitude = log.number(items[0], path + "[0]"), let longitude = log.number(items[1], path + "[1]") else {
            return nil
        }
        let coordinates = Coordinates(latitude: latitude, longitude: longitude)
        guard coordinates.isOnEarth else {
            log.failed(
                at: node, path,
                "[\(YAMLText.number(latitude)), \(YAMLText.number(longitude))] is no place on the earth: "
                    + "latitude is from -90 to 90 and longitude from -180 to 180")
            return nil
        }
        return coordinates
    }
}
