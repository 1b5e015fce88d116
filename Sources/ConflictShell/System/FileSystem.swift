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
        String(decoding: try readBytes(atPath: path, limit: limit), as: UTF8.self)
    }

    /// `readText`'s bytes, undecoded: for files whose bytes a reader checks itself, such as data sets.
    static func readBytes(atPath path: String, limit: (bytes: Int, what: String)? = nil) throws(FileSystemError) -> [UInt8] {
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
        return bytes
    }

    /// The first `start` bytes and the last `end` bytes of a regular file, and how many bytes lie
    /// between the two; a file of at most `end` bytes is read whole, as `end`, and none are skipped.
    /// However large the file, no more than `start + end` bytes are read.
    static func readEnds(atPath path: String, start: Int, end: Int) throws(FileSystemError)
        -> (start: [UInt8], end: [UInt8], skipped: Int)
    {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .fromErrno("read", path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .fromErrno("read", path) }
        let size = Int(status.st_size)
        let skipped = max(0, size - end)
        let last = try readAt(descriptor, offset: skipped, count: min(size, end), path: path)
        let first = skipped == 0 ? Array(last.prefix(start)) : try readAt(descriptor, offset: 0, count: start, path: path)
        return (first, last, skipped)
    }

    /// Up to `count` bytes from `offset`; fewer where the file ends first.
    private static func readAt(_ descriptor: Int32, offset: Int, count: Int, path: String) throws(FileSystemError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got < 0 {
                if errno == EINTR { continue }
                throw .fromErrno("read", path)
            }
            if got == 0 { break }
            done += got
        }
        return Array(bytes[..<done])
    }

    /// Writes the whole text to a temporary file beside `path`, flushes it to disk, then moves it
    /// into place in one step: a reader sees the old file or the new one, never half of either.
    ///
    /// With `.refuse`, the move is a hard link, which fails if `path` exists, so two writers cannot
    /// both think they created the file.
    ///
    /// A path that is a symbolic link is followed, so the link stays and its file is replaced. A
    /// device or a pipe (`/dev/stdout`) has no file to replace, and is written to directly.
    ///
    /// A file that is replaced keeps its mode, exactly (the umask does not narrow it), and, when
    /// root replaces it, its owner and group: `.save!` as root on someone's private file leaves it
    /// theirs and private. A file the user may not write is refused, untouched, although the folder
    /// would let it be replaced. A new file gets `permissions` less the umask.
    static func writeAtomically(
        _ text: String, toPath path: String, overwrite: Overwrite = .replace, permissions: mode_t = 0o644
    ) throws(FileSystemError) {
        try writeAtomically(bytes: Array(text.utf8), toPath: path, overwrite: overwrite, permissions: permissions)
    }

    /// `writeAtomically` for bytes that are not text, such as a model store.
    static func writeAtomically(
        bytes: [UInt8], toPath path: String, overwrite: Overwrite = .replace, permissions: mode_t = 0o644
    ) throws(FileSystemError) {
        // Errors name `path`, as the user wrote it; the work is done on `target`.
        var target = path
        var status = stat()
        var replaced: stat? = nil
        if stat(path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                if let resolved = realpath(path, nil) {
                    target = String(cString: resolved)
                    free(resolved)
                }
                // With `.refuse` the file is not replaced, and the error says it exists.
                if overwrite == .replace {
                    if faccessat(AT_FDCWD, target, W_OK, AT_EACCESS) != 0 { throw .fromErrno("write", path) }
                    replaced = status
                }
            case S_IFDIR:
                throw FileSystemError("cannot write \(path): it is a directory")
            default:
                return try writeInPlace(bytes, toPath: path)
            }
        } else if let linked = try danglingLinkTarget(path) {
            // A link made before its file (a history kept in a synced folder, say): the file is
            // created where the link points, and the link stays.
            target = linked
        }
        removeAbandonedTemporaries(of: target)
        let temporaryPath = temporaryName(of: target, process: getpid())
        // Never wider than the file it replaces, even before its mode is set.
        let descriptor = open(
            temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, replaced.map { $0.st_mode & 0o777 } ?? permissions)
        guard descriptor >= 0 else { throw .fromErrno("write", path) }
        var failure: FileSystemError? = nil
        if let replaced { keepOwnerAndMode(of: replaced, on: descriptor) }
        if !writeAll(bytes, to: descriptor) || fsync(descriptor) != 0 {
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

    /// The temporary file's owner, group and mode made those of the file it replaces. Only root
    /// may give a file away; anyone may give it a group they are in, which is tried. The mode is
    /// set after the owner, which may clear set-id bits. A file system that refuses either (FAT
    /// has neither owners nor modes) keeps what it gives, which is never wider than the old mode.
    private static func keepOwnerAndMode(of replaced: stat, on descriptor: Int32) {
        if geteuid() == 0 {
            _ = fchown(descriptor, replaced.st_uid, replaced.st_gid)
        } else if replaced.st_gid != getegid() {
            _ = fchown(descriptor, uid_t.max, replaced.st_gid)
        }
        _ = fchmod(descriptor, replaced.st_mode & 0o7777)
    }

    /// `FILE.tmp-PID`: beside the file, so the rename stays on one file system; named after the
    /// process, so that two writers never share one.
    private static func temporaryName(of target: String, process: pid_t) -> String {
        let (folder, name) = splitAtLastSlash(target)
        return folder + temporaryPrefix(ofName: name) + String(process)
    }

    /// `FILE.tmp-`, which every temporary file of FILE starts with. A name near the longest a file
    /// system allows (255 bytes) is cut short first, at a character, so that the temporary name
    /// with any process number fits too: `.save` takes every name the system does.
    private static func temporaryPrefix(ofName name: String) -> String {
        siblingName(of: name, suffix: ".tmp-", reserving: String(pid_t.max).utf8.count)
    }

    /// `name + suffix`, with `name` cut short (at a character) so that the result and `reserving`
    /// bytes more fit in one file name (NAME_MAX, 255 bytes).
    static func siblingName(of name: String, suffix: String, reserving: Int = 0) -> String {
        let room = Int(NAME_MAX) - suffix.utf8.count - reserving
        guard name.utf8.count > room else { return name + suffix }
        var kept = ""
        var length = 0
        for scalar in name.unicodeScalars {
            length += UTF8.width(scalar)
            if length > room { break }
            kept.unicodeScalars.append(scalar)
        }
        return kept + suffix
    }

    /// The last component of a path: "a/b/c" → "c".
    static func fileName(of path: String) -> String { splitAtLastSlash(path).name }

    /// Whether the file at `path` is there and nobody has the permission to write it (`chmod a-w`),
    /// which root's right to write anyway does not change.
    static func hasNoWritePermission(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & 0o222 == 0
    }

    /// A path's folder with its slash, and its last component: "a/b/c" → ("a/b/", "c"), "c" → ("", "c").
    /// Split at the byte, as the system does: a combining mark after a slash is a character of its own there.
    private static func splitAtLastSlash(_ path: String) -> (folder: String, name: String) {
        let bytes = Array(path.utf8)
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return ("", path) }
        return (String(decoding: bytes[...slash], as: UTF8.self), String(decoding: bytes[(slash + 1)...], as: UTF8.self))
    }

    /// Removes the temporary files that writers of `target` which no longer run left behind (a
    /// crash, a kill mid-write). A live writer's file stays: its process still answers.
    private static func removeAbandonedTemporaries(of target: String) {
        let folder = directoryName(of: target)
        let prefix = temporaryPrefix(ofName: splitAtLastSlash(target).name)
        for name in directoryEntries(folder) where name.hasPrefix(prefix) {
            guard let process = pid_t(name.dropFirst(prefix.count)), process > 0 else { continue }
            if kill(process, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }

    /// Writes into a device or pipe that is already there.
    private static func writeInPlace(_ bytes: [UInt8], toPath path: String) throws(FileSystemError) {
        let descriptor = NamedPipeWait.noting([path], forWriting: true) { open(path, O_WRONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw .fromErrno("write", path) }
        defer { close(descriptor) }
        if !writeAll(bytes, to: descriptor) { throw .fromErrno("write", path) }
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
