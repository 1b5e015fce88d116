#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Somewhere text is written: standard output, standard error, a file named by `.output`, or a
/// string in a test.
protocol TextSink: AnyObject {
    /// Whether a person is watching: decides colour, box drawing and wrapping.
    var isTerminal: Bool { get }
    /// The terminal's width in columns, or nil when lines may be as long as they need.
    var columns: Int? { get }
    func write(_ text: String)
    func flush()
    /// The first write that failed since the last call (a full disk), which the caller reports.
    func takeFailure() -> FileSystemError?
}

/// A file descriptor with a buffer of its own, so that results written piece by piece leave in few
/// system calls, and so that no C `FILE` globals are touched.
final class FileDescriptorSink: TextSink {
    let isTerminal: Bool
    let columns: Int?
    private let descriptor: Int32
    /// How errors name it: "standard output", or the file's path.
    private let name: String
    private let closesOnDeinit: Bool
    private var buffer: [UInt8] = []
    private var failure: FileSystemError?

    /// Standard output (1) or standard error (2), as the environment describes them.
    init(standardStream descriptor: Int32, environment: ShellEnvironment) {
        self.descriptor = descriptor
        self.name = descriptor == 2 ? "standard error" : "standard output"
        self.closesOnDeinit = false
        self.isTerminal = descriptor == 2 ? environment.standardErrorIsTerminal : environment.standardOutputIsTerminal
        self.columns = isTerminal ? TerminalSize.columns(of: descriptor, environment: environment) : nil
    }

    /// A file opened for `.output`: truncated, never a terminal, never wrapped.
    init(creatingFileAt path: String) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .fromErrno("open", path) }
        self.descriptor = descriptor
        self.name = path
        self.closesOnDeinit = true
        self.isTerminal = false
        self.columns = nil
    }

    deinit {
        flush()
        if closesOnDeinit { close(descriptor) }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        if !FileSystem.writeAll(buffer, to: descriptor), failure == nil { failure = .fromErrno("write", name) }
        buffer.removeAll(keepingCapacity: true)
    }

    func takeFailure() -> FileSystemError? {
        defer { failure = nil }
        return failure
    }
}

/// Collects text in memory, standing in for a terminal or a pipe in tests.
final class StringSink: TextSink {
    let isTerminal: Bool
    let columns: Int?
    private(set) var text = ""

    init(isTerminal: Bool = false, columns: Int? = nil) {
        self.isTerminal = isTerminal
        self.columns = columns
    }

    func write(_ text: String) { self.text += text }
    func flush() {}
    func takeFailure() -> FileSystemError? { nil }
}
