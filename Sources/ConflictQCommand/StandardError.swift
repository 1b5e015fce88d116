#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Diagnostics go to standard error, so that standard output holds only what was asked for.
///
/// Written with the C library's `write` to descriptor 2, unbuffered, so that a message is out before
/// the process exits, and without Foundation, which would bring tens of megabytes of ICU into the
/// binary for one line of output.
enum StandardError {
    static func print(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = write(2, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return }
                written += count
            }
        }
    }
}
