import Foundation
import TestSupport
import Testing

/// The folder every test target writes its files in goes, with what is in it, when the test is done.
@Suite struct TemporaryDirectoryTests {
    @Test func theFolderIsRemovedWithEverythingInIt() throws {
        var directory: TemporaryDirectory? = try TemporaryDirectory()
        let path = try #require(directory?.path)
        try directory?.write("text", to: "a.cq")
        try FileManager.default.createDirectory(atPath: path + "/inner", withIntermediateDirectories: false)
        try "more".write(toFile: path + "/inner/b.cq", atomically: false, encoding: .utf8)
        #expect(try directory?.read("a.cq") == "text")
        directory = nil
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func eachOneIsNew() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        #expect(first.path != second.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.path).isEmpty)
    }
}
