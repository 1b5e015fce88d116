import ConflictQuery
import Glibc

/// The lexer and parser on any bytes: each input must parse or give a diagnostic, never crash, and
/// take time in proportion to its length.
///
/// The bytes become a String the way the shell makes one from a line it reads, so invalid UTF-8 is
/// repaired to U+FFFD before the lexer sees it. `isIncomplete` is the shell's question for every
/// line typed, so it runs on every input too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    examine(text)
    if LinearTime.applies(to: text) { LinearTime.check(text) }
    return 0
}

private func examine(_ text: String) {
    _ = try? QueryEngine.parse(text)
    _ = QueryEngine.isIncomplete(text)
}

/// The input repeated `repeats` times must not take much more than `repeats` times as long: a
/// path whose time grows with the square of the length (a scan back over every earlier token for
/// each token) would take `repeats` times longer still.
///
/// Cheap enough to run on every input of a middling size, and made not to raise false alarms: the
/// time is the thread's CPU time, which other work on the machine does not add to; the least of
/// three runs is taken; the margin is 12 times where a square grows 48 times; and nothing under
/// a tenth of a second is ever an alarm. The longest repeat, 48 x 2,048 bytes, stays under the
/// 100,000 bytes a query may have, past which the length alone is the error.
private enum LinearTime {
    static let repeats = 48
    static let margin = 12.0
    static let leastAlarm = 0.1

    static func applies(to text: String) -> Bool {
        (128...2048).contains(text.utf8.count)
    }

    static func check(_ text: String) {
        let once = fastest(of: 3) { examine(text) }
        let repeated = String(repeating: text, count: repeats)
        let expected = once * Double(repeats)
        var took = fastest(of: 1) { examine(repeated) }
        // Only a slow run is run again, so that the check costs one repeated run as a rule.
        if took > max(expected * margin, leastAlarm) { took = min(took, fastest(of: 2) { examine(repeated) }) }
        if took > max(expected * margin, leastAlarm) {
            fatalError(
                "\(repeats) copies of the input took \(took) s against \(once) s for one: far worse than linear "
                    + "for \(text.debugDescription)")
        }
    }

    /// The least CPU time of `runs` runs of `body`, in seconds.
    private static func fastest(of runs: Int, _ body: () -> Void) -> Double {
        (0..<runs).map { _ in
            let start = cpuTime()
            body()
            return cpuTime() - start
        }.min()!
    }

    private static func cpuTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
