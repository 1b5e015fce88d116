import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import Foundation
import TestSupport
import Testing

@testable import ConflictShell

@Suite struct CompletionTests {
    let provider = CompletionProvider(engine: { QueryEngine(model: .builtin) }, home: nil)

    private func complete(_ line: String, pending: String = "") -> [String] {
        provider.complete(line: line, cursor: line.utf8.count, pendingQuery: pending).candidates
    }

    @Test func dotCommandNamesComplete() {
        #expect(complete(".fo") == [".format"])
        #expect(complete(".s").sorted() == [".save", ".schema", ".sources", ".sql"])
        #expect(provider.complete(line: "  .ti", cursor: 5, pendingQuery: "").replacing == SourceRange(2, 5))
    }

    @Test func dotCommandArgumentsComplete() {
        #expect(complete(".format c") == ["csv"])
        #expect(complete(".timer o").sorted() == ["off", "on"])
        #expect(complete(".help att") == ["attribution"])
        #expect(complete(".save x.cq --f") == ["--force"])
    }

    @Test func fileNamesCompleteAfterRunSaveLoadAndOutput() throws {
        let directory = try TemporaryDirectory()
        try directory.write("actors", to: "casualties.cq")
        try directory.write("", to: ".hidden.cq")
        try FileManager.default.createDirectory(atPath: directory.file("cases"), withIntermediateDirectories: false)
        #expect(complete(".run \(directory.path)/ca") == ["\(directory.path)/cases/", "\(directory.path)/casualties.cq"])
        #expect(complete(".load \(directory.path)/").count == 2)
        #expect(complete(".output \(directory.path)/.h") == ["\(directory.path)/.hidden.cq"])
    }

    @Test func queriesCompleteThroughTheLanguage() {
        #expect(complete("claims where par").contains("party"))
        #expect(complete("sum killed where party = \"Af") == ["\"Afghan Taliban\""])
    }

    @Test func aContinuationLineCompletesInTheWholeQuerysContext() {
        let completions = provider.complete(line: "  par", cursor: 5, pendingQuery: "claims where")
        #expect(completions.candidates.contains("party"))
        #expect(completions.replacing.start == 2)
    }

    @Test func aDotOnAContinuationLineIsPartOfTheQuery() {
        #expect(!complete(".fo", pending: "claims where").contains(".format"))
    }
}

@Suite struct EditorCompletionTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func aQuotedNameIsCutToTheEditorsWord() {
        let line = "party = \"Afghan Ta"
        let completions = Completions(replacing: SourceRange(8, line.utf8.count), candidates: ["\"Afghan Taliban\""])
        let wordStart = line.utf8.count - 2
        #expect(
            EditorCompletion.candidates(for: completions, line: bytes(line), wordStart: wordStart, cursor: line.utf8.count) == [
                "Taliban\""
            ])
    }

    @Test func theCutIgnoresCaseAsNamesDo() {
        let line = "party = \"afghan ta"
        let completions = Completions(
            replacing: SourceRange(8, line.utf8.count), candidates: ["\"Afghan Taliban\"", "\"Pakistan\""])
        #expect(EditorCompletion.candidates(for: completions, line: bytes(line), wordStart: 16, cursor: 18) == ["Taliban\""])
    }

    @Test func aShorterSpanIsExtendedToTheEditorsWord() {
        let line = "x.ab"
        let completions = Completions(replacing: SourceRange(2, 4), candidates: ["abc"])
        #expect(EditorCompletion.candidates(for: completions, line: bytes(line), wordStart: 0, cursor: 4) == ["x.abc"])
    }

    @Test func theReplacementIsTheSharedStartButNeverLosesWhatWasTyped() {
        #expect(EditorCompletion.replacement(for: ["party", "paragraph"], typedWord: "p") == "par")
        #expect(EditorCompletion.replacement(for: ["Afghan Taliban", "Afghanistan"], typedWord: "afg") == "Afghan")
        #expect(EditorCompletion.replacement(for: ["beta", "alpha"], typedWord: "x") == "x")
    }

    @Test func theCursorIsConvertedFromCharactersToBytes() {
        let line = bytes("contains \"é\" and par")
        #expect(EditorCompletion.byteOffset(ofPosition: 19, lineEnd: 19, in: line) == 20)
        #expect(EditorCompletion.byteOffset(ofPosition: 11, lineEnd: 19, in: line) == 12)
        #expect(EditorCompletion.byteOffset(ofPosition: 5, lineEnd: 20, in: line) == 5)
    }
}
