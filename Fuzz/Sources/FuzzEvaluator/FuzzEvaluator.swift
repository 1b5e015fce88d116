import ConflictDiagnostics
import ConflictModel
import ConflictQuery

/// Queries that parse go on to the evaluator over the built-in model, and those that fail must
/// render their error with no raw control character; completion, which the shell
/// asks for on Tab at any cursor position, is asked at every byte offset of the input, including
/// offsets inside a multi-byte character and past the end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEvaluator(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try engine.run(text)
    } catch {
        // Whatever the input, its error message reaches the terminal with no raw control byte.
        let rendered = DiagnosticRenderer().render(error, in: text)
        if let raw = rendered.unicodeScalars.first(where: { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0x7F }) {
            fatalError("a raw control character U+\(String(raw.value, radix: 16)) in: \(rendered.debugDescription)")
        }
    }
    for offset in 0...text.utf8.count + 1 {
        _ = engine.completions(in: text, at: offset)
    }
    return 0
}

/// Made once: the built-in model's lookup tables are built on first use and then only read.
private let engine = QueryEngine(model: .builtin)
