import ConflictModel

/// What an import makes of its rows, before it is written as a model file: the events and
/// claims (or statements) of each row, with the actors they name.
struct ImportedEntries {
    var events: [Event] = []
    var claims: [Claim] = []
    var statements: [Statement] = []
    /// Larger events the rows' events are part of (UCDP's conflicts), by id, in the order first met.
    var containers: [Event] = []
    private var containerIDs: Set<String> = []

    mutating func addContainer(_ event: Event) {
        if containerIDs.insert(event.id).inserted { containers.append(event) }
    }
}
