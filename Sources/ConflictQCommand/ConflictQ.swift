import ModelFileFormat
import ArgumentParser
import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import ConflictShell
import SQLEngines
import Glibc

/// The `conflictq` command: which model to use, and what to do with it.
///
/// Kept thin: loading, checking and writing models live in ConflictModel, and queries, scripts,
/// the REPL and output formats in ConflictShell, so that they are tested without running the binary.
/// The executable only calls `main`.
public struct ConflictQ: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "conflictq",
        abstract: "Ask a conflict report precise questions: who claims what, how exact it is, where it was said.",
        discussion: CommandLineHelp.discussion,
        // BuildInfo is generated at build time by Plugins/BuildInfo: "conflictq 0.1.0 (5716edf, modified)".
        version: "conflictq \(Shell.version) (\(BuildInfo.source))")

    @Option(
        name: [.customShort("c"), .customLong("command")],
        help: ArgumentHelp("Run a query or dot-command. Repeat it to run several, in order.", valueName: "query"))
    var commands: [String] = []

    @Argument(
        help: ArgumentHelp("Scripts (*.cq) to run, in order, after any -c queries; - is standard input.", valueName: "file.cq"))
    var scriptPaths: [String] = []

    @Option(help: ArgumentHelp("How to print results: table, csv, json or markdown.", valueName: "format"))
    var format: OutputFormat = .table

    @Option(help: ArgumentHelp("When to colour output: auto (a terminal without NO_COLOR), always or never.", valueName: "when"))
    var color: ColorChoice = .auto

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
        name: .customLong("safe"),
        help: ArgumentHelp(
            "Refuse the dot-commands that read or write files (.load, .run FILE, .save, .output FILE), to run a "
                + "script from someone else: it can only ask questions, print answers and run your saved queries."))
    var isSafe = false

    @Option(
        name: .customLong("engine"),
        help: ArgumentHelp(
            "Answer queries on an SQL engine holding an export (conflictq export --sql): sqlite:FILE, duckdb:FILE "
                + "or postgres://USER@HOST/DB. Queries are compiled to its SQL; .sql QUERY shows the statement.",
            valueName: "url"))
    var engine: String?

    @Option(
        name: .customLong("show-sql"),
        help: ArgumentHelp(
            "Print the SQL statement each -c query becomes for sqlite, duckdb or postgres, instead of answering it.",
            valueName: "dialect"))
    var showSQL: String?

    @Flag(
        name: .customLong("export-model"),
        help: "Print the model (the built-in one unless --model is given) as a model file.")
    var exportModel = false

    public init() {}

    public func validate() throws {
        if !checkPaths.isEmpty && (!modelPaths.isEmpty || exportModel) {
            throw ValidationError("--check takes the files to check itself; it cannot be combined with --model or --export-model")
        }
        if (!checkPaths.isEmpty || exportModel) && (!commands.isEmpty || !scriptPaths.isEmpty) {
            throw ValidationError("-c and scripts cannot be combined with --check or --export-model")
        }
        if engine != nil && (!modelPaths.isEmpty || !checkPaths.isEmpty || exportModel) {
            throw ValidationError("--engine answers from the engine's tables; it cannot be combined with --model, --check or --export-model")
        }
        if let showSQL, !["sqlite", "duckdb", "postgres"].contains(showSQL.lowercased()) {
            throw ValidationError("--show-sql takes sqlite, duckdb or postgres, not \"\(showSQL)\"")
        }
        if showSQL != nil && commands.isEmpty { throw ValidationError("--show-sql shows the SQL of the -c queries; give one with -c") }
        // An empty argument is a variable that was never set ("$MODEL"), never a file.
        if modelPaths.contains("") { throw ValidationError("--model was given an empty file name") }
        if checkPaths.contains("") { throw ValidationError("--check was given an empty file name") }
        if scriptPaths.contains("") { throw ValidationError("a script's file name is empty") }
    }

    public func run() throws {
        if !checkPaths.isEmpty {
            Self.noteRepeats(checkPaths, color: color)
            let result = NamedPipeWait.noting(checkPaths) { ModelFiles.check(checkPaths, color: color.colorsStandardError) }
            // The files' names, as given: shown visibly, as the errors show them.
            if result.ok { return try Self.writeOutput(TerminalText.visibleLines(result.output) + "\n") }
            StandardError.print(result.output)
            throw ExitCode(ExitStatus.queryError.rawValue)
        }
        guard let options = shellOptions else {
            // --export-model, the one other thing the command line may ask for.
            guard let model = Self.loadModel(modelPathsOrBuiltin, color: color) else {
                throw ExitCode(ExitStatus.modelError.rawValue)
            }
            return try Self.writeOutput(ModelFiles.export(model))
        }
        let status = Self.runShell(options)
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// What the shell is asked to do; nil for `--check` and `--export-model`, which do not start it.
    /// The quick reader, `ShellOptions.parseCommon`, must give the same for every line it takes.
    var shellOptions: ShellOptions? {
        guard checkPaths.isEmpty, !exportModel else { return nil }
        // --show-sql: each -c query as `.sql DIALECT QUERY`, which prints its statement.
        let commands = showSQL.map { dialect in self.commands.map { ".sql \(dialect.lowercased()) \($0)" } } ?? self.commands
        return ShellOptions(
            commands: commands, scriptPaths: scriptPaths, format: format, color: color,
            modelPaths: engine.map { [$0] } ?? modelPathsOrBuiltin, isSafe: isSafe, engine: engine)
    }

    /// Writes what was asked for, or says why it could not and exits 1: a model cut short by a full
    /// disk is not a model.
    private static func writeOutput(_ text: String) throws {
        guard let failure = StandardOutput.write(text) else { return }
        StandardError.print("error: " + failure)
        throw ExitCode(ExitStatus.queryError.rawValue)
    }

    /// The model files, or the built-in model when none is given.
    private var modelPathsOrBuiltin: [String] { modelPaths.isEmpty ? [ModelFiles.builtinPath] : modelPaths }

    /// Loads the model and hands everything to the shell: the one path both command-line readers take.
    private static func runShell(_ options: ShellOptions) -> ExitStatus {
        if let engine = options.engine { return runOnEngine(engine, options) }
        guard let model = loadModel(options.modelPaths, color: options.color) else { return .modelError }
        // The banner, .model and .load name each file once, as it was loaded.
        var options = options
        options.modelPaths = ModelFiles.distinctFiles(options.modelPaths)
        return Shell.run(options, model: model, loadModel: { try ModelFiles.load($0) })
    }

    /// The model, or nil once every error in the files has been printed.
    /// The shell on an engine: its catalog read first, so that a wrong address, a server that is
    /// down or tables of another layout version are said before any query.
    private static func runOnEngine(_ address: String, _ options: ShellOptions) -> ExitStatus {
        let connection: any SQLConnection
        let catalog: ConflictModel
        let facts: SQLFacts
        do {
            connection = try EngineLocation(parsing: address).connect()
            catalog = try EngineCatalog.load(connection)
            facts = try EngineCatalog.facts(connection)
        } catch {
            // The message names the engine as the location prints it, never with a password.
            StandardError.print("error: --engine: " + TerminalText.visible(error.message))
            return .modelError
        }
        return Shell.run(options, model: catalog, loadModel: { try ModelFiles.load($0) }, connection: (connection, facts))
    }

    static func loadModel(_ paths: [String], color: ColorChoice) -> ConflictModel? {
        noteRepeats(paths, color: color)
        do {
            return try NamedPipeWait.noting(paths) { () throws(ModelFileErrors) in try ModelFiles.load(paths) }
        } catch {
            StandardError.print(error.rendered(color: color.colorsStandardError))
            return nil
        }
    }

    /// `note: m.yaml is given 2 times (also as ./m.yaml); it is read once`, on standard error.
    private static func noteRepeats(_ paths: [String], color: ColorChoice) {
        guard paths.count > 1 else { return }
        // Yellow, as the shell's notes are.
        let label = color.colorsStandardError ? "\u{1B}[33mnote:\u{1B}[0m" : "note:"
        for note in ModelFiles.repeatNotes(paths) { StandardError.print(label + " " + TerminalText.visible(note)) }
    }

    /// Swift reads the command line as UTF-8, with U+FFFD for bytes that are not: a file named in
    /// Latin-1 (`caf\xE9.cq`) would be looked for under another name and said not to exist. Such a
    /// name is refused before anything runs, with its bytes shown, and exit 2.
    private static func refuseNamesThatAreNotUTF8(_ paths: [String]) {
        guard paths.contains(where: { $0.contains("\u{FFFD}") }) else { return }
        // The arguments as given, by what Swift made of them: the whole argument, and a value after `=`.
        var given: [String: [UInt8]] = [:]
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            given[String(decoding: bytes, as: UTF8.self)] = bytes
            if bytes.starts(with: Array("--".utf8)), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
                given[String(decoding: bytes[(equals + 1)...], as: UTF8.self)] = Array(bytes[(equals + 1)...])
            }
        }
        guard let bytes = paths.lazy.compactMap({ given[$0] }).first else { return }
        StandardError.print("error: cannot open \(shownWithEscapes(bytes)): the file name is not UTF-8 text")
        Glibc.exit(ExitStatus.usageError.rawValue)
    }

    /// The bytes as text, those that are not UTF-8 written `\xE9`.
    private static func shownWithEscapes(_ bytes: [UInt8]) -> String {
        var shown = ""
        var offset = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                shown.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<(offset + length)] {
                    let hex = String(byte, radix: 16, uppercase: true)
                    shown += "\\x" + (hex.count == 1 ? "0" : "") + hex
                }
                offset += length
            case .emptyInput:
                return shown
            }
        }
    }

    /// ArgumentParser's own `main`, except that a usage error exits with 2, as most Unix tools do,
    /// rather than with ArgumentParser's 64, and that the everyday command lines are read first
    /// without it (`parseCommon`), before anything of argument-parser runs.
    ///
    /// Help and the version are printed here too, through the checked writer, rather than by
    /// argument-parser, which does not look at whether its write worked.
    public static func main() {
        StandardOutput.reportClosedPipes()
        let arguments = Array(CommandLine.arguments.dropFirst())
        // `conflictq draft REPORT`: a command of its own; a script named draft is `./draft`.
        if arguments.first == "draft" {
            run(DraftCommand.self) {
                let command = try DraftCommand.parseAsRoot(Array(arguments.dropFirst()))
                if let draft = command as? DraftCommand {
                    refuseNamesThatAreNotUTF8([draft.report] + draft.into + draft.words + draft.gazetteer + [draft.output ?? ""])
                }
                return command
            }
        }
        // `conflictq import ucdp FILE`: the same, for data set files.
        if arguments.first == "import" {
            run(ImportCommand.self) {
                let command = try ImportCommand.parseAsRoot(Array(arguments.dropFirst()))
                if let parsed = command as? ImportCommand {
                    refuseNamesThatAreNotUTF8(parsed.files + parsed.into + [parsed.output ?? "", parsed.update ?? ""])
                }
                return command
            }
        }
        // `conflictq export --sql DIALECT`: the model as tables for an SQL engine; a script named export is `./export`.
        if arguments.first == "export" {
            run(ExportCommand.self) {
                let command = try ExportCommand.parseAsRoot(Array(arguments.dropFirst()))
                if let parsed = command as? ExportCommand { refuseNamesThatAreNotUTF8(parsed.modelPaths + [parsed.output ?? ""]) }
                return command
            }
        }
        if let options = ShellOptions.parseCommon(arguments) {
            refuseNamesThatAreNotUTF8(options.scriptPaths + options.modelPaths)
            Glibc.exit(runShell(options).rawValue)
        }
        run(ConflictQ.self) {
            let command = try parseAsRoot()
            if let parsed = command as? ConflictQ {
                refuseNamesThatAreNotUTF8(parsed.scriptPaths + parsed.modelPaths + parsed.checkPaths)
            }
            return command
        }
    }

    /// Parses a command line and runs what it asks for, with the exit statuses and checked writes
    /// described at `main`; never returns.
    private static func run<Command: ParsableCommand>(
        _ type: Command.Type, _ parse: () throws -> any ParsableCommand
    ) -> Never {
        do {
            var command = try parse()
            try command.run()
            Glibc.exit(ExitStatus.success.rawValue)
        } catch {
            // --help and --version, which argument-parser reports as a clean exit with a message.
            if Command.exitCode(for: error) == .success, case let message = Command.fullMessage(for: error), !message.isEmpty {
                let failure = StandardOutput.write(message + "\n")
                if let failure { StandardError.print("error: " + failure) }
                Glibc.exit(failure == nil ? ExitStatus.success.rawValue : ExitStatus.queryError.rawValue)
            }
            guard Command.exitCode(for: error) == .validationFailure else { Command.exit(withError: error) }
            // argument-parser quotes the flag or value it refuses as it was given
            // (`--format $'x\e]0;X\a'`): shown visibly, so that it cannot act on the terminal.
            StandardError.print(TerminalText.visibleLines(Command.fullMessage(for: error)))
            Command.exit(withError: ExitCode(ExitStatus.usageError.rawValue))
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension ColorChoice: ExpressibleByArgument {}
