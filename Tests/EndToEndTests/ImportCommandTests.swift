import Foundation
import TestSupport
import Testing

/// `conflictq import` as a user runs it: what it writes, what it says, and its exit status.
@Suite struct ImportCommandTests {
    static let fixture = "Tests/DataSetImportTests/Fixtures/ged-afghanistan-pakistan.csv"
    static let header =
        "id,type_of_violence,side_a,side_b,country,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,low,high"

    @Test func theFixtureImportsAndLoadsBesideTheTimeline() throws {
        let scratch = try TemporaryDirectory()
        let imported = try BinaryRun.run(["import", "ucdp", Self.fixture, "--release", "23.1", "--output", scratch.file("ged.yaml")])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.contains("imported 169 of 169 UCDP GED rows: 169 events, 834 claims, 0 statements"))
        #expect(imported.stderr.contains("warning: \(Self.fixture):4: column low: the best estimate 2 is below the low one, 3"))
        let query = try BinaryRun.run([
            "--model", "timeline", "--model", scratch.file("ged.yaml"), "--format", "csv",
            "-c", "sum killed according to UCDP where party = TTP",
        ])
        #expect(query.status == 0, "\(query.stderr)")
        #expect(query.stdout == "claimant,party,unit,sum killed,claims\nUppsala Conflict Data Program,Tehreek-i-Taliban Pakistan,people,exactly 42,22\n")
    }

    @Test func aBadRowWritesNothingAndExitsOne() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write(Self.header + "\n1,1,A,B,X,2020-01-01,2020-01-01,one,0,0,0,0,0,0\n", to: "bad.csv")
        let run = try BinaryRun.run(["import", "ucdp", scratch.file("bad.csv"), "--output", scratch.file("out.yaml")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("bad.csv:2: column deaths_a: \"one\" is not a whole number of 0 or more"))
        #expect(run.stderr.contains("nothing was imported: 1 problem above; fix the rows, or pass --skip-bad-rows to leave them out"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("out.yaml")))
    }

    @Test func skippingBadRowsListsEachOneAndImportsTheRest() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write(
            Self.header + "\n1,1,A,B,X,2020-01-01,2020-01-01,one,0,0,0,0,0,0\n2,1,A,B,X,2020-01-01,2020-01-01,1,0,0,0,1,1,1\n",
            to: "mixed.csv")
        let run = try BinaryRun.run(["import", "ucdp", scratch.file("mixed.csv"), "--skip-bad-rows"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("mixed.csv:2: column deaths_a"))
        #expect(run.stderr.contains("1 row was left out, each listed above"))
        #expect(run.stdout.contains("id: ucdp-2\n"))
        #expect(!run.stdout.contains("id: ucdp-1\n"))
    }

    @Test func unresolvedNamesAreListedWithTheirRows() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write(Self.header + "\n1,2,Taleban,Northern Militia,Afghanistan,2020-01-01,2020-01-01,1,0,0,0,1,1,1\n", to: "u.csv")
        let run = try BinaryRun.run(["import", "ucdp", scratch.file("u.csv"), "--unresolved"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "1\tNorthern Militia\n")
    }

    @Test(arguments: [
        (["import", "ucpd", "x.csv"], "no data set \"ucpd\"; conflictq imports ucdp, acled, gdelt; did you mean \"ucdp\"?"),
        (["import", "ucdp"], "no file to import: give one or more ucdp files"),
    ])
    func usageErrorsExitTwo(arguments: [String], message: String) throws {
        let run = try BinaryRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
    }

    @Test func aFileThatCannotBeReadExitsOne() throws {
        let run = try BinaryRun.run(["import", "ucdp", "/no/such/file.csv"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/no/such/file.csv"))
    }

    @Test func aFileOfAnotherDataSetIsNamedAsSuch() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("event_id_cnty,event_date,actor1,fatalities\nAFG1,2020-01-01,X,3\n", to: "acled.csv")
        let run = try BinaryRun.run(["import", "ucdp", scratch.file("acled.csv")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("acled.csv:1: this is not a UCDP GED file that conflictq knows"))
    }
}

/// The README's example of an import, run as it is written there, with the answer it shows.
@Suite struct ImportReadmeExampleTests {
    @Test func theReadmesImportAnswersAsShown() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Importing data sets").dropFirst().first)
        let shown = try #require(section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        let scratch = try TemporaryDirectory()
        let imported = try BinaryRun.run([
            "import", "ucdp", ImportCommandTests.fixture, "--release", "23.1", "--output", scratch.file("ged.yaml"),
        ])
        #expect(imported.status == 0)
        let query = try BinaryRun.run(["--model", "timeline", "--model", scratch.file("ged.yaml"), "-c", "sum killed where party = \"Afghan Taliban\""])
        #expect(query.stdout + query.stderr == shown)
    }

    /// The store's example: its import, then its query, answering as the README shows.
    @Test func theReadmesStoreAnswersAsShown() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "**Stores, for more rows").dropFirst().first)
        let example = try #require(section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        let shown = try #require(section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        let query = try #require(example.split(separator: "\n").dropFirst().first?.components(separatedBy: "'").dropFirst().first)
        let scratch = try TemporaryDirectory()
        let imported = try BinaryRun.run([
            "import", "ucdp", ImportCommandTests.fixture, "--release", "23.1", "--output", scratch.file("ged.cqstore"),
        ])
        #expect(imported.status == 0)
        #expect(example.hasPrefix("conflictq import ucdp Tests/DataSetImportTests/Fixtures/ged-afghanistan-pakistan.csv --release 23.1"))
        let answer = try BinaryRun.run(["--model", scratch.file("ged.cqstore"), "-c", query])
        #expect(answer.status == 0)
        #expect(answer.stdout + answer.stderr == shown)
    }
}

/// `--update`: a newer release brought into an earlier import, rows revised, added and removed.
@Suite struct ImportUpdateCommandTests {
    static let header = ImportCommandTests.header
    static func row(_ id: Int, deaths: Int) -> String {
        "\(id),1,Government of Pakistan,TTP,Pakistan,2020-01-0\(id),2020-01-0\(id),\(deaths),0,0,0,\(deaths),\(deaths),\(deaths)"
    }

    @Test func aRevisedRowReplacesItsFiguresAndAWholeReleaseRemovesWhatItNoLongerGives() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write([Self.header, Self.row(1, deaths: 1), Self.row(2, deaths: 2)].joined(separator: "\n") + "\n", to: "r1.csv")
        try scratch.write([Self.header, Self.row(2, deaths: 5), Self.row(3, deaths: 3)].joined(separator: "\n") + "\n", to: "r2.csv")
        let ged = scratch.file("ged.yaml")
        #expect(try BinaryRun.run(["import", "ucdp", scratch.file("r1.csv"), "--release", "1.1", "--output", ged]).status == 0)
        func total() throws -> String {
            try BinaryRun.run([
                "--model", "timeline", "--model", ged, "--format", "csv",
                "-c", "sum killed according to UCDP where counted = people by event",
            ]).stdout
        }

        let extended = try BinaryRun.run(["import", "ucdp", scratch.file("r2.csv"), "--release", "1.2", "--update", ged])
        #expect(extended.status == 0, "\(extended.stderr)")
        #expect(extended.stderr.contains("ged.yaml: 1 row revised, 1 added, 0 removed"))
        // Row 2's figures are the new release's, never beside the old ones; row 1 stays.
        #expect(try total() == """
            event,claimant,party,unit,sum killed,claims
            2020-01-01,Uppsala Conflict Data Program,,people,exactly 1,1
            2020-01-02,Uppsala Conflict Data Program,,people,exactly 5,1
            2020-01-03,Uppsala Conflict Data Program,,people,exactly 3,1

            """)

        let whole = try BinaryRun.run(["import", "ucdp", scratch.file("r2.csv"), "--update", ged, "--whole-release"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(whole.stderr.contains("ged.yaml: 2 rows revised, 0 added, 1 removed"))
        #expect(try total().components(separatedBy: "\n").filter { $0.hasPrefix("2020-01-01") }.isEmpty)
    }

    @Test func aWholeReleaseNeedsAnImportToUpdate() throws {
        let run = try BinaryRun.run(["import", "ucdp", "x.csv", "--whole-release"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--whole-release says what the files are to an --update"))
    }
}

@Suite struct ImportSizeLimitTests {
    /// A model file over the size limit could never be loaded, so none is written.
    @Test func anImportTooLargeForAModelFileWritesNothing() throws {
        let scratch = try TemporaryDirectory()
        let rows = (1...12_000).map {
            "\($0),1,Government of Pakistan,TTP,Pakistan,2020-01-01,2020-01-01,1,0,0,0,1,1,1"
        }
        try scratch.write(([ImportCommandTests.header] + rows).joined(separator: "\n") + "\n", to: "big.csv")
        let run = try BinaryRun.run(["import", "ucdp", scratch.file("big.csv"), "--output", scratch.file("big.yaml")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing was written: the model file of 12000 rows would be"))
        #expect(run.stderr.contains("more than the 16 MiB a model file may have"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("big.yaml")))
    }
}

@Suite struct ImportStoreCommandTests {
    /// `--output FILE.cqstore` writes a store, which answers as the model file does.
    @Test func aStoreAnswersAsTheModelFileDoes() throws {
        let scratch = try TemporaryDirectory()
        let imported = try BinaryRun.run([
            "import", "ucdp", ImportCommandTests.fixture, "--release", "23.1", "--output", scratch.file("ged.cqstore"),
        ])
        #expect(imported.status == 0, "\(imported.stderr)")
        let query = ["--format", "csv", "-c", "sum killed according to UCDP where party = TTP"]
        let store = try BinaryRun.run(["--model", "timeline", "--model", scratch.file("ged.cqstore")] + query)
        let file = try BinaryRun.run(["--model", "timeline", "--model", "Tests/ConflictQueryTests/Models/ged-afghanistan-pakistan.yaml"] + query)
        #expect(store.status == 0, "\(store.stderr)")
        #expect(store.stdout == file.stdout && store.stdout.contains("exactly 42"))
        let check = try BinaryRun.run(["--check", scratch.file("ged.cqstore")])
        // Its rows are counted with its entries: 169 rows and the 12 conflicts they are part of.
        #expect(check.status == 0 && check.stdout.contains("ok: 1 source, 26 actors, 181 events, 834 claims"), "\(check.stdout)\(check.stderr)")
        let exported = try BinaryRun.run(["--model", scratch.file("ged.cqstore"), "--export-model"])
        // The 181 events, and the data set as the source they cite (ucdp-ged-23.1).
        #expect(exported.stdout.components(separatedBy: "\n  - id: ucdp-").count - 1 == 181 + 1)
    }

    /// `--update` of a store keeps its rows and adds the new release's.
    @Test func anUpdatedStoreKeepsItsRows() throws {
        let scratch = try TemporaryDirectory()
        let store = scratch.file("ged.cqstore")
        #expect(try BinaryRun.run(["import", "ucdp", ImportCommandTests.fixture, "--release", "23.1", "--output", store]).status == 0)
        let rows = try String(contentsOfFile: PackagePaths.root + "/" + ImportCommandTests.fixture, encoding: .utf8).split(separator: "\n")
        // Two rows under new ids: added, the 169 kept.
        try scratch.write(([rows[0]] + rows[1...2].map { "9" + $0 }).joined(separator: "\n") + "\n", to: "next.csv")
        let update = try BinaryRun.run(["import", "ucdp", scratch.file("next.csv"), "--release", "23.2", "--update", store])
        #expect(update.status == 0 && update.stderr.contains("0 rows revised, 2 added, 0 removed"), "\(update.stderr)")
        let count = try BinaryRun.run(["--model", store, "--format", "csv", "-c", "count events where kind != conflict"])
        #expect(count.stdout == "count\n171\n")
    }

    @Test func aDamagedStoreIsAModelError() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("CQSTORE", to: "cut.cqstore")
        let run = try BinaryRun.run(["--model", scratch.file("cut.cqstore"), "-c", "count events"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("the store is damaged at byte 7"), "\(run.stderr)")
    }
}
