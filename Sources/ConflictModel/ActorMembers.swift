/// An actor and everyone under it: its parts, its members and those who speak for it.
public struct ActorMembers: Hashable, Sendable {
    /// The actor the walk started from.
    public let root: String
    /// The root and everyone under it.
    public let ids: Set<String>
    /// Those reached only by going from a state to a government of its own, and everyone under
    /// them: a query that takes them in for the state says so.
    public let acrossGovernment: Set<String>
    /// The governments where the walk went from a state to a government, in the order met.
    public let governments: [String]
}
