import ConflictModel
import ConflictDiagnostics

/// Loading, checking and writing model files: the YAML files in which users describe conflicts of
/// their own reports. The format is described in the README and in `Schema/conflictq-model.schema.json`.
public enum ModelFiles {
    /// Whether a model file can hold a figure as its writer writes it: what a draft or an import
    /// may give as a claim's value.
    public static func canHold(_ figure: Double) -> Bool {
        ReadingLog.holdsExactly(figure, written: YAMLText.number(figure))
    }

    /// The path that stands for the built-in model, so that `--model builtin --model mine.yaml` adds a
    /// file to it. A file that is really named `builtin` can be given as `./builtin`.
    public static let builtinPath = "builtin"

    /// 16 MiB. Hundreds of times what the model of a long report takes (the built-in one exports to
    /// about 25 KB), and small enough to refuse a wrong file, a log or a data dump, before reading it.
    public static let maximumFileSize = 16 * 1024 * 1024

    /// The model that the files make together, in the order given; `builtin` stands for the built-in
    /// model. Throws every error of every file, and never gives a model made of the good parts.
    public static func load(_ paths: [String]) throws(ModelFileErrors) -> ConflictModel {
        // The usual start-up pays nothing for the built-in model, which the tests keep valid.
        if paths == [builtinPath] { return .builtin }
        return try readAndAssemble(expandingShippedModels(listedOnce(paths).paths).map(text(of:))).model.get()
    }

    /// The model in one file's text; `path` is only the name its errors give.
    public static func load(text: String, path: String) throws(ModelFileErrors) -> ConflictModel {
        try readAndAssemble([(path, .success(text))]).model.get()
    }

    /// A text file read as model files are, with their limits and their errors: for the other
    /// files conflictq reads, such as the drafter's word lists and reports.
    public static func readText(_ path: String) throws(ModelFileError) -> String {
        try ModelFileText.read(path).get()
    }

    /// A draft's model file: `header` as its opening comment, and above each entry the
    /// comments `comments` gives for its section and id ("review: ...").
    public static func export(
        _ model: ConflictModel, header: [String], comments: @escaping (_ section: String, _ id: String) -> [String]
    ) -> String {
        ModelFileWriter.write(model.materialized(), header: header, comments: comments)
    }

    /// The model as a store's bytes (`ModelStore`), which load back to an equal model.
    public static func exportStore(_ model: ConflictModel) -> [UInt8] {
        ModelStore.write(model)
    }

    /// The model as model file text, which loads back to an equal model.
    /// A store's rows are written as the entries they stand for.
    public static func export(_ model: ConflictModel) -> String {
        ModelFileWriter.write(model.materialized())
    }

    /// What `conflictq --check FILE...` prints: the files are checked together, as `--model` would
    /// load them, and for each file what it holds, or else every error one a line.
    /// Errors are shown with the line of the file they are on; `color` paints them for a terminal.
    public static func check(_ paths: [String], color: Bool = false) -> (output: String, ok: Bool) {
        guard !paths.isEmpty else { return ("no model files to check", false) }
        let (files, model) = readAndAssemble(expandingShippedModels(listedOnce(paths).paths).map(text(of:)))
        switch model {
        case .success:
            let lines = files.map { "\($0.contents.file): ok: \($0.contents.countsDescription)" }
            return (lines.joined(separator: "\n"), true)
        case .failure(let errors):
            return (errors.rendered(color: color), false)
        }
    }

    // MARK: - Steps

    private typealias FileReading = (contents: ModelFileContents, errors: [ModelFileError])
    /// A file's path and its text, or why it could not be read: read once, even when parsed twice.
    private typealias FileText = (path: String, text: Result<String, ModelFileError>)

    /// What to say of the files given more than once, each once however many times it is given:
    /// `m.yaml is given 2 times (also as ./m.yaml); it is read once`. `load` and `check` take each
    /// file once; these notes are for the user, who may have meant two files.
    public static func repeatNotes(_ paths: [String]) -> [String] {
        listedOnce(paths).repeats.map { names in
            let what = names[0] == builtinPath ? "the built-in model" : names[0]
            var seen: Set<String> = [names[0]]
            let others = names.filter { seen.insert($0).inserted }
            let also = others.isEmpty ? "" : " (also as " + others.joined(separator: ", ") + ")"
            return "\(what) is given \(names.count) times\(also); it is read once"
        }
    }

    /// The paths as `load` takes them: each file once, under the name it is first given as.
    public static func distinctFiles(_ paths: [String]) -> [String] {
        listedOnce(paths).paths
    }

    /// The name under which `path`'s file is among `paths` already, if it is: `.load ./m.yaml` after
    /// `--model m.yaml` loads nothing new.
    public static func earlierName(of path: String, in paths: [String]) -> String? {
        let identity = FileIdentity(of: path)
        return paths.first { FileIdentity(of: $0) == identity }
    }

    /// Each file once, in the order first given, under the name it was first given as; and for each
    /// file given more than once, every name it was given as. A file merged with itself would only
    /// repeat every id it holds, once a copy, and ten thousand copies would be read ten thousand
    /// times; the shipped models' expansion likewise skips a file listed already.
    private static func listedOnce(_ paths: [String]) -> (paths: [String], repeats: [[String]]) {
        var names: [FileIdentity: [String]] = [:]
        var order: [FileIdentity] = []
        for path in paths {
            let identity = FileIdentity(of: path)
            if names[identity] == nil { order.append(identity) }
            names[identity, default: []].append(path)
        }
        let once = order.map { names[$0]![0] }
        return (once, order.compactMap { names[$0]!.count > 1 ? names[$0] : nil })
    }

    private static func text(of path: String) -> FileText {
        // The built-in model and stores are read whole, not as text.
        if path == builtinPath || ModelStore.isStore(path) { return (path, .success("")) }
        if let embedded = ShippedModels.text(of: path) { return (path, .success(embedded)) }
        return (path, ModelFileText.read(path))
    }

    /// The names of shipped models replaced by their files. A file one of them brings in that is
    /// already listed (`--model builtin --model timeline`) is not listed again: the user named it
    /// once.
    private static func expandingShippedModels(_ paths: [String]) -> [String] {
        guard paths.contains(where: { $0 != builtinPath && ShippedModels.paths(of: $0) != nil }) else { return paths }
        var expanded: [String] = []
        for path in paths {
            guard let files = ShippedModels.paths(of: path) else {
                expanded.append(path)
                continue
            }
            expanded += files.filter { !expanded.contains($0) }
        }
        return expanded
    }

    /// Reads the files without noting where each value was written, then merges and checks them;
    /// only if that finds errors are they read again, noting it, so that every error points at its
    /// line. Noting every value's place was 40% of the time it took to load a large model and
    /// almost half its memory, and only errors need it.
    private static func readAndAssemble(
        _ texts: [FileText]
    ) -> (files: [FileReading], model: Result<ConflictModel, ModelFileErrors>) {
        let quick = texts.map { read($0, notingPositions: false) }
        let model = assemble(quick)
        guard case .failure = model else { return (quick, model) }
        let careful = texts.map { read($0, notingPositions: true) }
        // The errors keep the files' texts, to show the line each one is on.
        var readTexts: [String: String] = [:]
        for file in texts { if case .success(let text) = file.text, file.path != builtinPath, !ModelStore.isStore(file.path) { readTexts[file.path] = text } }
        return (careful, assemble(careful).mapError { ModelFileErrors($0.errors, texts: readTexts) })
    }

    private static func read(_ file: FileText, notingPositions: Bool) -> FileReading {
        if file.path == builtinPath { return (ModelFileContents(builtin: .builtin), []) }
        if ModelStore.isStore(file.path) { return readStore(file.path) }
        let text: String
        switch file.text {
        case .success(let read): text = read
        case .failure(let error): return unreadable(file.path, error)
        }
        if text.utf8.count > maximumFileSize {
            return unreadable(
                file.path, ModelFileError(file: file.path, line: 1, column: 1, field: "", message: ModelFileText.tooLarge(text.utf8.count)))
        }
        switch YAMLDocument.parse(text, file: file.path) {
        case .success(let root):
            // A value a line, about: reserving that many positions spares rehashing them all as they grow.
            let lines = notingPositions ? text.utf8.count { $0 == UInt8(ascii: "\n") } : 0
            return ModelFileReader.read(root, file: file.path, notesPositions: notingPositions, expectedValues: lines)
        case .failure(let error): return unreadable(file.path, error)
        }
    }

    /// A store's model from its bytes, with the checks a file's has; `path` is only the name its
    /// errors give.
    public static func loadStore(bytes: [UInt8], path: String) throws(ModelFileErrors) -> ConflictModel {
        let reading = readStore(bytes, path)
        guard reading.errors.isEmpty else { throw ModelFileErrors(reading.errors) }
        return try assemble([reading]).get()
    }

    /// A store's entries, read from its bytes; they are checked and merged as a file's are, and its
    /// rows come with them.
    private static func readStore(_ path: String) -> FileReading {
        switch MappedFile.map(path, limit: ModelStore.maximumSize) {
        case .failure(let error): return unreadable(path, error)
        case .success(let file): return readStore(file.bytes, owner: file, path)
        }
    }

    private static func readStore(_ bytes: [UInt8], _ path: String) -> FileReading {
        let copy = CopiedBytes(bytes)
        return readStore(copy.bytes, owner: copy, path)
    }

    private static func readStore(_ bytes: UnsafeRawBufferPointer, owner: any Sendable, _ path: String) -> FileReading {
        do {
            let (entries, rows) = try ModelStoreReader.read(bytes, owner: owner)
            var contents = ModelFileContents(entries, file: path)
            contents.rows = rows
            // Its entries are of this file, which has no lines to point at.
            contents.attach(FilePositions(file: path, byPath: [:]))
            return (contents, [])
        } catch {
            return unreadable(
                path,
                ModelFileError(
                    file: path, line: 1, column: 1, field: "", message: "the store is damaged at byte \(error.offset): \(error.what)"))
        }
    }

    private static func unreadable(_ path: String, _ error: ModelFileError) -> FileReading {
        var contents = ModelFileContents(file: path)
        contents.isReadable = false
        return (contents, [error])
    }

    /// Merges the files, checks the whole, and makes the model only if no step found an error.
    private static func assemble(_ files: [FileReading]) -> Result<ConflictModel, ModelFileErrors> {
        var errors = files.flatMap(\.errors)
        var contents = files.map(\.contents)
        // One store's rows stay columns; with more than one, every store's rows become entries,
        // which the merge then finds repeats among.
        let stored = contents.indices.filter { contents[$0].rows != nil }
        if stored.count > 1 { for index in stored { contents[index].makeRowsEntries() } }
        let rows = stored.count == 1 ? contents[stored[0]].rows : nil
        let (merged, mergeErrors) = ModelMerge.merge(contents)
        errors += mergeErrors
        errors += ModelValidator.check(merged)
        if let rows, let file = stored.first.map({ contents[$0].file }) { errors += StoredRowChecks.check(rows, against: merged, file: file) }
        guard errors.isEmpty else { return .failure(ModelFileErrors(sorted(errors, files: files.map(\.contents.file)))) }
        let vocabulary = Vocabulary(
            units: merged.units.map(\.value), measures: merged.measures.map(\.value), acts: merged.acts.map(\.value),
            cameoVersion: merged.cameoVersion?.value ?? Vocabulary().cameoVersion)
        return .success(
            ConflictModel(
                vocabulary: vocabulary, sources: merged.sources.map(\.value), actors: merged.actors.map(\.value),
                events: merged.events.map(\.value), claims: merged.claims.map(\.value),
                statements: merged.statements.map(\.value), rows: rows))
    }

    /// In the order the files were given, then by line and column: the order a reader fixes them in.
    private static func sorted(_ errors: [ModelFileError], files: [String]) -> [ModelFileError] {
        var order: [String: Int] = [:]
        for (index, file) in files.enumerated() where order[file] == nil { order[file] = index }
        return errors.enumerated().sorted { a, b in
            let left = (order[a.element.file ?? ""] ?? files.count, a.element.line ?? 0, a.element.column ?? 0, a.offset)
            let right = (order[b.element.file ?? ""] ?? files.count, b.element.line ?? 0, b.element.column ?? 0, b.offset)
            return left < right
        }.map(\.element)
    }
}
