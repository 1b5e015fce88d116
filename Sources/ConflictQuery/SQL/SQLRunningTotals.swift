import ConflictModel

/// `RunningTotals.latest` in SQL: of each claimant's running totals of one measure, unit series,
/// side and event, only the latest answers, with the figures given with it as parts of one count
/// (the same report, the same time), unless one of those is the sum of the others (a breakdown:
/// then that total alone); and an incident count that may fall within a kept total's period is
/// left out, as the total takes it in.
///
/// The tables read `figures` (the claims to add or compare, with the columns `SQLAggregate`'s
/// `base` gives them) and end in `series`: the figures kept. The counts the notes need are
/// `counts`' columns.
struct SQLRunningTotals {
    let catalog: ConflictModel

    /// A unit's series: the first unit of the chain it continues (`Vocabulary.seriesUnit`).
    private var seriesUnit: String {
        let continued = catalog.vocabulary.units.filter { $0.continues != nil }
        guard !continued.isEmpty else { return "unit" }
        let cases = continued.map { "WHEN \(sqlLiteral($0.id)) THEN \(sqlLiteral(catalog.vocabulary.seriesUnit(of: $0.id)))" }
        return "(CASE unit \(cases.joined(separator: " ")) ELSE unit END)"
    }

    private static let sameSeries = ["claimant", "measure", "su", "party", "event"]

    private static func same(_ columns: [String], _ a: String, _ b: String) -> String {
        columns.map { "\(a).\($0) IS NOT DISTINCT FROM \(b).\($0)" }.joined(separator: " AND ")
    }

    var tables: [String] {
        let later = "(CASE WHEN as_of IS NULL THEN 0 ELSE 1 END) DESC, as_of DESC, id DESC"
        let sameSide = Self.same(["claimant", "measure", "su", "party"], "i", "k")
        return [
            "totals AS (SELECT figures.*, \(seriesUnit) AS su FROM figures WHERE rt)",
            "ranked_totals AS (SELECT totals.*, row_number() OVER (PARTITION BY \(Self.sameSeries.joined(separator: ", ")) "
                + "ORDER BY \(later)) AS rank FROM totals)",
            "newest AS (SELECT * FROM ranked_totals WHERE rank = 1)",
            // Given in the same report for the same time as the newest: parts of one count with it.
            "count_parts AS (SELECT o.id, o.pos, n.id AS newest FROM ranked_totals o JOIN newest n ON \(Self.same(Self.sameSeries, "o", "n")) "
                + "AND o.id <> n.id AND o.as_of IS NOT DISTINCT FROM n.as_of AND EXISTS (SELECT 1 FROM claim_sources a "
                + "JOIN claim_sources b ON a.source = b.source WHERE a.claim = o.id AND b.claim = n.id))",
            "count_groups AS (SELECT id AS newest, id AS member, 0 AS pos FROM newest UNION ALL SELECT newest, id, pos FROM count_parts)",
            "group_sums AS (SELECT g.newest, count(*) AS size, sum(f.v) AS total, min(CASE WHEN f.q = 'exact' THEN 1 ELSE 0 END) AS exact "
                + "FROM count_groups g JOIN figures f ON f.id = g.member GROUP BY g.newest)",
            // A breakdown's total: the first figure of the group (the newest, then the parts in
            // order) that is the sum of the others.
            "breakdown_totals AS (SELECT s.newest, (SELECT g.member FROM count_groups g JOIN figures f ON f.id = g.member "
                + "WHERE g.newest = s.newest AND f.v * 2 = s.total ORDER BY g.pos LIMIT 1) AS total FROM group_sums s "
                + "WHERE s.size >= 3 AND s.exact = 1)",
            "in_breakdowns AS (SELECT g.member FROM count_groups g JOIN breakdown_totals b ON b.newest = g.newest "
                + "WHERE b.total IS NOT NULL AND g.member <> b.total)",
            "kept_totals AS (SELECT g.member AS id FROM count_groups g LEFT JOIN in_breakdowns b ON b.member = g.member WHERE b.member IS NULL)",
            // The events a kept total takes in: its own and its parts at any depth.
            "total_events(root, id) AS (SELECT DISTINCT event, event FROM newest WHERE event IS NOT NULL "
                + "UNION SELECT total_events.root, x.id FROM events x JOIN total_events ON x.part_of = total_events.id)",
            "incidents AS (SELECT figures.*, \(seriesUnit) AS su FROM figures WHERE NOT rt)",
            "covered AS (SELECT i.id FROM incidents i WHERE EXISTS (SELECT 1 FROM newest k WHERE \(sameSide) AND "
                + "(i.as_of IS NULL OR ((k.as_of IS NULL OR \(SQLCondition.lastDay("k.as_of")) >= \(SQLCondition.firstDay("i.as_of"))) "
                + "AND (k.since IS NULL OR \(SQLCondition.lastDay("i.as_of")) >= \(SQLCondition.firstDay("k.since"))))) AND "
                + "(k.event IS NULL OR k.event = i.event OR i.event IN (SELECT id FROM total_events WHERE root = k.event))))",
            "series AS (SELECT f.* FROM figures f LEFT JOIN kept_totals t ON t.id = f.id LEFT JOIN covered c ON c.id = f.id "
                + "WHERE t.id IS NOT NULL OR (NOT f.rt AND c.id IS NULL))",
        ]
    }

    /// Revised totals left out, totals kept as parts of one count, parts of a breakdown left
    /// out, incident counts within a kept total's period: `FigureNotes`' four series counts.
    static let counts = [
        "(SELECT count(*) FROM totals) - (SELECT count(*) FROM kept_totals) - (SELECT count(*) FROM in_breakdowns)",
        "(SELECT count(*) FROM kept_totals) - (SELECT count(*) FROM newest)",
        "(SELECT count(*) FROM in_breakdowns)",
        "(SELECT count(*) FROM covered)",
    ]
}
