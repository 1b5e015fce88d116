/// The shell's own commands, which start with a dot and work the same in the REPL, in scripts and with `-c`.
enum DotCommandName: String, CaseIterable {
    case help, format, model, load, schema, fields, sources, why
    case save, run, output, history, timer, quit, exit

    /// How it is typed, arguments and all, for `.help dot-commands`.
    var usage: String {
        switch self {
        case .help: return ".help [TOPIC]"
        case .format: return ".format table|csv|json|markdown"
        case .model: return ".model"
        case .load: return ".load FILE"
        case .schema: return ".schema"
        case .fields: return ".fields [ENTITY]"
        case .sources: return ".sources"
        case .why: return ".why"
        case .save: return ".save FILE [--force]"
        case .run: return ".run FILE"
        case .output: return ".output [FILE]"
        case .history: return ".history"
        case .timer: return ".timer on|off"
        case .quit: return ".quit"
        case .exit: return ".exit"
        }
    }

    var summary: String {
        switch self {
        case .help: return "teach the language by example; topics are listed by .help alone"
        case .format: return "print results as aligned tables, CSV, JSON or Markdown"
        case .model: return "what is loaded: files, sources, and how many actors, events, claims, statements"
        case .load: return "add a model file to the current model"
        case .schema: return "everything that can be asked: fields of each listing, measures and acts"
        case .fields: return "the fields of every listing, or of one, for where, by and order by"
        case .sources: return "the reports the model was taken from"
        case .why: return "where each row of the last result comes from: source, paragraph, excerpt"
        case .save: return "write this session's successful queries as a script (.save! or --force to overwrite)"
        case .run: return "run a script"
        case .output: return "send results to FILE, or back to the screen with no FILE"
        case .history: return "list the queries remembered in the history file"
        case .timer: return "show how long each query takes"
        case .quit: return "leave the shell (Ctrl-D does the same)"
        case .exit: return "leave the shell"
        }
    }

    /// Whether the argument is a path, so Tab completes file names after it.
    var takesFileName: Bool {
        self == .load || self == .save || self == .run || self == .output
    }

    /// The arguments Tab offers when they are words rather than paths.
    var argumentChoices: [String] {
        switch self {
        case .format: return OutputFormat.allCases.map(\.rawValue)
        case .timer: return ["on", "off"]
        case .help: return HelpTopic.allCases.map(\.rawValue)
        case .save: return ["--force"]
        default: return []
        }
    }
}
