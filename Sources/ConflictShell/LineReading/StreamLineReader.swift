#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads lines from a file descriptor that is not a terminal (a pipe, a redirected file), as a
/// script: no prompt, no echo, no escape codes, and each line handled as soon as it arrives.
final class StreamLineReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var reachedEnd = false
    /// Whether a byte order mark at the very start of the stream may still be skipped.
    private var atStart = true

    init(descriptor: Int32 = 0) {
        self.descriptor = descriptor
    }

    /// A line longer than this is handed on cut at this length: no query may be even a tenth as
    /// long, so it fails with the query's own limit, rather than the shell reading a stream without
    /// line breaks (`/dev/zero`) into memory until it runs out.
    static let longestLine = 1 << 20

    /// The next line without its line end (LF or CRLF), or nil at the end of input.
    /// A UTF-8 byte order mark at the start of the stream is skipped, as in a script file.
    func nextLine() -> String? {
        while true {
            if atStart {
                let mark: [UInt8] = [0xEF, 0xBB, 0xBF]
                if buffer.count >= 3 || reachedEnd {
                    if buffer.starts(with: mark) { buffer.removeFirst(3) }
                    atStart = false
                } else if !mark.starts(with: buffer) {
                    atStart = false
                }
            }
            if !atStart, let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                var line = buffer[..<newline]
                buffer.removeSubrange(...newline)
                if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
                return String(decoding: line, as: UTF8.self)
            }
            if !atStart, buffer.count > Self.longestLine {
                defer { buffer.removeSubrange(..<Self.longestLine) }
                return String(decoding: buffer[..<Self.longestLine], as: UTF8.self)
            }
            if reachedEnd, !atStart {
                guard !buffer.isEmpty else { return nil }
                defer { buffer.removeAll() }
                return String(decoding: buffer, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 16384)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 {
                reachedEnd = true
            } else {
                buffer.append(contentsOf: chunk[..<count])
            }
        }
    }
}
