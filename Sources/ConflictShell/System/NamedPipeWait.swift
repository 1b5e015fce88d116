#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opening a named pipe waits, without a word, until something opens its other end: `mkfifo p;
/// conflictq p` would look hung. While a file that is a pipe is opened (and read, or written),
/// a note is given on standard error if that takes more than a moment: what it waits for, and
/// that Ctrl-C stops it.
///
/// Why a timer rather than a look first: a pipe cannot be asked whether something writes to it
/// without opening it, and a look that opens it lets a waiting writer write and leave before the
/// real open, which would then wait forever. The timer gives no note when the other end is there.
public enum NamedPipeWait {
    /// How long an open may take before the note: a writer that is there is met at once.
    static let patience = timeval(tv_sec: 0, tv_usec: 200_000)

    /// Runs `body`, which opens `paths` to read them (or, `forWriting`, to write them), giving the
    /// note if one of them is a pipe and `body` is still waiting after a moment.
    public static func noting<Result, Failure: Error>(
        _ paths: [String], forWriting: Bool = false, _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let pipes = paths.filter(isPipe)
        guard !pipes.isEmpty else { return try body() }
        let other = forWriting ? "something to read from" : "something to write to"
        let what = pipes.count == 1 ? "\(pipes[0]), a named pipe" : "the named pipes " + pipes.joined(separator: ", ")
        let restore = arm(note: "note: waiting for \(other) \(what) (Ctrl-C stops)\n")
        defer { restore() }
        return try body()
    }

    static func isPipe(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO
    }

    /// Starts the timer whose signal writes the note; returns what puts everything back.
    private static func arm(note: String) -> () -> Void {
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: note.utf8.count)
        _ = bytes.initialize(from: note.utf8)
        pendingNote = (UnsafeRawPointer(bytes.baseAddress!), bytes.count)
        var action = sigaction()
        #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = { _ in NamedPipeWait.writeNote() }
        #else
            action.__sigaction_u.__sa_handler = { _ in NamedPipeWait.writeNote() }
        #endif
        sigemptyset(&action.sa_mask)
        // The open, read or write the signal lands in goes on afterwards.
        action.sa_flags = SA_RESTART
        var previous = sigaction()
        sigaction(SIGALRM, &action, &previous)
        var alarmOnly = sigset_t()
        sigemptyset(&alarmOnly)
        sigaddset(&alarmOnly, SIGALRM)
        var previousMask = sigset_t()
        pthread_sigmask(SIG_UNBLOCK, &alarmOnly, &previousMask)
        var timer = itimerval(it_interval: timeval(), it_value: patience)
        setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &timer, nil)
        return {
            var off = itimerval()
            setitimer(__itimer_which_t(ITIMER_REAL.rawValue), &off, nil)
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
            sigaction(SIGALRM, &previous, nil)
            pendingNote = nil
            bytes.deallocate()
        }
    }

    /// Runs in the signal handler: only `write`, of bytes made ready beforehand.
    private static func writeNote() {
        guard let (start, count) = pendingNote else { return }
        _ = write(2, start, count)
    }

    /// Set before the timer starts and cleared after it stops, so the handler never sees it change.
    private nonisolated(unsafe) static var pendingNote: (UnsafeRawPointer, Int)?
}
