import ModelFileFormat
import ConflictModel
import Foundation
import TestSupport
import Testing

/// `--model`, `--check` and `--export-model`, run as a user runs them: the built binary, its
/// output and its exit status.
@Suite struct ModelFileCommandTests {
    @Test func exportedModelPassesCheck() throws {
        let scratch = try TemporaryDirectory()
        let directory = scratch.path
        let export = try run(["--export-model"], in: directory)
        #expect(export.status == 0)
        #expect(export.stdout == ModelFiles.export(.builtin))
        try export.stdout.write(toFile: directory + "/m.yaml", atomically: true, encoding: .utf8)

        let check = try run(["--check", "m.yaml"], in: directory)
        #expect(check.status == 0)
        #expect(check.stdout == "m.yaml: ok: \(ConflictModel.builtin.countsDescription)\n")
        #expect(check.stderr == "")
    }

    @Test func checkOfABrokenFileExitsOneWithTheErrorsPlace() throws {
        let broken = Self.testsDirectory + "/ConflictModelTests/BrokenModels/wrong-kind.yaml"
        let check = try run(["--check", broken])
        #expect(check.status == 1)
        #expect(check.stdout == "")
        #expect(check.stderr.hasPrefix(broken + ":5:11: error: actors[0].kind: unknown actor kind \"militia\""))
    }

    /// An entry with an error is still checked for the rest: one run names every mistake.
    @Test func checkReportsEveryErrorOfAnEntry() throws {
        let scratch = try TemporaryDirectory()
        try "conflictq-model: 3\nactors:\n  - {id: a, name: A, kind: stat, part_of: nobody}\n"
            .write(toFile: scratch.file("m.yaml"), atomically: true, encoding: .utf8)
        let check = try run(["--check", "m.yaml"], in: scratch.path)
        #expect(check.status == 1)
        #expect(check.stdout == "")
        #expect(
            check.stderr.split(separator: "\n").filter { $0.contains(": error: ") } == [
                #"m.yaml:3:28: error: actors[0].kind: unknown actor kind "stat"; did you mean "state"?"#,
                #"m.yaml:3:43: error: actors[0].part_of: no actor has the id "nobody""#,
            ])
    }

    /// `m.yaml`, `./m.yaml` and a link to it are one file: loaded once, with a note, for
    /// `--model`, `--check` and `.load` alike.
    @Test func oneFileUnderSeveralNamesIsLoadedOnce() throws {
        let scratch = try TemporaryDirectory()
        try run(["--export-model"]).stdout.write(toFile: scratch.file("m.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: scratch.file("link.yaml"), withDestinationPath: "m.yaml")
        let model = try run(["--model", "m.yaml", "--model", "./m.yaml", "--model", "link.yaml", "-c", ".model"], in: scratch.path)
        #expect(model.status == 0)
        #expect(model.stderr == "note: m.yaml is given 3 times (also as ./m.yaml, link.yaml); it is read once\n")
        #expect(model.stdout.hasPrefix("Model loaded from m.yaml\n"))

        let check = try run(["--check", "m.yaml", "./m.yaml"], in: scratch.path)
        #expect(check.status == 0)
        #expect(check.stdout == "m.yaml: ok: \(ConflictModel.builtin.countsDescription)\n")
        #expect(check.stderr == "note: m.yaml is given 2 times (also as ./m.yaml); it is read once\n")

        let load = try run(["--model", "m.yaml", "-c", ".load ./m.yaml", "-c", "count claims"], in: scratch.path)
        #expect(load.status == 0)
        #expect(load.stderr == "./m.yaml is loaded already (as m.yaml); nothing changed\n")
        #expect(load.stdout.contains("|     8 |"))
    }

    /// A broken file given under two names has its errors once, not once a name.
    @Test func aBrokenFileUnderTwoNamesHasItsErrorsOnce() throws {
        let scratch = try TemporaryDirectory()
        try "conflictq-model: 3\nactors:\n  - {id: a, name: A, kind: stat}\n"
            .write(toFile: scratch.file("m.yaml"), atomically: true, encoding: .utf8)
        let result = try run(["--model", "m.yaml", "--model", "./m.yaml", "-c", "actors"], in: scratch.path)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("note: m.yaml is given 2 times (also as ./m.yaml); it is read once\n"))
        #expect(result.stderr.components(separatedBy: ": error: ").count == 2)
    }

    @Test func checkTakesSeveralFilesAndReportsEachError() throws {
        let brokenModels = Self.testsDirectory + "/ConflictModelTests/BrokenModels/"
        let check = try run(["--check", brokenModels + "empty.yaml", brokenModels + "negative-value.yaml"])
        #expect(check.status == 1)
        // Each error with the file's line and a caret under the place; an empty file has no line.
        let lines = check.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines.filter { $0.contains(": error: ") }.count == 2)
        #expect(lines.last?.hasSuffix("^~") == true)
    }

    @Test func aMissingModelFileExitsThree() throws {
        let scratch = try TemporaryDirectory()
        let result = try run(["--model", "missing.yaml"], in: scratch.path)
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "missing.yaml:1:1: error: no such file\n")
    }

    @Test func aBrokenModelFileExitsThreeWithEveryError() throws {
        let broken = Self.testsDirectory + "/ConflictModelTests/BrokenModels/part-of-cycle.yaml"
        let result = try run(["--model", broken])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix(broken + ":11:17: error: actors[1].represents: makes a cycle"))
    }

    @Test(arguments: [
        (
            Array("conflictq-model: 2\nactors:\n  - id: a".utf8) + [0xFF, 0x0A],
            "3:10: error: the file is not UTF-8 text: byte 0xFF cannot be read as a character"
        ),
        (
            // The line is shown with the NUL made visible, never sent to the terminal.
            Array("conflictq-model: 2\nactors:\n  - id: a".utf8) + [0x00, 0x0A],
            "3:10: error: invalid YAML: control characters are not allowed\n  - id: a␀\n         ^"
        ),
    ])
    func badBytesInAModelFileExitThreeWithTheirPlace(bytes: [UInt8], message: String) throws {
        let scratch = try TemporaryDirectory()
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.file("m.yaml")))
        let result = try run(["--model", "m.yaml", "-c", "measures"], in: scratch.path)
        #expect(result.status == 3)
        #expect(result.stdout == "")
        #expect(result.stderr == "m.yaml:\(message)\n")
    }

    @Test func aModelFileOverSixteenMebibytesExitsThreeUnread() throws {
        let scratch = try TemporaryDirectory()
        let result = try run(["--model", "/dev/zero", "-c", "measures"], in: scratch.path)
        #expect(result.status == 3)
        #expect(
            result.stderr
                == "/dev/zero:1:1: error: the file is more than 16777216 bytes, larger than the 16 MiB (16777216 bytes) a model file may have\n"
        )
    }

    @Test func builtinAndAFileMerge() throws {
        let extra = Self.testsDirectory + "/ConflictModelTests/Models/extra.yaml"
        let result = try run(["--model", "builtin", "--model", extra, "--export-model"])
        #expect(result.status == 0)
        #expect(try ModelFiles.load(text: result.stdout, path: "export") == ModelFiles.load(["builtin", extra]))
    }

    @Test func aModelFileReplacesTheBuiltinModel() throws {
        let example = Self.testsDirectory + "/ConflictModelTests/Models/example.yaml"
        let result = try run(["--model", example, "--export-model"])
        #expect(result.status == 0)
        #expect(try ModelFiles.load(text: result.stdout, path: "export") == ModelFiles.load([example]))
    }

    @Test func aUsageErrorExitsTwo() throws {
        #expect(try run(["--no-such-flag"]).status == 2)
        #expect(try run(["--check"]).status == 2)
        #expect(try run(["--check", "a.yaml", "--export-model"]).status == 2)
    }

    @Test func helpNamesTheModelFlagsAndExitStatuses() throws {
        let help = try run(["--help"])
        #expect(help.status == 0)
        for text in ["--model <file>", "--check <file>", "--export-model", "3  the model could not be loaded"] {
            #expect(help.stdout.contains(text))
        }
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with the jsonschema and yaml modules"))
    func exportedModelFollowsThePublishedSchema() throws {
        let scratch = try TemporaryDirectory()
        let exported = scratch.file("m.yaml")
        try run(["--export-model"]).stdout.write(toFile: exported, atomically: true, encoding: .utf8)
        let schema = Self.testsDirectory + "/../Schema/conflictq-model.schema.json"
        let example = Self.testsDirectory + "/ConflictModelTests/Models/example.yaml"
        let timeline = try FileManager.default.contentsOfDirectory(atPath: PackagePaths.root + "/Models/timeline")
            .filter { $0.hasSuffix(".yaml") }.sorted().map { PackagePaths.root + "/Models/timeline/" + $0 }
        let result = try SchemaValidator.validate([exported, example] + timeline, against: schema)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    /// `Tests/`, found from this file's path, so that fixtures need not be bundle resources.
    static let testsDirectory = PackagePaths.root + "/Tests"

    private func run(_ arguments: [String], in directory: String? = nil) throws -> BinaryRun {
        try BinaryRun.run(arguments, in: directory)
    }

}

/// Checks YAML files against the JSON Schema with Python's jsonschema, when this machine has it.
enum SchemaValidator {
    static let isAvailable: Bool = {
        (try? BinaryRun.execute("/usr/bin/env", ["python3", "-c", "import jsonschema, yaml"]).status) == 0
    }()

    static func validate(_ files: [String], against schema: String) throws -> BinaryRun {
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            failed = False
            for path in sys.argv[2:]:
                for error in validator.iter_errors(yaml.safe_load(open(path, encoding="utf-8"))):
                    failed = True
                    print(f"{path}: {error.json_path}: {error.message}")
            sys.exit(1 if failed else 0)
            """
        return try BinaryRun.execute("/usr/bin/env", ["python3", "-c", script, schema] + files)
    }
}
