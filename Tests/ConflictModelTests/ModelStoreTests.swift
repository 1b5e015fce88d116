import ConflictModel
import Foundation
import TestSupport
import Testing

@testable import ModelFileFormat

/// Stores (`*.cqstore`): every model written as one reads back equal, and a damaged or cut store
/// is an error, never a crash and never a model made of part of it.
@Suite struct ModelStoreTests {
    static let fixtureImport = PackagePaths.root + "/Tests/ConflictQueryTests/Models/ged-afghanistan-pakistan.yaml"

    static func models() throws -> [(String, ConflictModel)] {
        [
            ("builtin", .builtin),
            ("timeline", try ModelFiles.load([ShippedModels.timeline])),
            ("a UCDP import", try ModelFiles.load([Self.fixtureImport])),
        ]
    }

    @Test func everyShippedModelAndAnImportReadsBackEqual() throws {
        for (name, model) in try Self.models() {
            let bytes = ModelFiles.exportStore(model)
            #expect(try ModelStoreReader.read(bytes) == model, "\(name)")
            #expect(try ModelFiles.loadStore(bytes: bytes, path: "m.cqstore") == model, "\(name)")
        }
    }

    @Test func aStoreFileLoadsBesideModelFiles() throws {
        let scratch = try TemporaryDirectory()
        let path = scratch.file("ged.cqstore")
        try Data(ModelFiles.exportStore(try ModelFiles.load([Self.fixtureImport]))).write(to: URL(fileURLWithPath: path))
        let fromStore = try ModelFiles.load([ShippedModels.timeline, path])
        let fromFile = try ModelFiles.load([ShippedModels.timeline, Self.fixtureImport])
        #expect(fromStore == fromFile)
    }

    @Test func everyCutOfAStoreIsAnError() throws {
        let bytes = ModelFiles.exportStore(.builtin)
        for length in 0..<bytes.count {
            #expect(throws: ModelStoreReader.Damage.self) { try ModelStoreReader.read(Array(bytes[..<length])) }
        }
    }

    @Test func aChangedByteIsAnErrorOrAModelThatPassesTheChecks() throws {
        let bytes = ModelFiles.exportStore(.builtin)
        for position in stride(from: 0, to: bytes.count, by: 7) {
            var damaged = bytes
            damaged[position] ^= 0x5A
            // Either way, no crash; the checks then see to what it names.
            _ = try? ModelFiles.loadStore(bytes: damaged, path: "m.cqstore")
        }
    }

    @Test func damageIsNamedByItsByte() {
        #expect(throws: ModelFileErrors.self) { try ModelFiles.loadStore(bytes: Array("conflictq-model: 3\n".utf8), path: "m.cqstore") }
        do {
            _ = try ModelFiles.loadStore(bytes: Array(ModelFiles.exportStore(.builtin).dropLast()), path: "m.cqstore")
        } catch {
            #expect(error.errors.first?.message.hasPrefix("the store is damaged at byte ") == true, "\(error)")
        }
    }
}
