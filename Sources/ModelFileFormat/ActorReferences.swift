import ConflictModel

/// Every place an entry names an actor, so that an actor merged into another under a later id
/// (`SameActors`) is found under the id it keeps.
enum ActorReferences {
    static func rename(_ renamed: [String: String], in contents: inout ModelFileContents) {
        func id(_ id: String) -> String { renamed[id] ?? id }
        func ids(_ ids: [String]) -> [String] {
            var seen: Set<String> = []
            return ids.map(id).filter { seen.insert($0).inserted }
        }
        for index in contents.actors.indices {
            contents.actors[index].value.represents = contents.actors[index].value.represents.map(id)
            contents.actors[index].value.partOf = contents.actors[index].value.partOf.map(id)
        }
        for index in contents.events.indices {
            contents.events[index].value.initiators = ids(contents.events[index].value.initiators)
            contents.events[index].value.targets = ids(contents.events[index].value.targets)
            contents.events[index].value.allegedBy = contents.events[index].value.allegedBy.map(id)
        }
        for index in contents.claims.indices {
            contents.claims[index].value.claimant = id(contents.claims[index].value.claimant)
            contents.claims[index].value.party = contents.claims[index].value.party.map(id)
        }
        for index in contents.statements.indices {
            var statement = contents.statements[index].value
            statement.speaker = statement.speaker.map(id)
            statement.represents = statement.represents.map(id)
            statement.targets = ids(statement.targets)
            statement.participants = ids(statement.participants)
            statement.subjects = ids(statement.subjects)
            statement.reportedBy = statement.reportedBy.map(id)
            contents.statements[index].value = statement
        }
    }
}
