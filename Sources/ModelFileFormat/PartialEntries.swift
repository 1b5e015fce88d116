import ConflictModel

/// The entries of a model file that were written with errors, each with what could be read of it
/// and stand-ins for the rest (`FilePositions.unread` says which are stand-ins).
///
/// They never become part of a model. They are kept so that the checks of the whole model (that
/// references name entries, that a claim has a unit, who takes part in a statement) run on them
/// too: one run of `--check` then reports every error of an entry, not only the first kind.
/// Sources and acts refer to nothing, so none of theirs are kept.
struct PartialEntries {
    var units: [Located<Unit>] = []
    var measures: [Located<Measure>] = []
    var actors: [Located<Actor>] = []
    var events: [Located<Event>] = []
    var claims: [Located<Claim>] = []
    var statements: [Located<Statement>] = []

    mutating func append(_ other: PartialEntries) {
        units += other.units
        measures += other.measures
        actors += other.actors
        events += other.events
        claims += other.claims
        statements += other.statements
    }

    mutating func attach(_ positions: FilePositions) {
        for index in units.indices { units[index].positions = positions }
        for index in measures.indices { measures[index].positions = positions }
        for index in actors.indices { actors[index].positions = positions }
        for index in events.indices { events[index].positions = positions }
        for index in claims.indices { claims[index].positions = positions }
        for index in statements.indices { statements[index].positions = positions }
    }
}
