import YAMLReader
import ConflictModel
import ConflictDiagnostics

/// One YAML mapping of a model file: hands out its values by key with their types checked, and
/// logs each problem at the line and column of the value that has it.
///
/// Unknown keys are reported when the mapping is opened, so that a misspelt optional key is an
/// error rather than a value silently left out.
struct Fields {
    /// The mapping's own path: `claims[2]`, or empty for the whole file.
    let path: String
    let position: Position
    /// The entries in the file's order. A mapping holds a dozen keys at most, and finding one by
    /// comparing short texts costs less than building a dictionary for every entry of a large file.
    private let presentKeys: [String]
    private let nodes: [YAMLNode]
    /// Known keys that an unknown key was probably meant to be: their absence is not reported again.
    private let misspelt: Set<String>
    private let log: ReadingLog

    /// Nil, with the error logged, when the node is not a mapping.
    init?(_ node: YAMLNode, path: String, what: String, keys: [String], log: ReadingLog) {
        guard case .mapping(let entries, _) = node else {
            log.failed(at: node, path, "expected \(what) as a mapping of keys to values, found \(node.kindDescription)")
            return nil
        }
        self.path = path
        self.position = node.position
        self.log = log
        log.record(node, at: path)
        // The YAML reader refuses keys that are not names and keys given twice, so each entry is one field.
        var names: [String] = []
        var nodes: [YAMLNode] = []
        names.reserveCapacity(entries.count)
        nodes.reserveCapacity(entries.count)
        var misspelt: Set<String> = []
        for entry in entries {
            let name = entry.key.text
            guard keys.contains(where: { Self.same($0, name) }) else {
                misspelt.formUnion(Suggestions.close(to: name, in: keys))
                let hint = Suggestions.phrase(Suggestions.close(to: name, in: keys))
                let known = hint.isEmpty ? "; \(what) has the keys " + keys.joined(separator: ", ") : hint
                log.error(at: entry.key.position, path, "unknown key \"\(name)\"" + known)
                continue
            }
            names.append(name)
            nodes.append(entry.value)
            log.record(entry.value, at: Self.join(path, name))
        }
        self.presentKeys = names
        self.nodes = nodes
        self.misspelt = misspelt
    }

    /// The full path of a key: `claims[2].event`.
    func path(of key: String) -> String { Self.join(path, key) }

    /// A key's node, null or not; nil when the key is absent.
    private func entry(_ key: String) -> YAMLNode? {
        for index in presentKeys.indices where Self.same(presentKeys[index], key) { return nodes[index] }
        return nil
    }

    /// Two keys compared by length first: most keys compared are not the one looked for, and
    /// unequal texts of one length cost more to tell apart than texts of two lengths.
    private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    /// A key's value; nil when the key is absent or its value is null.
    func value(_ key: String) -> YAMLNode? {
        guard let node = entry(key), !node.isNull else { return nil }
        return node
    }

    func string(_ key: String, required: Bool = false) -> String? {
        present(key, required).flatMap { log.string($0, path(of: key), allowEmpty: !required) }
    }

    func number(_ key: String, required: Bool = false) -> Double? {
        present(key, required).flatMap { log.number($0, path(of: key)) }
    }

    func wholeNumber(_ key: String, required: Bool = false) -> Int? {
        present(key, required).flatMap { log.wholeNumber($0, path(of: key)) }
    }

    func bool(_ key: String) -> Bool? {
        present(key, false).flatMap { log.bool($0, path(of: key)) }
    }

    func date(_ key: String, required: Bool = false) -> PartialDate? {
        present(key, required).flatMap { log.date($0, path(of: key)) }
    }

    func cameoCode(_ key: String, required: Bool = false) -> String? {
        present(key, required).flatMap { log.cameoCode($0, path(of: key)) }
    }

    /// A required choice: nil, with an error logged, when it is missing or unknown.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ what: String) -> Choice?
    where Choice.RawValue == String {
        present(key, true).flatMap { log.choice($0, path(of: key), what) }
    }

    /// An optional choice: `fallback` when absent, nil (with an error logged) when unknown.
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, _ what: String, default fallback: Choice) -> Choice?
    where Choice.RawValue == String {
        guard let node = value(key) else { return fallback }
        return log.choice(node, path(of: key), what)
    }

    /// A list of texts (`aliases: [Taliban, Kabul]`); empty when absent. An item that is not text
    /// is logged and kept as an empty text, so that the items after it keep their places
    /// (`targets[2]`) for the checks of an entry that has errors.
    func strings(_ key: String, required: Bool = false) -> [String] {
        list(key, required: required).map { node, path in
            log.record(node, at: path)
            return log.string(node, path) ?? ""
        }
    }

    /// A list's items with their paths (`sources[1]`); empty, with an error logged, when the value is
    /// not a list.
    func list(_ key: String, required: Bool = false) -> [(node: YAMLNode, path: String)] {
        guard let node = present(key, required) else { return [] }
        guard case .sequence(let sequence, _) = node else {
            log.failed(at: node, path(of: key), "expected a list, found \(node.kindDescription)"
                + (node.isScalar ? "; write a list as [a, b] or as lines that start with \"- \"" : ""))
            return []
        }
        if required && sequence.isEmpty {
            log.error(at: node, path(of: key), "must list at least one")
        }
        return sequence.enumerated().map { ($1, "\(path(of: key))[\($0)]") }
    }

    /// A key's value, or nil with an error logged when a required key is missing or null.
    private func present(_ key: String, _ required: Bool) -> YAMLNode? {
        if let node = value(key) { return node }
        if required {
            log.markUnread(path(of: key))
            if let null = entry(key) {
                log.error(at: null, path(of: key), "has no value, but one is required")
            } else if !misspelt.contains(key) {
                log.error(at: position, path, "missing required key \"\(key)\"")
            }
        }
        return nil
    }

    private static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}

extension YAMLNode {
    fileprivate var isScalar: Bool {
        if case .scalar = self { return true }
        return false
    }
}
