import ConflictModel

/// GDELT's event exports, 2.0 (61 tab-separated columns) and 1.0 (57, or 58 with the source's
/// address), with no header line; a first line that names the columns is read as a header. GDELT
/// codes who did what to whom in CAMEO from news text by machine, and gives no figures: a row of
/// fighting or violence (CAMEO 14 and 18–20) becomes an event, any other a statement of the act
/// its CAMEO code's root names, with the full code its own. Its Goldstein score, QuadClass,
/// mentions, tone, actor codes and places are kept in the row's record.
enum GDELT {
    static let dataset = "GDELT"

    /// GDELT 2.0's columns in their documented order.
    static let columns: [String] = {
        func actor(_ n: Int) -> [String] {
            ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code",
             "Type2Code", "Type3Code"].map { "Actor\(n)\($0)" }
        }
        func geo(_ prefix: String) -> [String] {
            ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map { "\(prefix)Geo_\($0)" }
        }
        return ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"] + actor(1) + actor(2)
            + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
               "NumSources", "NumArticles", "AvgTone"]
            + geo("Actor1") + geo("Actor2") + geo("Action") + ["DATEADDED", "SOURCEURL"]
    }()

    /// GDELT 1.0's: no second-order divisions, and the source's address only in later files.
    static let columnsOfVersionOne = columns.filter { !$0.hasSuffix("ADM2Code") }
    static let required = ["GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode"]
    static let mapped: Set<String> = [
        "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor2Name", "EventCode", "ActionGeo_FullName", "ActionGeo_Lat",
        "ActionGeo_Long",
    ]

    /// The layout of a file by its first line: a header, or the number of its fields.
    static func layout(of first: DelimitedText.Row, file: String) throws(ImportProblem) -> (ColumnLayout, headerRead: Bool) {
        if first.fields.first == "GLOBALEVENTID" {
            return (try ColumnLayout(header: first.fields, file: file, line: first.line, required: required, dataset: dataset), true)
        }
        switch first.fields.count {
        case columns.count: return (ColumnLayout(fixed: columns, file: file), false)
        case columnsOfVersionOne.count: return (ColumnLayout(fixed: columnsOfVersionOne, file: file), false)
        case columnsOfVersionOne.count - 1: return (ColumnLayout(fixed: Array(columnsOfVersionOne.dropLast()), file: file), false)
        default:
            throw ImportProblem(
                file: file, line: first.line,
                message: "this is not a GDELT events file: its first row has \(first.fields.count) tab-separated fields; "
                    + "GDELT 2.0's have 61, GDELT 1.0's 57 or 58")
        }
    }

    /// CAMEO's twenty roots: the act a statement of each is, and how a query asks for it.
    static let roots: [String: (name: String, verb: String)] = [
        "01": ("Make public statement", "gdelt making statements"), "02": ("Appeal", "gdelt appealing"),
        "03": ("Express intent to cooperate", "gdelt expressing intent to cooperate"), "04": ("Consult", "gdelt consulting"),
        "05": ("Engage in diplomatic cooperation", "gdelt cooperating diplomatically"),
        "06": ("Engage in material cooperation", "gdelt cooperating materially"), "07": ("Provide aid", "gdelt providing aid"),
        "08": ("Yield", "gdelt yielding"), "09": ("Investigate", "gdelt investigating"), "10": ("Demand", "gdelt demanding"),
        "11": ("Disapprove", "gdelt disapproving"), "12": ("Reject", "gdelt rejecting"), "13": ("Threaten", "gdelt threatening"),
        "14": ("Protest", "gdelt protesting"), "15": ("Exhibit force posture", "gdelt exhibiting force posture"),
        "16": ("Reduce relations", "gdelt reducing relations"), "17": ("Coerce", "gdelt coercing"),
        "18": ("Assault", "gdelt assaulting"), "19": ("Fight", "gdelt fighting"),
        "20": ("Use unconventional mass violence", "gdelt using mass violence"),
    ]

    static func act(ofRoot root: String) -> Act {
        let (name, verb) = roots[root] ?? ("CAMEO \(root)", "gdelt acting")
        return Act(id: "gdelt-cameo-\(root)", label: name.lowercased(), verbs: [verb], cameo: root, cameoName: name)
    }

    /// GDELT's words for `ActionGeo_Type`.
    static let placePrecision = ["1": "the country", "2": "a US state", "3": "a US city", "4": "a city", "5": "a first-order administrative division"]

    static func read(_ row: ColumnLayout.Fields, into entries: inout ImportedEntries, _ context: inout ImportContext)
        throws(ImportProblem)
    {
        let id = try row.required("GLOBALEVENTID")
        let date = try row.day("SQLDATE")
        let code = try row.required("EventCode")
        guard (2...4).contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }), roots[String(code.prefix(2))] != nil else {
            throw row.problem("EventCode", "\"\(code)\" is not a CAMEO event code (two to four digits, 01 to 20 first)")
        }
        let root = String(code.prefix(2))
        let latitude = try row.degrees("ActionGeo_Lat"), longitude = try row.degrees("ActionGeo_Long")
        let coordinates = try context.coordinates(latitude, longitude, row)
        let name1 = row["Actor1Name"], name2 = row["Actor2Name"]
        let isEvent = ["14", "18", "19", "20"].contains(root)
        let noActor1 = name1.isEmpty && row["Actor1Code"].isEmpty
        // A fight may be reported with no one named as its doer; a statement is somebody's.
        if noActor1 && !isEvent {
            throw row.problem("Actor1Code", "is empty: GDELT names no actor who does the act, and a statement needs one")
        }
        try context.claim(rowID: id, column: "GLOBALEVENTID", row)

        // Nothing is added before this point, so that a row with a problem leaves nothing behind.
        let actor1 = noActor1 ? nil : actor(code: row["Actor1Code"], name: name1, type: row["Actor1Type1Code"], &context)
        let actor2 = name2.isEmpty && row["Actor2Code"].isEmpty
            ? nil : actor(code: row["Actor2Code"], name: name2, type: row["Actor2Type1Code"], &context)
        let record = context.record(id: id, row, keepingAllBut: mapped)
        let source = context.ref(row, row["SOURCEURL"].isEmpty ? "GLOBALEVENTID" : "SOURCEURL")
        let place = row["ActionGeo_FullName"].isEmpty ? nil : row["ActionGeo_FullName"]
        if isEvent {
            let kind: Event.Kind = root == "19" ? .clash : root == "14" ? .other : .attack
            entries.events.append(
                Event(
                    id: "gdelt-\(id)",
                    name: [roots[root]!.name, name1.isEmpty ? nil : name1, name2.isEmpty ? nil : name2, place].compactMap { $0 }
                        .joined(separator: ", "),
                    kind: kind, initiators: [actor1].compactMap { $0 }, targets: [actor2].compactMap { $0 }, date: date, place: place,
                    sources: [source], coordinates: coordinates, placePrecision: placePrecision[row["ActionGeo_Type"]],
                    category: roots[root]!.name, subcategory: code, record: record))
            return
        }
        let act = context.act(GDELT.act(ofRoot: root), cameo: code, actors: actor2 == nil ? 1 : 2)
        // A reciprocal act has participants, and no one is made its initiator.
        let participants = act.reciprocal ? [actor1, actor2].compactMap { $0 } : []
        entries.statements.append(
            Statement(
                id: context.nextStatementID(), speaker: act.reciprocal ? nil : actor1, act: act.id,
                targets: act.reciprocal ? [] : [actor2].compactMap { $0 }, participants: participants, date: date,
                cameo: code, sources: [source], record: record))
    }

    /// An actor by its GDELT code (`PAKGOV`, found in the alias table), else by its name; one found
    /// by neither is made from its name, its kind from its type code.
    private static func actor(code: String, name: String, type: String, _ context: inout ImportContext) -> String {
        if !code.isEmpty, context.resolver.knows(code) { return context.resolver.resolve(code, kind: .organisation) }
        let kind: Actor.Kind
        switch type {
        case "GOV", "LEG", "JUD": kind = .government
        case "MIL", "COP", "SPY": kind = .armedForce
        case "REB", "INS", "SEP", "UAF", "RAD": kind = .armedGroup
        default: kind = code.count == 3 && type.isEmpty ? .state : .organisation
        }
        return context.resolver.resolve(name.isEmpty ? code : name, kind: kind)
    }
}
