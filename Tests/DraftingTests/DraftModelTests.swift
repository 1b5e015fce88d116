import ConflictModel
import Foundation
import ModelFileFormat
import ReportDrafting
import TestSupport
import Testing

/// Drafts of the reports of `Reports/` against the models a careful reader made of them (`Gold/`):
/// every draft is a model file that loads alone and beside the built-in model, cites only the
/// report's own words, and finds most of the figures the reader found and few others. The full
/// scores, per field, are what `Benchmarks/score-drafts.sh` prints.
@Suite struct DraftModelTests {
    @Test(arguments: DraftingFixtures.reportNames)
    func theDraftLoadsAloneAndBesideTheBuiltinModel(name: String) throws {
        let draft = DraftingFixtures.drafter().draft(DraftingFixtures.report(name))
        let text = draft.text(reportName: name + ".txt")
        #expect(throws: Never.self) { _ = try ModelFiles.load(text: text, path: "draft.yaml") }
        let directory = try TemporaryDirectory()
        let path = directory.path + "/draft.yaml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: Never.self) { _ = try ModelFiles.load([ModelFiles.builtinPath, path]) }
    }

    @Test(arguments: DraftingFixtures.reportNames)
    func everyExcerptIsInItsParagraph(name: String) {
        let report = DraftingFixtures.report(name)
        let model = DraftingFixtures.drafter().draft(report).model
        for source in model.claims.flatMap(\.sources) + model.statements.flatMap(\.sources) + model.actors.flatMap(\.sources) {
            #expect(
                report.paragraphs[source.paragraph].contains(source.excerpt), "\(source.excerpt) is not in ¶\(source.paragraph)")
        }
    }

    /// A floor, not the target: the drafter must not get worse on the reports it was made with.
    /// With the sixth and seventh held-out sets tuned on, the sixty-one reach 86 % found, 82 %
    /// of claimants and 83 % of sides right as this test counts them; the floors stand a little
    /// below, so that a rule that costs more than it gains fails here.
    /// Of the figures found, the claimant and the side are checked as the scorer checks them:
    /// the same actor when a name or alias of one is a name or alias of the other.
    @Test func mostFiguresAreFoundAndFewAreSpurious() {
        var found = 0
        var wanted = 0
        var drafted = 0
        var claimantsRight = 0
        var sidesRight = 0
        for name in DraftingFixtures.reportNames {
            let goldModel = DraftingFixtures.gold(name)
            let gold = goldModel.claims.filter { !$0.sources.isEmpty }
            let draftModel = DraftingFixtures.drafter().draft(DraftingFixtures.report(name)).model
            var draft = draftModel.claims
            wanted += gold.count
            drafted += draft.count
            for claim in gold {
                if let match = draft.firstIndex(where: { Self.sameFigure($0, claim) }) {
                    found += 1
                    if Self.sameActor(draft[match].claimant, in: draftModel, claim.claimant, in: goldModel) {
                        claimantsRight += 1
                    }
                    if Self.sameActor(draft[match].party, in: draftModel, claim.party, in: goldModel) { sidesRight += 1 }
                    draft.remove(at: match)
                }
            }
        }
        #expect(Double(found) / Double(wanted) >= 0.84, "found \(found) of \(wanted)")
        #expect(Double(drafted - found) / Double(drafted) <= 0.1, "\(drafted - found) of \(drafted) spurious")
        #expect(Double(claimantsRight) / Double(found) >= 0.8, "claimant right in \(claimantsRight) of \(found)")
        #expect(Double(sidesRight) / Double(found) >= 0.8, "side right in \(sidesRight) of \(found)")
    }

    /// A floor for statements: one of the gold's is found where the draft has a statement of its
    /// act by the same speaker (or, for a call, with every one who took part).
    @Test func mostStatementsAreFound() {
        var found = 0
        var wanted = 0
        var drafted = 0
        for name in DraftingFixtures.reportNames {
            let goldModel = DraftingFixtures.gold(name)
            let draftModel = DraftingFixtures.drafter().draft(DraftingFixtures.report(name)).model
            var draft = draftModel.statements
            wanted += goldModel.statements.count
            drafted += draft.count
            for statement in goldModel.statements {
                let match = draft.firstIndex { candidate in
                    guard candidate.act == statement.act else { return false }
                    if let speaker = statement.speaker {
                        return Self.sameActor(candidate.speaker, in: draftModel, speaker, in: goldModel)
                    }
                    return statement.participants.allSatisfy { one in
                        candidate.participants.contains { Self.sameActor($0, in: draftModel, one, in: goldModel) }
                    }
                }
                if let match {
                    found += 1
                    draft.remove(at: match)
                }
            }
        }
        #expect(Double(found) / Double(wanted) >= 0.5, "found \(found) of \(wanted)")
        #expect(Double(drafted - found) / Double(drafted) <= 0.4, "\(drafted - found) of \(drafted) spurious")
    }

    /// The gold models, of the tuning reports and of the held-out ones, load together with the
    /// built-in model: their ids never clash and they declare their vocabulary alike. (The
    /// held-out reports are not drafted here: only the scorer drafts them.)
    @Test func everyGoldModelLoadsWithTheOthersAndTheBuiltinModel() throws {
        let paths = ["Gold", "HeldOut/Gold"].flatMap { folder -> [String] in
            let path = DraftingFixtures.directory.appendingPathComponent(folder).path
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return files.filter { $0.hasSuffix(".yaml") }.sorted().map { path + "/" + $0 }
        }
        #expect(paths.count >= DraftingFixtures.reportNames.count + 5)
        let model = try ModelFiles.load([ModelFiles.builtinPath] + paths)
        #expect(model.claims.count > 400)
    }

    /// As the scorer has it, a body or an unnamed source of a state named with the state's word and
    /// one named without it, or with another form of it ("Lurenne defence ministry", "Lurennian
    /// defence ministry"), are one when they belong to the same state in the end.
    private static func sameActor(_ a: String?, in first: ConflictModel, _ b: String?, in second: ConflictModel) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        func actor(_ id: String, _ model: ConflictModel) -> Actor? {
            model.actors.first(where: { $0.id == id }) ?? ConflictModel.builtin.actors.first(where: { $0.id == id })
        }
        func fold(_ name: String) -> String {
            name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
        }
        func names(_ id: String, _ model: ConflictModel) -> Set<String> {
            guard let actor = actor(id, model) else { return [id] }
            return Set(([actor.name] + actor.aliases).map(fold))
        }
        if !names(a, first).isDisjoint(with: names(b, second)) { return true }
        /// What the actor is part of or represents, and so on up.
        func owner(_ id: String, _ model: ConflictModel) -> String? { actor(id, model).flatMap { $0.partOf ?? $0.represents } }
        func root(_ id: String, _ model: ConflictModel) -> String? {
            guard var current = owner(id, model) else { return nil }
            var seen: Set<String> = [id, current]
            while let next = owner(current, model), !seen.contains(next) {
                seen.insert(next)
                current = next
            }
            return current
        }
        func bodyNames(_ id: String, _ root: String, _ model: ConflictModel) -> Set<String> {
            let stems = names(root, model).filter { !$0.contains(" ") }.map { String($0.prefix(max(4, $0.count - 2))) }
            return Set(
                names(id, model).map { name in
                    let kept = name.split(separator: " ").filter { word in !stems.contains { word.hasPrefix($0) } }
                    return kept.isEmpty ? name : kept.joined(separator: " ")
                })
        }
        guard let rootA = root(a, first), let rootB = root(b, second),
            !names(rootA, first).isDisjoint(with: names(rootB, second))
        else { return false }
        return !bodyNames(a, rootA, first).union(names(a, first)).isDisjoint(with: bodyNames(b, rootB, second))
    }

    /// The scorer's match: measure, value, qualifier (about, around and approximately alike) and unit.
    private static func sameFigure(_ a: Claim, _ b: Claim) -> Bool {
        func kind(_ q: Qualifier) -> Qualifier { [.about, .around].contains(q) ? .approximately : q }
        return a.measure == b.measure && a.quantity.value == b.quantity.value
            && kind(a.quantity.qualifier) == kind(b.quantity.qualifier)
            && (a.unit == b.unit || a.unit == "vehicles" && b.unit == "vehicles-and-artillery")
    }
}
