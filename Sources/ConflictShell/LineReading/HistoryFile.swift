#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The REPL's history on disk, shared safely by several shells at once.
///
/// The format is libedit's own (`_HiStOrY_V2_`, then one entry per line with blanks, line breaks and
/// backslashes written as octal escapes such as `\040`), so a multi-line query stays one entry and
/// libedit's `read_history` could read the file too. Every save takes a lock, re-reads the file,
/// appends, trims to `capacity`, and replaces the file in one rename: two shells never lose each
/// other's entries, and a crash never leaves half a file.
struct HistoryFile {
    static let header = "_HiStOrY_V2_"

    let path: String
    var capacity = 1000

    /// The saved entries, oldest first; none when there is no file yet.
    func load() throws(FileSystemError) -> [String] {
        guard FileSystem.exists(path) else { return [] }
        try checkIsAFile("read")
        return Self.decode(try FileSystem.readText(atPath: path))
    }

    /// Adds entries after whatever is in the file now, including what other shells added since
    /// this one started.
    func append(_ entries: [String]) throws(FileSystemError) {
        guard !entries.isEmpty else { return }
        try FileSystem.createDirectories(FileSystem.directoryName(of: path))
        try checkIsAFile("write")
        try FileLock.withExclusiveLock(onPath: path + ".lock") { () throws(FileSystemError) in
            var all = try load() + entries
            if all.count > capacity { all.removeFirst(all.count - capacity) }
            try FileSystem.writeAtomically(Self.encode(all), toPath: path, permissions: 0o600)
        }
    }

    /// History is re-read and replaced whole, which only a regular file allows: a device such as
    /// `/dev/zero` would be read forever.
    private func checkIsAFile(_ action: String) throws(FileSystemError) {
        if let kind = FileSystem.nonFileKind(path) { throw FileSystemError("cannot \(action) \(path): it is \(kind)") }
    }

    static func encode(_ entries: [String]) -> String {
        var bytes = Array((header + "\n").utf8)
        for entry in entries {
            for byte in entry.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): bytes += Array("\\\\".utf8)
                case 0..<0x21, 0x7F: bytes += Array(octalEscape(byte).utf8)
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads libedit's escapes (octal `\040`, `\\`, and the C-style and meta forms `vis` can write);
    /// a file without the header is read as plain lines.
    static func decode(_ text: String) -> [String] {
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)[...]
        guard let first = lines.first else { return [] }
        guard String(decoding: first, as: UTF8.self) == header else {
            return lines.map { String(decoding: $0, as: UTF8.self) }
        }
        lines.removeFirst()
        return lines.map { String(decoding: unescape(Array($0)), as: UTF8.self) }
    }

    private static func octalEscape(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 8)
        return "\\" + String(repeating: "0", count: 3 - digits.count) + digits
    }

    private static func unescape(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var index = 0
        func isOctal(_ position: Int) -> Bool {
            position < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(bytes[position])
        }
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                out.append(byte)
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if isOctal(index + 1), isOctal(index + 2), isOctal(index + 3) {
                let value = bytes[(index + 1)...(index + 3)].reduce(0) { $0 * 8 + Int($1 - UInt8(ascii: "0")) }
                out.append(UInt8(truncatingIfNeeded: value))
                index += 4
                continue
            }
            switch next {
            case UInt8(ascii: "n"): out.append(10)
            case UInt8(ascii: "t"): out.append(9)
            case UInt8(ascii: "r"): out.append(13)
            case UInt8(ascii: "s"): out.append(32)
            case UInt8(ascii: "M") where index + 3 < bytes.count && bytes[index + 2] == UInt8(ascii: "-"):
                out.append(bytes[index + 3] | 0x80)
                index += 4
                continue
            case UInt8(ascii: "^") where index + 2 < bytes.count:
                out.append(bytes[index + 2] == UInt8(ascii: "?") ? 0x7F : bytes[index + 2] & 0x1F)
                index += 3
                continue
            default: out.append(next)
            }
            index += 2
        }
        return out
    }
}
