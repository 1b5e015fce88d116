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

    @Test func anImportKeepsItsRowsAsColumns() throws {
        let model = try ModelFiles.load([Self.fixtureImport])
        let stored = try ModelStoreReader.read(ModelFiles.exportStore(model))
        // The 169 rows and their figures; the conflicts they are part of stay entries.
        #expect(stored.rows?.eventCount == 169)
        #expect(stored.rows?.claimCount == model.claims.count)
        #expect(stored.events.count == model.events.count - 169)
        #expect(stored.eventCount == model.events.count && stored.claimCount == model.claims.count)
        #expect(stored.materialized().events == model.events)
        #expect(stored.materialized().claims == model.claims)
    }

    @Test func everyCutOfAStoreIsAnError() throws {
        let bytes = ModelFiles.exportStore(.builtin)
        for length in 0..<bytes.count {
            #expect(throws: ModelStoreReader.Damage.self) { try ModelStoreReader.read(Array(bytes[..<length])) }
        }
        let rows = ModelFiles.exportStore(try ModelFiles.load([Self.fixtureImport]))
        for length in stride(from: 0, to: rows.count, by: max(1, rows.count / 3000)) {
            #expect(throws: ModelStoreReader.Damage.self) { try ModelStoreReader.read(Array(rows[..<length])) }
        }
    }

    @Test(arguments: ["builtin", "a UCDP import"])
    func aChangedByteIsAnErrorOrAModelThatPassesTheChecks(_ name: String) throws {
        let bytes = ModelFiles.exportStore(try Self.models().first { $0.0 == name }!.1)
        for position in stride(from: 0, to: bytes.count, by: max(7, bytes.count / 800)) {
            var damaged = bytes
            damaged[position] ^= 0x5A
            // Either way, no crash; the checks then see to what it names, and reading every row
            // whole reads every value.
            if let model = try? ModelFiles.loadStore(bytes: damaged, path: "m.cqstore") { _ = model.materialized() }
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

    /// Stores that once crashed `FuzzStore`, kept byte for byte in `StoreFuzzRegressions/`: each
    /// is an error, or a model whose rows read without damage and write back to a store that
    /// reads back equal, or rows that say they are damaged.
    static let regressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("StoreFuzzRegressions")

    @Test(arguments: (try? FileManager.default.contentsOfDirectory(atPath: regressions.path))?.sorted() ?? [])
    func aStoreThatOnceCrashedTheFuzzerDoesNot(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.regressions.appendingPathComponent(name)))
        guard let model = try? ModelFiles.loadStore(bytes: bytes, path: name) else { return }
        let whole = model.materialized()
        guard model.rows?.damagedAt == nil else { return }
        #expect(try ModelFiles.loadStore(bytes: ModelFiles.exportStore(whole), path: "again.cqstore") == whole)
    }

    /// A row's reference changed to another text of the table: read, it is damage, as the store
    /// lists what its rows name and this is not among them.
    @Test func aReferenceToATextTheStoreDoesNotListIsDamage() throws {
        let bytes = Array(try Data(contentsOf: Self.regressions.appendingPathComponent("part-of-names-another-text.cqstore")))
        let model = try ModelFiles.loadStore(bytes: bytes, path: "x.cqstore")
        _ = model.materialized()
        #expect(model.rows?.damagedAt != nil)
    }
}
