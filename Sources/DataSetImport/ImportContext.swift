import ConflictModel

/// What the rows of one import share: the data set and release, the source every fact cites, the
/// actors found so far, and the next free claim and statement ids.
struct ImportContext {
    let dataset: String
    let release: String?
    var file: String
    let sourceID: String
    var resolver: ActorResolver
    private let knownActs: [Act]
    /// What was read but looks wrong, such as estimates that disagree: imported, and told.
    private(set) var warnings: [ImportProblem] = []
    /// The rows' ids so far, with the file and line each was first read at.
    private var rowsByID: [String: (file: String, line: Int)] = [:]
    private var claimID: Int
    private var statementID: Int

    init(dataset: String, release: String?, file: String, sourceID: String, known: ConflictModel, firstClaimID: Int, firstStatementID: Int) {
        self.dataset = dataset
        self.release = release
        self.file = file
        self.sourceID = sourceID
        self.resolver = ActorResolver(known: known)
        self.knownActs = known.vocabulary.acts
        self.claimID = firstClaimID
        self.statementID = firstStatementID
    }

    mutating func warn(_ problem: ImportProblem) { warnings.append(problem) }

    /// The acts the statements use, by id, in the order first used.
    private(set) var acts: [Act] = []

    /// The act a statement of CAMEO `code` is: an act of the models imported into whose
    /// code is exactly this one, else `root`, added to the import's vocabulary.
    /// A reciprocal act (a consultation) is taken only for a row with two actors, its participants.
    mutating func act(_ root: Act, cameo code: String, actors: Int) -> Act {
        let chosen = knownActs.first { $0.cameo == code && (!$0.reciprocal || actors == 2) } ?? root
        if !acts.contains(where: { $0.id == chosen.id }) { acts.append(chosen) }
        return chosen
    }

    /// Notes a row's id; one the import has read already is an error: a data set gives each row
    /// one id, and the files of one import are one release.
    mutating func claim(rowID id: String, column: String, _ row: ColumnLayout.Fields) throws(ImportProblem) {
        // By case too: the events' own ids are made lower case, as the model's ids are.
        let key = id.lowercased()
        if let first = rowsByID[key] {
            throw row.problem(
                column, "the id \(id) was given already, at \(first.file):\(first.line); the files of one import are one release, each row once")
        }
        rowsByID[key] = (file, row.line)
    }

    mutating func nextClaimID() -> Int {
        defer { claimID += 1 }
        return claimID
    }

    mutating func nextStatementID() -> Int {
        defer { statementID += 1 }
        return statementID
    }

    /// Where a fact was read: the data set's source, the row's line for a paragraph, and the cell
    /// it was read from, with its column's name, for an excerpt.
    func ref(_ row: ColumnLayout.Fields, _ column: String) -> SourceRef {
        SourceRef(source: sourceID, paragraph: row.line, excerpt: "\(column): \(row[column])")
    }

    /// The row's record: its id, its place in the file, and its non-empty columns the model has no
    /// place of its own for.
    func record(id: String, _ row: ColumnLayout.Fields, keepingAllBut mapped: Set<String>) -> DataRecord {
        let kept = zip(row.layout.names, row.values).filter {
            !mapped.contains($0.0) && !$0.1.isEmpty && ColumnLayout.isPlainName($0.0)
        }
        return DataRecord(
            dataset: dataset, release: release, id: id, file: file, line: row.line, columns: kept.map { DataRecord.Column($0, $1) })
    }

    /// The actor a data set names: a government, state forces or an armed group, by the data set's
    /// usual wording ("Government of Pakistan", "Military Forces of Pakistan (2018-)").
    mutating func actor(_ name: String, _ row: ColumnLayout.Fields) -> String {
        if resolver.knows(name) { return resolver.resolve(name, kind: .armedGroup) }
        for (prefix, kind) in [("Government of ", Actor.Kind.government), ("Military Forces of ", .armedForce), ("Police Forces of ", .armedForce)]
        where name.hasPrefix(prefix) {
            var rest = String(name.dropFirst(prefix.count))
            if rest.hasPrefix("the ") { rest.removeFirst(4) }
            let stateName = rest.split(separator: "(").first.map { String($0).trimmingSpaces } ?? rest
            let state = resolver.resolve(stateName, kind: .state)
            // As the built-in model has it: Pakistan's government and its army are both part of Pakistan.
            return resolver.resolve(name, kind: kind, partOf: state)
        }
        return resolver.resolve(name, kind: .armedGroup)
    }

    /// Coordinates given as two columns: both or neither, and on the earth.
    func coordinates(_ latitude: Double?, _ longitude: Double?, _ row: ColumnLayout.Fields) throws(ImportProblem) -> Coordinates? {
        switch (latitude, longitude) {
        case (nil, nil): return nil
        case (let latitude?, let longitude?):
            let coordinates = Coordinates(latitude: latitude, longitude: longitude)
            guard coordinates.isOnEarth else {
                throw row.problem(
                    (-90...90).contains(latitude) ? "longitude" : "latitude",
                    "(\(latitude), \(longitude)) is no place on the earth")
            }
            return coordinates
        default:
            throw row.problem(latitude == nil ? "latitude" : "longitude", "is empty, but the other coordinate is given")
        }
    }
}
