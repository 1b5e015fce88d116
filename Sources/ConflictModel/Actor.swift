/// Someone who acts, speaks or is counted: a state, a government, a force, a group, a body or a person.
public struct Actor: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case state
        case government
        case armedForce = "armed force"
        case armedGroup = "armed group"
        case organisation
        case person
    }

    public var id: String
    public var name: String
    /// Other names the reports use for the same actor ("Kabul" for the Afghan Taliban).
    public var aliases: [String]
    public var kind: Kind
    /// For a person: the office held ("information minister").
    public var role: String?
    /// The state, government or body the actor acts or speaks for.
    public var represents: String?
    /// A larger actor this one belongs to (an air force to its state).
    public var partOf: String?
    public var note: String?
    public var sources: [SourceRef]

    public init(
        id: String, name: String, aliases: [String] = [], kind: Kind, role: String? = nil,
        represents: String? = nil, partOf: String? = nil, note: String? = nil, sources: [SourceRef] = []
    ) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.kind = kind
        self.role = role
        self.represents = represents
        self.partOf = partOf
        self.note = note
        self.sources = sources
    }

    /// Every name the actor answers to: its name, its aliases and its id.
    public var names: [String] { [name] + aliases + [id] }
}
