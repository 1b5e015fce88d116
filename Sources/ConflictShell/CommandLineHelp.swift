/// The examples and exit statuses that `conflictq --help` shows after the options.
///
/// Kept beside the shell rather than in the executable so that the same words are tested: every
/// example line here is run by the end-to-end tests.
public enum CommandLineHelp {
    /// A command line and what it does. `commandLine` is written as a user types it in a POSIX shell.
    public struct Example: Sendable {
        public let commandLine: String
        public let meaning: String
    }

    public static let examples: [Example] = [
        Example(commandLine: "conflictq", meaning: "the shell on the built-in model (standard input a terminal)"),
        Example(commandLine: "conflictq -c 'sum killed where party = \"Afghan Taliban\"'", meaning: "one query"),
        Example(commandLine: "conflictq -c 'actors offering mediation' -c .why", meaning: "a query, then its sources"),
        Example(commandLine: "conflictq --format csv -c 'count claims by claimant'", meaning: "CSV for a spreadsheet"),
        Example(commandLine: "conflictq --format json -c 'show claim 1'", meaning: "JSON with qualifiers and intervals"),
        Example(commandLine: "conflictq Scripts/casualties.cq", meaning: "run a script"),
        Example(commandLine: "conflictq < Scripts/diplomacy.cq", meaning: "a script on standard input"),
        Example(commandLine: "conflictq --safe Scripts/attribution.cq", meaning: "a script that may not read or write files"),
        Example(commandLine: "conflictq --model builtin --model mine.yaml", meaning: "the built-in model and a file of yours"),
        Example(
            commandLine: "conflictq draft Scripts/border-clash-report.txt",
            meaning: "a draft model of a news report (conflictq draft --help)"),
        Example(
            commandLine: "conflictq import ucdp ged231.csv > ged.yaml",
            meaning: "UCDP GED, ACLED or GDELT rows as a model file (conflictq import --help)"),
        Example(
            commandLine: "conflictq export --sql duckdb --output tables",
            meaning: "the model as tables for SQLite, DuckDB or PostgreSQL (conflictq export --help)"),
    ]

    public static let exitStatuses = """
        Exit status:
          0  success
          1  a query, script or dot-command failed, or --check found errors
          2  usage error: an unknown option, a missing or wrong value
          3  the model could not be loaded (--model, .load)
        """

    /// The text after the options: what runs when, the examples, and the exit statuses.
    public static var discussion: String {
        // One example per two lines, each shorter than the 80 columns help is wrapped at.
        let lines = examples.map { "  " + $0.commandLine + "\n      " + $0.meaning }
        return """
            -c queries run first, in order, then script files; the first error stops everything. With \
            neither, conflictq reads a script from standard input when it is not a terminal, and opens \
            the interactive shell when it is (.help there teaches the language). Results go to standard \
            output, errors to standard error. Colour is used only on a terminal and never when NO_COLOR \
            is set, unless --color always asks for it.

            Without --model, conflictq uses its built-in model of one report (National Herald, \
            2026-02-28). A model file is YAML; `conflictq --export-model` prints the built-in model \
            as one, a starting point for a model of your own.

            Examples:
            \(lines.joined(separator: "\n"))

            \(exitStatuses)
            """
    }
}
