#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder of files written whole or not at all: the files go into a temporary folder beside the
/// target, and `commit` renames it into place in one step, so a reader sees the old folder or the
/// new one, never a half-written export. Let go of without `commit`, it removes what it wrote.
///
/// An existing target is replaced only when it is empty, or, with `replacing`, when it holds
/// nothing but files (an earlier export): a folder of folders is not something a write should
/// remove.
public final class FolderWriter {
    private let path: String
    private let temporaryPath: String
    private var written: [String] = []
    private var open: [Int32] = []
    private var committed = false

    public init(_ path: String, replacing: Bool) throws(CommandFileError) {
        self.path = path
        if FileSystem.exists(path) {
            guard FileSystem.isDirectory(path) else { throw CommandFileError(description: "\(path) is a file, not a folder") }
            let entries = FileSystem.directoryEntries(path)
            if !entries.isEmpty && !replacing {
                throw CommandFileError(description: "\(path) is not empty; pass --force to replace what it holds")
            }
            if let folder = entries.first(where: { FileSystem.isDirectory(path + "/" + $0) }) {
                throw CommandFileError(description: "\(path) holds a folder (\(folder)), so it is not an export to replace")
            }
        }
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let parent = FileSystem.directoryName(of: trimmed)
        let prefix = FileSystem.siblingName(of: FileSystem.fileName(of: trimmed), suffix: ".tmp-", reserving: 14)
        temporaryPath = parent + "/" + prefix + "\(getpid())"
        Self.removeAbandoned(in: parent, prefix: prefix)
        Self.removeFolder(temporaryPath)
        if mkdir(temporaryPath, 0o755) != 0 { throw CommandFileError(description: FileSystemError.fromErrno("create", path).description) }
    }

    deinit {
        for descriptor in open { close(descriptor) }
        if !committed { Self.removeFolder(temporaryPath) }
    }

    /// Starts the file `name` in the folder; the function returned appends bytes to it.
    public func file(_ name: String) throws(CommandFileError) -> ([UInt8]) throws -> Void {
        let descriptor = Glibc.open(temporaryPath + "/" + name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CommandFileError(description: FileSystemError.fromErrno("write", path + "/" + name).description) }
        written.append(name)
        open.append(descriptor)
        let shownPath = path + "/" + name
        return { bytes in
            if !FileSystem.writeAll(bytes, to: descriptor) {
                throw CommandFileError(description: FileSystemError.fromErrno("write", shownPath).description)
            }
        }
    }

    /// Flushes every file to disk and puts the folder in place of the target.
    public func commit() throws(CommandFileError) {
        for (descriptor, name) in zip(open, written) where fsync(descriptor) != 0 {
            throw CommandFileError(description: FileSystemError.fromErrno("write", path + "/" + name).description)
        }
        for descriptor in open { close(descriptor) }
        open = []
        // An empty folder is replaced by rename itself; one with files is moved aside first.
        var aside: String? = nil
        if FileSystem.exists(path) && !FileSystem.directoryEntries(path).isEmpty {
            let moved = temporaryPath + "-old"
            if rename(path, moved) != 0 { throw CommandFileError(description: FileSystemError.fromErrno("replace", path).description) }
            aside = moved
        }
        if rename(temporaryPath, path) != 0 {
            let error = FileSystemError.fromErrno("write", path)
            if let aside { rename(aside, path) }
            throw CommandFileError(description: error.description)
        }
        committed = true
        if let aside { Self.removeFolder(aside) }
    }

    /// The temporary folders that writers which no longer run left behind (a kill mid-write); a
    /// live writer's folder stays, as its process still answers.
    private static func removeAbandoned(in parent: String, prefix: String) {
        for name in FileSystem.directoryEntries(parent) where name.hasPrefix(prefix) {
            var process = String(name.dropFirst(prefix.count))
            if process.hasSuffix("-old") { process.removeLast(4) }
            guard let pid = pid_t(process), pid > 0, kill(pid, 0) != 0, errno == ESRCH else { continue }
            removeFolder(parent + "/" + name)
        }
    }

    /// Removes a folder of files, as this writer leaves them; nothing when it is not there.
    private static func removeFolder(_ folder: String) {
        for name in FileSystem.directoryEntries(folder) { unlink(folder + "/" + name) }
        rmdir(folder)
    }
}
