import ModelFileFormat
import ConflictModel
import Foundation
import TestSupport
import Testing

/// Files that cannot be model files are refused before they are parsed, with one error each.
@Suite struct ModelFileAccessTests {
    @Test func aMissingFileIsAnError() {
        #expect(Fixtures.errors(loading: ["/no/such/model.yaml"]) == ["/no/such/model.yaml:1:1: error: no such file"])
    }

    @Test func aFolderIsAnError() throws {
        let directory = try TemporaryDirectory()
        #expect(Fixtures.errors(loading: [directory.path]) == ["\(directory.path):1:1: error: is a folder, not a model file"])
    }

    @Test func theSizeLimitIsSixteenMebibytes() {
        #expect(ModelFiles.maximumFileSize == 16 * 1024 * 1024)
    }

    /// The file is sparse: its size says it is too large, and it is refused before a byte is read.
    @Test func aFileOverTheLimitIsRefusedUnread() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("huge.yaml")
        #expect(FileManager.default.createFile(atPath: path, contents: Data("conflictq-model: 2\n".utf8)))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ModelFiles.maximumFileSize) + 1)
        try handle.close()
        #expect(
            Fixtures.errors(loading: [path]) == [
                "\(path):1:1: error: the file is 16777217 bytes, larger than the 16 MiB (16777216 bytes) a model file may have"
            ])
    }

    @Test func textOverTheLimitIsRefused() {
        let text = "conflictq-model: 2\n" + String(repeating: "#", count: ModelFiles.maximumFileSize)
        #expect(Fixtures.errors(text).first?.hasPrefix("m.yaml:1:1: error: the file is \(text.utf8.count) bytes, larger") == true)
    }

    @Test func utf16IsRecognised() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("utf16.yaml")
        try "conflictq-model: 2\n".write(toFile: path, atomically: true, encoding: .utf16)
        #expect(
            Fixtures.errors(loading: [path]) == [
                "\(path):1:1: error: the file is not UTF-8 text: byte 0xFF cannot be read as a character; it looks like UTF-16: save it as UTF-8"
            ])
    }

    @Test func aByteOrderMarkIsAllowed() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("bom.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array("conflictq-model: 2\n".utf8)).write(to: URL(fileURLWithPath: path))
        #expect(try ModelFiles.load([path]) == .empty)
    }

    @Test func aFileWithOnlyCommentsIsEmpty() {
        #expect(
            Fixtures.errors("# nothing here\n\n") == [
                #"m.yaml:1:1: error: the file is empty; a model file starts with "conflictq-model: 3""#
            ])
    }

    @Test func controlCharactersAreReportedWhereTheyAre() {
        #expect(
            Fixtures.errors("conflictq-model: 2\nactors:\n  - id: a\u{0}\n")
                == ["m.yaml:3:10: error: invalid YAML: control characters are not allowed"])
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let text = "conflictq-model: 2\nactors: " + String(repeating: "[", count: 100_000)
        #expect(Fixtures.errors(text).first?.contains("error: invalid YAML") == true)
    }
}
