import Foundation
import TestSupport
import Testing

/// The man page, Documentation/conflictq.1, renders without a warning, documents every option
/// of `conflictq --help`, and its examples run: every `conflictq>` query of THE LANGUAGE BY
/// EXAMPLE, and every `$ conflictq` command line of EXAMPLES, as a reader would copy them from
/// the rendered page.
@Suite struct ManPageTests {
    @Test func groffFindsNothingToWarnAbout() throws {
        let run = try Tools.run("groff", ["-ww", "-man", "-Tutf8", "-z", Tools.manPage])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func manRendersIt() throws {
        let run = try Tools.run("man", ["-l", Tools.manPage], environment: ["MANPAGER": "cat", "MANWIDTH": "80"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        #expect(run.stdout.contains("EXIT STATUS"))
    }

    @Test func hasTheSectionsOfAManPage() throws {
        let page = try Tools.renderedManPage()
        for section in [
            "NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "THE LANGUAGE BY EXAMPLE", "FILES", "ENVIRONMENT",
            "EXIT STATUS", "EXAMPLES", "SEE ALSO",
        ] {
            #expect(!Tools.section(section, of: page).isEmpty, "no section \(section)")
        }
        let environment = Tools.section("ENVIRONMENT", of: page).joined(separator: "\n")
        for variable in [
            "CONFLICTQ_HISTORY", "XDG_STATE_HOME", "XDG_DATA_HOME", "HOME", "NO_COLOR", "COLUMNS", "TERM", "LC_ALL", "LC_CTYPE",
            "LANG",
        ] {
            #expect(environment.contains(variable), "ENVIRONMENT does not name \(variable)")
        }
    }

    /// The page's header names the version the program has.
    @Test func namesTheProgramsVersion() throws {
        let source = try String(contentsOfFile: Tools.manPage, encoding: .utf8)
        let header = try #require(source.split(separator: "\n").first { $0.hasPrefix(".TH ") })
        #expect(header.contains("\"conflictq \(try VersionTests.version())\""), "\(header)")
    }

    @Test func documentsEveryOptionOfHelp() throws {
        let flags = try Tools.helpFlags()
        #expect(flags.count >= 10, "\(flags)")
        let options = Tools.section("OPTIONS", of: try Tools.renderedManPage())
        let named = Set(
            options.flatMap {
                $0.split(separator: " ").map { $0.trimmingCharacters(in: .punctuationCharacters.subtracting(["-"])) }
            })
        for flag in flags {
            #expect(named.contains(flag), "OPTIONS does not document \(flag)")
        }
    }

    /// The queries shown at the shell's prompt in THE LANGUAGE BY EXAMPLE.
    static func languageQueries() throws -> [String] {
        let prompt = "conflictq> "
        return Tools.section("THE LANGUAGE BY EXAMPLE", of: try Tools.renderedManPage())
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix(prompt) }
            .map { String($0.dropFirst(prompt.count)) }
    }

    @Test func everyLanguageExampleAnswers() throws {
        let queries = try Self.languageQueries()
        #expect(queries.count >= 12, "\(queries)")
        for query in queries {
            let run = try BinaryRun.run(["-c", query])
            #expect(run.status == 0, "\(query): \(run.stderr)")
            #expect(!run.stdout.isEmpty, "\(query)")
        }
    }

    /// The command lines of EXAMPLES, shown after a `$ ` prompt.
    static func exampleCommands() throws -> [String] {
        Tools.section("EXAMPLES", of: try Tools.renderedManPage())
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.hasPrefix("$ ") }
            .map { String($0.dropFirst(2)) }
    }

    /// Run in order, in one empty folder, by a POSIX shell that finds the built conflictq first on
    /// its path: a line may use a file an earlier one wrote, as a reader following them would.
    @Test func everyExampleCommandWorks() throws {
        let commands = try Self.exampleCommands()
        #expect(commands.count >= 8, "\(commands)")
        #expect(commands.allSatisfy { $0.hasPrefix("conflictq") }, "\(commands)")
        let binary = try #require(PackagePaths.binary)
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("bin"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("bin/conflictq"), withDestinationPath: binary)
        try FileManager.default.createDirectory(atPath: scratch.file("work"), withIntermediateDirectories: true)
        for command in commands {
            let run = try Tools.run(
                "sh", ["-c", command], environment: ["PATH": scratch.file("bin") + ":/usr/bin:/bin", "HOME": scratch.path],
                in: scratch.file("work"))
            #expect(run.status == 0, "\(command): \(run.stderr)")
        }
    }
}
