import ConflictModel
import ModelFileFormat
import FuzzSupport

/// The model file loader on any bytes, both ways a model reaches it: as text (the bytes decoded as
/// UTF-8, invalid sequences repaired) and as a file on disk (the raw bytes, so the loader's own UTF-8
/// and size checks run). Each must give a model or errors, never crash.
///
/// A model that loads must also survive the way back: exported, it must load again to an equal
/// model, or `--export-model` would write files that `--model` refuses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModelFile(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    if let model = try? ModelFiles.load(text: String(decoding: bytes, as: UTF8.self), path: "fuzz.yaml") {
        checkRoundTrip(model)
    }
    scratchFile.write(bytes)
    if let model = try? ModelFiles.load([scratchFile.path]) {
        checkRoundTrip(model)
    }
    return 0
}

/// Fails with `fatalError`, which says why even in a release build, where `precondition` is silent.
private func checkRoundTrip(_ model: ConflictModel) {
    let exported = ModelFiles.export(model)
    do {
        let reloaded = try ModelFiles.load(text: exported, path: "exported.yaml")
        if reloaded != model { fatalError("the exported model loads back different:\n\(exported)") }
    } catch {
        fatalError("the exported model does not load back: \(error)\n\(exported)")
    }
}

private let scratchFile = ScratchFile(name: "model", extension: "yaml")
