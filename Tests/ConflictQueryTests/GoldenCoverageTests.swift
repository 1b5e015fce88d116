import ConflictModel
import ConflictQuery
import Testing

/// The golden files must reach every field of every entity, every measure and every act, so
/// that a new field cannot arrive untested.
@Suite struct GoldenCoverageTests {
    private static let queries = GoldenFile.cases().map { $0.query.lowercased() }

    private static func words(_ query: String) -> [String] {
        query.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }).map(String.init)
    }

    @Test(arguments: Entity.allCases)
    func everyFieldIsQueried(_ entity: Entity) throws {
        let table = try QueryEngine(model: .builtin).run("fields of \(entity.rawValue)")[0]
        let fields = table.rows.map { $0.values[1].text }
        let about = Self.queries.map(Self.words).filter { $0.prefix(2).contains(entity.rawValue) }
        for field in fields {
            #expect(about.contains { $0.dropFirst().contains(field) }, "no golden query on \(entity.rawValue) uses \(field)")
        }
    }

    @Test func everyMeasureAndActIsQueried() {
        let all = Set(Self.queries.flatMap(Self.words))
        for measure in ConflictModel.builtin.vocabulary.measures {
            #expect(all.contains(measure.id), "no golden query sums \(measure.id)")
        }
        for act in ConflictModel.builtin.vocabulary.acts {
            #expect(Self.queries.contains { $0.hasPrefix("actors \(act.verb)") }, "no golden query asks for actors \(act.verb)")
        }
    }
}
