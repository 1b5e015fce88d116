import ConflictModel

/// `actors offering mediation`, `actors supporting Pakistan`: who does an act, and to whom.
///
/// The words after `actors` are matched against every act's phrases, longest first; what is left
/// over names the target. Each row is an actor with the people who spoke for it ("Iran, via Abbas
/// Araghchi"), so a minister's words count as their state's.
struct ActorsByAct {
    let evaluator: Evaluator
    private var model: ConflictModel { evaluator.model }

    func list(_ listing: Listing) throws(Diagnostic) -> ResultTable {
        let (act, targetWords) = try matchAct(listing.actPhrase)
        var statements = model.statements.filter { $0.act == act.id }
        if let first = targetWords.first, let last = targetWords.last {
            let target = Name(
                text: targetWords.map(\.text).joined(separator: " "), range: first.range.through(last.range),
                quoted: first.quoted)
            let side = try ActorResolver(model: model).side(target)
            statements = statements.filter { $0.targets.contains(where: side.contains) }
        }
        for name in [listing.clauses.saidBy, listing.clauses.accordingTo].compactMap({ $0 }) {
            let side = try ActorResolver(model: model).side(name)
            statements = statements.filter { side.contains($0.speaker) }
        }

        // One row per acting body and its spokespeople, in the order the model gives them.
        var rowsByActor: [String: (via: [String], targets: [String], statements: [Statement])] = [:]
        var order: [String] = []
        for statement in statements {
            let body = statement.represents ?? spokesperson(statement.speaker) ?? statement.speaker
            if rowsByActor[body] == nil { order.append(body) }
            var row = rowsByActor[body] ?? ([], [], [])
            if statement.speaker != body && !row.via.contains(statement.speaker) { row.via.append(statement.speaker) }
            for target in statement.targets where !row.targets.contains(target) { row.targets.append(target) }
            row.statements.append(statement)
            rowsByActor[body] = row
        }

        let actorSet = FieldCatalog.actors(model)
        var kept = order.compactMap { model.actor(id: $0) }
        if let filter = listing.clauses.filter {
            let test = try PredicateCompiler(set: actorSet, model: model).compile(filter)
            kept = kept.filter { actor in withUnsafePointer(to: actor) { test(RecordRef($0)) } }
        }
        kept = try evaluator.order(kept, in: actorSet, by: listing.clauses.order)
        if let limit = listing.clauses.limit { kept = Array(kept.prefix(limit)) }

        var columns: [ResultTable.Column] = [
            .init("actor", .actor), .init("via", .actor), .init("act", .text), .init("target", .actor),
            .init("statements", .list),
        ]
        if listing.clauses.withSources { columns.append(.init("sources", .list)) }
        let rows = kept.map { actor in
            let row = rowsByActor[actor.id]!
            let provenance = row.statements.flatMap(\.sources)
            var values: [Value] = [
                .actor(actor.id, in: model), .actors(row.via, in: model), .text(act.label),
                .actors(row.targets, in: model), .list(row.statements.map { .integer($0.id) }),
            ]
            if listing.clauses.withSources { values.append(Evaluator.sourcesCell(provenance)) }
            return ResultTable.Row(values, provenance: provenance)
        }
        let notes = rows.isEmpty ? ["no actor is recorded \(listing.actPhrase.map(\.text).joined(separator: " "))"] : []
        return ResultTable(columns: columns, rows: rows, notes: notes)
    }

    /// For a person, the body they speak for: a minister's words are their state's. Bodies speak for themselves.
    private func spokesperson(_ speaker: String) -> String? {
        guard let actor = model.actor(id: speaker), actor.kind == .person else { return nil }
        return actor.represents
    }

    /// The act the leading words name (by a verb phrase, its label or its id), and the words left over.
    private func matchAct(_ words: [Name]) throws(Diagnostic) -> (Act, [Name]) {
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
