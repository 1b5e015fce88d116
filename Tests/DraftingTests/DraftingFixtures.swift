import ConflictModel
import Foundation
import ModelFileFormat
import ReportDrafting

/// The drafter as `conflictq draft` makes it, and the reports of `Reports/` with their models in `Gold/`.
enum DraftingFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static let words: DraftingWords = {
        do { return try DraftingWords.load() } catch { fatalError("\(error)") }
    }()

    static let gazetteer: ConflictModel = {
        do { return try ModelFiles.load([ModelFiles.builtinPath, "drafting/gazetteer.yaml"]) } catch { fatalError("\(error)") }
    }()

    static func drafter(into: ConflictModel? = nil, words: DraftingWords = words) -> Drafter {
        Drafter(words: words, into: into, gazetteers: [gazetteer])
    }

    /// The names of the reports of `Reports/`, without `.txt`.
    static let reportNames: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("Reports").path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static func report(_ name: String) -> Report {
        let path = directory.appendingPathComponent("Reports/\(name).txt").path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { fatalError("no report \(name)") }
        return Report(text: text)
    }

    static func gold(_ name: String) -> ConflictModel {
        do { return try ModelFiles.load([directory.appendingPathComponent("Gold/\(name).yaml").path]) } catch {
            fatalError("\(error)")
        }
    }

    /// A report written here, with the header every test report has.
    static func written(_ body: String, title: String = "A report", date: String = "2026-03-06") -> Report {
        Report(text: "Title: \(title)\nOutlet: Example Wire\nDate: \(date)\n-----\n" + body)
    }

    /// The model drafted from a report written here.
    static func model(of body: String, title: String = "A report") -> ConflictModel {
        drafter().draft(written(body, title: title)).model
    }

    /// The name of an actor of a draft, or the id where the draft has no such actor.
    static func name(_ id: String?, in model: ConflictModel) -> String? {
        model.actors.first { $0.id == id }?.name ?? id
    }

    /// The draft of a report as its model file, loaded again as `--model` would.
    static func loadedDraft(_ report: Report, into: ConflictModel? = nil) throws -> ConflictModel {
        let draft = drafter(into: into).draft(report)
        return try ModelFiles.load(text: draft.text(reportName: "report.txt"), path: "draft.yaml")
    }
}
