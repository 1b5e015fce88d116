import ConflictModel

@main
struct ConflictQ {
    static func main() {
        let model = ConflictModel.builtin
        print("conflictq: \(model.actors.count) actors, \(model.events.count) events, \(model.claims.count) claims, \(model.statements.count) statements")
    }
}
