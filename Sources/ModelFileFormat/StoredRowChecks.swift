import ConflictModel

/// The checks a store's rows get when it is opened, beside those its entries get as a file's: what
/// they name must exist. Each column is read once and each text it holds looked up once, so a
/// million rows are checked in a few scans.
enum StoredRowChecks {
    static func check(_ rows: StoredRows, against model: ModelFileContents, file: String) -> [ModelFileError] {
        let actors = Set(model.actors.map(\.value.id))
        let events = Set(model.events.map(\.value.id))
        let sources = Set(model.sources.map(\.value.id))
        var errors: [ModelFileError] = []
        func missing(_ what: String, _ ids: Set<String>, known: Set<String>, _ field: String) {
            for id in ids.subtracting(known).sorted().prefix(10) {
                errors.append(
                    ModelFileError(file: file, line: 1, column: 1, field: field, message: "the stored rows name \(what) \"\(id)\", which the model does not hold"))
            }
        }
        let names = rows.distinctTexts()
        missing("an actor", names.actors, known: actors, "actor")
        missing("an event", names.events, known: events, "part_of")
        missing("a source", names.sources, known: sources, "source")
        if let offset = rows.damagedAt {
            errors.append(ModelFileError(file: file, line: 1, column: 1, field: "", message: "the store is damaged at byte \(offset)"))
        }
        return errors
    }
}
