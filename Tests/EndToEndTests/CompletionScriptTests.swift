import Foundation
import TestSupport
import Testing

/// The completion scripts in Completions/ parse in their shells, name every option of
/// `conflictq --help`, and complete what they should: the values of --format and --color,
/// model files (*.yaml and builtin) after --model and --check, scripts (*.cq) elsewhere.
@Suite struct CompletionScriptTests {
    static let bash = PackagePaths.root + "/Completions/conflictq.bash"
    static let zsh = PackagePaths.root + "/Completions/_conflictq"
    static let fish = PackagePaths.root + "/Completions/conflictq.fish"

    @Test func bashParsesIt() throws {
        let run = try Tools.run("bash", ["-n", Self.bash])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func zshParsesIt() throws {
        let run = try Tools.run("zsh", ["-n", Self.zsh])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func fishParsesIt() throws {
        let run = try Tools.run("fish", ["--no-config", "-n", Self.fish])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    }

    @Test func everyScriptNamesEveryOption() throws {
        let flags = try Tools.helpFlags()
        #expect(flags.contains("--format") && flags.contains("-c"), "\(flags)")
        for path in [Self.bash, Self.zsh] {
            let script = try String(contentsOfFile: path, encoding: .utf8)
            for flag in flags {
                #expect(script.contains(flag), "\(path) does not complete \(flag)")
            }
        }
        let fish = try String(contentsOfFile: Self.fish, encoding: .utf8)
        for flag in flags {
            let option = flag.hasPrefix("--") ? "-l " + flag.dropFirst(2) + " " : "-s " + flag.dropFirst() + " "
            #expect(fish.contains(option), "conflictq.fish does not complete \(flag)")
        }
    }

    /// A folder with a file of each kind that matters, and one of none.
    static func folder() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        for name in ["mine.yaml", "casualties.cq", "notes.txt", "ged.csv"] {
            FileManager.default.createFile(atPath: scratch.file(name), contents: nil)
        }
        try FileManager.default.createDirectory(atPath: scratch.file("models"), withIntermediateDirectories: true)
        return scratch
    }

    /// What bash's completion offers for the words of a command line, the last one being completed:
    /// the script is sourced and its function called as bash calls it, with COMP_WORDS and COMP_CWORD.
    static func bashOffers(_ words: [String], in folder: TemporaryDirectory) throws -> [String] {
        let quoted = words.map { "'" + $0 + "'" }.joined(separator: " ")
        let script = """
            source '\(bash)'
            COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count - 1)
            _conflictq
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let run = try Tools.run("bash", ["--norc", "--noprofile", "-c", script], in: folder.path)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(words): \(run.stderr)")
        return run.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func bashCompletesTheFlagsAndTheirValues() throws {
        let folder = try Self.folder()
        #expect(try Self.bashOffers(["conflictq", "--format", "c"], in: folder) == ["csv"])
        #expect(try Self.bashOffers(["conflictq", "--format", ""], in: folder) == ["csv", "json", "markdown", "table"])
        #expect(try Self.bashOffers(["conflictq", "--format", "=", "j"], in: folder) == ["json"])
        #expect(try Self.bashOffers(["conflictq", "--color", "a"], in: folder) == ["always", "auto"])
        #expect(try Self.bashOffers(["conflictq", "--ex"], in: folder) == ["--export-model"])
        #expect(try Self.bashOffers(["conflictq", "-c", ""], in: folder) == [])
    }

    @Test func bashCompletesModelsAndScripts() throws {
        let folder = try Self.folder()
        #expect(try Self.bashOffers(["conflictq", "--model", ""], in: folder) == ["builtin", "mine.yaml", "models"])
        #expect(try Self.bashOffers(["conflictq", "--model", "b"], in: folder) == ["builtin"])
        #expect(
            try Self.bashOffers(["conflictq", "--check", "mine.yaml", ""], in: folder) == ["builtin", "mine.yaml", "models"])
        #expect(try Self.bashOffers(["conflictq", ""], in: folder) == ["casualties.cq", "draft", "export", "import", "models"])
        #expect(try Self.bashOffers(["conflictq", "--safe", "c"], in: folder) == ["casualties.cq"])
    }

    static func fishOffers(_ line: String, in folder: TemporaryDirectory) throws -> [String] {
        let run = try Tools.run(
            "fish", ["--no-config", "-c", "source '\(fish)'; complete -C '\(line)'"], in: folder.path)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(line): \(run.stderr)")
        return run.stdout.split(separator: "\n").map { String($0.split(separator: "\t").first ?? "") }.sorted()
    }

    @Test func fishCompletesTheFlagsModelsAndScripts() throws {
        let folder = try Self.folder()
        #expect(try Self.fishOffers("conflictq --format c", in: folder) == ["csv"])
        #expect(try Self.fishOffers("conflictq --color n", in: folder) == ["never"])
        #expect(try Self.fishOffers("conflictq --model ", in: folder) == ["builtin", "mine.yaml", "models/"])
        #expect(try Self.fishOffers("conflictq --check mine.yaml ", in: folder) == ["builtin", "mine.yaml", "models/"])
        #expect(try Self.fishOffers("conflictq ", in: folder) == ["casualties.cq", "draft", "export", "import", "models/"])
    }

    @Test func bashCompletesDraftAndImport() throws {
        let folder = try Self.folder()
        #expect(try Self.bashOffers(["conflictq", "im"], in: folder) == ["import"])
        #expect(try Self.bashOffers(["conflictq", "import", ""], in: folder) == ["acled", "gdelt", "ucdp"])
        #expect(try Self.bashOffers(["conflictq", "import", "ucdp", ""], in: folder) == ["ged.csv", "models"])
        #expect(try Self.bashOffers(["conflictq", "import", "ucdp", "--sk"], in: folder) == ["--skip-bad-rows"])
        #expect(try Self.bashOffers(["conflictq", "import", "ucdp", "--into", ""], in: folder) == ["builtin", "mine.yaml", "models", "timeline"])
        #expect(try Self.bashOffers(["conflictq", "draft", ""], in: folder) == ["models", "notes.txt"])
        #expect(try Self.bashOffers(["conflictq", "draft", "--out"], in: folder) == ["--outlet", "--output"])
    }

    @Test func fishCompletesDraftAndImport() throws {
        let folder = try Self.folder()
        #expect(try Self.fishOffers("conflictq import ", in: folder) == ["acled", "gdelt", "ucdp"])
        #expect(try Self.fishOffers("conflictq import ucdp ", in: folder) == ["ged.csv", "models/"])
        #expect(try Self.fishOffers("conflictq draft ", in: folder) == ["models/", "notes.txt"])
        #expect(try Self.fishOffers("conflictq import ucdp --sk", in: folder) == ["--skip-bad-rows"])
    }

    @Test func bashCompletesExport() throws {
        let folder = try Self.folder()
        #expect(try Self.bashOffers(["conflictq", "ex"], in: folder) == ["export"])
        #expect(try Self.bashOffers(["conflictq", "export", "--"], in: folder) == ["--force", "--help", "--model", "--output", "--sql"])
        #expect(try Self.bashOffers(["conflictq", "export", "--sql", ""], in: folder) == ["duckdb", "postgres", "sqlite"])
        #expect(try Self.bashOffers(["conflictq", "export", "--output", ""], in: folder) == ["models"])
        #expect(try Self.bashOffers(["conflictq", "export", "--model", ""], in: folder) == ["builtin", "mine.yaml", "models", "timeline"])
    }

    @Test func fishCompletesExport() throws {
        let folder = try Self.folder()
        #expect(try Self.fishOffers("conflictq export --sql ", in: folder) == ["duckdb", "postgres", "sqlite"])
        #expect(try Self.fishOffers("conflictq export --output ", in: folder) == ["models/"])
        #expect(try Self.fishOffers("conflictq export --forc", in: folder) == ["--force"])
    }
}
