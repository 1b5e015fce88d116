/// The model as relational tables: one definition, from which each dialect's `CREATE TABLE`s,
/// load script and CSV files are made, so that the three cannot drift apart.
///
/// Every fact the language can ask about is a column or a row: lists (aliases, an event's sides,
/// a statement's targets, every entry's sources, a data set row's kept columns) are tables of
/// their own with a `position` from 1, so that their order is kept. References hold ids, never
/// names: the actors table gives the names. Dates are texts as the model writes them (`YYYY`,
/// `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`), which sort as dates within one precision.
///
/// Every entry's table has a `position`, its place in the model's order: a listing with no
/// `order by` lists entries in that order, and groups come in the order their first entry does.
///
/// **Versions.** Version 2 added `position` to actors, sources, events, claims and statements,
/// and `side` to actors. `version` is written into the `conflictq_schema` table. It goes up by one with
/// any change that a reader of the tables could notice: a table or column added, removed, renamed
/// or retyped, or a value written differently. A reader (the SQL compiler) refuses a version it
/// was not written for rather than guess.
public enum RelationalLayout {
    public static let version = 2

    /// Every table, in the order they load: each after those it refers to.
    public static let tables: [Table] = [
        Table(
            "conflictq_schema", "one row: this layout's version, and the CAMEO version the acts' codes come from",
            [
                Column("version", .integer, "the layout's version (RelationalLayout.version)"),
                Column("cameo_version", .text, "the CAMEO scheme's version, as the vocabulary gives it"),
            ], primaryKey: []),
        Table(
            "units", "what figures count in",
            [
                Column("id", .text, "the unit's id"),
                Column("description", .text, "what it counts"),
                Column("continues", .text, optional: true, references: "units", "the unit whose series this one carries on"),
            ]),
        Table(
            "measures", "what happened to what was counted",
            [
                Column("id", .text, "the measure's id"),
                Column("description", .text, "what it measures"),
                Column("unit", .text, optional: true, references: "units", "the unit of its claims when they name none"),
            ]),
        Table(
            "acts", "kinds of statement, with their CAMEO codes",
            [
                Column("id", .text, "the act's id"),
                Column("label", .text, "a noun phrase: offer of mediation"),
                Column("cameo", .text, "the CAMEO event code, as text (039)"),
                Column("cameo_name", .text, "the code's name in CAMEO"),
                Column("reciprocal", .boolean, "whether two sides do it together: its statements have participants"),
            ]),
        listTable(
            "act_verbs", "the phrases queries use for an act, the usual one first", owner: "act", of: "acts",
            [Column("verb", .text, "offering mediation")]),
        Table(
            "sources", "the reports facts are taken from",
            [
                Column("id", .text, "the source's id"),
                Column("position", .integer, "its place in the model's order, from 1"),
                Column("outlet", .text, "who published it"),
                Column("date", .text, "the day it came out"),
                Column("title", .text, "its title"),
                Column("url", .text, optional: true, "its address"),
            ]),
        listTable(
            "source_wire_inputs", "wire services whose material a report carries", owner: "source", of: "sources",
            [Column("wire_input", .text, "PTI")]),
        Table(
            "actors", "states, governments, forces, groups, bodies and people",
            [
                Column("id", .text, "the actor's id"),
                Column("position", .integer, "its place in the model's order, from 1"),
                Column("name", .text, "its name"),
                Column("kind", .text, "state, government, armed force, armed group, organisation or person"),
                Column("role", .text, optional: true, "for a person, the office held"),
                Column("represents", .text, optional: true, references: "actors", "the state or body it speaks for"),
                Column("part_of", .text, optional: true, references: "actors", "the larger actor it belongs to"),
                Column("note", .text, optional: true, "the model's note"),
                Column(
                    "side", .text, references: "actors",
                    "the state or body it speaks for at the top: its own id when it speaks for no one above it"),
            ]),
        listTable(
            "actor_aliases", "other names of an actor", owner: "actor", of: "actors",
            [Column("alias", .text, "Taliban")]),
        sourcesTable("actor_sources", owner: "actor", of: "actors"),
        Table(
            "records", "the data set rows events and statements were imported from, numbered by the export",
            [
                Column("id", .integer, "the export's number of the record, from 1"),
                Column("dataset", .text, "UCDP GED, ACLED or GDELT"),
                Column("release", .text, optional: true, "the data set's release (23.1)"),
                Column("row_id", .text, "the data set's own id of the row"),
                Column("file", .text, optional: true, "the file it was read from"),
                Column("line", .integer, optional: true, "the line it starts on"),
            ]),
        listTable(
            "record_columns", "the columns of a data set row the model has no field of its own for, as written",
            owner: "record", ownerType: .integer, of: "records",
            [Column("name", .text, "the data set's name of the column"), Column("value", .text, "its value, as written")]),
        Table(
            "events", "operations, attacks, air strikes, clashes",
            [
                Column("id", .text, "the event's id"),
                Column("position", .integer, "its place in the model's order, from 1"),
                Column("name", .text, "its name"),
                Column("kind", .text, "conflict, operation, attack, air strike, clash or other"),
                Column("date", .text, optional: true, "its date, or the first day of its range"),
                Column("date_end", .text, optional: true, "the last day of its range"),
                Column("date_note", .text, optional: true, "what the report says of the date when it gives none"),
                Column("place", .text, optional: true, "where, in words"),
                Column("part_of", .text, optional: true, references: "events", "the larger event it belongs to"),
                Column("status", .text, "asserted or alleged"),
                Column("alleged_by", .text, optional: true, references: "actors", "who alleges it"),
                Column("country", .text, optional: true, "the country a data set places it in"),
                Column("latitude", .real, optional: true, "decimal degrees"),
                Column("longitude", .real, optional: true, "decimal degrees"),
                Column("place_precision", .text, optional: true, "how precisely the place is known, in words"),
                Column("category", .text, optional: true, "the data set's type (UCDP's type of violence)"),
                Column("subcategory", .text, optional: true, "the data set's sub-type"),
                Column("record", .integer, optional: true, references: "records", "the data set row it came from"),
            ]),
        actorRolesTable(
            "event_actors", "who started an event, whom it was aimed at, and the sides of a fight no one is said to have started",
            owner: "event", of: "events", roles: "initiator, target or side"),
        sourcesTable("event_sources", owner: "event", of: "events"),
        Table(
            "claims", "every figure, as one side states it",
            [
                Column("id", .integer, "the claim's id"),
                Column("position", .integer, "its place in the model's order, from 1"),
                Column("event", .text, optional: true, references: "events", "the event it is about"),
                Column("measure", .text, references: "measures", "killed, destroyed, ..."),
                Column("counted", .text, "what was counted, in the report's words"),
                Column("unit", .text, references: "units", "the unit it counts in (the measure's when the claim names none)"),
                Column("party", .text, optional: true, references: "actors", "whose side the figure counts"),
                Column("value", .real, "the figure as stated"),
                Column("qualifier", .text, "exact, approximately, around, about, nearly, more than, at least, up to or less than"),
                Column("low", .real, "the low end of the interval the qualifier means"),
                Column("high", .real, optional: true, "its high end; NULL when unbounded (more than, at least)"),
                Column("claimant", .text, references: "actors", "who states it"),
                Column("stance", .text, "asserted, alleged or denied"),
                Column("as_of", .text, optional: true, "when the figure holds: a date, with the time of day if given"),
                Column("since", .text, optional: true, "the first day a running total covers"),
                Column("running_total", .boolean, "a total so far: revised by the claimant's later one, never added to it"),
                Column("note", .text, optional: true, "the model's note"),
                Column("part_of", .integer, optional: true, references: "claims", "the total this figure is a part of"),
            ]),
        sourcesTable("claim_sources", owner: "claim", ownerType: .integer, of: "claims"),
        Table(
            "statements", "verbal and diplomatic acts",
            [
                Column("id", .integer, "the statement's id"),
                Column("position", .integer, "its place in the model's order, from 1"),
                Column("act", .text, references: "acts", "the act"),
                Column("speaker", .text, optional: true, references: "actors", "who said or did it"),
                Column("represents", .text, optional: true, references: "actors", "the body the speaker speaks for"),
                Column("content", .text, optional: true, "what it alleges, demands, offers or rejects"),
                Column("channel", .text, optional: true, "how it was said"),
                Column("mode", .text, "done, offered or behind the scenes"),
                Column("quote", .text, optional: true, "the words quoted"),
                Column("answers", .integer, optional: true, references: "statements", "the statement it answers"),
                Column("date", .text, optional: true, "when"),
                Column("reported_by", .text, optional: true, references: "actors", "who relays it"),
                Column("cameo", .text, optional: true, "a CAMEO code of its own, when the act's is too coarse"),
                Column("record", .integer, optional: true, references: "records", "the data set row it came from"),
            ]),
        actorRolesTable(
            "statement_actors", "whom a statement is addressed to, who takes part in a reciprocal one, and whom it is about",
            owner: "statement", ownerType: .integer, of: "statements", roles: "target, participant or subject"),
        sourcesTable("statement_sources", owner: "statement", ownerType: .integer, of: "statements"),
    ]

    /// The columns the compiled queries look rows up by, beyond the keys: a claim's event,
    /// claimant, party and total, an event's larger event, who spoke, and the entries an actor is
    /// in; and whether a claim is a running total, which opening an engine asks. An actor's
    /// entries are indexed with the entry after the actor, so that a test of one entry's actors
    /// (`initiator = X`) finds its rows by both, whichever the engine's planner starts from. An
    /// index is no part of what a reader sees, so adding one leaves the version as it is.
    public static let indexes: [(table: String, columns: [String])] = [
        ("claims", ["event"]), ("claims", ["claimant"]), ("claims", ["party"]), ("claims", ["part_of"]),
        ("claims", ["running_total"]), ("events", ["part_of"]), ("event_actors", ["actor", "event"]),
        ("statements", ["speaker"]), ("statement_actors", ["actor", "statement"]),
    ]

    /// The table named so; the layout's own names only.
    public static func table(_ name: String) -> Table {
        guard let table = tables.first(where: { $0.name == name }) else { preconditionFailure("no table \(name)") }
        return table
    }

    /// A list that belongs to an entry: the entry's key, the item's position, then the item.
    private static func listTable(
        _ name: String, _ summary: String, owner: String, ownerType: ColumnType = .text, of parent: String, _ items: [Column]
    ) -> Table {
        Table(
            name, summary,
            [
                Column(owner, ownerType, references: parent, "the \(owner)"),
                Column("position", .integer, "its place in the list, from 1"),
            ] + items, primaryKey: [owner, "position"])
    }

    /// The actors an entry names in several roles, as one list a role: the entry, the role, the
    /// actor's place among that role's, the actor.
    private static func actorRolesTable(
        _ name: String, _ summary: String, owner: String, ownerType: ColumnType = .text, of parent: String, roles: String
    ) -> Table {
        Table(
            name, summary,
            [
                Column(owner, ownerType, references: parent, "the \(owner)"),
                Column("role", .text, roles),
                Column("position", .integer, "its place among the \(owner)'s actors of that role, from 1"),
                Column("actor", .text, references: "actors", "the actor"),
            ], primaryKey: [owner, "role", "position"])
    }

    /// Where an entry was read: one row a source reference, in the entry's order.
    private static func sourcesTable(_ name: String, owner: String, ownerType: ColumnType = .text, of parent: String) -> Table {
        listTable(
            name, "where each \(owner) was read: source, paragraph (0 is the headline) and excerpt", owner: owner,
            ownerType: ownerType, of: parent,
            [
                Column("source", .text, references: "sources", "the source"),
                Column("paragraph", .integer, "the paragraph, 0 for the headline"),
                Column("excerpt", .text, "the words that carry the fact"),
                Column("role", .text, "reported, or restated for the outlet's own rounding or summary"),
            ])
    }
}

/// A column's type, which each dialect spells its own way.
public enum ColumnType: Sendable {
    case text, integer, real, boolean
}

/// One column: its name, type, whether it may be NULL, and the table whose key it holds.
public struct Column: Sendable {
    public let name: String
    public let type: ColumnType
    public let optional: Bool
    /// The table whose primary key (a single `id` column) this column holds, if any.
    public let references: String?
    /// What it holds, for the README and the schema's comments.
    public let summary: String

    init(_ name: String, _ type: ColumnType, optional: Bool = false, references: String? = nil, _ summary: String) {
        self.name = name
        self.type = type
        self.optional = optional
        self.references = references
        self.summary = summary
    }
}

/// One table: its columns in order and its primary key (`id` unless said otherwise).
public struct Table: Sendable {
    public let name: String
    public let summary: String
    public let columns: [Column]
    public let primaryKey: [String]

    init(_ name: String, _ summary: String, _ columns: [Column], primaryKey: [String] = ["id"]) {
        self.name = name
        self.summary = summary
        self.columns = columns
        self.primaryKey = primaryKey
    }

    /// `claims.csv`: the file the table's rows are written to.
    public var fileName: String { name + ".csv" }
}
