import ConflictModel

/// ACLED's exports, before and after its 2023 change of columns (`inter1` and `inter2` as codes
/// 0–8 or as words, dates as `2023-01-15` or `15 January 2023`): one event a row, its fatalities
/// ACLED's claim. ACLED counts fatalities by event, not by side, and codes the most conservative
/// estimate its sources support: the figure is "at least" that many, with no upper bound, and a 0
/// says no fatality was reported.
enum ACLED {
    static let dataset = "ACLED"
    static let claimant = Actor(
        id: "acled", name: "Armed Conflict Location & Event Data Project", aliases: ["ACLED"], kind: .organisation)

    static let required = ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country", "fatalities"]
    static let mapped: Set<String> = [
        "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "location", "latitude",
        "longitude", "geo_precision", "fatalities",
    ]

    /// ACLED's kinds of actor, by code and by the words that replaced the codes in 2023.
    enum ActorType: Int, CaseIterable {
        case none = 0, stateForces, rebelGroup, politicalMilitia, identityMilitia, rioters, protesters, civilians, external

        var words: String {
            switch self {
            case .none: return ""
            case .stateForces: return "State forces"
            case .rebelGroup: return "Rebel group"
            case .politicalMilitia: return "Political militia"
            case .identityMilitia: return "Identity militia"
            case .rioters: return "Rioters"
            case .protesters: return "Protesters"
            case .civilians: return "Civilians"
            case .external: return "External/Other forces"
            }
        }

        init?(cell: String) {
            if let code = Int(cell), let type = ActorType(rawValue: code) {
                self = type
            } else if let type = ActorType.allCases.first(where: { $0.words.lowercased() == cell.lowercased() }) {
                self = type
            } else {
                return nil
            }
        }

        /// The model's kind for an actor of this type.
        var kind: Actor.Kind {
            switch self {
            case .stateForces, .external: return .armedForce
            case .rebelGroup, .politicalMilitia, .identityMilitia: return .armedGroup
            case .none, .rioters, .protesters, .civilians: return .organisation
            }
        }
    }

    /// ACLED's codebook's words for `geo_precision`.
    static let placePrecision = [
        "1": "the named place itself", "2": "near the named place, or a part of its region",
        "3": "the region, or its capital, only",
    ]

    static func read(_ row: ColumnLayout.Fields, into entries: inout ImportedEntries, _ context: inout ImportContext)
        throws(ImportProblem)
    {
        let id = try row.required("event_id_cnty")
        let day = try row.day("event_date")
        let eventType = try row.required("event_type"), subEventType = try row.required("sub_event_type")
        let fatalities = try row.count("fatalities")
        let actor1Name = try row.required("actor1"), actor2Name = row["actor2"]
        let countryName = try row.required("country")
        let type1 = try actorType(row, "inter1", for: actor1Name), type2 = try actorType(row, "inter2", for: actor2Name)
        let coordinates = try context.coordinates(try row.degrees("latitude"), try row.degrees("longitude"), row)
        // Known to the day (1), the week (2) or the month (3).
        let precision = row["time_precision"]
        guard ["", "1", "2", "3"].contains(precision) else {
            throw row.problem("time_precision", "\"\(precision)\" is no time precision; ACLED's are 1 (day), 2 (week) and 3 (month)")
        }
        try context.claim(rowID: id, column: "event_id_cnty", row)

        // Nothing is added before this point, so that a row with a problem leaves nothing behind.
        let date = precision == "3" ? PartialDate(year: day.year, month: day.month) : day
        let actor1 = actor(actor1Name, type1, &context, row)
        let actor2 = actor2Name.isEmpty ? nil : actor(actor2Name, type2, &context, row)
        let associated1 = associates(row["assoc_actor_1"], type1, &context, row)
        let associated2 = associates(row["assoc_actor_2"], type2, &context, row)
        // A battle has two sides that ACLED does not order; in the other events actor1 does what
        // is done to actor2.
        let twoSided = eventType == "Battles" || eventType == "Strategic developments"
        let first = [actor1] + associated1, second = [actor2].compactMap { $0 } + associated2
        let place = row["location"].isEmpty ? nil : row["location"]
        let eventID = "acled-\(id.lowercased())"
        let names = [actor1Name, actor2Name].filter { !$0.isEmpty }.joined(separator: " - ")
        entries.events.append(
            Event(
                id: eventID, name: [subEventType + ": " + names, place, date.description].compactMap { $0 }.joined(separator: ", "),
                kind: kind(eventType, subEventType), initiators: twoSided ? [] : first, targets: twoSided ? [] : second,
                date: date, dateNote: precision == "2" ? "ACLED knows the date only to the week" : nil, place: place,
                sources: [context.ref(row, "event_id_cnty")], country: countryName, coordinates: coordinates,
                placePrecision: placePrecision[row["geo_precision"]], category: eventType, subcategory: subEventType,
                sides: twoSided ? first + second : [], record: context.record(id: id, row, keepingAllBut: mapped)))
        entries.claims.append(
            Claim(
                id: context.nextClaimID(), event: eventID, measure: "killed", counted: "people", unit: "people",
                quantity: Quantity(Double(fatalities), .atLeast), claimant: claimant.id, asOf: date,
                note: fatalities == 0 ? "ACLED reports no fatality" : nil, sources: [context.ref(row, "fatalities")]))
    }

    private static func actorType(_ row: ColumnLayout.Fields, _ column: String, for name: String) throws(ImportProblem) -> ActorType {
        let cell = row[column]
        if cell.isEmpty { return .none }
        guard let type = ActorType(cell: cell) else {
            throw row.problem(
                column, "\"\(cell)\" is no ACLED actor type; expected 0 to 8 or "
                    + ActorType.allCases.dropFirst().map(\.words).joined(separator: ", "))
        }
        if type == .none && !name.isEmpty { throw row.problem(column, "is 0, no actor, but the row names one: \(name)") }
        return type
    }

    /// "Civilians (Syria)" are the civilians of a state: the model counts them as that state's.
    private static func actor(_ name: String, _ type: ActorType, _ context: inout ImportContext, _ row: ColumnLayout.Fields) -> String {
        if type == .civilians, name.hasPrefix("Civilians ("), name.hasSuffix(")") {
            return context.resolver.resolve(String(name.dropFirst("Civilians (".count).dropLast()), kind: .state)
        }
        return type.kind == .armedForce || type.kind == .armedGroup
            ? context.actor(name, row) : context.resolver.resolve(name, kind: type.kind)
    }

    /// `assoc_actor_1`: the actors that joined actor1, separated by semicolons.
    private static func associates(_ cell: String, _ type: ActorType, _ context: inout ImportContext, _ row: ColumnLayout.Fields) -> [String] {
        cell.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            .map { actor($0, type, &context, row) }
    }

    private static func kind(_ type: String, _ subType: String) -> Event.Kind {
        switch type {
        case "Battles": return .clash
        case "Explosions/Remote violence": return subType == "Air/drone strike" ? .airStrike : .attack
        case "Violence against civilians": return .attack
        default: return .other
        }
    }
}
