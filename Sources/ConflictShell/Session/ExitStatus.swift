/// What `conflictq` tells the calling shell: 0 only when everything asked for worked.
public enum ExitStatus: Int32, Sendable, Comparable {
    case success = 0
    /// A query or a script failed: a wrong query, a missing script, a failing dot-command.
    case queryError = 1
    /// The command line itself was wrong: an unknown flag, a bad --format.
    case usageError = 2
    /// A model file could not be loaded (--model, .load).
    case modelError = 3

    public static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }
}
