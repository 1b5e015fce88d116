import Foundation
import TestSupport
import Testing

/// A named pipe that nothing writes to yet, given as a script, a model file, or to `.run` and
/// `.load`: conflictq says on standard error that it waits, and goes on once something writes.
@Suite struct NamedPipeTests {
    static let model = Result { try BinaryRun.run(["--export-model"]).stdout }

    @Test(arguments: [
        (["p"], "measures\n"),
        // A word without a dot is a saved query's name: the file is ./p.
        (["-c", ".run ./p"], "measures\n"),
        (["--model", "p", "-c", "measures"], "model"),
        // Added to the built-in model, so a file of its own: an empty one.
        (["-c", ".load p", "-c", "measures"], "conflictq-model: 2\n"),
        (["--check", "p"], "model"),
    ])
    func aPipeWithNoWriterIsSaidToWait(arguments: [String], content: String) throws {
        let text = content == "model" ? try Self.model.get() : content
        let directory = try TemporaryDirectory()
        guard mkfifo(directory.file("p"), 0o600) == 0 else { throw POSIXError(.EEXIST) }
        guard let binary = PackagePaths.binary else { throw BinaryRun.BinaryMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.environment = BinaryRun.baseEnvironment.merging(["HOME": directory.path]) { $1 }
        process.currentDirectoryURL = URL(fileURLWithPath: directory.path)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        for name in ["stdout", "stderr"] { _ = FileManager.default.createFile(atPath: directory.file(name), contents: nil) }
        process.standardOutput = FileHandle(forWritingAtPath: directory.file("stdout"))
        process.standardError = FileHandle(forWritingAtPath: directory.file("stderr"))
        try process.run()
        let shown = arguments.contains { $0.hasSuffix("./p") } ? "./p" : "p"
        let note = "note: waiting for something to write to \(shown), a named pipe (Ctrl-C stops)\n"
        // The note, then the writer: the shell is waiting in its open.
        var waited = 0
        while try directory.read("stderr") != note {
            waited += 1
            if waited > 3000 || !process.isRunning { break }
            usleep(10_000)
        }
        #expect(try directory.read("stderr") == note)
        // Opening the pipe to write would wait for ever for a shell that is no longer reading it.
        let said = try directory.read("stderr")
        try #require(process.isRunning, "\(said)")
        let writer = try #require(FileHandle(forWritingAtPath: directory.file("p")))
        writer.write(Data(text.utf8))
        try writer.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try directory.read("stderr") == note)
        let output = try directory.read("stdout")
        #expect(arguments.first == "--check" ? output.hasPrefix("p: ok:") : output.contains("| killed "))
    }
}
