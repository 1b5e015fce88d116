/// When to colour output: `--color auto|always|never`.
public enum ColorChoice: String, CaseIterable, Sendable {
    /// Colour when the stream is a terminal and the user has not set `NO_COLOR` (or `TERM=dumb`).
    case auto
    /// Colour even into a pipe: an explicit request, which wins over `NO_COLOR` as no-color.org asks.
    case always
    case never

    func allowsColor(onTerminal isTerminal: Bool, environment: ShellEnvironment) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto: return isTerminal && !environment.forbidsColor
        }
    }
}

extension ColorChoice {
    /// Whether messages on standard error may be coloured, for the command line's own messages.
    public var colorsStandardError: Bool {
        let environment = ShellEnvironment.current()
        return allowsColor(onTerminal: environment.standardErrorIsTerminal, environment: environment)
    }
}
