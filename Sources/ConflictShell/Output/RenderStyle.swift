/// How a result is drawn for one destination: decided from the destination, never by probing the terminal.
struct RenderStyle: Equatable {
    enum Borders: Equatable {
        /// `+---+` and `|`: safe in any file, pipe or locale.
        case ascii
        /// `┌───┐` and `│`: only where the output is a terminal in a UTF-8 locale.
        case unicode
    }

    var borders: Borders
    /// Columns available, or nil to let lines be as long as they need (pipes and files).
    var maxWidth: Int?
    var color: Bool
    /// Whether the destination is a terminal: CSV, which elsewhere keeps its data exact, then
    /// shows control and bidirectional characters visibly.
    var toTerminal = false

    /// What a file or pipe gets: predictable bytes that diff well.
    static let plain = RenderStyle(borders: .ascii, maxWidth: nil, color: false)

    /// Unicode borders need both a terminal and a UTF-8 locale; width applies only to a terminal.
    static func forDestination(
        isTerminal: Bool, columns: Int?, environment: ShellEnvironment, colorChoice: ColorChoice
    ) -> RenderStyle {
        RenderStyle(
            borders: isTerminal && environment.localeIsUTF8 ? .unicode : .ascii,
            maxWidth: isTerminal ? columns : nil,
            color: colorChoice.allowsColor(onTerminal: isTerminal, environment: environment),
            toTerminal: isTerminal
        )
    }
}
