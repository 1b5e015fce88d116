import ConflictModel
import ConflictDiagnostics

/// Puts several model files together as one model: entries in the order the files were given, each
/// id defined once, and the vocabulary that files share declared the same way in each.
enum ModelMerge {
    static func merge(_ files: [ModelFileContents]) -> (merged: ModelFileContents, errors: [ModelFileError]) {
        var errors: [ModelFileError] = []
        var merged = ModelFileContents(file: "")
        // Entries with errors are never merged with others, but are renamed and filled in as they are.
        for file in files { merged.partial.append(file.partial) }
        merged.cameoVersion = sameCameoVersion(files.compactMap(\.cameoVersion), &errors)
        merged.units = sameDeclarations(
            files.flatMap(\.units), "unit", id: \.id,
            fields: [("description", { quote($0.description) }), ("continues", { $0.continues.map(quote) ?? "none" })],
            &errors)
        merged.measures = sameDeclarations(
            files.flatMap(\.measures), "measure", id: \.id,
            fields: [("description", { quote($0.description) }), ("unit", { $0.unit.map(quote) ?? "none" })], &errors)
        merged.acts = sameDeclarations(
            files.flatMap(\.acts), "act", id: \.id,
            fields: [
                ("label", { quote($0.label) }), ("verbs", { "[" + $0.verbs.map(quote).joined(separator: ", ") + "]" }),
                ("cameo", { quote($0.cameo) }), ("cameo_name", { quote($0.cameoName) }),
                ("reciprocal", { $0.reciprocal ? "true" : "false" }),
            ], &errors)
        merged.sources = uniqueIDs(files.flatMap(\.sources), "source", id: \.id, &errors)
        let actors = SameActors(files.flatMap(\.actors))
        errors += actors.errors
        merged.actors = actors.kept
        merged.events = uniqueIDs(files.flatMap(\.events), "event", id: \.id, sources: \.sources, &errors)
        // Units are filled in first, so that a claim written without its measure's unit is the
        // same claim as one written with it, in another file.
        let measures = merged.measures + merged.partial.measures
        var claims = files.flatMap(\.claims)
        fillUnitsFromMeasures(&claims, measures: measures)
        merged.claims = uniqueIDs(claims, "claim", id: \.id, sources: \.sources, &errors)
        merged.statements = uniqueIDs(files.flatMap(\.statements), "statement", id: \.id, sources: \.sources, &errors)
        if !actors.renamed.isEmpty { ActorReferences.rename(actors.renamed, in: &merged) }
        // A measure with errors may still say its unit: its claims count in it, and are not told
        // they name none.
        fillUnitsFromMeasures(&merged.partial.claims, measures: measures)
        merged.claims = SameFacts.claims(merged.claims)
        merged.statements = SameFacts.statements(merged.statements)
        merged.unreadable = files.reduce(into: []) { $0.formUnion($1.unreadable) }
        merged.isReadable = files.allSatisfy(\.isReadable)
        return (merged, errors)
    }

    private static func withoutSources<Value>(_ value: Value, _ sources: WritableKeyPath<Value, [SourceRef]>) -> Value {
        var value = value
        value[keyPath: sources] = []
        return value
    }

    /// A claim that names no unit counts in its measure's, which may be declared in another file:
    /// filled in once every file's measures are known. One the measure cannot fill stays empty,
    /// and the validator says so.
    private static func fillUnitsFromMeasures(_ claims: inout [Located<Claim>], measures: [Located<Measure>]) {
        guard claims.contains(where: { $0.value.unit.isEmpty }) else { return }
        let units = Dictionary(measures.map { ($0.value.id, $0.value.unit) }, uniquingKeysWith: { first, _ in first })
        for index in claims.indices where claims[index].value.unit.isEmpty {
            if let unit = units[claims[index].value.measure] ?? nil { claims[index].value.unit = unit }
        }
    }

    /// The first of each id; a later one that says the same but for its sources adds them to it
    /// (one event in two reports), and any other later one is an error that names both places.
    private static func uniqueIDs<Value: Equatable, ID: Hashable>(
        _ entries: [Located<Value>], _ kind: String, id: (Value) -> ID,
        sources: WritableKeyPath<Value, [SourceRef]>? = nil, _ errors: inout [ModelFileError]
    ) -> [Located<Value>] {
        // Positions in `unique`, not the entries themselves: a dictionary of 100,000 claims copied
        // each claim again whenever it grew. When every id is given once, which is most loads,
        // the entries are given back as they are, with no copy of them made.
        var first: [ID: Int] = [:]
        first.reserveCapacity(entries.count)
        var givenTwice = false
        for entry in entries where first.updateValue(first.count, forKey: id(entry.value)) != nil {
            givenTwice = true
            break
        }
        guard givenTwice else { return entries }
        first.removeAll(keepingCapacity: true)
        var unique: [Located<Value>] = []
        unique.reserveCapacity(entries.count)
        for entry in entries {
            let key = id(entry.value)
            guard let position = first[key] else {
                first[key] = unique.count
                unique.append(entry)
                continue
            }
            let earlier = unique[position]
            // Within one file, an id given twice is a mistake, whatever the entries say.
            let sameFile = earlier.positions.file == entry.positions.file
            if !sameFile, let sources, withoutSources(earlier.value, sources) == withoutSources(entry.value, sources) {
                unique[position].value[keyPath: sources] += entry.value[keyPath: sources].filter {
                    !earlier.value[keyPath: sources].contains($0)
                }
                continue
            }
            if !sameFile && sources == nil && earlier.value == entry.value { continue }
            let (here, there) = placed(earlier, entry)
            let rule = sameFile ? "" : ", differently; entries of one id must agree in everything but their sources"
            errors.append(
                here.error("id", "duplicate \(kind) id \(show(key)): also defined \(there.placeDescription(of: "id"))" + rule))
        }
        return unique
    }

    /// One entry per id: files may declare the same measure or act, but only the same way.
    private static func sameDeclarations<Value: Equatable>(
        _ entries: [Located<Value>], _ kind: String, id: (Value) -> String,
        fields: [(name: String, text: (Value) -> String)], _ errors: inout [ModelFileError]
    ) -> [Located<Value>] {
        var first: [String: Located<Value>] = [:]
        var unique: [Located<Value>] = []
        for entry in entries {
            let key = id(entry.value)
            guard let earlier = first[key] else {
                first[key] = entry
                unique.append(entry)
                continue
            }
            if earlier.value == entry.value { continue }
            let (here, there) = placed(earlier, entry)
            let field = fields.first { $0.text(here.value) != $0.text(there.value) } ?? fields[0]
            errors.append(
                here.error(
                    field.name,
                    "the \(kind) \(quote(key)) is declared differently \(there.placeDescription(of: field.name)): "
                        + "\(field.name) \(field.text(there.value)) there, \(field.text(here.value)) here; "
                        + "every declaration of one \(kind) must be the same"))
        }
        return unique
    }

    /// The acts' codes of all files must come from one version of the CAMEO scheme.
    private static func sameCameoVersion(_ versions: [Located<String>], _ errors: inout [ModelFileError]) -> Located<String>? {
        guard let first = versions.first else { return nil }
        for later in versions.dropFirst() where later.value != first.value {
            let (here, there) = placed(first, later)
            errors.append(
                here.error(
                    "", "cameo_version \(quote(here.value)) differs from \(quote(there.value)) \(there.placeDescription()); "
                        + "files loaded together must use one CAMEO version"))
        }
        return first
    }

    /// Which of two clashing entries the error is put at: the later one, unless only the earlier one
    /// was written in a file (the built-in model has no lines to point at).
    private static func placed<Value>(_ earlier: Located<Value>, _ later: Located<Value>) -> (here: Located<Value>, there: Located<Value>) {
        if later.position() == nil && earlier.position() != nil { return (earlier, later) }
        return (later, earlier)
    }

    private static func show(_ id: some Hashable) -> String {
        if let text = id as? String { return quote(text) }
        return "\(id)"
    }

    private static func quote(_ text: String) -> String { "\"\(text)\"" }
}
