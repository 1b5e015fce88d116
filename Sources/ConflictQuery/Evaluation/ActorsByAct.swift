import ConflictDiagnostics
import ConflictModel

/// `actors offering mediation`, `actors supporting Pakistan`, `actors urging de-escalation or
/// contacting`: who does an act, and to or with whom.
///
/// The words after `actors` are matched against every act's phrases, longest first; what is left
/// over names the target. Each row is an acting body with the one who spoke for it ("Iran, via
/// Abbas Araghchi"), so a minister's words count as their state's, and a statement the body made
/// itself is a row of its own. A reciprocal act (a call, a consultation) gives a row to each of
/// its participants, with the others: nobody is made its initiator.
struct ActorsByAct {
    let evaluator: Evaluator
    private var model: ConflictModel { evaluator.model }

    /// One row of the answer, before it is filtered and ordered.
    private struct Row {
        let body: String
        let via: String?
        let act: Act
        let mode: Statement.Mode
        var others: [String] = []
        var statements: [Statement] = []
    }

    func list(_ listing: Listing) throws(Diagnostic) -> ResultTable {
        var rows: [Row] = []
        var rowOfKey: [String: Int] = [:]
        var notes: [String] = []
        var said: Set<String>?
        // Notes for a government taken in for its state, said only if a row rests on one.
        var crossings: [(ids: Set<String>, note: String)] = []
        var crossingsMet: Set<String> = []
        if let name = listing.clauses.accordingTo {
            let side = try ActorResolver(model: model).side(name, phrase: "according to")
            said = side.ids
            if let crossing = side.crossing { crossings.append(crossing) }
        }
        for phrase in listing.actPhrases {
            let (act, targetWords) = try matchAct(phrase)
            var target: Set<String>?
            if let first = targetWords.first, let last = targetWords.last {
                let name = Name(
                    text: targetWords.map(\.text).joined(separator: " "), range: first.range.through(last.range),
                    quoted: first.quoted)
                let side = try ActorResolver(model: model).side(name, phrase: "the target")
                target = side.ids
                if let crossing = side.crossing { crossings.append(crossing) }
            }
            for statement in model.statements where statement.act == act.id {
                for party in parties(of: statement, act) {
                    if let target, !party.others.contains(where: target.contains) { continue }
                    if let target, act.reciprocal, target.contains(party.speaker) { continue }
                    if let said, !said.contains(party.speaker) { continue }
                    let key = "\(party.body)\u{0}\(party.via ?? "")\u{0}\(act.id)\u{0}\(statement.mode.rawValue)"
                    if rowOfKey[key] == nil {
                        rowOfKey[key] = rows.count
                        rows.append(Row(body: party.body, via: party.via, act: act, mode: statement.mode))
                    }
                    for crossing in crossings
                    where crossing.ids.contains(party.speaker) || party.others.contains(where: crossing.ids.contains) {
                        crossingsMet.insert(crossing.note)
                    }
                    let index = rowOfKey[key]!
                    for other in party.others where !rows[index].others.contains(other) { rows[index].others.append(other) }
                    rows[index].statements.append(statement)
                }
            }
        }

        for crossing in crossings where crossingsMet.contains(crossing.note) && !notes.contains(crossing.note) {
            notes.append(crossing.note)
        }
        let actorSet = FieldCatalog.actors(model)
        var kept = rows.compactMap { row in model.actor(id: row.body).map { (row, $0) } }
        if let filter = listing.clauses.filter {
            var compiler = PredicateCompiler(set: actorSet, model: model)
            let test = try compiler.compile(filter)
            kept = kept.filter { _, actor in withUnsafePointer(to: actor) { test(RecordRef($0)) == .yes } }
        }
        kept = try evaluator.order(kept, in: actorSet, by: listing.clauses.order)
        if let limit = listing.clauses.limit { kept = Array(kept.prefix(limit)) }

        var columns: [ResultTable.Column] = [
            .init("actor", .actor), .init("via", .actor), .init("act", .text), .init("to or with", .actor),
            .init("mode", .text), .init("statements", .list),
        ]
        if listing.clauses.withSources { columns.append(.init("sources", .list)) }
        let table = kept.map { row, actor in
            let provenance = row.statements.flatMap(\.sources)
            var values: [Value] = [
                .actor(actor.id, in: model), .actor(row.via, in: model),
                .text(row.act.reciprocal ? row.act.label + " with" : row.act.label),
                .actors(row.others, in: model), .text(row.mode.rawValue),
                .list(row.statements.map { .integer($0.id) }),
            ]
            if listing.clauses.withSources { values.append(Evaluator.sourcesCell(provenance)) }
            return ResultTable.Row(values, provenance: provenance)
        }
        if table.isEmpty {
            let asked = listing.actPhrases.map { $0.map(\.text).joined(separator: " ") }.joined(separator: " or ")
            notes.insert("no actor is recorded \(asked)", at: 0)
        }
        return ResultTable(columns: columns, rows: table, notes: notes)
    }

    /// Who does the act in a statement, each with the body they act for and the others it involves:
    /// the speaker, to the targets; or each participant of a reciprocal act, with the rest.
    private func parties(of statement: Statement, _ act: Act) -> [(speaker: String, body: String, via: String?, others: [String])] {
        if act.reciprocal {
            return statement.participants.map { participant in
                let body = model.voice(represents: nil, speaker: participant) ?? participant
                return (participant, body, body == participant ? nil : participant, statement.participants.filter { $0 != participant })
            }
        }
        guard let speaker = statement.speaker, let body = model.voice(of: statement) else { return [] }
        return [(speaker, body, body == speaker ? nil : speaker, statement.targets)]
    }

    /// The act the leading words name (by a verb phrase, its label or its id), and the words left over.
    func matchAct(_ words: [Name]) throws(Diagnostic) -> (Act, [Name]) {
        let lowered = words.map { ConflictModel.nameKey($0.text) }
        var best: (act: Act, length: Int)?
        for act in model.vocabulary.acts {
            for phrase in act.verbs + [act.label, act.id] {
                let phraseWords = phrase.lowercased().split(separator: " ").map(String.init)
                guard phraseWords.count <= words.count, Array(lowered.prefix(phraseWords.count)) == phraseWords,
                    !words.prefix(phraseWords.count).contains(where: \.quoted)
                else { continue }
                if phraseWords.count > (best?.length ?? 0) { best = (act, phraseWords.count) }
            }
        }
        if let best {
            // "offering mediation to Pakistan", "consulting with Dar": the joining word is not part of the name.
            var target = Array(words.dropFirst(best.length))
            if let first = target.first, !first.quoted, ["to", "with", "for", "against"].contains(first.text.lowercased()) {
                target.removeFirst()
            }
            return (best.act, target)
        }

        let range = words[0].range.through(words[words.count - 1].range)
        let verbs = model.vocabulary.acts.flatMap(\.verbs)
        // A lone verb shared by several acts ("offering") asks which one.
        let sharing = verbs.filter { $0.lowercased().split(separator: " ").first.map(String.init) == lowered[0] }
        if sharing.count > 1 && words.count == 1 {
            throw Diagnostic("\"\(words[0].text)\" begins more than one act", at: words[0].range, suggestions: sharing)
        }
        let typed = words.prefix(2).map(\.text).joined(separator: " ")
        throw Diagnostic(
            "no act is called \"\(words.map(\.text).joined(separator: " "))\" (see: acts)", at: range,
            suggestions: Suggestions.close(to: typed, in: verbs).isEmpty
                ? Suggestions.close(to: words[0].text, in: verbs.map { String($0.split(separator: " ")[0]) })
                : Suggestions.close(to: typed, in: verbs))
    }
}
