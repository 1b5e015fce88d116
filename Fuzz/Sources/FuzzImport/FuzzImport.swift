import ConflictModel
import DataSetImport
import ModelFileFormat

/// `conflictq import ucdp` on any bytes: the rows it takes must make a model file that loads
/// beside the timeline and alone, every bad row must be a problem naming a line of the file, and
/// nothing may crash, however the quotes, line breaks and bytes fall.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = DataSetImporter(.ucdp, release: "23.1", known: known, skippingBadRows: true)
        .read([DataSetImporter.File(name: "fuzz.csv", bytes: bytes)])
    let lines = bytes.count { $0 == 0x0A } + 1
    for problem in result.problems + result.warnings where !(1...lines).contains(problem.line) {
        fatalError("a problem at line \(problem.line) of a file of \(lines) lines: \(problem.description)")
    }
    let file = DataSetImporter.modelFile(result, kind: .ucdp, files: ["fuzz.csv"])
    do {
        _ = try ModelFiles.load(text: file, path: "import.yaml")
    } catch {
        fatalError("the import does not load: \(error)\n\(file)")
    }
    return 0
}

private let known: ConflictModel = {
    do { return try ModelFiles.load([ShippedModels.timeline, DataSetImporter.aliasTable]) } catch { fatalError("\(error)") }
}()
