import ConflictModel

/// The fields of `actors`. A new one is a compile error until `field` says how to read it.
enum ActorField: String, CaseIterable {
    case id, name, alias, kind, role, represents
    case partOf = "part_of"
    case note, source, paragraph, excerpt

    var field: Field<Actor> {
        switch self {
        case .id: return Field(rawValue, .text, "the actor's id") { a, _ in .text(a.id) }
        case .name:
            return Field(rawValue, .text, "the actor's name", alsoKnownAs: { a, _ in a.aliases + [a.id] }) { a, _ in
                .text(a.name)
            }
        case .alias: return Field(rawValue, .list, "other names the reports use") { a, _ in .list(a.aliases.map(Value.text)) }
        case .kind:
            return Field(rawValue, .text, "state, government, armed force, armed group, organisation or person") { a, _ in
                .text(a.kind.rawValue)
            }
        case .role: return Field(rawValue, .text, "a person's office") { a, _ in .text(a.role) }
        case .represents:
            return Field(actor: rawValue, "the state or body the actor speaks for") { a, _ in .one(a.represents) }
        case .partOf: return Field(actor: rawValue, "the larger actor it belongs to") { a, _ in .one(a.partOf) }
        case .note: return Field(rawValue, .text, "a remark on the actor") { a, _ in .text(a.note) }
        case .source, .paragraph, .excerpt:
            return FieldCatalog.provenanceField(rawValue) { (r: RecordRef<Actor>) in r.sources }
        }
    }
}
