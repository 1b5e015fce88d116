import YAMLReader
import Yams

/// Our YAML reader against Yams (libyaml) on any bytes, decoded as UTF-8 with invalid sequences
/// repaired: whenever ours reads a text, Yams must read it to the same tree, as
/// YAMLConformanceTests compares them (`YAMLTreeComparison`), or the fuzzer stops with both trees.
///
/// It does not stop when ours refuses a text (as YAML model files leave out on purpose, or as no
/// YAML), when Yams refuses one that ours reads (libyaml's own faults and limits, such as a tab on
/// a blank line or a key longer than 1024 characters: see Tests/YAMLConformanceTests/Cases/
/// yams-differs), on a text that holds U+0085, U+2028 or U+2029, which libyaml reads as line
/// breaks (YAML 1.1) and ours as text (YAML 1.2), or on one that ours reads to a plain scalar
/// starting with `?`, which libyaml in brackets reads as a complex key (YAML 1.1). Yams is given the text without a byte order mark,
/// which libyaml counts as a column.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAMLDifferential(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let ours = try? YAMLParser.parse(text) else { return 0 }
    if YAMLTreeComparison.libyamlReadsOtherwise(text, ours: ours) { return 0 }
    guard let theirs = try? Yams.compose(yaml: YAMLTreeComparison.textForYams(text), .default, .default, .utf8) else {
        return 0
    }
    if let difference = YAMLTreeComparison.difference(ours: ours, theirs: theirs) {
        fatalError(
            """
            our YAML reader and Yams read this text to different trees, \(difference)
              text: \(text.debugDescription)
              ours: \(YAMLTreeComparison.render(ours))
              Yams: \(YAMLTreeComparison.render(theirs))
            """)
    }
    return 0
}
