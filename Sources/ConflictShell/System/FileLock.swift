#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive advisory lock on a file beside the one being updated, so that two shells saving
/// history at the same moment take turns instead of losing each other's lines.
///
/// The kernel drops the lock if the process dies, so a crash never leaves it stuck.
enum FileLock {
    static func withExclusiveLock<Result>(
        onPath lockPath: String, _ body: () throws(FileSystemError) -> Result
    ) throws(FileSystemError) -> Result {
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw .fromErrno("lock", lockPath) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { throw .fromErrno("lock", lockPath) }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
