import ArgumentParser

/// The statuses conflictq exits with, so that scripts can tell a bad model from a bad command line.
enum ExitStatus {
    /// `--check` found errors (and, later, a query failed).
    static let checkFoundErrors = ExitCode(1)
    /// An unknown option or a missing value.
    static let usage = ExitCode(2)
    /// A model file could not be loaded.
    static let modelError = ExitCode(3)
}
