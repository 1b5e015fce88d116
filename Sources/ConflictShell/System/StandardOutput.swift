#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Standard output for what the command line prints outside the shell (`--check`, `--export-model`,
/// `--help`, `--version`), with every write checked as the shell's own results are: a full disk, a
/// closed pipe or a file size limit is an error, never a file cut short and an exit status of 0.
public enum StandardOutput {
    /// Writes all of `text`; nil when it went out whole, else what went wrong, worded for the user:
    /// "cannot write standard output: No space left on device".
    public static func write(_ text: String) -> String? {
        FileSystem.writeAll(Array(text.utf8), to: 1) ? nil : FileSystemError.fromErrno("write", "standard output").description
    }

    /// A reader that goes away (`conflictq ... | head`) gives the next write EPIPE, which is
    /// reported like any failed write, instead of SIGPIPE ending the process without a word.
    public static func reportClosedPipes() {
        signal(SIGPIPE, SIG_IGN)
    }
}
