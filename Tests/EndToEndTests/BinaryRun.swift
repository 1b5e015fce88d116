import Foundation

/// Where the package and the built `conflictq` are.
enum PackagePaths {
    /// The package root, found from this file's path, so that scripts and fixtures need no bundle.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The built binary: `$CONFLICTQ_BINARY` if set, to test another build (the release one);
    /// else beside the test bundle, where SwiftPM puts it, then in `.build/debug`.
    static let binary: String? = {
        if let chosen = ProcessInfo.processInfo.environment["CONFLICTQ_BINARY"] { return chosen }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
            runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent(),
            URL(fileURLWithPath: root + "/.build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("conflictq").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func script(_ name: String) -> String { root + "/Scripts/" + name }
}

/// One run of `conflictq` as a user runs it: arguments, standard input, environment, and what came back.
struct BinaryRun {
    let status: Int32
    let stdout: String
    let stderr: String

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String { "no conflictq binary beside the tests or in .build/debug; run swift build first" }
    }

    /// A neutral environment, so that the tester's own NO_COLOR, COLUMNS or history never leak in;
    /// `environment` adds to it.
    static let baseEnvironment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]

    /// Runs the binary with `input` as standard input (a file, not a terminal) in `directory`.
    static func run(
        _ arguments: [String], input: String = "", environment: [String: String] = [:], in directory: String? = nil
    ) throws -> BinaryRun {
        guard let binary = PackagePaths.binary else { throw BinaryMissing() }
        let home = try ScratchDirectory()
        let environment = baseEnvironment.merging(["HOME": home.path]) { $1 }.merging(environment) { $1 }
        return try execute(binary, arguments, input: input, environment: environment, in: directory ?? PackagePaths.root)
    }

    /// Runs any program. Output goes to files, not pipes, so a process that writes a lot cannot block
    /// on a full pipe; a nil `environment` passes on the tests' own.
    static func execute(
        _ executable: String, _ arguments: [String], input: String = "", environment: [String: String]? = nil,
        in directory: String? = nil
    ) throws -> BinaryRun {
        let scratch = try ScratchDirectory()
        let inputFile = scratch.file("stdin")
        let outputFile = scratch.file("stdout")
        let errorFile = scratch.file("stderr")
        try Data(input.utf8).write(to: URL(fileURLWithPath: inputFile))
        FileManager.default.createFile(atPath: outputFile, contents: nil)
        FileManager.default.createFile(atPath: errorFile, contents: nil)

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

/// A fresh directory for one test, removed afterwards.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("conflictq-e2e-dir-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }
}
