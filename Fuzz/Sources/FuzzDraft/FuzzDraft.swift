import ConflictModel
import ModelFileFormat
import ReportDrafting

/// `conflictq draft` on any bytes, read as a report; and, when the first byte is `#`, as a words
/// file a user adds. A report of any text gives a draft that must load as a model file on its
/// own (the draft passes `--check`), whose every excerpt is its paragraph's own words; a words
/// file gives word lists or errors, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDraft(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if text.hasPrefix("#") {
        var words = shippedWords
        try? words.add(text: text, file: "fuzz-words.yaml")
        return 0
    }
    let report = Report(text: text, overrides: .init(outlet: "Fuzz Wire", date: PartialDate("2026-03-01")))
    guard report.paragraphs.count > 1 else { return 0 }
    let draft = drafter.draft(report)
    let file = draft.text(reportName: "fuzz.txt")
    do {
        _ = try ModelFiles.load(text: file, path: "draft.yaml")
    } catch {
        fatalError("the draft does not load: \(error)\n\(file)")
    }
    for source in draft.model.claims.flatMap(\.sources) + draft.model.statements.flatMap(\.sources) + draft.model.actors.flatMap(\.sources) {
        guard report.paragraphs.indices.contains(source.paragraph), report.paragraphs[source.paragraph].contains(source.excerpt) else {
            fatalError("excerpt \"\(source.excerpt)\" is not in paragraph \(source.paragraph)")
        }
    }
    return 0
}

private let shippedWords: DraftingWords = {
    do { return try DraftingWords.load() } catch { fatalError("\(error)") }
}()

private let drafter: Drafter = {
    do {
        let gazetteer = try ModelFiles.load([ModelFiles.builtinPath, "drafting/gazetteer.yaml"])
        return Drafter(words: shippedWords, gazetteers: [gazetteer])
    } catch {
        fatalError("\(error)")
    }
}()
