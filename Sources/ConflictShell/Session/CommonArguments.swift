extension ShellOptions {
    /// Reads the command lines people type most (`-c QUERY`, script files, `--format`, `--color`,
    /// `--model`, `--safe`) without swift-argument-parser, or returns nil to leave the line to it.
    ///
    /// Why: argument-parser reads its options through reflection, which costs about a millisecond
    /// at every start, and a one-shot query should start as fast as `sqlite3`. Only well-formed
    /// lines are taken here; `--help`, `--version`, `--check`, every error and anything unusual go
    /// to argument-parser, which remains the one definition of the flags and their help.
    public static func parseCommon(_ arguments: [String]) -> ShellOptions? {
        var options = ShellOptions(modelPaths: [])
        var index = 0
        func value() -> String? {
            index += 1
            guard index < arguments.count, !arguments[index].hasPrefix("-") || arguments[index] == "-" else { return nil }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            switch argument {
            case "-c", "--command":
                guard let query = value(), query != "-" else { return nil }
                options.commands.append(query)
            case "--format":
                guard let name = value(), let format = OutputFormat(rawValue: name) else { return nil }
                options.format = format
            case "--color":
                guard let name = value(), let color = ColorChoice(rawValue: name) else { return nil }
                options.color = color
            case "--model":
                guard let path = value(), path != "-", !path.isEmpty else { return nil }
                options.modelPaths.append(path)
            case "--safe":
                options.isSafe = true
            default:
                guard argument == "-" || !(argument.hasPrefix("-") || argument.isEmpty) else { return nil }
                options.scriptPaths.append(argument)
            }
            index += 1
        }
        if options.modelPaths.isEmpty { options.modelPaths = ["builtin"] }
        return options
    }
}
