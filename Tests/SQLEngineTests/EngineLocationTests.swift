import ConflictQuery
import SQLEngines
import SQLExport
import Testing

@Suite struct EngineLocationTests {
    @Test(arguments: [
        ("sqlite:conflict.db", SQLDialect.sqlite, "conflict.db"),
        ("sqlite:/tmp/any name", .sqlite, "/tmp/any name"),
        ("duckdb:data/c.ddb", .duckdb, "data/c.ddb"),
        ("conflict.db", .sqlite, "conflict.db"),
        ("/data/Conflict.SQLITE", .sqlite, "/data/Conflict.SQLITE"),
        ("x.sqlite3", .sqlite, "x.sqlite3"),
        ("../c.duckdb", .duckdb, "../c.duckdb"),
        ("postgres://localhost/conflict", .postgres, "postgres://localhost/conflict"),
        ("postgresql:///conflict?host=/tmp&port=5433", .postgres, "postgresql:///conflict?host=/tmp&port=5433"),
    ])
    func readsEachForm(_ text: String, _ dialect: SQLDialect, _ address: String) throws {
        let location = try EngineLocation(parsing: text)
        #expect(location == EngineLocation(dialect: dialect, address: address))
    }

    @Test(arguments: ["conflict.csv", "mysql://localhost/x", "sqlite:", "duckdb:", "", "postgres:/x", "c.duckdb.bak"])
    func refusesAnythingElseListingTheForms(_ text: String) {
        let error = engineError { _ = try EngineLocation(parsing: text) }
        #expect(error?.kind == .connection)
        #expect(error?.message.contains("sqlite:FILE, duckdb:FILE, postgres://") == true, "\(error?.message ?? "no error")")
    }

    @Test func keepsThePasswordForPsqlButNeverShowsIt() throws {
        let text = "postgresql://bob:s3cret@db.example:5432/conflict?sslmode=require&password=other&application_name=q"
        let location = try EngineLocation(parsing: text)
        #expect(location.address == text)
        #expect(location.description == "postgresql://bob@db.example:5432/conflict?sslmode=require&application_name=q")
        let connection = try PostgresConnection(uri: text, program: "/bin/true")
        #expect(connection.location == location.description)
    }

    @Test(arguments: [
        ("postgres://bob:pa:ss@host/db", "postgres://bob@host/db"),
        ("postgres://bob@host/db", "postgres://bob@host/db"),
        ("postgres://host?password=x", "postgres://host"),
        ("postgres://u:p%40q@[::1]:5432", "postgres://u@[::1]:5432"),
        // Found by FuzzEngineOutput: an address pasted twice hid only its first password.
        ("postgresql://me:s3cret@ostgresql://me:s3cret@x", "postgresql://me@ostgresql://me@x"),
    ])
    func passwordsAreLeftOut(_ text: String, _ shown: String) throws {
        #expect(try EngineLocation(parsing: text).description == shown)
    }

    @Test func anUnknownURLsPasswordIsNotInTheMessage() {
        let error = engineError { _ = try EngineLocation(parsing: "mysql://bob:s3cret@host/db") }
        #expect(error?.message.contains("s3cret") == false)
        #expect(error?.message.contains("mysql://bob@host/db") == true)
    }

    @Test func filesAreShownWithTheirEngine() throws {
        #expect(try EngineLocation(parsing: "c.duckdb").description == "duckdb:c.duckdb")
        #expect(try EngineLocation(parsing: "sqlite:c.data").description == "sqlite:c.data")
    }
}
