import ConflictModel
import ConflictQuery

/// A script as the shell reads one: lines split on LF (a CR before it dropped), blank lines and `#`
/// comments skipped between queries, `.` lines taken as dot-commands (not run here), and a query
/// gathered line by line until the parser no longer calls it incomplete or it ends with `;`. Each
/// query then runs on the built-in model. This follows ConflictShell's InputAssembler and
/// ScriptRunner, which are internal to the shell.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScript(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
        String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
    }
    if lines.last?.isEmpty == true { lines.removeLast() }

    var pending: [String] = []
    for line in lines {
        if pending.isEmpty {
            let trimmed = line.trimmingBlanks
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(".") { continue }
        }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if text.trimmingBlanks.hasSuffix(";") || !QueryEngine.isIncomplete(text) {
            _ = try? engine.run(text)
            pending = []
        }
    }
    if !pending.isEmpty { _ = try? engine.run(pending.joined(separator: "\n")) }
    return 0
}

private let engine = QueryEngine(model: .builtin)

extension String {
    /// Without white space at either end, as the shell trims a line.
    fileprivate var trimmingBlanks: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
