import ConflictModel
import ConflictQuery
import ModelFileFormat

/// Any bytes as a model store (`*.cqstore`): an error naming the byte where it is damaged, or a
/// model that passes the checks, answers queries from its rows where they lie (or says its store
/// is damaged), and, when no value of its rows was found out of range, writes back to a store that
/// reads back equal; never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStore(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let model = try? ModelFiles.loadStore(bytes: bytes, path: "fuzz.cqstore") else { return 0 }
    // Each reads other columns: conditions, groups, sums with their totals and parts, a listing.
    for query in [
        "count events by category, year", "sum killed by party, country with intervals",
        "claims where value > 1 or counted contains \"side\" order by as_of limit 5",
        "events where side = x or date >= 2000 order by date", "show claim 1", "values of place in events",
    ] {
        _ = try? QueryEngine(model: model).run(query)
    }
    let whole = model.materialized()
    // A value out of range reads as empty: such a store is reported damaged, not written again.
    guard model.rows?.damagedAt == nil else { return 0 }
    let again = ModelFiles.exportStore(whole)
    do {
        guard try ModelFiles.loadStore(bytes: again, path: "again.cqstore") == whole else {
            fatalError("a store written again reads back different")
        }
    } catch {
        fatalError("a store written again does not load: \(error)")
    }
    return 0
}
