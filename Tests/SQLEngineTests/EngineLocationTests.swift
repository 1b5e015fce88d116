import SQLEngines
import Testing

@Suite struct EngineLocationTests {
    @Test func holdsItsDialect() {
        #expect(EngineLocation(dialect: .duckdb, address: "a.duckdb").dialect == .duckdb)
    }
}
