import ConflictDiagnostics
import ConflictModel
import ModelFileFormat
import ConflictShell
import FuzzSupport
import Glibc

/// Any bytes as a script file, run the way `conflictq --safe FILE.cq` runs one: read from disk (so
/// the size and UTF-8 checks run), split into lines, queries gathered over several lines or ended
/// by `;`, dot-commands parsed and run, results formatted in whichever format the script asks for.
///
/// `--safe` keeps the fuzzer from writing files wherever an input names one (`.save! /etc/passwd`),
/// and from reading them: the dot-commands that touch files stop at their refusal, after their
/// arguments are parsed.
///
/// Besides not crashing, what the shell writes (results and messages alike) must be safe for a
/// terminal: valid UTF-8, and no control, bidirectional or invisible character but line feeds and
/// tabs (`TerminalText`). Colour is off, as the output is no terminal, so not even the shell's
/// own escape sequences may appear.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    scratchFile.write(UnsafeBufferPointer(start: data, count: size))
    let output = capture.whileRunning {
        _ = Shell.run(options, model: .builtin, loadModel: { _ in .builtin }, environment: environment)
    }
    if let problem = TerminalSafety.problem(in: output) {
        fatalError("the shell wrote \(problem)")
    }
    return 0
}

/// Every output of one run is written to a file, both standard output and standard error, and
/// read back once the run is over.
private final class Capture: @unchecked Sendable {
    private let file = ScratchFile(name: "output", extension: "txt")
    private let descriptor: Int32

    init() {
        descriptor = open(file.path, O_RDWR | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { fatalError("cannot open \(file.path): errno \(errno)") }
    }

    /// What `body` wrote to descriptors 1 and 2. They are put back afterwards: run.sh has
    /// libFuzzer close standard error (`-close_fd_mask=2`), and its reports go to a copy it keeps.
    func whileRunning(_ body: () -> Void) -> [UInt8] {
        ftruncate(descriptor, 0)
        lseek(descriptor, 0, SEEK_SET)
        let savedOutput = dup(1)
        let savedError = dup(2)
        dup2(descriptor, 1)
        dup2(descriptor, 2)
        body()
        dup2(savedOutput, 1)
        dup2(savedError, 2)
        close(savedOutput)
        close(savedError)
        let size = Int(lseek(descriptor, 0, SEEK_END))
        var bytes = [UInt8](repeating: 0, count: size)
        var read = 0
        while read < size {
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + read, size - read, off_t(read)) }
            guard count > 0 else { break }
            read += count
        }
        return Array(bytes[..<read])
    }
}

/// What a terminal must never be sent, as the shell promises: checked on the bytes it wrote.
private enum TerminalSafety {
    /// A description of the first thing wrong in `bytes`, or nil when a terminal may show them all.
    static func problem(in bytes: [UInt8]) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "bytes that are not UTF-8" }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            // `visible` leaves a line as it is only when it holds nothing to show: it keeps tabs, and
            // a joiner between two letters, and changes every other such character.
            let line = String(line)
            guard TerminalText.isChanged(byVisible: line) else { continue }
            let raw = line.unicodeScalars.first { TerminalText.visible(String($0)) != String($0) }
            return "a raw \(raw.map(TerminalText.code) ?? "control character") in the line \(line.debugDescription)"
        }
        return nil
    }
}

private let scratchFile = ScratchFile(name: "script", extension: "cq")
private let capture = Capture()
private let options = ShellOptions(scriptPaths: [scratchFile.path], isSafe: true)
/// No terminal, a UTF-8 locale: the environment of a script run from a pipeline.
private let environment = ShellEnvironment(variables: ["LANG": "C.UTF-8"])
