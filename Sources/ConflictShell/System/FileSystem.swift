#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The few file operations the shell needs, on POSIX calls rather than Foundation so that a one-shot
/// query does not pay for loading Foundation.
enum FileSystem {
    /// What to do when the file to write already exists.
    enum Overwrite {
        case replace
        /// Fail rather than replace: `.save` never silently overwrites.
        case refuse
    }

    /// The whole text of a file, or of a pipe or device read to its end.
    ///
    /// With a `limit`, reading stops past that many bytes with an error naming what the file was to
    /// be (`limit.what`, such as "a script"): a wrong path such as `/dev/zero` never ends, and a
    /// large file that is not a script should not fill the memory first.
    static func readText(atPath path: String, limit: (bytes: Int, what: String)? = nil) throws(FileSystemError) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fromErrno("read", path) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw FileSystemError("cannot read \(path): it is a directory")
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .fromErrno("read", path)
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[..<count])
            if let limit, bytes.count > limit.bytes {
                throw FileSystemError(
                    "cannot read \(path): it is larger than \(limit.bytes >> 20) MiB, the most \(limit.what) may be")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the whole text to a temporary file beside `path`, flushes it to disk, then moves it
    /// into place in one step: a reader sees the old file or the new one, never half of either.
    ///
    /// With `.refuse`, the move is a hard link, which fails if `path` exists, so two writers cannot
    /// both think they created the file.
    ///
    /// A path that is a symbolic link is followed, so the link stays and its file is replaced. A
    /// device or a pipe (`/dev/stdout`) has no file to replace, and is written to directly.
    static func writeAtomically(
        _ text: String, toPath path: String, overwrite: Overwrite = .replace, permissions: mode_t = 0o644
    ) throws(FileSystemError) {
        // Errors name `path`, as the user wrote it; the work is done on `target`.
        var target = path
        var status = stat()
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                if let resolved = realpath(path, nil) {
                    target = String(cString: resolved)
                    free(resolved)
                }
            case S_IFDIR:
                throw FileSystemError("cannot write \(path): it is a directory")
            default:
                return try writeInPlace(text, toPath: path)
            }
        } else if let linked = try danglingLinkTarget(path) {
            // A link made before its file (a history kept in a synced folder, say): the file is
            // created where the link points, and the link stays.
            target = linked
        }
        removeAbandonedTemporaries(of: target)
        let temporaryPath = temporaryName(of: target, process: getpid())
        let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, permissions)
        guard descriptor >= 0 else { throw .fromErrno("write", path) }
        var failure: FileSystemError? = nil
        if !writeAll(Array(text.utf8), to: descriptor) || fsync(descriptor) != 0 {
            failure = .fromErrno("write", path)
        }
        close(descriptor)
        if let failure {
            unlink(temporaryPath)
            throw failure
        }
        switch overwrite {
        case .replace:
            if rename(temporaryPath, target) != 0 {
                let error = FileSystemError.fromErrno("write", path)
                unlink(temporaryPath)
                throw error
            }
        case .refuse:
            defer { unlink(temporaryPath) }
            if link(temporaryPath, target) == 0 { return }
            if errno == EEXIST { throw FileSystemError("\(path) already exists") }
            // Some file systems have no hard links: check, then rename, which is as close as they allow.
            if exists(target) { throw FileSystemError("\(path) already exists") }
            if rename(temporaryPath, target) != 0 { throw .fromErrno("write", path) }
        }
    }

    /// Where a symbolic link whose file does not exist yet points, following a chain of links; nil
    /// when `path` is not a link. A chain that loops is an error rather than a link to replace.
    private static func danglingLinkTarget(_ path: String) throws(FileSystemError) -> String? {
        var current = path
        // As many links as the kernel follows before it gives up with ELOOP.
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX))
            let length = readlink(current, &buffer, buffer.count)
            guard length > 0 else { return current == path ? nil : current }
            let destination = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : directoryName(of: current) + "/" + destination
        }
        errno = ELOOP
        throw .fromErrno("write", path)
    }

    /// `FILE.tmp-PID`: beside the file, so the rename stays on one file system; named after the
    /// process, so that two writers never share one.
    private static func temporaryName(of target: String, process: pid_t) -> String {
        target + temporarySuffix + String(process)
    }
    private static let temporarySuffix = ".tmp-"

    /// Removes the temporary files that writers of `target` which no longer run left behind (a
    /// crash, a kill mid-write). A live writer's file stays: its process still answers.
    private static func removeAbandonedTemporaries(of target: String) {
        let folder = directoryName(of: target)
        let prefix = String(target.split(separator: "/").last ?? "") + temporarySuffix
        for name in directoryEntries(folder) where name.hasPrefix(prefix) {
            guard let process = pid_t(name.dropFirst(prefix.count)), process > 0 else { continue }
            if kill(process, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Writes into a device or pipe that is already there.
    private static func writeInPlace(_ text: String, toPath path: String) throws(FileSystemError) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fromErrno("write", path) }
        defer { close(descriptor) }
        if !writeAll(Array(text.utf8), to: descriptor) { throw .fromErrno("write", path) }
    }

    /// Writes every byte, going round again after short writes and interrupted calls.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// Whether something is at `path`, following links: a link to no file yet is nothing there.
    static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// What is at a path, following links, as words for an error: nil for a regular file or nothing.
    static func nonFileKind(_ path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        default: return "not a regular file"
        }
    }

    /// Creates the directory and any missing parents, private to the user (history is personal).
    static func createDirectories(_ path: String, permissions: mode_t = 0o700) throws(FileSystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, permissions) != 0, errno != EEXIST { throw .fromErrno("create directory", prefix) }
            prefix += "/"
        }
        guard isDirectory(path) else { throw FileSystemError("cannot create directory \(path): a file is in the way") }
    }

    /// The names in a directory, without `.` and `..`; empty when it cannot be read.
    static func directoryEntries(_ path: String) -> [String] {
        guard let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The directory part of a path: "a/b/c" → "a/b", "c" → ".", "/c" → "/".
    static func directoryName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }
}
