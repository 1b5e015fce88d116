#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How many columns a terminal shows, so that wide tables can be wrapped to fit it.
enum TerminalSize {
    /// Used when the output is a terminal whose width cannot be found.
    static let fallbackColumns = 80

    /// `COLUMNS` when it holds a positive number (a user's explicit choice wins), otherwise the
    /// kernel's idea of the terminal's size, otherwise 80.
    static func columns(of fileDescriptor: Int32, environment: ShellEnvironment) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        if ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return fallbackColumns
    }
}
