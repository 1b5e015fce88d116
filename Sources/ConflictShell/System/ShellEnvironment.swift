#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the shell knows of the world it runs in: the environment variables it reads and which of
/// its standard streams are terminals.
///
/// Taken once at start-up and passed down, so that every decision about colour, box drawing, width
/// and history location can be tested with a made-up environment instead of the real one.
public struct ShellEnvironment: Sendable {
    /// The variables the shell reads; nothing else is looked at.
    public static let variableNames = [
        "NO_COLOR", "TERM", "COLUMNS", "LC_ALL", "LC_CTYPE", "LANG",
        "HOME", "XDG_STATE_HOME", "CONFLICTQ_HISTORY", "XDG_DATA_HOME",
    ]

    public var variables: [String: String]
    public var standardInputIsTerminal: Bool
    public var standardOutputIsTerminal: Bool
    public var standardErrorIsTerminal: Bool

    public init(
        variables: [String: String] = [:], standardInputIsTerminal: Bool = false,
        standardOutputIsTerminal: Bool = false, standardErrorIsTerminal: Bool = false
    ) {
        self.variables = variables
        self.standardInputIsTerminal = standardInputIsTerminal
        self.standardOutputIsTerminal = standardOutputIsTerminal
        self.standardErrorIsTerminal = standardErrorIsTerminal
    }

    /// The real process environment.
    public static func current() -> ShellEnvironment {
        var variables: [String: String] = [:]
        for name in variableNames {
            if let value = getenv(name) { variables[name] = String(cString: value) }
        }
        return ShellEnvironment(
            variables: variables,
            standardInputIsTerminal: isatty(0) == 1,
            standardOutputIsTerminal: isatty(1) == 1,
            standardErrorIsTerminal: isatty(2) == 1
        )
    }

    /// A variable's value, with an empty one counted as unset (as `NO_COLOR` and XDG ask).
    public subscript(_ name: String) -> String? {
        guard let value = variables[name], !value.isEmpty else { return nil }
        return value
    }

    /// The character set the user's locale names, by POSIX precedence: `LC_ALL`, then `LC_CTYPE`, then `LANG`.
    public var localeIsUTF8: Bool {
        guard let locale = self["LC_ALL"] ?? self["LC_CTYPE"] ?? self["LANG"] else { return false }
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8")
    }

    /// Whether the user asked for no colour: `NO_COLOR` set to anything but the empty string, or a dumb terminal.
    public var forbidsColor: Bool {
        self["NO_COLOR"] != nil || self["TERM"] == "dumb"
    }
}
