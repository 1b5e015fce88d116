import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import ModelFileFormat
import SQLExport

/// Everything the shell remembers between inputs (the model, the output format and destination,
/// the last result, the queries that worked), and the running of each unit against it.
///
/// The REPL, scripts and `-c` all go through `execute`, so a query or dot-command behaves the same
/// whichever way it arrives.
final class Session {
    private(set) var engine: QueryEngine
    private(set) var modelPaths: [String]
    private(set) var format: OutputFormat
    private(set) var timerIsOn = false
    /// The last query's answer, for `.why`; nil before the first query succeeds.
    private(set) var lastResults: [ResultTable]?
    /// The session's successful queries, and the dot-commands that shape their results, as typed:
    /// what `.save` writes.
    private(set) var transcript: [String] = []
    /// The last query that succeeded, as written, but for those a `.run` ran: what `.save NAME` keeps.
    private(set) var lastQuery: String?
    let console: Console
    /// Interactive sessions confirm what dot-commands did; scripts stay quiet so their output is only results.
    let isInteractive: Bool
    /// What `.history` lists: the REPL's history; nothing when reading a script.
    var historyEntries: () -> [String] = { [] }
    /// Refuses the dot-commands that read or write files (`--safe`).
    let isSafe: Bool
    /// Where `.save NAME` keeps queries and `.run NAME` finds them; nil when there is nowhere.
    let library: QueryLibrary?

    private let loadModel: ModelLoader
    private let isCancelled: () -> Bool
    private var redirection: (path: String, sink: FileDescriptorSink)?
    /// How deep `.run` has gone: units inside a `.run` are not added to the transcript (the `.run` is).
    private var scriptDepth = 0

    /// Deep enough for any sane use, shallow enough to stop a script that runs itself.
    static let deepestScriptNesting = 16

    init(
        model: ConflictModel, modelPaths: [String], loadModel: @escaping ModelLoader, format: OutputFormat,
        console: Console, isInteractive: Bool, isSafe: Bool = false, library: QueryLibrary? = nil,
        isCancelled: @escaping () -> Bool = { false }, connection: (connection: any SQLConnection, facts: SQLFacts)? = nil
    ) {
        self.engine = connection.map { QueryEngine(engine: $0.connection, catalog: model, facts: $0.facts) } ?? QueryEngine(model: model)
        self.modelPaths = modelPaths
        self.loadModel = loadModel
        self.format = format
        self.console = console
        self.isInteractive = isInteractive
        self.isSafe = isSafe
        self.library = library
        self.isCancelled = isCancelled
    }

    func execute(_ unit: ScriptUnit, from origin: InputOrigin) -> UnitOutcome {
        let outcome: UnitOutcome
        switch unit.kind {
        case .query: outcome = runQuery(unit, from: origin)
        case .dotCommand: outcome = runDotCommand(unit, from: origin)
        }
        // Results that could not be written (a full disk, a closed pipe) are lost: the unit failed,
        // whatever it computed, and a script must not go on as if it had not.
        let failures = [redirection?.sink.takeFailure(), console.output.takeFailure()].compactMap { $0 }
        guard !failures.isEmpty else { return outcome }
        for failure in failures { console.error(failure.description, in: origin, line: unit.firstLine) }
        return outcome == .succeeded ? .failed(.queryError) : outcome
    }

    // MARK: Queries

    private func runQuery(_ unit: ScriptUnit, from origin: InputOrigin) -> UnitOutcome {
        // A parameter left in a query is no query: the lexer would call the `$` an unexpected
        // character, when it is a value that nothing gave.
        if let reference = QueryTemplate.references(in: unit.text).first {
            let diagnostic = Diagnostic(
                "$\(reference.name) is a parameter, and nothing gives it a value here: .run NAME \(reference.name)=VALUE "
                    + "fills it in a saved query or a script", at: reference.range)
            console.report(diagnostic, in: unit.text, fileName: origin.name, lineOffset: unit.firstLine - 1)
            return .failed(.queryError)
        }
        let clock = ContinuousClock()
        let started = clock.now
        let tables: [ResultTable]
        do {
            switch try engine.run(unit.text, isCancelled: isCancelled) {
            case .answered(let answered): tables = answered
            case .cancelled:
                // Not an error: the user stopped it, and knows why.
                console.message("cancelled")
                return .failed(.queryError)
            }
        } catch {
            console.report(error, in: unit.text, fileName: origin.name, lineOffset: unit.firstLine - 1)
            return .failed(.queryError)
        }
        show(tables)
        lastResults = tables
        if scriptDepth == 0 { lastQuery = unit.text.trimmingBlanks() }
        record(unit)
        if timerIsOn { console.message("time: " + Self.milliseconds(clock.now - started)) }
        return .succeeded
    }

    /// Prints results in the session's format to wherever results go now; notes the format cannot
    /// hold go to standard error.
    private func show(_ tables: [ResultTable]) {
        let sink: any TextSink = redirection?.sink ?? console.output
        let style = RenderStyle.forDestination(
            isTerminal: sink.isTerminal, columns: sink.columns, environment: console.environment,
            colorChoice: console.colorChoice)
        let formatter = format.formatter(style: style)
        sink.write(formatter.format(tables))
        sink.flush()
        if !formatter.includesNotes {
            for note in tables.flatMap(\.notes) { console.note(note) }
        }
    }

    private func record(_ unit: ScriptUnit) {
        // Without the blanks around it, such as the space Tab completion leaves after a word.
        if scriptDepth == 0 { transcript.append(unit.text.trimmingBlanks()) }
    }

    /// "0.42 ms", without Foundation's number formatting.
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let hundredths = seconds * 100_000 + attoseconds / 10_000_000_000_000
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) ms"
    }

    // MARK: Dot-commands

    /// A dot-command that passed its spec's checks, as its handler gets it.
    private struct Call {
        let arguments: [String]
        /// Typed as `.save!`.
        let hasBang: Bool
        let unit: ScriptUnit
        let origin: InputOrigin
    }

    /// An error in `unit`, said to be at the script's name and line, or nowhere for `-c` and the REPL.
    private func fail(_ message: String, in unit: ScriptUnit, from origin: InputOrigin) -> UnitOutcome {
        console.error(message, in: origin, line: unit.firstLine)
        return .failed(.queryError)
    }

    private func fail(_ message: String, _ call: Call) -> UnitOutcome {
        fail(message, in: call.unit, from: call.origin)
    }

    /// A diagnostic with suggestions or notes, placed as `fail` places a message.
    private func fail(_ diagnostic: Diagnostic, _ call: Call) -> UnitOutcome {
        console.error(diagnostic, in: call.origin, line: call.unit.firstLine)
        return .failed(.queryError)
    }

    /// Finds the command in the table, checks the arguments against its spec (`!`, `--safe`, empty
    /// file names, how many), and hands it to its handler.
    private func runDotCommand(_ unit: ScriptUnit, from origin: InputOrigin) -> UnitOutcome {
        let command: DotCommand
        do {
            command = try DotCommand.parse(unit.text)
        } catch {
            guard let range = error.range else { return fail(error.message, in: unit, from: origin) }
            // A character that cannot be in the line is shown where it is, as in a query.
            console.report(
                Diagnostic(error.message, at: range), in: unit.text, fileName: origin.name, lineOffset: unit.firstLine - 1)
            return .failed(.queryError)
        }
        var typedName = command.name
        let hasBang = typedName.hasSuffix("!")
        if hasBang { typedName.removeLast() }
        guard let spec = DotCommand.Spec.named(typedName) else {
            let suggestions = Suggestions.close(to: typedName, in: DotCommandName.allCases.map(\.rawValue))
            return fail(
                "unknown dot-command .\(command.name)" + Suggestions.phrase(suggestions.map { "." + $0 }, quoted: false)
                    + " (.help dot-commands lists them)", in: unit, from: origin)
        }
        if let problem = spec.problem(with: command.arguments, hasBang: hasBang, isSafe: isSafe) {
            return fail(problem, in: unit, from: origin)
        }
        return handler(for: spec.name)(Call(arguments: command.arguments, hasBang: hasBang, unit: unit, origin: origin))
    }

    private func handler(for name: DotCommandName) -> (Call) -> UnitOutcome {
        switch name {
        case .help: return help
        case .format: return setFormat
        case .model: return describeModel
        case .load: return load
        case .schema: return describeSchema
        case .fields: return listFields
        case .sources: return listSources
        case .why: return explain
        case .save: return save
        case .run: return runScript
        case .queries: return listSavedQueries
        case .output: return redirect
        case .history: return listHistory
        case .timer: return setTimer
        case .sql: return showSQL
        case .quit, .exit: return { _ in .quit }
        }
    }

    private func help(_ call: Call) -> UnitOutcome {
        guard let topicName = call.arguments.first else {
            console.print(HelpTopic.overview)
            return .succeeded
        }
        let key = topicName.lowercased().trimmingPrefix(".")
        // With its dot, a name is the dot-command's first: `.help .queries` is the command,
        // `.help queries` the topic.
        let command = DotCommand.Spec.named(key)
        if topicName.hasPrefix("."), let command {
            console.print(command.help)
            return .succeeded
        }
        if let topic = HelpTopic(rawValue: String(key)) ?? (key == "commands" || key == "dot" ? .dotCommands : nil) {
            console.print(topic.page)
            return .succeeded
        }
        if let command {
            console.print(command.help)
            return .succeeded
        }
        let suggestions = Suggestions.close(to: String(key), in: HelpTopic.allCases.map(\.rawValue))
        return fail(
            "no help topic \"\(topicName)\"" + Suggestions.phrase(suggestions, quoted: false) + " (.help lists the topics)",
            call)
    }

    private func setFormat(_ call: Call) -> UnitOutcome {
        guard let choice = call.arguments.first else {
            console.print("format: \(format.rawValue)")
            return .succeeded
        }
        guard let chosen = OutputFormat(rawValue: choice.lowercased()) else {
            let suggestions = Suggestions.close(to: choice, in: OutputFormat.allCases.map(\.rawValue))
            return fail(
                "unknown format \"\(choice)\"" + Suggestions.phrase(suggestions, quoted: false) + " (choose \(OutputFormat.choices))",
                call)
        }
        format = chosen
        record(call.unit)
        return .succeeded
    }

    private func describeModel(_ call: Call) -> UnitOutcome {
        if let connection = engine.engine {
            console.print(Shell.banner(catalog: engine.model, engine: connection))
            return .succeeded
        }
        show(ModelSummary.overview(of: engine.model, loadedFrom: modelPaths))
        return .succeeded
    }

    private func load(_ call: Call) -> UnitOutcome {
        let path = call.arguments[0]
        if let connection = engine.engine {
            return fail(
                "the data is in \(connection.dialect.engineName) at \(connection.location), and .load adds model files to a model: "
                    + "export the file (conflictq export --sql) and load it into the engine, or run without --engine", call)
        }
        // One file under another name (`./m.yaml` for `m.yaml`, a link to it) is loaded once.
        if let earlier = ModelFiles.earlierName(of: path, in: modelPaths) {
            record(call.unit)
            let also = earlier == path ? "" : " (as \(earlier))"
            console.message("\(path == ModelFiles.builtinPath ? "the built-in model" : path) is loaded already\(also); nothing changed")
            return .succeeded
        }
        let paths = modelPaths + [path]
        let model: ConflictModel
        do {
            model = try NamedPipeWait.noting([path]) { try loadModel(paths) }
        } catch {
            // The loader's errors already say file, line and field; this line says which command met them.
            console.error("cannot load \(path):", in: call.origin, line: call.unit.firstLine)
            if let errors = error as? ModelFileErrors { console.report(errors) } else { console.message("\(error)") }
            return .failed(.modelError)
        }
        engine = QueryEngine(model: model)
        modelPaths = paths
        record(call.unit)
        if isInteractive {
            console.message(
                "loaded \(path): now \(model.actors.count) actors, \(model.eventCount) events, "
                    + "\(model.claimCount) claims, \(model.statements.count) statements")
        }
        return .succeeded
    }

    private func describeSchema(_ call: Call) -> UnitOutcome {
        discover(["fields", "units", "measures", "acts"], for: ".schema", call)
    }

    private func listFields(_ call: Call) -> UnitOutcome {
        discover([call.arguments.first.map { "fields of \($0)" } ?? "fields"], for: ".fields", call)
    }

    private func listSources(_ call: Call) -> UnitOutcome {
        show([ModelSummary.sources(of: engine.model)])
        return .succeeded
    }

    private func explain(_ call: Call) -> UnitOutcome {
        guard let lastResults else {
            return fail("nothing to explain yet: .why shows where the last query's rows come from", call)
        }
        let outlets = Dictionary(
            engine.model.sources.map { ($0.id, "\($0.outlet), \($0.date)") }, uniquingKeysWith: { first, _ in first })
        show([ProvenanceTable.explaining(lastResults, outlets: outlets)])
        return .succeeded
    }

    /// `.sql [DIALECT] QUERY`: the statement, not its answer. The query is the rest of the line as
    /// typed, quotes and all, which the command's words would have lost.
    private func showSQL(_ call: Call) -> UnitOutcome {
        var rest = Substring(call.unit.text.trimmingBlanks()).dropFirst(4).drop(while: \.isWhitespace)
        var dialect = engine.engine?.dialect
        if let word = rest.split(separator: " ", maxSplits: 1).first, let named = SQLDialect(rawValue: word.lowercased()) {
            dialect = named
            rest = rest.dropFirst(word.count).drop(while: \.isWhitespace)
        }
        let query = String(rest)
        guard !query.isEmpty else { return fail("usage: \(DotCommandName.sql.spec.usage)", call) }
        do {
            let statements = try engine.sql(query, dialect: dialect ?? .sqlite)
            console.print(statements.map { $0 + ";" }.joined(separator: "\n\n"))
        } catch {
            console.report(error, in: query, fileName: call.origin.name, lineOffset: call.unit.firstLine - 1)
            return .failed(.queryError)
        }
        record(call.unit)
        return .succeeded
    }

    private func redirect(_ call: Call) -> UnitOutcome {
        redirection?.sink.flush()
        if let failure = redirection?.sink.takeFailure() { return fail(failure.description, call) }
        guard let path = call.arguments.first, path != "-" else {
            redirection = nil
            return .succeeded
        }
        do {
            redirection = (
                path,
                try NamedPipeWait.noting([path], forWriting: true) { () throws(FileSystemError) in
                    try FileDescriptorSink(creatingFileAt: path)
                }
            )
        } catch {
            return fail(error.description, call)
        }
        if isInteractive { console.message("results now go to \(path); .output alone brings them back") }
        return .succeeded
    }

    /// The history, numbered, each line of an entry shown visibly: an entry may hold what the
    /// language refused (an escape sequence typed or pasted), which must not act on the terminal now.
    private func listHistory(_ call: Call) -> UnitOutcome {
        // Standard output holds results only: an empty line there would be one.
        guard isInteractive else {
            console.note(".history lists the interactive shell's history; a script or -c has none")
            return .succeeded
        }
        var text = ""
        for (index, entry) in historyEntries().enumerated() {
            let number = String(index + 1)
            let indent = String(repeating: " ", count: max(0, 5 - number.count))
            text +=
                indent + number + "  "
                + entry.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.visible(String($0)) }
                .joined(separator: "\n       ") + "\n"
        }
        console.print(text)
        return .succeeded
    }

    private func setTimer(_ call: Call) -> UnitOutcome {
        switch call.arguments.first?.lowercased() {
        case nil: console.print("timer: \(timerIsOn ? "on" : "off")")
        case "on": timerIsOn = true
        case "off": timerIsOn = false
        default: return fail("usage: \(DotCommandName.timer.spec.usage)", call)
        }
        return .succeeded
    }

    /// Runs the language's own discovery queries, so that `.schema` always says what the language
    /// really accepts.
    private func discover(_ queries: [String], for command: String, _ call: Call) -> UnitOutcome {
        var tables: [ResultTable] = []
        for query in queries {
            do {
                guard case .answered(let answered) = try engine.run(query, isCancelled: isCancelled) else {
                    console.message("cancelled")
                    return .failed(.queryError)
                }
                tables += answered
            } catch {
                return fail("\(command) could not run \"\(query)\": \(error.fullMessage)", call)
            }
        }
        show(tables)
        return .succeeded
    }

    /// `.save FILE` writes the session's queries as a script, `.save NAME` keeps the last query in
    /// the query library, `.save NAME SCRIPT` keeps a script there; `!` and `--force` replace what
    /// is there.
    private func save(_ call: Call) -> UnitOutcome {
        let spec = DotCommandName.save.spec
        // The spec has made sure of one or two positional arguments besides the flag and parameters.
        let positional = spec.positional(call.arguments)
        let force = call.hasBang || call.arguments.contains("--force")
        let parameters: ParameterArguments
        do {
            parameters = try ParameterArguments.parse(call.arguments)
        } catch {
            return fail(error, call)
        }
        switch ScriptTarget(positional[0]) {
        case .file(let path):
            guard positional.count == 1, parameters.isEmpty else {
                return fail(
                    "a script and parameters are saved under a NAME, not a file: .save NAME SCRIPT, .save NAME PARAM=VALUE", call)
            }
            return saveTranscript(to: path, force: force, call)
        case .saved(let name):
            let script = positional.count > 1 ? positional[1] : nil
            if let script, !ScriptTarget.isPath(script) {
                return fail("\"\(script)\" is neither a script (its name has a / or a .) nor PARAM=VALUE", call)
            }
            return saveNamed(name, script: script, parameters: parameters, force: force, call)
        }
    }

    private func saveTranscript(to path: String, force: Bool, _ call: Call) -> UnitOutcome {
        guard !transcript.isEmpty else { return fail("nothing to save yet: no query has succeeded in this session", call) }
        let queryCount = transcript.count { !$0.hasPrefix(".") }
        let shown = DotCommand.quoted(path)
        if let failure = write(
            ScriptWriter.script(of: transcript), toPath: path, force: force,
            refusal: "\(path) already exists; .save! \(shown) or .save \(shown) --force replaces it", call)
        {
            return failure
        }
        if isInteractive { console.message("saved \(queryCount) \(queryCount == 1 ? "query" : "queries") to \(path)") }
        return .succeeded
    }

    /// `.save NAME [SCRIPT] [PARAM=VALUE...]`: the last query, its values named made parameters,
    /// or a script as it is written, kept in the library.
    private func saveNamed(
        _ name: String, script: String?, parameters: ParameterArguments, force: Bool, _ call: Call
    ) -> UnitOutcome {
        guard let library else { return fail(QueryLibrary.unavailable, call) }
        if let problem = QueryLibrary.problem(withName: name) { return fail(problem, call) }
        let text: String
        if let script {
            guard parameters.isEmpty else {
                return fail("a script is kept as it is written: put $NAME in it where a value goes, and .save NAME SCRIPT", call)
            }
            do {
                text = try ScriptFile.read(script)
            } catch {
                return fail(error.description, call)
            }
        } else {
            guard let lastQuery else { return fail("nothing to save yet: no query has succeeded in this session", call) }
            do {
                text = SavedQuery.text(saving: try SavedQuery.template(of: lastQuery, making: parameters), as: name)
            } catch {
                return fail(error, call)
            }
        }
        let path: String
        do {
            path = try library.pathForSaving(name)
        } catch {
            return fail(error.description, call)
        }
        if let failure = write(
            text, toPath: path, force: force, isPrivate: true,
            refusal: "\(name) is saved already (\(path)); .save! \(name) or .save \(name) --force replaces it", call)
        {
            return failure
        }
        if isInteractive {
            let used = SavedQuery.parameters(of: text)
            let run = ".run \(name)" + used.map { " \($0)=VALUE" }.joined()
            let what = script.map { "the script " + $0 } ?? "the last query"
            console.message("saved \(what) as \(name) in \(library.folder); \(run) runs it")
        }
        return .succeeded
    }

    /// Writes a script whole, never over a file that is there unless `force`: the one way `.save
    /// FILE` and `.save NAME` write. Nil when it is written; else the failure, `refusal` when the
    /// file was there. A new private file is readable only by its owner (the query library's are).
    private func write(
        _ text: String, toPath path: String, force: Bool, isPrivate: Bool = false, refusal: String, _ call: Call
    ) -> UnitOutcome? {
        do {
            try FileSystem.writeAtomically(
                text, toPath: path, overwrite: force ? .replace : .refuse, permissions: isPrivate ? 0o600 : 0o644)
            return nil
        } catch {
            if !force, FileSystem.exists(path), FileSystem.nonFileKind(path) == nil { return fail(refusal, call) }
            return fail(error.description, call)
        }
    }

    /// `.queries`: name, parameters and first comment of every saved query, as a result.
    private func listSavedQueries(_ call: Call) -> UnitOutcome {
        guard let library else { return fail(QueryLibrary.unavailable, call) }
        var rows: [ResultTable.Row] = []
        for entry in library.entries() {
            // One that cannot be read is listed still, with why, rather than hidden.
            let saved = (try? ScriptFile.read(entry.path)).map { SavedQuery(name: entry.name, path: entry.path, text: $0) }
            rows.append(
                ResultTable.Row([
                    .text(entry.name), .list((saved?.parameters ?? []).map(Value.text)),
                    .text(saved?.description ?? "(cannot be read)"),
                ]))
        }
        show([
            ResultTable(
                columns: [
                    ResultTable.Column("name", .text), ResultTable.Column("parameters", .list),
                    ResultTable.Column("description", .text),
                ],
                rows: rows,
                notes: rows.isEmpty ? ["no saved queries yet in \(library.folder): .save NAME keeps the last query"] : [])
        ])
        return .succeeded
    }

    /// `.run FILE` and `.run NAME`, with the values of their parameters.
    private func runScript(_ call: Call) -> UnitOutcome {
        let parameters: ParameterArguments
        do {
            parameters = try ParameterArguments.parse(call.arguments)
        } catch {
            return fail(error, call)
        }
        let target = DotCommandName.run.spec.positional(call.arguments)[0]
        guard scriptDepth < Self.deepestScriptNesting else {
            return fail("scripts nest more than \(Self.deepestScriptNesting) deep; does \(target) run itself?", call)
        }
        let text: String
        let path: String
        switch ScriptTarget(target) {
        case .file(let file):
            path = file
            do {
                text = try ScriptFile.read(file)
            } catch {
                return fail(error.description, call)
            }
        case .saved(let name):
            guard let library else { return fail(QueryLibrary.unavailable, call) }
            if let problem = QueryLibrary.problem(withName: name) { return fail(problem, call) }
            guard let entry = library.entry(named: name) else {
                let names = library.entries().map(\.name)
                var notes = [
                    names.isEmpty ? "the query library is empty: .save NAME keeps the last query" : ".queries lists them"
                ]
                // A script named without a dot, as `.run` took it before names: say how to run it.
                if FileSystem.exists(name) { notes.append("a file \(name) is here: .run ./\(name) runs it") }
                return fail(
                    Diagnostic("no query is saved as \(name)", suggestions: Suggestions.close(to: name, in: names), notes: notes),
                    call)
            }
            path = entry.path
            do {
                text = try ScriptFile.read(entry.path)
            } catch {
                return fail(error.description, call)
            }
        }
        do {
            try parameters.check(
                against: SavedQuery.parameters(of: text), of: target,
                runIt: ".run \(DotCommand.quoted(target))")
        } catch {
            return fail(error, call)
        }
        scriptDepth += 1
        let outcome = ScriptRunner.run(ScriptRunner.lines(of: text), from: .file(path), in: self, parameters: parameters)
        scriptDepth -= 1
        switch outcome {
        case .succeeded, .quit:
            record(call.unit)
            return .succeeded
        case .failed:
            return outcome
        }
    }
}
