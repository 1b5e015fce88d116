import ArgumentParser
import ConflictDiagnostics
import ConflictModel
import ConflictShell
import DataSetImport
import ModelFileFormat

/// `conflictq import ucdp|acled|gdelt FILE...`: data set files as a model file of their events,
/// figures and statements, every figure the data set's claim. The model file goes to standard
/// output or `--output`; what was read, and each row that could not be, to standard error.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflictq import",
        abstract: "Import UCDP GED, ACLED or GDELT files as a model file.",
        discussion: """
            Columns are found by their names in the file's header (GDELT's exports have none: its 61 columns are \
            read in their documented order). Actors are resolved to those of the models given with --into and of \
            the alias table Models/datasets/aliases.yaml; a name found in neither stays an actor of its own, and \
            --unresolved lists them. A row that cannot be read is an error naming its file, line and column, and \
            nothing is written unless --skip-bad-rows is given, which leaves such rows out and lists each one.
            """)

    /// The most a data set file may be: GED's whole release is about 300 MB.
    static let maximumFileSize = 2 << 30

    @Argument(help: ArgumentHelp("The data set: ucdp (UCDP GED), acled or gdelt.", valueName: "dataset"))
    var dataset: String

    @Argument(help: ArgumentHelp("The files to import, read as one release; - is standard input.", valueName: "file"))
    var files: [String] = []

    @Option(
        help: ArgumentHelp(
            "Write the model file here instead of standard output; a name ending in .cqstore writes a store, "
                + "for more rows than a model file holds.",
            valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Resolve actors to this model's too, and number claims after its own (repeat it as --model); "
                + "timeline when not given.",
            valueName: "model"))
    var into: [String] = []

    @Option(help: ArgumentHelp("The data set's release (\"23.1\"), when the file name does not say it.", valueName: "release"))
    var release: String?

    @Option(
        help: ArgumentHelp(
            "Bring this earlier import of the data set up to date, in place unless --output is given: a row given again "
                + "replaces its old event and figures, a new row is added.",
            valueName: "model"))
    var update: String?

    @Flag(help: "With --update: the files are the data set's whole release, so an old row they no longer give is removed.")
    var wholeRelease = false

    @Flag(help: "Leave out the rows that cannot be read, listing each, instead of writing nothing.")
    var skipBadRows = false

    @Flag(help: "List the names that resolve to no known actor, with how many rows give each, instead of the model file.")
    var unresolved = false

    var kind: DataSetImporter.Kind? { DataSetImporter.Kind(rawValue: dataset.lowercased()) }

    func validate() throws {
        guard kind != nil else {
            let names = DataSetImporter.Kind.allCases.map(\.rawValue)
            throw ValidationError(
                "no data set \"\(TerminalText.visible(dataset))\"; conflictq imports " + names.joined(separator: ", ")
                    + Suggestions.phrase(Suggestions.close(to: dataset, in: names)))
        }
        if files.isEmpty { throw ValidationError("no file to import: give one or more \(dataset) files") }
        if files.contains("") { throw ValidationError("a file name is empty") }
        if output == "" { throw ValidationError("--output was given an empty file name") }
        if update == "" { throw ValidationError("--update was given an empty file name") }
        if wholeRelease && update == nil { throw ValidationError("--whole-release says what the files are to an --update: give the import to update") }
    }

    func run() throws {
        guard let kind else { return }
        var read: [DataSetImporter.File] = []
        for path in files {
            switch CommandFiles.readBytes(path, what: "a data set file", limit: Self.maximumFileSize) {
            case .success(let bytes): read.append(DataSetImporter.File(name: path == "-" ? "standard input" : path, bytes: bytes))
            case .failure(let error): throw Self.failure(error.description, status: .queryError)
            }
        }
        let known: ConflictModel
        var earlier: ConflictModel?
        do {
            // An earlier import reads alone, and its actors and ids count as known ones. A store's
            // rows are made entries: the update replaces and adds rows among them.
            if let update { earlier = try ModelFiles.load([update]).materialized() }
            known = try ModelFiles.load(
                (into.isEmpty ? [ShippedModels.timeline] : into) + [DataSetImporter.aliasTable] + [update].compactMap { $0 }
            ).materialized()
        } catch {
            StandardError.print(error.rendered())
            throw ExitCode(ExitStatus.modelError.rawValue)
        }
        let result = DataSetImporter(kind, release: release, known: known).read(read)
        for problem in result.problems.prefix(DataSetImporter.problemsListed) { StandardError.print("error: " + problem.description) }
        if result.problems.count > DataSetImporter.problemsListed {
            StandardError.print("error: and \(result.problems.count - DataSetImporter.problemsListed) more")
        }
        for warning in result.warnings.prefix(DataSetImporter.problemsListed) { StandardError.print("warning: " + warning.description) }
        if result.warnings.count > DataSetImporter.problemsListed {
            StandardError.print("warning: and \(result.warnings.count - DataSetImporter.problemsListed) more")
        }
        if unresolved {
            let lines = result.unresolved.map { "\($0.rows)\t\(TerminalText.visible($0.name))" }
            if let failure = StandardOutput.write(lines.map { $0 + "\n" }.joined()) { throw Self.failure(failure, status: .queryError) }
            return
        }
        if !result.problems.isEmpty && !skipBadRows {
            throw Self.failure(
                "nothing was imported: \(result.problems.count) problem\(result.problems.count == 1 ? "" : "s") above; "
                    + "fix the rows, or pass --skip-bad-rows to leave them out", status: .queryError)
        }
        var summary = DataSetImporter.summary(result, kind: kind)
        var model = result.model
        if let earlier, let update {
            let updated = ImportUpdate(earlier, with: result, kind: kind, wholeRelease: wholeRelease)
            model = updated.model
            summary += "\n\(update): \(updated.revised) row\(updated.revised == 1 ? "" : "s") revised, \(updated.added) added, "
                + "\(updated.removed) removed" + (wholeRelease ? "" : " (with --whole-release, the rows the files no longer give)")
        }
        // A store (`*.cqstore`) is bytes; anything else is a model file.
        if let path = output ?? update, ModelStore.isStore(path) {
            if let failure = CommandFiles.write(bytes: ModelFiles.exportStore(model), to: path) {
                throw Self.failure(failure, status: .queryError)
            }
            StandardError.print(TerminalText.visibleLines(summary))
            return
        }
        let text = DataSetImporter.modelFile(model, kind: kind, files: files)
        // A model file over the limit could not be loaded: better no file than one that fails later.
        if text.utf8.count > ModelFiles.maximumFileSize {
            throw Self.failure(
                "nothing was written: the model file of \(result.rows) rows would be \(text.utf8.count >> 20) MiB, more than the "
                    + "\(ModelFiles.maximumFileSize >> 20) MiB a model file may have (a few thousand rows of \(kind.dataset)); "
                    + "write a store instead (--output FILE\(ModelStore.fileExtension))", status: .queryError)
        }
        if let path = output ?? update {
            if let failure = CommandFiles.write(text, to: path) { throw Self.failure(failure, status: .queryError) }
        } else if let failure = StandardOutput.write(text) {
            throw Self.failure(failure, status: .queryError)
        }
        StandardError.print(TerminalText.visibleLines(summary))
    }

    private static func failure(_ message: String, status: ExitStatus) -> ExitCode {
        StandardError.print("error: " + message)
        return ExitCode(status.rawValue)
    }
}
