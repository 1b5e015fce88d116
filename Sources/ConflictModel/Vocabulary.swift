/// What happened to what was counted: "killed", "destroyed", "length".
public struct Measure: Hashable, Sendable {
    public var id: String
    public var description: String

    public init(id: String, description: String) {
        self.id = id
        self.description = description
    }
}

/// A kind of statement, with the words a query uses for it and its CAMEO event code.
public struct Act: Hashable, Sendable {
    public var id: String
    /// A noun phrase: "offer of mediation".
    public var label: String
    /// The phrases that follow `actors` in a query, the usual one first: "offering mediation", "mediating".
    public var verbs: [String]
    public var cameo: String
    public var cameoName: String

    public init(id: String, label: String, verbs: [String], cameo: String, cameoName: String) {
        self.id = id
        self.label = label
        self.verbs = verbs
        self.cameo = cameo
        self.cameoName = cameoName
    }

    /// The usual phrase: "offering mediation".
    public var verb: String { verbs.first ?? label }
}

/// The measures and acts a model may use; a model file declares its own.
public struct Vocabulary: Hashable, Sendable {
    public var measures: [Measure]
    public var acts: [Act]
    /// The CAMEO scheme's version that the acts' codes come from.
    public var cameoVersion: String

    public init(measures: [Measure] = [], acts: [Act] = [], cameoVersion: String = "CAMEO 1.1b3") {
        self.measures = measures
        self.acts = acts
        self.cameoVersion = cameoVersion
    }

    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
    public func act(_ id: String) -> Act? { acts.first { $0.id == id } }
}
