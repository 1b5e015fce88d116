import ArgumentParser
import ConflictModel

/// The `conflictq` command: which model to use, and what to do with it.
///
/// Kept thin: loading, checking and writing models live in ConflictModel, so that they are tested
/// without running the binary.
@main
struct ConflictQ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflictq",
        abstract: "Ask a conflict report precise questions: who claims what, how exact it is, where it was said.",
        discussion: """
            Without --model, conflictq uses its built-in model of one report (National Herald, \
            2026-02-28). A model file is YAML; `conflictq --export-model` prints the built-in model \
            as one, a starting point for a model of your own.

            Exit status:
              0  success
              1  --check found errors
              2  usage error: an unknown option, a missing value
              3  the model could not be loaded
            """)

    @Option(
        name: .customLong("model"),
        help: ArgumentHelp(
            "Use this model file instead of the built-in model. Repeat it to merge files; 'builtin' stands "
                + "for the built-in model (--model builtin --model mine.yaml adds mine.yaml to it).",
            valueName: "file"))
    var modelPaths: [String] = []

    @Option(
        name: .customLong("check"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Check model files, together as --model would load them, and say what each holds or print every "
                + "error as file:line:col: error: message.",
            valueName: "file"))
    var checkPaths: [String] = []

    @Flag(
        name: .customLong("export-model"),
        help: "Print the model (the built-in one unless --model is given) as a model file.")
    var exportModel = false

    func validate() throws {
        if !checkPaths.isEmpty && (!modelPaths.isEmpty || exportModel) {
            throw ValidationError("--check takes the files to check itself; it cannot be combined with --model or --export-model")
        }
    }

    func run() throws {
        if !checkPaths.isEmpty {
            let result = ModelFiles.check(checkPaths)
            if result.ok {
                print(result.output)
                return
            }
            StandardError.print(result.output)
            throw ExitStatus.checkFoundErrors
        }
        let model = try loadModel()
        if exportModel {
            print(ModelFiles.export(model), terminator: "")
            return
        }
        let name = modelPaths.isEmpty ? "the built-in model" : modelPaths.joined(separator: ", ")
        print("Model: \(name) (\(model.countsDescription))")
        print("Run `conflictq --help` for the options.")
    }

    private func loadModel() throws -> ConflictModel {
        do {
            return try ModelFiles.load(modelPaths.isEmpty ? [ModelFiles.builtinPath] : modelPaths)
        } catch {
            StandardError.print(error.description)
            throw ExitStatus.modelError
        }
    }

    /// ArgumentParser's own `main`, except that a usage error exits with 2, as most Unix tools do,
    /// rather than with ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            StandardError.print(fullMessage(for: error))
            exit(withError: ExitStatus.usage)
        }
    }
}
