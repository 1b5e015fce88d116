/// What a figure counts in: people, posts, vehicles, locations, km. Figures are added, averaged or
/// compared only within one unit: 89 posts and 135 vehicles are two answers, never 224 of anything.
///
/// A claimant who starts counting something wider ("tanks and armoured vehicles", then "tanks,
/// armoured vehicles and artillery") goes on with the same series in another unit: that unit
/// `continues` the first, so that the later figure still revises the earlier ones, and a history
/// marks the change of unit instead of comparing across it.
public struct Unit: Hashable, Sendable {
    public var id: String
    public var description: String
    /// The unit whose series figures in this one carry on, if any.
    public var continues: String?

    public init(id: String, description: String, continues: String? = nil) {
        self.id = id
        self.description = description
        self.continues = continues
    }
}

/// What happened to what was counted: "killed", "destroyed", "length".
public struct Measure: Hashable, Sendable {
    public var id: String
    public var description: String
    /// The unit a claim of this measure counts in when it names none: people for "killed". Nil
    /// when the measure counts different things ("destroyed": posts, vehicles), so that each
    /// claim must say which.
    public var unit: String?

    public init(id: String, description: String, unit: String? = nil) {
        self.id = id
        self.description = description
        self.unit = unit
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
    /// A phone call or a consultation is something two sides do together: its statements name
    /// participants, and nobody is made its initiator unless the report says so.
    public var reciprocal: Bool

    public init(id: String, label: String, verbs: [String], cameo: String, cameoName: String, reciprocal: Bool = false) {
        self.id = id
        self.label = label
        self.verbs = verbs
        self.cameo = cameo
        self.cameoName = cameoName
        self.reciprocal = reciprocal
    }

    /// The usual phrase: "offering mediation".
    public var verb: String { verbs.first ?? label }
}

/// The units, measures and acts a model may use; a model file declares its own.
public struct Vocabulary: Hashable, Sendable {
    public var units: [Unit]
    public var measures: [Measure]
    public var acts: [Act]
    /// The CAMEO scheme's version that the acts' codes come from.
    public var cameoVersion: String

    public init(units: [Unit] = [], measures: [Measure] = [], acts: [Act] = [], cameoVersion: String = "CAMEO 1.1b3") {
        self.units = units
        self.measures = measures
        self.acts = acts
        self.cameoVersion = cameoVersion
    }

    public func unit(_ id: String) -> Unit? { units.first { $0.id == id } }

    /// The unit a series in `id` started in: the end of its `continues` chain (the validator
    /// refuses cycles; a chain is walked at most once around all units).
    public func seriesUnit(of id: String) -> String {
        var current = id
        for _ in units.indices {
            guard let earlier = unit(current)?.continues else { break }
            current = earlier
        }
        return current
    }
    public func measure(_ id: String) -> Measure? { measures.first { $0.id == id } }
    public func act(_ id: String) -> Act? { acts.first { $0.id == id } }
}
