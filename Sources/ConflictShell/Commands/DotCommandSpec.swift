import ConflictDiagnostics

extension DotCommand {
    /// One dot-command as the shell knows it: its arguments, what `.help` says of it, and what
    /// `--safe` and `!` allow.
    ///
    /// The one description the dispatcher checks a command against before running it, that
    /// `.help dot-commands` and `.help COMMAND` print, and that Tab completes from. The table is
    /// `DotCommandName.spec`.
    struct Spec {
        let name: DotCommandName
        let arguments: [Argument]
        /// What it does, for `.help`.
        let summary: String
        /// Whether `.NAME!` is accepted (only `.save!`, which replaces an existing file).
        let acceptsBang: Bool

        init(_ name: DotCommandName, _ arguments: Argument..., does summary: String, acceptsBang: Bool = false) {
            self.name = name
            self.arguments = arguments
            self.summary = summary
            self.acceptsBang = acceptsBang
        }

        /// One argument a command takes, in the order they are written in its usage.
        struct Argument {
            enum Kind: Equatable {
                /// A path the command reads: Tab offers file names, and `--safe` refuses it.
                case fileToRead
                /// A path the command writes: Tab offers file names, and `--safe` refuses it.
                case fileToWrite
                /// A query saved by name, or a script file when it holds a `/` or `.` (`ScriptTarget`):
                /// Tab offers both. `--safe` refuses the file, and the name too when the command
                /// writes; reading one's own saved query only asks questions.
                case savedQueryOrFile(writes: Bool)
                /// A word; Tab offers `choices`.
                case word(choices: [String])
                /// A word that is its own placeholder (`--force`), allowed anywhere and not counted
                /// among the arguments.
                case flag
                /// Any number of `NAME=VALUE` (`ParameterArguments`), anywhere after the first
                /// argument and not counted among the arguments; Tab offers a saved query's own.
                case parameters
                /// A query, the rest of the line as written (`.sql`): not split into words.
                case query
            }

            enum Presence {
                case required, optional
                /// May be left out to print the current setting (`.format`, `.timer`); the usage
                /// shows it without brackets, as what is set.
                case setting
            }

            /// How the usage names it: `FILE`, `TOPIC`, `on|off`, `--force`.
            let placeholder: String
            let kind: Kind
            var presence: Presence = .required

            static func file(_ kind: Kind, _ presence: Presence = .required) -> Argument {
                Argument(placeholder: "FILE", kind: kind, presence: presence)
            }

            /// One of a few words, which the usage lists: `on|off`.
            static func setting(_ choices: [String]) -> Argument {
                Argument(placeholder: choices.joined(separator: "|"), kind: .word(choices: choices), presence: .setting)
            }

            static func flag(_ word: String) -> Argument {
                Argument(placeholder: word, kind: .flag, presence: .optional)
            }

            static let parameters = Argument(placeholder: "PARAM=VALUE...", kind: .parameters, presence: .optional)

            var isFile: Bool {
                switch kind {
                case .fileToRead, .fileToWrite, .savedQueryOrFile: return true
                case .word, .flag, .parameters, .query: return false
                }
            }

            /// Counted among the arguments, in the order of the usage.
            var isPositional: Bool { kind != .flag && kind != .parameters && kind != .query }
        }

        /// How it is typed, arguments and all: `.save FILE [--force]`.
        var usage: String {
            (["." + name.rawValue] + arguments.map { $0.presence == .optional ? "[\($0.placeholder)]" : $0.placeholder })
                .joined(separator: " ")
        }

        /// What `.help COMMAND` prints: the usage, and the summary wrapped under it.
        var help: String { usage + "\n" + HelpTopic.hanging("", width: 2, summary) }

        /// Whether an argument is a path, so Tab completes file names after it.
        var takesFileName: Bool { arguments.contains(where: \.isFile) }

        /// Whether it takes `NAME=VALUE` parameters.
        var takesParameters: Bool { arguments.contains { $0.kind == .parameters } }

        /// The arguments counted by position: neither flags nor parameters.
        var positionalArguments: [Argument] { arguments.filter(\.isPositional) }

        /// Of what was typed, what counts by position: not the flags, nor (where the command takes
        /// them) the parameters.
        func positional(_ typed: [String]) -> [String] {
            let flags = arguments.filter { $0.kind == .flag }.map(\.placeholder)
            return typed.filter { !flags.contains($0) && !(takesParameters && ParameterArguments.isParameter($0)) }
        }

        /// The words Tab offers for its arguments, rather than file names.
        var wordChoices: [String] {
            arguments.flatMap { argument -> [String] in
                switch argument.kind {
                case .word(let choices): return choices
                case .flag: return [argument.placeholder]
                case .fileToRead, .fileToWrite, .savedQueryOrFile, .parameters, .query: return []
                }
            }
        }

        /// Why the command cannot run with these arguments, checked in this order: a `!` it does
        /// not take, a file under `--safe`, an empty file name, a flag it does not have, too few or
        /// too many arguments. Nil when it may run.
        func problem(with typed: [String], hasBang: Bool, isSafe: Bool) -> String? {
            if hasBang, !acceptsBang { return ".\(name.rawValue) takes no !; only .save! does" }
            if isSafe, let refusal = safeRefusal(of: typed) { return refusal }
            if takesFileName, typed.contains("") { return "usage: \(usage); the file name is empty" }
            let flags = arguments.filter { $0.kind == .flag }.map(\.placeholder)
            // `.save x.cq --forc` is a flag misspelt, not a second file.
            if !flags.isEmpty, let unknown = typed.first(where: { $0.hasPrefix("--") && !flags.contains($0) }) {
                return "unknown flag \(unknown) for .\(name.rawValue)"
                    + Suggestions.phrase(Suggestions.close(to: unknown, in: flags), quoted: false)
            }
            // A query is the rest of the line: its words are not arguments to count.
            if arguments.contains(where: { $0.kind == .query }) { return nil }
            let counted = positional(typed)
            let required = positionalArguments.count { $0.presence == .required }
            if (required...positionalArguments.count).contains(counted.count) { return nil }
            // A word where a parameter was meant: `.run casualties party` for `party=...`.
            if takesParameters, counted.count > positionalArguments.count {
                return "usage: \(usage); \"\(counted[positionalArguments.count])\" is no PARAM=VALUE"
            }
            return "usage: \(usage)"
        }

        /// What `--safe` says to these arguments: nil when they touch no file. A required file is
        /// refused even before it is typed; an optional one left out or given as `-` is the screen
        /// (`.output`), which touches no file; a saved query is refused only by a command that
        /// writes, as reading one only asks questions.
        func safeRefusal(of typed: [String]) -> String? {
            guard let file = arguments.first(where: \.isFile) else { return nil }
            if file.presence != .required, typed.isEmpty || typed == ["-"] { return nil }
            let action: String
            switch file.kind {
            case .fileToRead: action = "reads"
            case .savedQueryOrFile(let writes):
                if writes {
                    action = "writes"
                } else {
                    guard let target = positional(typed).first, ScriptTarget.isPath(target) else { return nil }
                    action = "reads"
                }
            default: action = "writes"
            }
            return ".\(name.rawValue) \(action) files, which --safe does not allow"
        }

        /// Every command, in the order `.help dot-commands` lists them.
        static var all: [Spec] { DotCommandName.allCases.map(\.spec) }

        /// The command typed as `name` (without its dot or `!`), in any case.
        static func named(_ name: some StringProtocol) -> Spec? {
            DotCommandName(rawValue: name.lowercased()).map(\.spec)
        }
    }
}

extension DotCommandName {
    /// The table of dot-commands.
    var spec: DotCommand.Spec {
        typealias Spec = DotCommand.Spec
        switch self {
        case .help:
            let topics = HelpTopic.allCases.map(\.rawValue)
            return Spec(
                self, .init(placeholder: "TOPIC", kind: .word(choices: topics), presence: .optional),
                does: "teach the language by example; topics are listed by .help alone")
        case .format:
            return Spec(
                self, .setting(OutputFormat.allCases.map(\.rawValue)),
                does: "print results as aligned tables, CSV, JSON or Markdown")
        case .model: return Spec(self, does: "what is loaded: files, sources, and how many actors, events, claims, statements")
        case .load: return Spec(self, .file(.fileToRead), does: "add a model file to the current model")
        case .schema: return Spec(self, does: "everything that can be asked: fields of each listing, measures and acts")
        case .fields:
            return Spec(
                self, .init(placeholder: "ENTITY", kind: .word(choices: []), presence: .optional),
                does: "the fields of every listing, or of one, for where, by and order by")
        case .sources: return Spec(self, does: "the reports the model was taken from")
        case .why: return Spec(self, does: "where each row of the last result comes from: source, paragraph, excerpt")
        case .save:
            return Spec(
                self, .init(placeholder: "FILE|NAME", kind: .savedQueryOrFile(writes: true)),
                .init(placeholder: "SCRIPT", kind: .fileToRead, presence: .optional), .parameters, .flag("--force"),
                does: "write this session's successful queries to FILE as a script; or keep the last query as NAME in "
                    + "your query library, each PARAM=VALUE making that value the parameter $PARAM, or keep the script "
                    + "SCRIPT as NAME (.save! or --force to replace; a FILE has a / or a ., a NAME neither)",
                acceptsBang: true)
        case .run:
            return Spec(
                self, .init(placeholder: "FILE|NAME", kind: .savedQueryOrFile(writes: false)), .parameters,
                does: "run a script, or the query saved as NAME, each PARAM=VALUE filling its $PARAM")
        case .queries:
            return Spec(self, does: "list the saved queries of your query library, with their parameters and first comment")
        case .output:
            return Spec(self, .file(.fileToWrite, .optional), does: "send results to FILE, or back to the screen with no FILE")
        case .history: return Spec(self, does: "list the queries remembered in the history file")
        case .timer: return Spec(self, .setting(["on", "off"]), does: "show how long each query takes")
        case .sql:
            return Spec(
                self, .init(placeholder: "sqlite|duckdb|postgres", kind: .word(choices: ["sqlite", "duckdb", "postgres"]), presence: .optional),
                .init(placeholder: "QUERY", kind: .query),
                does: "the SQL statement a query becomes for an engine (the one --engine opened, else the dialect named, "
                    + "else SQLite), over the tables conflictq export --sql writes")
        case .quit: return Spec(self, does: "leave the shell (Ctrl-D does the same)")
        case .exit: return Spec(self, does: "leave the shell")
        }
    }
}
