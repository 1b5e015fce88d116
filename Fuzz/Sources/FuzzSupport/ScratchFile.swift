// libFuzzer comes with Swift's Linux toolchains only.
import Glibc

/// A file rewritten with every input, for targets that must hand conflictq a path rather than
/// text: one per fuzzing process, as libFuzzer's workers are processes.
public struct ScratchFile: Sendable {
    public let path: String

    /// `$TMPDIR/conflictq-fuzz-NAME-PID.EXTENSION`, in `/tmp` without `TMPDIR`; run.sh gives each
    /// run a folder of its own and removes it afterwards.
    public init(name: String, extension: String) {
        let folder = getenv("TMPDIR").map { String(cString: $0) } ?? ""
        path = "\(folder.isEmpty ? "/tmp" : folder)/conflictq-fuzz-\(name)-\(getpid()).\(`extension`)"
    }

    /// Replaces the file's bytes; a scratch file that cannot be written stops the fuzzer, which
    /// would otherwise go on testing an old input.
    public func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { fatalError("cannot write \(path): errno \(errno)") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            guard count > 0 else { fatalError("cannot write \(path): errno \(errno)") }
            written += count
        }
    }
}
