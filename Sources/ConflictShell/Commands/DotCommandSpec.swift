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
                /// A word; Tab offers `choices`.
                case word(choices: [String])
                /// A word that is its own placeholder (`--force`), allowed anywhere and not counted
                /// among the arguments.
                case flag
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

            var isFile: Bool { kind == .fileToRead || kind == .fileToWrite }
        }

        /// How it is typed, arguments and all: `.save FILE [--force]`.
        var usage: String {
            (["." + name.rawValue] + arguments.map { $0.presence == .optional ? "[\($0.placeholder)]" : $0.placeholder })
                .joined(separator: " ")
        }

        /// Whether an argument is a path, so Tab completes file names after it.
        var takesFileName: Bool { arguments.contains(where: \.isFile) }

        /// The words Tab offers for its arguments, rather than file names.
        var wordChoices: [String] {
            arguments.flatMap { argument -> [String] in
                switch argument.kind {
                case .word(let choices): return choices
                case .flag: return [argument.placeholder]
                case .fileToRead, .fileToWrite: return []
                }
            }
        }

        /// Why the command cannot run with these arguments, checked in this order: a `!` it does
        /// not take, a file under `--safe`, an empty file name, too few or too many arguments.
        /// Nil when it may run.
        func problem(with typed: [String], hasBang: Bool, isSafe: Bool) -> String? {
            if hasBang, !acceptsBang { return ".\(name.rawValue) takes no !; only .save! does" }
            if isSafe, let refusal = safeRefusal(of: typed) { return refusal }
            if takesFileName, typed.contains("") { return "usage: \(usage); the file name is empty" }
            let flags = arguments.filter { $0.kind == .flag }.map(\.placeholder)
            let counted = typed.count { !flags.contains($0) }
            let positional = arguments.filter { $0.kind != .flag }
            let required = positional.count { $0.presence == .required }
            return (required...positional.count).contains(counted) ? nil : "usage: \(usage)"
        }

        /// What `--safe` says to these arguments: nil when they touch no file. A required file is
        /// refused even before it is typed; an optional one left out or given as `-` is the screen
        /// (`.output`), which touches no file.
        func safeRefusal(of typed: [String]) -> String? {
            guard let file = arguments.first(where: \.isFile) else { return nil }
            if file.presence != .required, typed.isEmpty || typed == ["-"] { return nil }
            let action = file.kind == .fileToRead ? "reads" : "writes"
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
                self, .file(.fileToWrite), .flag("--force"),
                does: "write this session's successful queries as a script (.save! or --force to overwrite)", acceptsBang: true)
        case .run: return Spec(self, .file(.fileToRead), does: "run a script")
        case .output:
            return Spec(self, .file(.fileToWrite, .optional), does: "send results to FILE, or back to the screen with no FILE")
        case .history: return Spec(self, does: "list the queries remembered in the history file")
        case .timer: return Spec(self, .setting(["on", "off"]), does: "show how long each query takes")
        case .quit: return Spec(self, does: "leave the shell (Ctrl-D does the same)")
        case .exit: return Spec(self, does: "leave the shell")
        }
    }
}
