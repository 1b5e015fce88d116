import ConflictModel
/// Finds cycles in the links that say what belongs to what (an actor to the state it represents,
/// an event to a larger one, a statement to the one it answers), which would make something
/// its own part.
enum CycleFinder {
    struct Link<ID> {
        let to: ID
        /// The field of the linking entry that holds the link: "part_of".
        let field: String
    }

    struct Cycle<ID> {
        /// The ids around the cycle, the first repeated at the end.
        let path: [ID]
        /// The link that closes the cycle: the place to report it.
        let from: ID
        let field: String
    }

    private enum State { case visiting, done }

    /// Each cycle once, in the order of `ids`. Links to ids not in `ids` are ignored: they are
    /// another check's errors.
    ///
    /// Depth-first, with an explicit stack, so that a chain of a million links is no deeper to
    /// follow than a chain of two.
    static func cycles<ID: Hashable>(_ ids: [ID], links: (ID) -> [Link<ID>]) -> [Cycle<ID>] {
        let known = Set(ids)
        var state: [ID: State] = [:]
        var cycles: [Cycle<ID>] = []
        for start in ids where state[start] == nil {
            var stack: [(id: ID, links: [Link<ID>], next: Int)] = [(start, links(start), 0)]
            state[start] = .visiting
            while let top = stack.last {
                guard top.next < top.links.count else {
                    state[top.id] = .done
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let link = top.links[top.next]
                guard known.contains(link.to) else { continue }
                switch state[link.to] {
                case nil:
                    state[link.to] = .visiting
                    stack.append((link.to, links(link.to), 0))
                case .visiting:
                    let first = stack.firstIndex { $0.id == link.to } ?? 0
                    let path = stack[first...].map(\.id) + [link.to]
                    cycles.append(Cycle(path: path, from: top.id, field: link.field))
                case .done:
                    break
                }
            }
        }
        return cycles
    }
}
