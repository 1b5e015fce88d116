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
    /// The most of the file that is read, from its end: 4 MiB holds a thousand entries of 4 KB
    /// each, and a history that grew past it (by another program, or by mistake) costs no more to
    /// start with than one of that size.
    var maximumReadSize = 4 << 20

    /// The saved entries, oldest first, at most `capacity` of them; none when there is no file yet.
    func load() throws(FileSystemError) -> [String] {
        try loadNotingSize().entries
    }

    /// The saved entries, and a warning when the file is larger than `maximumReadSize`: only its
    /// end is read, and the entries before it are dropped when the history is next saved.
    func loadNotingSize() throws(FileSystemError) -> (entries: [String], warning: String?) {
        guard FileSystem.exists(path) else { return ([], nil) }
        try checkIsAFile("read")
        let (start, end, skipped) = try FileSystem.readEnds(atPath: path, start: Self.header.utf8.count + 1, end: maximumReadSize)
        guard skipped > 0 else { return (Self.decode(String(decoding: end, as: UTF8.self), keepingLast: capacity), nil) }
        // The end begins inside an entry, most likely: it starts after the first line break.
        let whole = end.firstIndex(of: UInt8(ascii: "\n")).map { end[($0 + 1)...] } ?? []
        let isEscaped = start.elementsEqual((Self.header + "\n").utf8)
        let warning =
            "history \(path) is \((skipped + end.count) >> 20) MiB, larger than the \(maximumReadSize >> 20) MiB "
            + "that is read: only its last entries were read, and the older ones are dropped when it is next saved"
        return (Self.decode(lines: Self.lastLines(of: whole, count: capacity), escaped: isEscaped), warning)
    }

    /// Adds entries after whatever is in the file now, including what other shells added since
    /// this one started.
    ///
    /// A file without write permission is left alone, root's too: a history made read-only is meant
    /// to stay as it is.
    func append(_ entries: [String]) throws(FileSystemError) {
        guard !entries.isEmpty else { return }
        try FileSystem.createDirectories(FileSystem.directoryName(of: path))
        try checkIsAFile("write")
        if FileSystem.hasNoWritePermission(path) { throw FileSystemError("cannot write \(path): it is read-only") }
        let lock = FileSystem.directoryName(of: path) + "/" + FileSystem.siblingName(of: FileSystem.fileName(of: path), suffix: ".lock")
        try FileLock.withExclusiveLock(onPath: lock) { () throws(FileSystemError) in
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
    static func decode(_ text: String, keepingLast count: Int = .max) -> [String] {
        let bytes = Array(text.utf8)
        let firstLine = bytes.prefix { $0 != UInt8(ascii: "\n") }
        let isEscaped = firstLine.elementsEqual(header.utf8)
        let body = isEscaped ? bytes[min(bytes.count, firstLine.count + 1)...] : bytes[...]
        return decode(lines: lastLines(of: body, count: count), escaped: isEscaped)
    }

    private static func decode(lines: ArraySlice<UInt8>, escaped: Bool) -> [String] {
        lines.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).map {
            String(decoding: escaped ? unescape(Array($0)) : Array($0), as: UTF8.self)
        }
    }

    /// The bytes of the last `count` lines that are not empty, found from the end, so that a file
    /// of a million short lines is not split into a million pieces to keep a thousand.
    private static func lastLines(of bytes: ArraySlice<UInt8>, count: Int) -> ArraySlice<UInt8> {
        var found = 0
        var index = bytes.endIndex
        var lineHasText = false
        while index > bytes.startIndex {
            let byte = bytes[index - 1]
            if byte == UInt8(ascii: "\n") {
                if lineHasText {
                    found += 1
                    if found == count { return bytes[index...] }
                }
                lineHasText = false
            } else {
                lineHasText = true
            }
            index -= 1
        }
        return bytes
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
