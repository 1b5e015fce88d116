import ConflictModel
import Foundation
import ModelFileFormat
import Testing

@testable import DataSetImport

/// The inputs FuzzImport found faults with, kept as they were found: each must import to a model
/// file that loads.
@Suite struct ImportFuzzRegressionTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzRegressions")
    static let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()) ?? []

    @Test(arguments: files)
    func importsToAModelFileThatLoads(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let known = try ModelFiles.load([ShippedModels.timeline, DataSetImporter.aliasTable])
        // A file's name says its data set: acled-..., gdelt-..., else UCDP GED.
        let kind = DataSetImporter.Kind.allCases.first { name.hasPrefix($0.rawValue + "-") } ?? .ucdp
        let result = DataSetImporter(kind, release: "23.1", known: known).read([.init(name: name, bytes: bytes)])
        let file = DataSetImporter.modelFile(result, kind: kind, files: [name])
        #expect(throws: Never.self) { try ModelFiles.load(text: file, path: "import.yaml") }
    }

    @Test func aColumnWhoseNameCannotBeAKeyIsNotKeptAndSaysSo() throws {
        let known = try ModelFiles.load([ShippedModels.timeline, DataSetImporter.aliasTable])
        let text = UCDPImportTests.header + ",odd name\n" + UCDPImportTests.good + ",x\n"
        let result = DataSetImporter(.ucdp, release: "23.1", known: known).read([.init(name: "g.csv", bytes: Array(text.utf8))])
        #expect(result.warnings.map(\.description) == [
            "g.csv:1: column odd name: is not kept: a column's name is letters, digits and _, as the data sets name theirs"
        ])
        #expect(result.model.events.last?.record?.value(of: "odd name") == nil)
    }
}
