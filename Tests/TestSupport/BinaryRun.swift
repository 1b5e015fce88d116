import Foundation

/// One run of `conflictq` as a user runs it, or of any program: arguments, standard input,
/// environment, and what came back.
public struct BinaryRun {
    public let status: Int32
    public let stdout: String
    public let stderr: String

    public struct BinaryMissing: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "no conflictq binary beside the tests or in .build/debug; run swift build first" }
    }

    /// A neutral environment, so that the tester's own NO_COLOR, COLUMNS or history never leak in;
    /// `environment` adds to it.
    public static let baseEnvironment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

    /// Runs the binary with `input` as standard input (a file, not a terminal) in `directory`, with
    /// a fresh HOME.
    public static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], in directory: String? = nil
    ) throws -> BinaryRun {
        guard let binary = PackagePaths.binary else { throw BinaryMissing() }
        let home = try TemporaryDirectory()
        let environment = baseEnvironment.merging(["HOME": home.path]) { $1 }.merging(environment) { $1 }
        return try withExtendedLifetime(home) {
            try execute(binary, arguments, input: input, environment: environment, in: directory ?? PackagePaths.root)
        }
    }

    /// Runs any program. Output goes to files, not pipes, so a process that writes a lot cannot block
    /// on a full pipe; a nil `environment` passes on the tests' own.
    public static func execute(
        _ executable: String, _ arguments: [String], input: String = "", environment: [String: String]? = nil,
        in directory: String? = nil
    ) throws -> BinaryRun {
        let scratch = try TemporaryDirectory()
        defer { withExtendedLifetime(scratch) {} }
        let inputFile = scratch.file("stdin")
        let outputFile = scratch.file("stdout")
        let errorFile = scratch.file("stderr")
        try Data(input.utf8).write(to: URL(fileURLWithPath: inputFile))
        _ = FileManager.default.createFile(atPath: outputFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: inputFile))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        try process.run()
        process.waitUntilExit()
        return BinaryRun(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: outputFile, encoding: .utf8),
            stderr: try String(contentsOfFile: errorFile, encoding: .utf8))
    }
}
