#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif
import ConflictQuery

/// One run of an engine's client program (sqlite3, duckdb, psql): the SQL on its standard input,
/// and everything it printed on standard output and standard error, read in full.
///
/// The child gets its own process group, so that Ctrl-C at the terminal reaches conflictq alone;
/// conflictq's `isCancelled` then decides, and the runner passes the interrupt on as SIGINT. Each
/// client stops its statement on SIGINT (psql by sending the server a cancel request).
struct ClientProcess {
    /// How the program ended: its exit code, or the signal that ended it.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    struct Outcome {
        var ending: Ending
        var stdout: [UInt8]
        var stderr: [UInt8]

        var succeeded: Bool { ending == .exited(0) }
        var standardError: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// How often `isCancelled` is asked while the program runs.
    static let pollMilliseconds: Int32 = 50
    /// How long a program has to stop by itself after SIGINT before it gets SIGKILL: enough for
    /// psql to send its cancel request and hear the server's answer.
    static let interruptGraceMilliseconds = 2_000

    /// Runs `program` with `arguments`, `input` as its standard input, and `environment` added to
    /// this process's own. Throws `.connection` when the program cannot be started, `.cancelled`
    /// when `isCancelled` said yes (after the program has ended).
    static func run(
        _ program: String, _ arguments: [String], input: String = "", environment: [String: String] = [:],
        isCancelled: () -> Bool = { false }
    ) throws(SQLEngineError) -> Outcome {
        // The input is a file rather than a pipe: the program reads it at its own pace, and a
        // program that exits without reading it all cannot make a write fail with SIGPIPE.
        let inputFile = try input.isEmpty ? emptyInput() : temporaryFile(holding: input)
        defer { close(inputFile) }
        let output = try makeChannel()
        let errors = try makeChannel()
        var readEnds = [output.read, errors.read]
        defer { for descriptor in readEnds where descriptor >= 0 { close(descriptor) } }

        let child: pid_t
        do {
            defer {
                close(output.write)
                close(errors.write)
            }
            child = try spawn(program, arguments, environment, stdin: inputFile, stdout: output.write, stderr: errors.write)
        }

        return try ClientTermination.whileRunning(child) { () throws(SQLEngineError) -> Outcome in
            try wait(for: child, reading: &readEnds, isCancelled: isCancelled)
        }
    }

    /// Reads the child's output until it has ended, passing a cancellation on as SIGINT.
    private static func wait(for child: pid_t, reading readEnds: inout [Int32], isCancelled: () -> Bool) throws(SQLEngineError) -> Outcome {
        var collected: [[UInt8]] = [[], []]
        var ending: Ending?
        var interruptedAt: Int?
        while ending == nil || readEnds.contains(where: { $0 >= 0 }) {
            if readEnds.contains(where: { $0 >= 0 }) {
                readAvailable(&readEnds, into: &collected)
            } else {
                // Both outputs are closed: the program is ending, and is reaped in a moment.
                // Waiting a whole poll interval here cost most of a quick statement's time.
                usleep(1_000)
            }
            if ending == nil { ending = reap(child, blocking: false) }
            if ending != nil { continue }
            if interruptedAt == nil, isCancelled() {
                kill(-child, SIGINT)
                interruptedAt = milliseconds()
            } else if let interruptedAt, milliseconds() - interruptedAt > interruptGraceMilliseconds {
                kill(-child, SIGKILL)
                ending = reap(child, blocking: true)
                break
            }
        }
        if interruptedAt != nil { throw SQLEngineError(.cancelled, "the statement was stopped") }
        return Outcome(ending: ending ?? .signalled(SIGKILL), stdout: collected[0], stderr: collected[1])
    }

    /// Waits up to one poll interval for output on either pipe, and reads what came. A pipe that
    /// reached its end is closed and marked -1. Reading both at once is what keeps a program that
    /// fills one while we wait on the other from blocking forever.
    private static func readAvailable(_ descriptors: inout [Int32], into collected: inout [[UInt8]]) {
        var polled = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        let ready = poll(&polled, nfds_t(polled.count), pollMilliseconds)
        guard ready > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        for index in polled.indices where polled[index].fd >= 0 && polled[index].revents != 0 {
            let count = buffer.withUnsafeMutableBytes { read(polled[index].fd, $0.baseAddress, $0.count) }
            if count > 0 {
                collected[index].append(contentsOf: buffer[..<count])
            } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                close(descriptors[index])
                descriptors[index] = -1
            }
        }
    }

    /// A monotonic clock's reading, for the grace period after SIGINT.
    private static func milliseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return time.tv_sec * 1_000 + time.tv_nsec / 1_000_000
    }

    /// The child's ending, or nil while it runs (when not blocking).
    private static func reap(_ child: pid_t, blocking: Bool) -> Ending? {
        var status: Int32 = 0
        while true {
            let result = waitpid(child, &status, blocking ? 0 : WNOHANG)
            if result == child { break }
            if result == 0 { return nil }
            if errno == EINTR { continue }
            return .signalled(SIGKILL)
        }
        // WIFEXITED and friends are C macros, which Swift does not import.
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
    }

    private static func spawn(
        _ program: String, _ arguments: [String], _ environment: [String: String],
        stdin: Int32, stdout: Int32, stderr: Int32
    ) throws(SQLEngineError) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group (0: the child's pid), no blocked signals, and SIGINT and SIGPIPE
        // back to their default actions whatever conflictq did with them.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = mergedEnvironment(environment).map { strdup($0) } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw SQLEngineError(.connection, "could not run \(program): \(String(cString: strerror(result)))")
        }
        return child
    }

    /// This process's environment as `NAME=value` entries, with `additions` replacing or adding.
    private static func mergedEnvironment(_ additions: [String: String]) -> [String] {
        var entries: [String] = []
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            let name = text.split(separator: "=", maxSplits: 1).first.map(String.init) ?? text
            if additions[name] == nil { entries.append(text) }
            index += 1
        }
        return entries + additions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    /// A channel for one of the child's outputs: a socket pair rather than a pipe, because a
    /// socket pair can be made close-on-exec at once (glibc's pipe2 is not imported into Swift),
    /// so a program another thread starts meanwhile cannot inherit its writing end and keep the
    /// reader from ever seeing its end. Only the duplicate made for the child is inherited.
    private static func makeChannel() throws(SQLEngineError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            throw SQLEngineError(.connection, "could not make a socket pair: \(String(cString: strerror(errno)))")
        }
        return (ends[0], ends[1])
    }

    private static func emptyInput() throws(SQLEngineError) -> Int32 {
        let descriptor = open("/dev/null", O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SQLEngineError(.connection, "could not open /dev/null: \(String(cString: strerror(errno)))") }
        return descriptor
    }

    /// An open, already unlinked temporary file with `text` in it, positioned at its start.
    private static func temporaryFile(holding text: String) throws(SQLEngineError) -> Int32 {
        let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var descriptor: Int32 = -1
        var path = ""
        // O_EXCL on a name of our own rather than mkstemp, whose descriptor is not close-on-exec.
        while descriptor < 0 {
            path = "\(folder)/conflictq-sql-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
            descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                if errno == EEXIST { continue }
                throw SQLEngineError(.connection, "could not make a temporary file in \(folder): \(String(cString: strerror(errno)))")
            }
        }
        unlink(path)
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                close(descriptor)
                throw SQLEngineError(.connection, "could not write a temporary file in \(folder): \(String(cString: strerror(errno)))")
            }
            bytes = bytes.dropFirst(written)
        }
        lseek(descriptor, 0, SEEK_SET)
        return descriptor
    }
}
