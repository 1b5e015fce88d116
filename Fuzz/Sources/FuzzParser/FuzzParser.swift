import ConflictQuery

/// The lexer and parser on any bytes: each input must parse or give a diagnostic, never crash.
///
/// The bytes become a String the way the shell makes one from a line it reads, so invalid UTF-8 is
/// repaired to U+FFFD before the lexer sees it. `isIncomplete` is the shell's question for every
/// line typed, so it runs on every input too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = try? QueryEngine.parse(text)
    _ = QueryEngine.isIncomplete(text)
    return 0
}
