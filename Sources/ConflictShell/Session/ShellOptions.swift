import ConflictModel

/// Loads and merges model files; `builtin` stands for the built-in model. Given to the shell by the
/// executable so that `.load` reaches the same loader as `--model`.
public typealias ModelLoader = @Sendable ([String]) throws -> ConflictModel

/// What the command line asked the shell to do, after the flags have been parsed.
public struct ShellOptions: Sendable, Equatable {
    /// `-c` queries, run in order before any script.
    public var commands: [String]
    /// Script files, run in order after the `-c` queries; `-` is standard input.
    public var scriptPaths: [String]
    public var format: OutputFormat
    public var color: ColorChoice
    /// The model files the model was loaded from, which `.load` adds to and `.model` reports.
    public var modelPaths: [String]
    /// `--safe`: dot-commands may not read or write files, so a script from someone else can only
    /// ask questions and print answers.
    public var isSafe: Bool
    /// `--engine URL`: queries are compiled to SQL and run on that engine, not on a model.
    public var engine: String?

    public init(
        commands: [String] = [], scriptPaths: [String] = [], format: OutputFormat = .table,
        color: ColorChoice = .auto, modelPaths: [String] = ["builtin"], isSafe: Bool = false, engine: String? = nil
    ) {
        self.engine = engine
        self.commands = commands
        self.scriptPaths = scriptPaths
        self.format = format
        self.color = color
        self.modelPaths = modelPaths
        self.isSafe = isSafe
    }
}
