#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the REPL keeps its history.
enum HistoryLocation {
    /// `$CONFLICTQ_HISTORY` if set; else `$XDG_STATE_HOME/conflictq/history` (history is state, not
    /// configuration or cache, in the XDG base directory scheme); else
    /// `~/.local/state/conflictq/history`; nil when there is no home to put it in.
    static func path(in environment: ShellEnvironment) -> String? {
        if let explicit = environment["CONFLICTQ_HISTORY"] { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/conflictq/history" }
        guard let home = environment["HOME"] ?? passwordDatabaseHome() else { return nil }
        return home + "/.local/state/conflictq/history"
    }

    /// The home directory the system records for the user, for when `HOME` is not set.
    private static func passwordDatabaseHome() -> String? {
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}
