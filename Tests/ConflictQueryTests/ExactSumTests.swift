import ConflictDiagnostics
import ConflictModel
import ConflictQuery
import ModelFileFormat
import Testing

/// A figure is below 10^15, but a sum of many may pass 2^53, past which a sum can be off by one or
/// more without a sign of it: such a sum or average is an error, never an inexact figure, an
/// infinity or "NaN".
@Suite struct ExactSumTests {
    /// `count` claims by one claimant about one side, each of 999,999,999,999,999 with `qualifier`.
    private static func model(count: Int, qualifier: String = "exact") -> ConflictModel {
        let claims = (1...count).map {
            "  - {id: \($0), measure: killed, counted: people, value: 999999999999999, qualifier: \(qualifier), claimant: a, party: a}\n"
        }
        let text = """
            conflictq-model: 3
            vocabulary:
              units: [{id: people, description: people}]
              measures: [{id: killed, description: killed, unit: people}]
            actors:
              - {id: a, name: A, kind: state}
            claims:

            """ + claims.joined()
        do { return try ModelFiles.load(text: text, path: "large.yaml") } catch { fatalError("\(error)") }
    }

    private static func failure(_ query: String, on model: ConflictModel) -> Diagnostic? {
        do {
            _ = try QueryEngine(model: model).run(query)
            return nil
        } catch {
            return error
        }
    }

    /// Nine of them add up to 8,999,999,999,999,991, below 2^53: exact, and shown in full.
    @Test func aSumBelowTwoToTheFiftyThirdIsExactAndShownInFull() throws {
        let tables = try QueryEngine(model: Self.model(count: 9)).run("sum killed")
        #expect(tables.first?.rows.first?.values.contains(.quantity(Quantity(8_999_999_999_999_991))) == true)
        #expect(Quantity.format(8_999_999_999_999_991) == "8999999999999991")
    }

    @Test(arguments: [
        ("sum killed", "the sum of killed"),
        ("avg killed", "the average of killed needs the sum, which"),
    ])
    func aSumPastTwoToTheFiftyThirdIsAnError(query: String, start: String) {
        let error = Self.failure(query, on: Self.model(count: 10))
        #expect(
            error?.fullMessage
                == "\(start) for claimant A, party A, unit people is past 9,007,199,254,740,992 (2^53), the largest "
                + "whole number a sum holds exactly, so it cannot be given; ask for fewer figures at once (where, according to, by)")
        #expect(error?.range == SourceRange(4, 10))
    }

    /// Nine figures of "about 999,999,999,999,999" add up below 2^53, but the high end of their
    /// interval does not: the interval would be inexact, so the sum is refused too.
    @Test func anIntervalEndPastTheLimitIsAnErrorToo() {
        #expect(Self.failure("sum killed", on: Self.model(count: 9, qualifier: "about")) != nil)
        #expect(Self.failure("sum killed", on: Self.model(count: 8, qualifier: "about")) == nil)
    }

    /// Split into smaller groups, the same figures add up exactly.
    @Test func groupsBelowTheLimitAreAnswered() throws {
        let tables = try QueryEngine(model: Self.model(count: 10)).run("sum killed where id <= 9")
        #expect(tables.first?.rows.count == 1)
        #expect(Self.failure("sum killed by id", on: Self.model(count: 10)) == nil)
    }
}
