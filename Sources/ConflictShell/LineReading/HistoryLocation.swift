/// Where the REPL keeps its history.
enum HistoryLocation {
    /// `$CONFLICTQ_HISTORY` if set; else `$XDG_STATE_HOME/conflictq/history` (history is state, not
    /// configuration or cache, in the XDG base directory scheme); else
    /// `$HOME/.local/state/conflictq/history`; nil when none is set, and the shell keeps no history.
    ///
    /// The password database is not asked for a home: the release binary is linked statically, and
    /// there glibc can read it only through the shared libraries of the exact glibc it was built with.
    static func path(in environment: ShellEnvironment) -> String? {
        if let explicit = environment["CONFLICTQ_HISTORY"] { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/conflictq/history" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.local/state/conflictq/history"
    }
}
