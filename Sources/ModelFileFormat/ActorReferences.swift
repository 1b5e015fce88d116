import ConflictModel

/// Every place an entry names an actor, so that an actor merged into another under a later id
/// (`SameActors`) is found under the id it keeps.
struct ActorReferences {
    private let renamed: [String: String]
    /// Whether a list that names one actor twice once renamed keeps both: the entries with errors
    /// do, as their unread values are known by their places in a list.
    private let keepsPlaces: Bool

    static func rename(_ renamed: [String: String], in contents: inout ModelFileContents) {
        ActorReferences(renamed: renamed, keepsPlaces: false)
            .rename(&contents.actors, &contents.events, &contents.claims, &contents.statements)
        // Entries with errors are checked after merging too, and must name the ids that are kept.
        ActorReferences(renamed: renamed, keepsPlaces: true)
            .rename(
                &contents.partial.actors, &contents.partial.events, &contents.partial.claims,
                &contents.partial.statements)
    }

    private func rename(
        _ actors: inout [Located<Actor>], _ events: inout [Located<Event>], _ claims: inout [Located<Claim>],
        _ statements: inout [Located<Statement>]
    ) {
        for index in actors.indices {
            actors[index].value.represents = actors[index].value.represents.map(id)
            actors[index].value.partOf = actors[index].value.partOf.map(id)
        }
        for index in events.indices {
            events[index].value.initiators = ids(events[index].value.initiators)
            events[index].value.targets = ids(events[index].value.targets)
            events[index].value.allegedBy = events[index].value.allegedBy.map(id)
        }
        for index in claims.indices {
            claims[index].value.claimant = id(claims[index].value.claimant)
            claims[index].value.party = claims[index].value.party.map(id)
        }
        for index in statements.indices {
            var statement = statements[index].value
            statement.speaker = statement.speaker.map(id)
            statement.represents = statement.represents.map(id)
            statement.targets = ids(statement.targets)
            statement.participants = ids(statement.participants)
            statement.subjects = ids(statement.subjects)
            statement.reportedBy = statement.reportedBy.map(id)
            statements[index].value = statement
        }
    }

    private func id(_ id: String) -> String { renamed[id] ?? id }

    private func ids(_ ids: [String]) -> [String] {
        if keepsPlaces { return ids.map(id) }
        var seen: Set<String> = []
        return ids.map(id).filter { seen.insert($0).inserted }
    }
}
