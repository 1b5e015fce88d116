#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed file operation, worded for the user: what was being done, to which path, and the system's reason.
struct FileSystemError: Error, Equatable, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }

    /// "cannot read script.cq: No such file or directory", from the current `errno`.
    static func fromErrno(_ action: String, _ path: String) -> FileSystemError {
        FileSystemError("cannot \(action) \(path): \(String(cString: strerror(errno)))")
    }
}
