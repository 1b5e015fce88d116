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
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    scratchFile.write(UnsafeBufferPointer(start: data, count: size))
    _ = Shell.run(options, model: .builtin, loadModel: { _ in .builtin }, environment: environment)
    return 0
}

/// Results go to /dev/null, which takes every write: with standard output closed, every script
/// would stop at its first result. run.sh closes standard error for this target with
/// `-close_fd_mask=2`, as error messages would bury libFuzzer's own; its reports still appear.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
    let null = open("/dev/null", O_WRONLY)
    if null >= 0 {
        dup2(null, 1)
        close(null)
    }
    return 0
}

private let scratchFile = ScratchFile(name: "script", extension: "cq")
private let options = ShellOptions(scriptPaths: [scratchFile.path], isSafe: true)
/// No terminal, a UTF-8 locale: the environment of a script run from a pipeline.
private let environment = ShellEnvironment(variables: ["LANG": "C.UTF-8"])
