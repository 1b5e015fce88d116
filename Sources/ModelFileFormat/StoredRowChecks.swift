import ConflictModel

/// The checks a store's rows get when it is opened, beside those its entries get as a file's: what
/// they name must exist. The store lists what its rows name, each once, so that a million rows
/// are checked without reading them.
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
        let named = rows.references
        missing("an actor", Set(named.actors), known: actors, "actor")
        missing("an event", Set(named.events), known: events, "part_of")
        missing("a source", Set(named.sources), known: sources, "source")
        return errors
    }
}
