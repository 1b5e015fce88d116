import ConflictQuery
import ConflictDiagnostics
import ConflictModel

/// The shell's front door: what `conflictq` does once its flags are parsed and its model loaded.
public enum Shell {
    public static let version = "0.1.0"

    /// Runs `-c` queries, then script files, in order, stopping at the first error; with neither,
    /// reads standard input as a script when it is not a terminal, or opens the REPL when it is.
    public static func run(
        _ options: ShellOptions, model: ConflictModel, loadModel: @escaping ModelLoader,
        environment: ShellEnvironment = .current(), connection: (connection: any SQLConnection, facts: SQLFacts)? = nil
    ) -> ExitStatus {
        let console = Console(
            output: FileDescriptorSink(standardStream: 1, environment: environment),
            errors: FileDescriptorSink(standardStream: 2, environment: environment),
            environment: environment, colorChoice: options.color)
        let batch = !options.commands.isEmpty || !options.scriptPaths.isEmpty || !environment.standardInputIsTerminal
        guard batch else {
            return runInteractively(options, model: model, loadModel: loadModel, console: console, connection: connection)
        }
        let session = Session(
            model: model, modelPaths: options.modelPaths, loadModel: loadModel, format: options.format,
            console: console, isInteractive: false, isSafe: options.isSafe,
            library: QueryLibrary.location(in: environment), connection: connection)
        return runBatch(options, session: session, standardInput: StreamLineReader(descriptor: 0).nextLine)
    }

    /// The non-interactive path, apart from where its streams are, so tests can drive it.
    /// A file is read only when its turn comes: after a failure, later files are never touched.
    static func runBatch(_ options: ShellOptions, session: Session, standardInput: @escaping () -> String?) -> ExitStatus {
        var inputs: [(origin: InputOrigin, path: String?)] = options.commands.map { _ in (.typed, nil) }
        inputs += options.scriptPaths.map { $0 == "-" ? (.standardInput, nil) : (.file($0), $0) }
        if inputs.isEmpty { inputs = [(.standardInput, nil)] }
        var commands = options.commands[...]
        for input in inputs {
            let lines: () -> String?
            if let path = input.path {
                do {
                    lines = ScriptRunner.lines(of: try ScriptFile.read(path))
                } catch {
                    session.console.error(error.description)
                    return .queryError
                }
            } else if input.origin == .typed {
                lines = ScriptRunner.lines(of: commands.removeFirst())
            } else {
                lines = standardInput
            }
            switch ScriptRunner.run(lines, from: input.origin, in: session) {
            case .succeeded: continue
            case .quit: return .success
            case .failed(let status): return status
            }
        }
        return .success
    }

    private static func runInteractively(
        _ options: ShellOptions, model: ConflictModel, loadModel: @escaping ModelLoader, console: Console,
        connection: (connection: any SQLConnection, facts: SQLFacts)?
    ) -> ExitStatus {
        Interrupts.installHandler()
        let session = Session(
            model: model, modelPaths: options.modelPaths, loadModel: loadModel, format: options.format,
            console: console, isInteractive: true, isSafe: options.isSafe,
            library: QueryLibrary.location(in: console.environment), isCancelled: { Interrupts.isRequested },
            connection: connection)
        let historyFile = HistoryLocation.path(in: console.environment).map { HistoryFile(path: $0) }
        var loaded: [String] = []
        do {
            let read = try historyFile?.loadNotingSize()
            loaded = read?.entries ?? []
            if let warning = read?.warning { console.warning(warning) }
        } catch {
            console.warning("history not read: \(error)")
        }
        var repl: REPL?
        let provider = CompletionProvider(
            engine: { session.engine }, home: console.environment["HOME"], library: session.library)
        let reader = EditLineReader(
            completer: { line, cursor in
                provider.complete(line: line, cursor: cursor, pendingQuery: repl?.pendingQuery ?? "")
            },
            history: loaded, capacity: historyFile?.capacity ?? 1000)
        repl = REPL(session: session, reader: reader, historyFile: historyFile, loadedHistory: loaded)
        console.print(connection.map { banner(catalog: model, engine: $0.connection) } ?? banner(model: model, paths: options.modelPaths))
        if !reader.editsUTF8 {
            console.warning(
                "the locale's character set is not UTF-8 and no UTF-8 locale (C.UTF-8) is installed: "
                    + "the line editor cannot take text that is not ASCII (\"Türkiye\"); "
                    + "install one, or run queries with such text with -c or from a script")
        }
        // Said now, or the first query would be blamed for it.
        if let failure = console.output.takeFailure() { console.error(failure.description) }
        return repl!.run()
    }

    /// The same line for an engine: where it is, and that its events and claims stay there.
    static func banner(catalog: ConflictModel, engine: any SQLConnection) -> String {
        "conflictq \(version) on \(engine.dialect.engineName) at \(TerminalText.visible(engine.location)): "
            + "\(catalog.actors.count) actors; queries are compiled to SQL and answered there. .help teaches the language; Ctrl-D leaves."
    }

    /// One line that says what is loaded and how to get help; the file names shown visibly.
    static func banner(model: ConflictModel, paths: [String]) -> String {
        let origin = paths == ["builtin"] ? "the built-in model" : TerminalText.visible(paths.joined(separator: ", "))
        return "conflictq \(version) on \(origin): \(model.actors.count) actors, \(model.eventCount) events, "
            + "\(model.claimCount) claims, \(model.statements.count) statements. .help teaches the language; Ctrl-D leaves."
    }
}
