import Foundation
import TestSupport
import Testing

/// `conflictq -c QUERY` in every format, and the exit status of every kind of failure.
@Suite struct OneShotTests {
    static let query = "sum killed + injured where party = \"Afghan Taliban\""

    @Test func aTableInAPipeIsPlainASCIIWithNumbersOnTheRight() throws {
        let run = try BinaryRun.run(["-c", "count claims by claimant"], environment: ["COLUMNS": "20"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(
            run.stdout == """
                +-----------------+-------+
                | claimant        | count |
                +-----------------+-------+
                | Attaullah Tarar |     6 |
                | Pakistan        |     1 |
                | National Herald |     1 |
                +-----------------+-------+

                """)
        #expect(try BinaryRun.run(["-c", Self.query]).stdout.contains("|        more than 747 |"))
    }

    /// A chart in a pipe is drawn in ASCII at 80 columns; in CSV or JSON its data comes instead.
    @Test func aChartIsDrawnOnlyInTheTableFormat() throws {
        let query = "chart history killed according to Tarar"
        let drawn = try BinaryRun.run(["--model", "timeline", "-c", query])
        #expect(drawn.status == 0)
        #expect(drawn.stdout.hasPrefix("killed (people)\n 800 +\n"))
        #expect(drawn.stdout.contains("* Attaullah Tarar on Afghan Taliban\n"))
        let drawing = drawn.stdout.split(separator: "\n").prefix { !$0.hasPrefix("1 count") }
        #expect(drawing.count == 13)
        #expect(drawing.allSatisfy { $0.count <= 80 && $0.allSatisfy(\.isASCII) })

        let csv = try BinaryRun.run(["--model", "timeline", "--format", "csv", "-c", query])
        #expect(csv.status == 0)
        #expect(csv.stdout.hasPrefix("as_of,claimant,party,measure,value,change,unit,counted,claim,reported,outlets\n"))
        #expect(csv.stdout.contains("2026-03-11,Attaullah Tarar,Afghan Taliban,killed,exactly 641,+114,"))
        let json = try BinaryRun.run(["--model", "timeline", "--format", "json", "-c", "chart sum killed by party according to Tarar"])
        #expect(json.status == 0)
        #expect(json.stdout.contains("\"sum killed\""))
    }

    @Test func csv() throws {
        let run = try BinaryRun.run(["--format", "csv", "-c", "statements where channel = \"X\""])
        #expect(run.status == 0)
        #expect(
            run.stdout == """
                id,speaker,act,target,participant,content,channel,mode
                7,Allison Hooker,support,Pakistan,,Pakistan's right to defend itself against Taliban attacks,X,done
                11,Abbas Araghchi,mediation-offer,"Pakistan, Afghan Taliban",,any assistance needed to facilitate dialogue between the two countries,X,offered

                """)
    }

    @Test func jsonKeepsQualifiersIntervalsAndSources() throws {
        let run = try BinaryRun.run(["--format", "json", "-c", Self.query])
        #expect(run.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let row = try #require((document["rows"] as? [[String: Any]])?.first)
        let total = try #require(row["sum killed + injured"] as? [String: Any])
        #expect(total["value"] as? Int == 747)
        #expect(total["qualifier"] as? String == "more than")
        #expect(total["low"] as? Int == 748)
        #expect(total["high"] is NSNull)
        #expect(total["text"] as? String == "more than 747")
        #expect((row["claimant"] as? [String: Any])?["id"] as? String == "attaullah-tarar")
        #expect((row["sources"] as? [[String: Any]])?.isEmpty == false)
        #expect(document["notes"] is [Any])
    }

    @Test func markdown() throws {
        let run = try BinaryRun.run(["--format", "markdown", "-c", "count claims by claimant"])
        #expect(
            run.stdout == """
                | claimant | count |
                | --- | ---: |
                | Attaullah Tarar | 6 |
                | Pakistan | 1 |
                | National Herald | 1 |

                """)
    }

    @Test func repeatedCommandsRunInOrder() throws {
        let run = try BinaryRun.run(["--format", "csv", "-c", "count claims by claimant", "-c", ".format json", "-c", "measures"])
        #expect(run.status == 0)
        let parts = run.stdout.split(separator: "\n", maxSplits: 4)
        #expect(parts.first == "claimant,count")
        #expect(run.stdout.contains("{\"columns\":[{\"name\":\"measure\""))
    }

    @Test func anEmptyResultSaysWhyAndSucceeds() throws {
        let run = try BinaryRun.run(["-c", "sum killed where party = Pakistan"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("no claim matches"))
    }

    @Test func aQueryErrorExitsOneOnStandardErrorAndStopsTheRest() throws {
        let run = try BinaryRun.run(["-c", "measures", "-c", "sum kiled", "-c", "acts"])
        #expect(run.status == 1)
        #expect(run.stderr == "query:1:5: error: unknown measure \"kiled\"; did you mean \"killed\"?\nsum kiled\n    ^~~~~\n")
        #expect(run.stdout.contains("| killed "))
        #expect(!run.stdout.contains("mediation-offer"))
    }

    @Test func anUnknownDotCommandExitsOne() throws {
        let run = try BinaryRun.run(["-c", ".fromat csv"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("did you mean .format?"))
    }

    @Test(arguments: [
        (
            "count claims where " + String(repeating: "(", count: 10_000) + "measure = killed"
                + String(repeating: ")", count: 10_000),
            "<stdin>:1:120: error: the condition nests more than 100 deep"
        ),
        (
            "claims where note contains \"" + String(repeating: "x", count: 200_000) + "\"",
            "<stdin>:1:1: error: the query is 200029 bytes long; the limit is 100000"
        ),
        ("claims where " + Array(repeating: "value > 1", count: 1_001).joined(separator: " and "), "more than 1000 tests"),
    ])
    func aHostileQueryExitsOneWithItsMessage(query: String, message: String) throws {
        // On standard input: an argument may not be longer than 128 KB.
        let run = try BinaryRun.run([], input: query + "\nmeasures\n")
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains(message))
        // However long the query, the error shows one short line of it.
        #expect(run.stderr.count < 1_000)
    }

    @Test(arguments: [
        ["--no-such-flag"], ["--format", "xml", "-c", "actors"], ["--color", "sometimes"], ["-c"],
        ["--check", "x.yaml", "-c", "actors"],
    ])
    func aUsageErrorExitsTwo(arguments: [String]) throws {
        let run = try BinaryRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(!run.stderr.isEmpty)
    }

    /// An empty argument is a shell variable that was never set, not a file to look for.
    @Test(arguments: [
        (["--model", "", "-c", "actors"], "Error: --model was given an empty file name\n"),
        (["--check", ""], "Error: --check was given an empty file name\n"),
        (["-c", "actors", ""], "Error: a script's file name is empty\n"),
    ])
    func anEmptyFileNameIsAUsageError(arguments: [String], message: String) throws {
        let run = try BinaryRun.run(arguments)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix(message))
    }

    @Test func aModelErrorExitsThree() throws {
        let run = try BinaryRun.run(["--model", "no-such-model.yaml", "-c", "actors"])
        #expect(run.status == 3)
        #expect(run.stderr.hasPrefix("no-such-model.yaml:1:1: error:"))
    }

    @Test func aFailedLoadExitsThree() throws {
        let run = try BinaryRun.run(["-c", ".load no-such-model.yaml", "-c", "actors"])
        #expect(run.status == 3)
        #expect(run.stderr.contains("cannot load no-such-model.yaml"))
        #expect(run.stdout == "")
    }

    @Test func colourOnlyWhenAskedForInAPipe() throws {
        #expect(!(try BinaryRun.run(["-c", "measures"]).stdout.contains("\u{1B}")))
        #expect(try BinaryRun.run(["--color", "always", "-c", "measures"]).stdout.contains("\u{1B}[1m"))
        #expect(try BinaryRun.run(["--color", "always", "-c", "sum kiled"]).stderr.contains("\u{1B}[1;31merror:"))
        #expect(!(try BinaryRun.run(["--color", "never", "-c", "sum kiled"]).stderr.contains("\u{1B}")))
    }

    @Test func helpDocumentsExitStatusesAndExamples() throws {
        let run = try BinaryRun.run(["--help"])
        #expect(run.status == 0)
        for text in [
            "-c, --command <query>", "--format <format>", "--color <when>", "Examples:", "Exit status:",
            "1  a query, script or dot-command failed", "2  usage error", "3  the model could not be loaded",
        ] {
            #expect(run.stdout.contains(text), "\(text)")
        }
    }

    @Test func versionPrintsTheVersion() throws {
        let run = try BinaryRun.run(["--version"])
        #expect(run.status == 0)
        // The commit it was built from, and whether the tree had changes; see VersionTests.
        let pattern = #"^conflictq \d+\.\d+\.\d+ \(([0-9a-f]{7,}(, modified)?|unknown commit)\)\n$"#
        #expect(run.stdout.range(of: pattern, options: .regularExpression) != nil, "\(run.stdout)")
    }
}
