import ConflictModel
import ModelFileFormat

/// A drafted model, the review marks on its entries, and the file text that carries both.
public struct Draft: Sendable {
    public let model: ConflictModel
    public let reviews: Reviews
    /// The actors the report introduced, which no model or gazetteer knew.
    public let newActors: [String]

    /// The model file: a header that says what it is, and a `# review:` comment above each entry
    /// the draft is not sure of.
    public func text(reportName: String) -> String {
        ModelFiles.export(
            model,
            header: [
                "A draft of the model of \(reportName), written by `conflictq draft`. Read every entry against the",
                "report before you rely on it: those marked `review:` say what the draft could not tell. Check it with",
                "`conflictq --check FILE`, and load it beside the model it belongs to with `--model`.",
            ],
            comments: { section, id in reviews.reasons(section, id).map { "review: " + $0 } })
    }

    /// What was drafted and what to review, for standard error.
    public func summary(reportName: String) -> String {
        var lines = [
            "\(reportName): \(model.claims.count) figure\(model.claims.count == 1 ? "" : "s"), "
                + "\(model.statements.count) statement\(model.statements.count == 1 ? "" : "s"), "
                + "\(model.actors.count) actor\(model.actors.count == 1 ? "" : "s") (\(newActors.count) new)"
        ]
        if reviews.marks.isEmpty { return lines[0] + "; nothing marked for review" }
        lines[0] += "; \(reviews.marks.count) mark\(reviews.marks.count == 1 ? "" : "s") for review:"
        for mark in reviews.marks {
            let singular = String(mark.section.rawValue.dropLast())
            lines.append("  \(singular) \(mark.id): \(mark.reason)")
        }
        return lines.joined(separator: "\n")
    }
}

extension Drafter {
    func assemble(
        _ report: Report, sourceID: String, outlet: String, claims drafted: [DraftedClaim],
        statements draftedStatements: [DraftedStatement],
        cited: [String: SourceRef], context: ReadingContext, reviews: Reviews
    ) -> Draft {
        var reviews = reviews
        var source = Source(
            id: sourceID, outlet: outlet, date: report.date ?? PartialDate(year: 1970), title: report.title, url: report.url)
        // The model may have this report already, under the same id: then the draft cites it as
        // the model has it.
        if let known = into?.source(id: sourceID) ?? ConflictModel.builtin.source(id: sourceID) {
            if known.title == source.title || (known.url != nil && known.url == source.url) {
                source = known
            } else {
                // Another report of the same outlet and day.
                var suffix = 2
                while into?.source(id: "\(sourceID)-\(suffix)") != nil
                    || ConflictModel.builtin.source(id: "\(sourceID)-\(suffix)") != nil
                {
                    suffix += 1
                }
                source.id = "\(sourceID)-\(suffix)"
            }
        }
        let cite = { (refs: [SourceRef]) in
            refs.map { SourceRef(source: source.id, paragraph: $0.paragraph, excerpt: $0.excerpt, role: $0.role) }
        }

        // Claims: a figure the model drafted into already has (a wire copy) keeps its id and gains
        // this report as a source; the others are numbered after the model's.
        // Without a model to draft into, numbers follow the built-in model's, beside which a
        // draft is most often loaded.
        let base = into ?? .builtin
        let claims = Self.numbered(
            drafted.map { (Self.cited($0.claim, by: cite), $0.doubts) }, after: base.claims.map(\.id).max() ?? 0,
            known: { claim in into?.claims.first { Self.isWireCopy(claim, of: $0) } },
            continuing: { claim in
                // A new running total of a series the model has goes on with that series' event,
                // so that it revises the totals before it.
                guard claim.runningTotal, claim.event == nil,
                    let series = into?.claims.last(where: {
                        $0.runningTotal && $0.claimant == claim.claimant && $0.measure == claim.measure && $0.party == claim.party
                            && into?.vocabulary.seriesUnit(of: $0.unit) == into?.vocabulary.seriesUnit(of: claim.unit)
                    })
                else { return }
                claim.event = series.event
            },
            reviews: &reviews, section: .claims)
        var statements = Self.numbered(
            draftedStatements.map { (Self.cited($0.statement, by: cite), $0.doubts) },
            after: base.statements.map(\.id).max() ?? 0,
            known: { statement in
                into?.statements.first {
                    $0.act == statement.act && $0.speaker == statement.speaker
                        && Set($0.participants) == Set(statement.participants)
                }
            },
            reviews: &reviews, section: .statements)

        // Statements that reused ones answer, as the model has them, so that the draft loads alone.
        var answered = statements.compactMap(\.answers)
        while let id = answered.popLast() {
            guard !statements.contains(where: { $0.id == id }), var statement = into?.statement(id: id) else { continue }
            statement.sources = []
            statements.append(statement)
            if let earlier = statement.answers { answered.append(earlier) }
        }

        // Events the reused claims name, with the events they are part of, as the model has them.
        var events: [Event] = []
        var eventIDs = claims.compactMap(\.event)
        while let id = eventIDs.popLast() {
            guard !events.contains(where: { $0.id == id }), var event = into?.event(id: id) else { continue }
            event.sources = []
            events.append(event)
            if let whole = event.partOf { eventIDs.append(whole) }
        }

        // Every actor named, with those they speak for or belong to, as the model that knows them
        // has them and with this report's first mention as their source.
        var wanted: [String] = []
        for claim in claims { wanted += [claim.claimant] + [claim.party].compactMap { $0 } }
        for statement in statements {
            wanted += [statement.speaker].compactMap { $0 } + statement.targets + statement.participants + statement.subjects
        }
        for event in events { wanted += event.initiators + event.targets + [event.allegedBy].compactMap { $0 } }
        var actors: [Actor] = []
        while let id = wanted.first {
            wanted.removeFirst()
            guard !actors.contains(where: { $0.id == id }), var actor = context.index.actors[id] else { continue }
            let isNew = context.index.introduced.contains(id)
            actor.sources = cite(isNew ? actor.sources : cited[id].map { [$0] } ?? [])
            actors.append(actor)
            wanted += [actor.represents, actor.partOf].compactMap { $0 }
            if isNew && actor.kind != Actor.Kind.person {
                reviews.add(.actors, id, "no model or gazetteer knows \(actor.name): check its kind and set whom it represents")
            }
        }

        return Draft(
            model: ConflictModel(
                vocabulary: draftVocabulary(for: claims, statements), sources: [source], actors: actors, events: events,
                claims: claims, statements: statements),
            reviews: reviews, newActors: context.index.introduced.filter { id in actors.contains { $0.id == id } })
    }

    /// Drafted entries numbered: one the model has already (a wire copy) is that entry again with
    /// this report's sources, found twice it is one entry with both; a new one is numbered after
    /// `first`, and `continuing` may join it to what the model has. Their doubts become review
    /// marks under the ids they end up with.
    private static func numbered<Entry: DraftEntry>(
        _ drafted: [(entry: Entry, doubts: [String])], after first: Int, known: (Entry) -> Entry?,
        continuing: (inout Entry) -> Void = { _ in }, reviews: inout Reviews, section: Reviews.Section
    ) -> [Entry] {
        var next = first + 1
        var entries: [Entry] = []
        for (drafted, doubts) in drafted {
            var entry = drafted
            if let known = known(drafted) {
                if let already = entries.firstIndex(where: { $0.id == known.id }) {
                    entries[already].sources += drafted.sources
                    continue
                }
                entry = known
                entry.sources = drafted.sources
            } else {
                entry.id = next
                next += 1
                continuing(&entry)
            }
            for doubt in doubts { reviews.add(section, String(entry.id), doubt) }
            entries.append(entry)
        }
        return entries
    }

    /// The entry with its sources citing the draft's source.
    private static func cited<Entry: DraftEntry>(_ entry: Entry, by cite: ([SourceRef]) -> [SourceRef]) -> Entry {
        var entry = entry
        entry.sources = cite(entry.sources)
        return entry
    }

    /// A claim the model has already, from another outlet's copy of the same wire story: the same
    /// figure of the same claimant about the same side, as of the same day.
    static func isWireCopy(_ claim: Claim, of known: Claim) -> Bool {
        known.claimant == claim.claimant && known.measure == claim.measure && known.quantity == claim.quantity
            && known.unit == claim.unit && known.party == claim.party
            && (known.asOf == nil || claim.asOf == nil || known.asOf?.withoutTime == claim.asOf?.withoutTime)
    }

    /// The units, measures and acts the draft uses, as the vocabulary has them, so that the draft
    /// loads alone and merges with the model; a measure only the word lists know is added.
    private func draftVocabulary(for claims: [Claim], _ statements: [Statement]) -> Vocabulary {
        let known = vocabulary
        var units: [Unit] = []
        var unitIDs = claims.map(\.unit)
        var measures: [Measure] = []
        for id in Set(claims.map(\.measure)).sorted() {
            if let measure = known.measure(id) {
                measures.append(measure)
            } else if let meaning = words.measures.first(where: { $0.meaning.measure == id })?.meaning {
                measures.append(Measure(id: id, description: meaning.description, unit: meaning.unit))
            }
        }
        unitIDs += measures.compactMap(\.unit)
        while let id = unitIDs.popLast() {
            guard !units.contains(where: { $0.id == id }) else { continue }
            // A unit only the word lists know is added to the draft's vocabulary as they describe it.
            guard
                let unit = known.unit(id)
                    ?? words.units.lazy.map(\.meaning).first(where: { $0.unit == id && $0.description != nil })
                    .map({ Unit(id: id, description: $0.description!, continues: $0.continues) })
            else { continue }
            units.append(unit)
            if let earlier = unit.continues { unitIDs.append(earlier) }
        }
        let acts = Set(statements.map(\.act)).sorted().compactMap { id in
            known.act(id) ?? words.acts.lazy.compactMap(\.meaning.definition).first { $0.id == id }
        }
        return Vocabulary(
            units: units.sorted { $0.id < $1.id }, measures: measures, acts: acts, cameoVersion: known.cameoVersion)
    }
}

/// What `numbered` needs of a claim or a statement: an id and sources.
protocol DraftEntry {
    var id: Int { get set }
    var sources: [SourceRef] { get set }
}

extension Claim: DraftEntry {}
extension Statement: DraftEntry {}
