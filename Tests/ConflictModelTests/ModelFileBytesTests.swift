import ConflictModel
import Foundation
import TestSupport
import Testing

/// Bytes that have no place in a model file, read from disk as `--model` and `--check` read them:
/// each gives one error at its line and column, saying what is wrong, and no model.
@Suite struct ModelFileBytesTests {
    private func errors(inFileWith bytes: [UInt8]) throws -> [String] {
        let directory = try TemporaryDirectory()
        let path = directory.file("m.yaml")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return Fixtures.errors(loading: [path]).map { $0.replacingOccurrences(of: path, with: "m.yaml") }
    }

    private let start = Array("conflictq-model: 2\nactors:\n  - id: ".utf8)

    @Test func aNulByteIsRefusedWhereItIs() throws {
        #expect(try errors(inFileWith: start + [0x61, 0x00, 0x0A])
            == ["m.yaml:3:10: error: invalid YAML: control characters are not allowed"])
    }

    @Test func anEscapeCharacterIsRefusedWhereItIs() throws {
        #expect(try errors(inFileWith: start + [0x61, 0x1B, 0x5B, 0x32, 0x4A, 0x0A])
            == ["m.yaml:3:10: error: invalid YAML: control characters are not allowed"])
    }

    @Test func bytesThatAreNotUTF8AreRefusedWhereTheyAre() throws {
        // "Türkei" with its ü cut to one byte: 0xC3 not followed by a continuation byte.
        #expect(try errors(inFileWith: start + Array("T".utf8) + [0xC3] + Array("rkei\n".utf8))
            == ["m.yaml:3:10: error: the file is not UTF-8 text: byte 0xC3 cannot be read as a character"])
    }

    @Test func binaryDataIsRefused() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        #expect(try errors(inFileWith: png)
            == ["m.yaml:1:1: error: the file is not UTF-8 text: byte 0x89 cannot be read as a character"])
    }
}
