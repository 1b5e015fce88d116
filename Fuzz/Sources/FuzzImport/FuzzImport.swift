import ConflictModel
import DataSetImport
import ModelFileFormat

/// `conflictq import ucdp|acled|gdelt` on any bytes, the first choosing which: the rows it takes must make a model file that loads
/// beside the timeline and alone, every bad row must be a problem naming a line of the file, and
/// nothing may crash, however the quotes, line breaks and bytes fall.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    // The first byte picks the data set, the rest is its file.
    guard size > 0 else { return 0 }
    let kinds = DataSetImporter.Kind.allCases
    let kind = kinds[Int(data[0]) % kinds.count]
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let result = DataSetImporter(kind, release: "23.1", known: known)
        .read([DataSetImporter.File(name: "fuzz.csv", bytes: bytes)])
    let lines = bytes.count { $0 == 0x0A } + 1
    for problem in result.problems + result.warnings where !(1...lines).contains(problem.line) {
        fatalError("a problem at line \(problem.line) of a file of \(lines) lines: \(problem.description)")
    }
    let file = DataSetImporter.modelFile(result, kind: kind, files: ["fuzz.csv"])
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
