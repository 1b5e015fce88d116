/// A test of the numbers a store's column holds (a text's place in the table, a year), made once
/// per number: a column of a million rows holds a few thousand texts, and rows next to each other
/// mostly hold the same one (a claim's event's country), which is kept apart and asked first.
///
/// Unchecked Sendable: a query runs on one thread, and the test lives as long as the query.
final class NumberTest: @unchecked Sendable {
    private let passes: (Int) -> Bool
    private var known: [Int: Bool] = [:]
    private var last = (number: Int.min + 1, passes: false)

    init(_ passes: @escaping (Int) -> Bool) { self.passes = passes }

    func callAsFunction(_ number: Int) -> Bool {
        if number == last.number { return last.passes }
        let result: Bool
        if let found = known[number] {
            result = found
        } else {
            result = passes(number)
            known[number] = result
        }
        last = (number, result)
        return result
    }
}
