import ConflictModel

/// UCDP's Georeferenced Event Dataset, releases 19.1 to today: one event a row, its deaths as
/// UCDP's claims. Columns are found by name; the estimates were `best_est`, `low_est` and
/// `high_est` in older files.
///
/// A row gives five claims, all UCDP's, of people killed as of the event's last day: the deaths
/// of side A and of side B (each that side's), of civilians (counted as their country's, as the
/// model counts civilians), of people whose side is unknown, and the total, `best` within
/// [`low`, `high`]. The four are parts of the total, so that a sum adds them by side and never
/// to the total as well.
enum UCDPGED {
    static let dataset = "UCDP GED"
    static let claimant = Actor(id: "ucdp", name: "Uppsala Conflict Data Program", aliases: ["UCDP"], kind: .organisation)

    static let required = [
        "id", "type_of_violence", "side_a", "side_b", "country", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "best", "low", "high",
    ]
    static let renames = ["best_est": "best", "low_est": "low", "high_est": "high"]
    /// Columns the model has places of its own for; every other column is kept in the event's record as written.
    static let mapped: Set<String> = [
        "id", "type_of_violence", "conflict_name", "dyad_name", "side_a", "side_b", "where_coordinates", "where_prec",
        "country", "latitude", "longitude", "geom_wkt", "date_start", "date_end", "deaths_a", "deaths_b",
        "deaths_civilians", "deaths_unknown", "best", "low", "high",
    ]

    /// UCDP's codebook's words for `where_prec`.
    static let placePrecision = [
        "1": "exact location", "2": "within 25 km of a known point", "3": "second-order administrative division",
        "4": "first-order administrative division", "5": "a part of a country larger than a province",
        "6": "the country", "7": "international waters or airspace",
    ]

    static let violence = ["1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"]

    static func read(_ row: ColumnLayout.Fields, into entries: inout ImportedEntries, _ context: inout ImportContext)
        throws(ImportProblem)
    {
        let id = try row.required("id")
        let typeCode = try row.required("type_of_violence")
        guard let category = violence[typeCode] else {
            throw row.problem("type_of_violence", "\"\(typeCode)\" is no type of violence; UCDP's are 1 (state-based), 2 (non-state) and 3 (one-sided)")
        }
        let start = try row.day("date_start")
        let end = try row.day("date_end")
        guard start <= end else { throw row.problem("date_end", "\(end) is before date_start \(start)") }
        let deathsA = try row.count("deaths_a"), deathsB = try row.count("deaths_b")
        let civilians = try row.count("deaths_civilians"), unknown = try row.count("deaths_unknown")
        let best = try row.count("best"), low = try row.count("low"), high = try row.count("high")
        // The low and high estimates should hold the best one; where they do not, the row is still
        // UCDP's word, kept with the interval that holds all three, a note, and a warning.
        var note: String?
        if best < low || best > high || low > high {
            let interval = "[\(min(low, best, high)), \(max(low, best, high))]"
            let problem = low > high
                ? "the low estimate \(low) is above the high one, \(high)"
                : "the best estimate \(best) is \(best < low ? "below the low one, \(low)" : "above the high one, \(high)")"
            note = "UCDP's low \(low), best \(best) and high \(high) disagree: \(problem); the interval \(interval) holds all three"
            context.warn(row.problem(best < low || low > high ? "low" : "high", problem + "; imported with the interval " + interval + ", which holds all three"))
        }
        if deathsA + deathsB + civilians + unknown != best {
            throw row.problem(
                "best",
                "the best estimate \(best) is not the sum of deaths_a, deaths_b, deaths_civilians and deaths_unknown "
                    + "(\(deathsA + deathsB + civilians + unknown))")
        }
        let latitude = try row.degrees("latitude"), longitude = try row.degrees("longitude")
        let coordinates = try context.coordinates(latitude, longitude, row)
        let countryName = try row.required("country")
        let sideAName = try row.required("side_a"), sideBName = try row.required("side_b")

        try context.claim(rowID: id, column: "id", row)
        // Nothing is added before this point, so that a row with a problem leaves nothing behind.
        let oneSided = typeCode == "3"
        let sideA = context.actor(sideAName, row)
        let sideB = oneSided ? nil : context.actor(sideBName, row)
        let country = context.resolver.resolve(countryName, kind: .state)

        var partOf: String?
        let conflict = row["conflict_new_id"].isEmpty ? row["conflict_dset_id"] : row["conflict_new_id"]
        if !conflict.isEmpty, !row["conflict_name"].isEmpty {
            let container = "ucdp-conflict-\(conflict)"
            entries.addContainer(
                Event(
                    id: container, name: row["conflict_name"], kind: .conflict, category: category,
                    record: DataRecord(dataset: dataset, release: context.release, id: "conflict \(conflict)")))
            partOf = container
        }
        let place = row["where_coordinates"].isEmpty ? nil : row["where_coordinates"]
        let eventID = "ucdp-\(id)"
        let name = [row["dyad_name"].isEmpty ? nil : row["dyad_name"], place, start.description].compactMap { $0 }
            .joined(separator: ", ")
        entries.events.append(
            Event(
                id: eventID, name: name, kind: oneSided ? .attack : .clash, initiators: oneSided ? [sideA] : [],
                date: start, place: place, partOf: partOf, sources: [context.ref(row, "id")],
                dateEnd: end == start ? nil : end, country: countryName, coordinates: coordinates,
                placePrecision: placePrecision[row["where_prec"]], category: category,
                sides: oneSided ? [] : [sideA, sideB].compactMap { $0 },
                record: context.record(id: id, row, keepingAllBut: mapped)))

        let totalID = context.nextClaimID()
        let total = Claim(
            id: totalID, event: eventID, measure: "killed", counted: "people", unit: "people",
            quantity: low == best && best == high
                ? Quantity(Double(best))
                : Quantity(Double(best), .about, low: Double(min(low, best, high)), high: Double(max(low, best, high))),
            claimant: claimant.id, asOf: end, note: note, sources: [context.ref(row, "best")])
        entries.claims.append(total)
        let parts: [(column: String, counted: String, party: String?, value: Int)] = [
            ("deaths_a", "people of side A", sideA, deathsA),
            ("deaths_b", "people of side B", sideB, deathsB),
            ("deaths_civilians", "civilians", country, civilians),
            ("deaths_unknown", "people of unknown side", nil, unknown),
        ]
        for part in parts where !(oneSided && part.column == "deaths_b" && part.value == 0) {
            entries.claims.append(
                Claim(
                    id: context.nextClaimID(), event: eventID, measure: "killed", counted: part.counted, unit: "people",
                    party: part.party, quantity: Quantity(Double(part.value)), claimant: claimant.id, asOf: end,
                    sources: [context.ref(row, part.column)], partOf: totalID))
        }
    }
}
