import ConflictModel
import ConflictQuery
import Foundation
import TestSupport
import Testing

@testable import ConflictShell

/// Queries saved by name in the query library: `.save NAME`, `.queries`, `.run NAME PARAM=VALUE`,
/// and what Tab offers for them.
@Suite struct NamedQueryTests {
    /// A library in a fresh folder, and a session that uses it.
    final class Library {
        let directory: TemporaryDirectory
        let library: QueryLibrary

        init() throws {
            directory = try TemporaryDirectory()
            library = QueryLibrary(folder: directory.file("data/conflictq/queries"))
        }

        func session(interactive: Bool = false, safe: Bool = false) -> SessionHarness {
            SessionHarness(interactive: interactive, safe: safe, library: library)
        }

        func text(of name: String) throws -> String {
            try String(contentsOfFile: library.folder + "/" + name + ".cq", encoding: .utf8)
        }
    }

    @Test func theLibraryIsInTheXDGDataFolderElseInHome() {
        let both = ShellEnvironment(variables: ["XDG_DATA_HOME": "/d", "HOME": "/h"])
        #expect(QueryLibrary.location(in: both)?.folder == "/d/conflictq/queries")
        #expect(
            QueryLibrary.location(in: ShellEnvironment(variables: ["XDG_DATA_HOME": "d", "HOME": "/h"]))?.folder
                == "/h/.local/share/conflictq/queries")
        #expect(QueryLibrary.location(in: ShellEnvironment(variables: ["XDG_DATA_HOME": ""])) == nil)
    }

    @Test func aSavedQueryRunsAgainWithAnotherValue() throws {
        let library = try Library()
        let first = library.session(interactive: true)
        #expect(first.run("sum killed where party = \"Afghan Taliban\"") == .succeeded)
        #expect(first.run(".save casualties party=\"Afghan Taliban\"") == .succeeded)
        #expect(
            try library.text(of: "casualties") == """
                # sum killed where party = $party
                # Saved by conflictq's .save; run it with: .run casualties party=VALUE
                sum killed where party = $party

                """)
        #expect(first.errors.text.contains("saved the last query as casualties in \(library.library.folder)"))

        let second = library.session()
        #expect(second.run(".run casualties party=Pakistan") == .succeeded)
        #expect(second.output.text.hasPrefix("no claim matches: the model holds no figure for killed where party = \"Pakistan\""))
        #expect(second.run(".run CASUALTIES party=\"Afghan Taliban\"") == .succeeded)
        #expect(second.output.text.contains("| Attaullah Tarar | Afghan Taliban | people | exactly 297 |"))
    }

    @Test func everyPlaceTheValueStandsTakesTheParameterAndANumberStaysANumber() throws {
        let library = try Library()
        let session = library.session()
        session.run("claims where party = Pakistan or claimant = \"pakistan\" limit 2")
        #expect(session.run(".save mine side=Pakistan n=2") == .succeeded)
        #expect(try library.text(of: "mine").hasSuffix("\nclaims where party = $side or claimant = $side limit $n\n"))
        #expect(session.run(".run mine side=Iran n=1") == .succeeded)
        #expect(session.errors.text == "")
    }

    @Test func theFolderAndItsFilesAreReadableOnlyByTheirOwner() throws {
        let library = try Library()
        let session = library.session()
        session.run("measures\n.save m")
        let folder = try FileManager.default.attributesOfItem(atPath: library.library.folder)
        let file = try FileManager.default.attributesOfItem(atPath: library.library.folder + "/m.cq")
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        #expect((file[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aSavedQueryIsNeverReplacedSilentlyAndANameIsOneWhateverItsCase() throws {
        let library = try Library()
        let session = library.session()
        session.run("measures\n.save m")
        session.run("acts")
        #expect(session.run(".save M") == .failed(.queryError))
        #expect(
            session.errors.text.contains(
                "error: M is saved already (\(library.library.folder)/m.cq); .save! M or .save M --force replaces it"))
        #expect(try library.text(of: "m").hasSuffix("\nmeasures\n"))
        #expect(session.run(".save! M") == .succeeded)
        #expect(try library.text(of: "m").hasSuffix("\nacts\n"))
        session.run("units")
        #expect(session.run(".save m --force") == .succeeded)
        #expect(try library.text(of: "m").hasSuffix("\nunits\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.library.folder) == ["m.cq"])
    }

    @Test func aScriptIsKeptAsItIsWrittenParametersAndAll() throws {
        let library = try Library()
        let script =
            "# Deaths one claimant gives\nsum killed where\n  party = $party and claimant = $who\n.format csv\nclaims limit $n\n"
        try library.directory.write(script, to: "deaths.cq")
        let session = library.session()
        #expect(session.run(".save deaths \(library.directory.file("deaths.cq"))") == .succeeded)
        #expect(try library.text(of: "deaths") == script)
        #expect(session.run(".run deaths party=\"Afghan Taliban\" who=Tarar n=1") == .succeeded)
        #expect(session.output.text.contains("| Attaullah Tarar | Afghan Taliban | people | exactly 297 |"))
        #expect(
            session.output.text.hasSuffix(
                "\n1,killed,exactly 297,people,Afghan Taliban personnel and allied militants,Afghan Taliban,Attaullah Tarar,asserted,2026-02-28\n"
            ))
    }

    @Test func queriesListsNameParametersAndFirstCommentInNameOrder() throws {
        let library = try Library()
        let session = library.session()
        session.run(".queries")
        #expect(session.output.text == "no saved queries yet in \(library.library.folder): .save NAME keeps the last query\n")
        try FileManager.default.createDirectory(atPath: library.library.folder, withIntermediateDirectories: true)
        try "\n# Who said what\n# more\nstatements where speaker = $who and act = $act\n"
            .write(toFile: library.library.folder + "/Said.cq", atomically: true, encoding: .utf8)
        try "actors\n# not a description\n".write(toFile: library.library.folder + "/bare.cq", atomically: true, encoding: .utf8)
        for ignored in [".hidden.cq", "notes.txt", "with space.cq", "said.cq.tmp-1"] {
            try "x".write(toFile: library.library.folder + "/" + ignored, atomically: true, encoding: .utf8)
        }
        let listing = library.session()
        listing.run(".format csv\n.queries")
        #expect(listing.output.text == "name,parameters,description\nbare,,\nSaid,\"who, act\",Who said what\n")
    }

    @Test func parametersAreTheQueriesOwnNotTheDotCommandsOrTheStringsOrComments() {
        let text =
            ".output $out\n# $comment\nclaims where\n  note = \"$x\" and party = $party\n.format csv\nactors limit $n # $n2\n"
        #expect(SavedQuery.parameters(of: text) == ["party", "n"])
    }

    @Test func aParameterTypedIntoAQueryIsAnErrorAtItsPlace() {
        let session = SessionHarness()
        #expect(session.run("sum killed where party = $party") == .failed(.queryError))
        #expect(
            session.errors.text == """
                query:1:26: error: $party is a parameter, and nothing gives it a value here: .run NAME party=VALUE fills it in a saved query or a script
                sum killed where party = $party
                                         ^~~~~~

                """)
    }

    /// Under `--safe`, a saved query may be read and run (it only asks), but nothing saved.
    @Test func safeRunsSavedQueriesButSavesNone() throws {
        let library = try Library()
        library.session().run("measures\n.save m")
        let safe = library.session(safe: true)
        #expect(safe.run(".queries\n.run m") == .succeeded)
        #expect(safe.output.text.contains("| killed "))
        #expect(safe.run(".save n") == .failed(.queryError))
        #expect(safe.errors.text == "error: .save writes files, which --safe does not allow\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: library.library.folder) == ["m.cq"])
    }

    @Test func tabOffersSavedNamesThenTheQuerysParameters() throws {
        let library = try Library()
        let session = library.session()
        session.run("claims where party = Pakistan and claimant = Tarar\n.save casualties party=Pakistan who=Tarar")
        session.run("measures\n.save counts")
        let provider = CompletionProvider(engine: { QueryEngine(model: .builtin) }, home: nil, library: library.library)
        func complete(_ line: String) -> [String] {
            provider.complete(line: line, cursor: line.utf8.count, pendingQuery: "").candidates
        }
        #expect(complete(".run c") == ["casualties", "counts"])
        #expect(complete(".run CAS") == ["casualties"])
        #expect(complete(".run casualties ") == ["party=", "who="])
        #expect(complete(".run casualties w") == ["who="])
        #expect(complete(".run casualties party=\"Afghan Taliban\" ") == ["who="])
        #expect(complete(".run counts ") == [])
        #expect(complete(".save ca") == ["casualties"])
    }

    /// A saved query that no longer parses is an error at its own file's line.
    @Test func aBrokenSavedQueryIsAnErrorAtItsFileAndLine() throws {
        let library = try Library()
        try FileManager.default.createDirectory(atPath: library.library.folder, withIntermediateDirectories: true)
        try "# broken\nmeasures\nsum kiled where party = $p\n".write(
            toFile: library.library.folder + "/broken.cq", atomically: true, encoding: .utf8)
        let session = library.session()
        #expect(session.run(".run broken p=Pakistan") == .failed(.queryError))
        #expect(session.errors.text.hasPrefix("\(library.library.folder)/broken.cq:3:5: error: unknown measure \"kiled\""))
        #expect(session.output.text.contains("| killed "))
    }
}
