import ConflictShell
import Testing

/// The quick reader takes only well-formed everyday command lines, and leaves the rest to
/// argument-parser, which owns help, errors and every other flag.
@Suite struct CommonArgumentsTests {
    @Test func readsQueriesFormatsModelsAndScripts() {
        let options = ShellOptions.parseCommon([
            "-c", "count claims", "--command", "sum killed", "--format", "json", "--color", "never",
            "--model", "builtin", "--model", "mine.yaml", "a.cq", "-",
        ])
        #expect(
            options
                == ShellOptions(
                    commands: ["count claims", "sum killed"], scriptPaths: ["a.cq", "-"], format: .json, color: .never,
                    modelPaths: ["builtin", "mine.yaml"]))
        #expect(options?.isSafe == false)
        #expect(ShellOptions.parseCommon(["--safe", "a.cq"]) == ShellOptions(scriptPaths: ["a.cq"], isSafe: true))
    }

    @Test func withoutModelsTheBuiltinOneIsUsed() {
        #expect(ShellOptions.parseCommon([])?.modelPaths == ["builtin"])
        #expect(ShellOptions.parseCommon(["-c", "claims"])?.modelPaths == ["builtin"])
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["--version"], ["--check", "m.yaml"], ["--export-model"], ["-c"], ["-c", "-x"],
        ["--format", "xml"], ["--format"], ["--color", "sometimes"], ["--model"], ["--unknown"], ["-cclaims"],
        ["--command=claims"], ["--", "a.cq"], ["-c", "-"], ["--model", ""], [""],
    ])
    func leavesEverythingElseToArgumentParser(_ arguments: [String]) {
        #expect(ShellOptions.parseCommon(arguments) == nil)
    }
}
