#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif
import Synchronization

/// conflictq stopped from outside (SIGTERM from `kill` or `timeout`, SIGHUP when its terminal
/// closes, Ctrl-C on a script or `-c`, which keep SIGINT's default) stops the client it is
/// waiting for too. The client runs in its own process group, away from the terminal's signals,
/// so nothing else would reach it: a statement left running in an orphaned sqlite3 or DuckDB
/// would hold a core, and psql's server would go on with it. The shell's own SIGINT handler (the
/// REPL's) is left alone: it cancels the statement itself.
///
/// The client gets SIGINT, as for Ctrl-C (psql sends the server its cancel request), a moment
/// to act on it, then SIGKILL; conflictq then ends by the signal it got, as it would have.
/// SIGKILL cannot be caught: a client whose conflictq was killed so ends at its next write.
enum ClientTermination {
    /// The process group of the client running now, 0 for none: read by the signal handler.
    private static let running = Atomic<Int32>(0)
    private static let installed = Mutex(false)

    /// How long the client has after SIGINT, within the signal handler.
    static let graceNanoseconds = 300_000_000

    /// Marks `child` as the running client for the duration of `body`.
    static func whileRunning<T, E: Error>(_ child: pid_t, _ body: () throws(E) -> T) throws(E) -> T {
        installHandlers()
        running.store(child, ordering: .sequentiallyConsistent)
        defer { running.store(0, ordering: .sequentiallyConsistent) }
        return try body()
    }

    /// Once, for the signals whose action is still the default: one a parent chose to ignore
    /// (`nohup` ignores SIGHUP) stays ignored.
    private static func installHandlers() {
        installed.withLock { installed in
            guard !installed else { return }
            installed = true
            for number in [SIGTERM, SIGHUP, SIGINT] where SignalAction.isDefault(number) {
                SignalAction.install(number, ClientTermination.handle)
            }
        }
    }

    /// Only async-signal-safe calls: kill, nanosleep, signal, raise.
    private static let handle: @convention(c) (Int32) -> Void = { number in
        let child = ClientTermination.running.load(ordering: .sequentiallyConsistent)
        if child > 0 {
            kill(-child, SIGINT)
            var pause = timespec(tv_sec: 0, tv_nsec: ClientTermination.graceNanoseconds)
            nanosleep(&pause, nil)
            kill(-child, SIGKILL)
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}
