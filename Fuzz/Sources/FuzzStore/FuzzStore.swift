import ConflictModel
import ModelFileFormat

/// Any bytes as a model store (`*.cqstore`): an error naming the byte where it is damaged, or a
/// model that passes the checks and writes back to a store that reads back equal; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStore(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let model = try? ModelFiles.loadStore(bytes: bytes, path: "fuzz.cqstore") else { return 0 }
    let again = ModelFiles.exportStore(model)
    do {
        guard try ModelFiles.loadStore(bytes: again, path: "again.cqstore") == model else {
            fatalError("a store written again reads back different")
        }
    } catch {
        fatalError("a store written again does not load: \(error)")
    }
    return 0
}
