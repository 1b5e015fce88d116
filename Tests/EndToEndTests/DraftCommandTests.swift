import Foundation
import TestSupport
import Testing

/// `conflictq draft REPORT` as a user runs it: the draft on standard output or in `--output`,
/// what was drafted and what to review on standard error, and a clear error with its exit status
/// for every kind of bad input.
@Suite struct DraftCommandTests {
    static let report = """
        Title: Border clash kills dozens
        Outlet: Example Wire
        Date: 2026-03-06
        ----
        Information minister Attaullah Tarar said on Thursday that 46 Afghan Taliban fighters had been killed since Monday.
        Twelve soldiers were killed, according to the army.

        """

    @Test func theDraftGoesToStandardOutputAndItsReviewToStandardError() throws {
        let run = try BinaryRun.run(["draft", "-"], input: Self.report)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("# A draft of the model of standard input, written by `conflictq draft`."))
        #expect(run.stdout.contains("    value: 46\n"))
        #expect(run.stderr.hasPrefix("standard input: 2 figures, 0 statements, "))
        #expect(run.stderr.contains(" for review:\n  claim "))
    }

    @Test func theDraftWrittenToAFileChecksAndLoadsBesideTheBuiltinModel() throws {
        let directory = try TemporaryDirectory()
        let report = directory.file("report.txt")
        try Self.report.write(toFile: report, atomically: true, encoding: .utf8)
        let draft = directory.file("draft.yaml")
        let run = try BinaryRun.run(["draft", report, "--output", draft])
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(try BinaryRun.run(["--check", draft]).status == 0)
        let answer = try BinaryRun.run(["--model", "builtin", "--model", draft, "-c", "history killed according to Tarar"])
        #expect(answer.status == 0)
        #expect(answer.stdout.contains("| 2026-03-05 | Attaullah Tarar | Afghan Taliban | killed  |  exactly 46 |"))
    }

    @Test(arguments: [
        (["draft", "missing.txt"], 1, "error: cannot read missing.txt"),
        (["draft", "-", "--date", "yesterday"], 2, "Error: --date takes a day, YYYY-MM-DD, not \"yesterday\""),
        (["draft", "-", "--words", "missing.yaml"], 3, "missing.yaml"),
        (["draft", "-", "--into", "missing.yaml"], 3, "missing.yaml"),
        (["draft"], 2, "Error: Missing expected argument '<report.txt>'"),
    ])
    func badInputIsAnErrorWithItsExitStatus(arguments: [String], status: Int32, message: String) throws {
        let run = try BinaryRun.run(arguments, input: Self.report)
        #expect(run.status == status)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test func aReportWithoutADateAsksForOne() throws {
        let run = try BinaryRun.run(["draft", "-"], input: "Clash at the border\n\nThe army said 12 soldiers were killed.\n")
        #expect(run.status == 2)
        #expect(run.stderr == "error: standard input gives no date (a line \"Date: YYYY-MM-DD\" before the dashes): pass --date\n")
        let dated = try BinaryRun.run(["draft", "-", "--date", "2026-03-06", "--outlet", "Example Wire"], input: "Clash at the border\n\nThe army said 12 soldiers were killed.\n")
        #expect(dated.status == 0)
        #expect(dated.stdout.contains("outlet: Example Wire"))
    }

    @Test func aReportIsReadWithTheLimitsOfAnyInput() throws {
        let empty = try BinaryRun.run(["draft", "-"], input: "")
        #expect(empty.status == 2)
        let control = try BinaryRun.run(["draft", "-"], input: "Title: T\nDate: 2026-03-01\n---\nA\u{1B}]0;X\u{07} said 3 soldiers were killed.\n")
        #expect(control.status == 1)
        #expect(control.stderr == "error: standard input:4:2: unexpected control character U+001B; a report is plain text\n")
        #expect(control.stdout == "")
        #expect(try BinaryRun.run(["draft", "/dev/zero"]).status == 1)
    }

    @Test func helpSaysWhatTheReportIs() throws {
        let run = try BinaryRun.run(["draft", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("optional header lines (URL:, Title:, Outlet:, Date:)"))
    }
}
