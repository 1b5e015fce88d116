import Foundation
import TestSupport
import Testing

/// Named queries from the command line, as a user runs them: `.save NAME`, `.queries` and
/// `.run NAME PARAM=VALUE` with `-c` and in scripts, every error with its message and exit status.
@Suite struct NamedQueryCommandTests {
    /// A query library of its own, in `$XDG_DATA_HOME`, holding `casualties` (with `$party`) and
    /// `counts` (with no parameter).
    final class Library {
        let directory: TemporaryDirectory
        var folder: String { directory.file("data/conflictq/queries") }

        init() throws {
            directory = try TemporaryDirectory()
            let saved = try run([
                "sum killed where party = \"Afghan Taliban\"", ".save casualties party=\"Afghan Taliban\"", "count claims",
                ".save counts",
            ])
            guard saved.status == 0 else { throw Failed(stderr: saved.stderr) }
        }

        struct Failed: Error {
            let stderr: String
        }

        /// Each of `commands` as a `-c`, with the library's folder as `XDG_DATA_HOME`.
        func run(_ commands: [String], arguments: [String] = [], input: String = "") throws -> BinaryRun {
            try BinaryRun.run(
                arguments + commands.flatMap { ["-c", $0] }, input: input,
                environment: ["XDG_DATA_HOME": directory.file("data")], in: directory.path)
        }
    }

    @Test func aSavedQueryRunsFromTheCommandLineWithAParameter() throws {
        let library = try Library()
        let run = try library.run([".run casualties party=\"Afghan Taliban\""], arguments: ["--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout == "claimant,party,unit,sum killed,claims\nAttaullah Tarar,Afghan Taliban,people,exactly 297,1\n")
        let listed = try library.run([".queries"], arguments: ["--format", "csv"])
        #expect(
            listed.stdout
                == "name,parameters,description\ncasualties,party,sum killed where party = $party\ncounts,,count claims\n")
    }

    @Test func withoutXDGDataHomeTheLibraryIsUnderHome() throws {
        let home = try TemporaryDirectory()
        let saved = try BinaryRun.run(["-c", "measures", "-c", ".save m"], environment: ["HOME": home.path])
        #expect(saved.status == 0)
        #expect(FileManager.default.fileExists(atPath: home.file(".local/share/conflictq/queries/m.cq")))
        let run = try BinaryRun.run(["-c", ".run m"], environment: ["HOME": home.path])
        #expect(run.status == 0)
        #expect(run.stdout.contains("| killed "))
    }

    static let errors: [(command: String, message: String)] = [
        (".run", "error: usage: .run FILE|NAME [PARAM=VALUE...]"),
        (
            ".run casualtis party=x",
            "error: no query is saved as casualtis; did you mean \"casualties\"?\n  note: .queries lists them"
        ),
        (
            ".run café",
            "error: \"café\" is no query name: a name is ASCII letters, digits, _ and -, starting with a letter or digit; "
                + "a file name needs a / or a . (./café)"
        ),
        (".run casualties", "error: casualties needs a value for $party: .run casualties party=VALUE"),
        (
            ".run casualties prty=Iran",
            "error: casualties has no parameter $prty; did you mean \"$party\"?\n  note: its parameters: $party"
        ),
        (".run casualties party", "error: usage: .run FILE|NAME [PARAM=VALUE...]; \"party\" is no PARAM=VALUE"),
        (".run casualties party=", "error: party= gives $party no value; write one after the = (party=\"...\")"),
        (
            ".run casualties 9x=1",
            "error: \"9x\" in 9x=1 is no parameter name: a parameter is $ and a letter or _, then letters, digits and _, "
                + "at most 64 (party=\"Afghan Taliban\" fills $party)"
        ),
        (".run casualties party=Iran party=Iraq", "error: $party is given twice; give it one value"),
        (".run counts party=Iran", "error: counts has no parameters, so party= fills nothing; run it with .run counts"),
        (
            ".save casualties",
            "error: casualties is saved already (LIBRARY/casualties.cq); .save! casualties or .save casualties --force replaces it"
        ),
        (
            ".save deaths party=Iran",
            "error: the last query has no value \"Iran\" for $party to stand for\n  note: its values: \"Afghan Taliban\""
        ),
        (
            ".save deaths party=\"Afghan Talban\"",
            "error: the last query has no value \"Afghan Talban\" for $party to stand for; did you mean \"Afghan Taliban\"?\n"
                + "  note: its values: \"Afghan Taliban\""
        ),
        (
            ".save -x",
            "error: \"-x\" is no query name: a name is ASCII letters, digits, _ and -, starting with a letter or digit; "
                + "a file name needs a / or a . (./-x)"
        ),
        (".save " + String(repeating: "q", count: 65), "error: a query name is at most 64 characters; this one has 65"),
        (".save deaths --forc", "error: unknown flag --forc for .save; did you mean --force?"),
        (".save deaths nothing", "error: \"nothing\" is neither a script (its name has a / or a .) nor PARAM=VALUE"),
        (".save deaths no-such.cq", "error: cannot read no-such.cq: No such file or directory"),
        (
            ".save deaths.cq party=x",
            "error: a script and parameters are saved under a NAME, not a file: .save NAME SCRIPT, .save NAME PARAM=VALUE"
        ),
        (
            "sum killed where party = $party",
            "query:1:26: error: $party is a parameter, and nothing gives it a value here: .run NAME party=VALUE fills it in a "
                + "saved query or a script\nsum killed where party = $party\n                         ^~~~~~"
        ),
        (
            ".run casualties party=\"a\u{202E}b\"",
            "query:1:25: error: an invisible character, U+202E RIGHT-TO-LEFT OVERRIDE, cannot appear in a dot-command\n"
                + ".run casualties party=\"a<U+202E>b\"\n                        ^~~~~~~~"
        ),
    ]

    /// Each error says what is wrong, and what would be right where there is a close one; the
    /// command fails with status 1 and nothing after it runs.
    @Test(arguments: errors)
    func everyErrorIsClearAndExitsOne(command: String, message: String) throws {
        let library = try Library()
        let run = try library.run(["sum killed where party = \"Afghan Taliban\"", command, "acts"])
        #expect(run.status == 1)
        #expect(run.stderr == message.replacing("LIBRARY", with: library.folder) + "\n")
        #expect(!run.stdout.contains("mediation-offer"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.folder).sorted() == ["casualties.cq", "counts.cq"])
    }

    @Test func inAScriptTheErrorNamesTheScriptsLineAndStopsIt() throws {
        let library = try Library()
        try library.directory.write("measures\n.run casualtis\nacts\n", to: "s.cq")
        let run = try library.run([], arguments: ["s.cq"])
        #expect(run.status == 1)
        #expect(
            run.stderr
                == "s.cq:2: error: no query is saved as casualtis; did you mean \"casualties\"?\n  note: .queries lists them\n")
        #expect(run.stdout.contains("| killed ") && !run.stdout.contains("mediation-offer"))
    }

    @Test func aBrokenSavedQueryIsAnErrorAtItsFileAndLine() throws {
        let library = try Library()
        try "# broken\nsum kiled where party = $party\n".write(
            toFile: library.folder + "/broken.cq", atomically: true, encoding: .utf8)
        let run = try library.run([".run broken party=Pakistan"])
        #expect(run.status == 1)
        #expect(
            run.stderr == """
                \(library.folder)/broken.cq:2:5: error: unknown measure "kiled"; did you mean "killed"?
                sum kiled where party = "Pakistan"
                    ^~~~~

                """)
    }

    @Test func withNowhereToKeepThemNamedQueriesAreAnError() throws {
        for command in [".queries", ".run casualties", "measures\n.save m"] {
            let run = try BinaryRun.run([], input: command + "\n", environment: ["HOME": ""])
            #expect(run.status == 1)
            #expect(
                run.stderr.hasSuffix(
                    "error: there is no query library: neither XDG_DATA_HOME (an absolute path) nor HOME is set\n"))
        }
    }

    /// A script from someone else may run the user's saved queries, which only ask questions,
    /// but may not save one.
    @Test func safeRunsASavedQueryButSavesNone() throws {
        let library = try Library()
        let run = try library.run([".queries", ".run casualties party=Pakistan"], arguments: ["--safe"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("no claim matches"))
        let refused = try library.run(["measures", ".save m"], arguments: ["--safe"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: .save writes files, which --safe does not allow\n")
        let file = try library.run([".run ./s.cq"], arguments: ["--safe"])
        #expect(file.status == 1)
        #expect(file.stderr == "error: .run reads files, which --safe does not allow\n")
    }

    /// The README's example runs as shown: what it types, as a script on standard input, gives
    /// the answers it shows (but the message only the interactive shell prints), then its command
    /// line runs the saved query.
    @Test func theReadmesExampleRunsAsShown() throws {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Named queries").dropFirst().first)
        let fenced = section.components(separatedBy: "```")
        let lines = fenced[1].split(separator: "\n").map(String.init)
        let prompt = "conflictq> "
        let typed = lines.filter { $0.hasPrefix(prompt) }.map { String($0.dropFirst(prompt.count)) }
        let shown = lines.filter { !$0.hasPrefix(prompt) && $0 != "..." && !$0.hasPrefix("saved ") }
        #expect(typed.count == 4 && shown.count == 6)
        let data = try TemporaryDirectory()
        let session = try BinaryRun.run(
            [], input: typed.joined(separator: "\n") + "\n", environment: ["XDG_DATA_HOME": data.path])
        #expect(session.status == 0, "\(session.stderr)")
        for line in shown { #expect(session.stdout.contains(line + "\n"), "\(line)") }

        let commandLine = try #require(fenced[3].split(separator: "\n").first { $0.hasPrefix("conflictq ") })
        var words = try ShellWords.split(String(commandLine.prefix { $0 != "#" }).trimmingCharacters(in: .whitespaces))
        words.removeFirst()
        let again = try BinaryRun.run(words, environment: ["XDG_DATA_HOME": data.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("| Attaullah Tarar | Afghan Taliban | people | exactly 297 |"))
    }

    /// A script without a dot in its name was a file to `.run` before names were: the error says
    /// how to run it now.
    @Test func aScriptNamedWithoutADotIsPointedTo() throws {
        let library = try Library()
        try library.directory.write("measures\n", to: "myscript")
        let run = try library.run([".run myscript"])
        #expect(run.status == 1)
        #expect(
            run.stderr == "error: no query is saved as myscript\n  note: .queries lists them\n"
                + "  note: a file myscript is here: .run ./myscript runs it\n")
        #expect(try library.run([".run ./myscript"]).status == 0)
    }

    /// `./NAME` is a file, whatever is saved under NAME.
    @Test func aPathIsAFileAndABareWordIsAName() throws {
        let library = try Library()
        let run = try library.run(["measures", ".save ./casualties", ".run ./casualties"])
        #expect(run.status == 0)
        #expect(try library.directory.read("casualties").hasSuffix("\nmeasures\n"))
        #expect(try String(contentsOfFile: library.folder + "/casualties.cq", encoding: .utf8).contains("$party"))
    }
}
