import Foundation
import TestSupport
import Testing

/// The programs the install, man page and completion tests run, and the files they look at.
/// `make test-deps` installs every one of them; a missing one fails the test that needs it.
enum Tools {
    /// A program found on the usual system path, or nil.
    static func find(_ name: String) -> String? {
        ["/usr/local/bin", "/usr/bin", "/bin"].map { $0 + "/" + name }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Missing: Error, CustomStringConvertible {
        let name: String
        var description: String { "\(name) is not installed; make test-deps installs it" }
    }

    /// Runs a program by name with a neutral environment, from `directory` (the package by default).
    static func run(
        _ name: String, _ arguments: [String], input: String = "", environment: [String: String] = [:],
        in directory: String? = nil
    ) throws -> BinaryRun {
        guard let path = find(name) else { throw Missing(name: name) }
        let home = try TemporaryDirectory()
        let base = BinaryRun.baseEnvironment.merging(["HOME": home.path]) { $1 }
        return try BinaryRun.execute(
            path, arguments, input: input, environment: base.merging(environment) { $1 },
            in: directory ?? PackagePaths.root)
    }

    /// `make` in the package, with nothing of the outer make's flags.
    static func make(_ arguments: [String]) throws -> BinaryRun {
        try run("make", ["--no-print-directory", "-C", PackagePaths.root] + arguments)
    }

    static let manPage = PackagePaths.root + "/Documentation/conflictq.1"

    /// The man page as a reader sees it: rendered for a UTF-8 terminal, without bold or underline,
    /// so that a command shown in it is the text someone would copy.
    static func renderedManPage(_ path: String = manPage) throws -> String {
        let run = try Tools.run("groff", ["-man", "-Tutf8", "-P-cbou", path])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    /// The lines of one section (`EXAMPLES`) of a rendered man page: those after its heading and
    /// before the next heading, a line that starts at the left margin.
    static func section(_ name: String, of page: String) -> [String] {
        let lines = page.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: name) else { return [] }
        let rest = lines[(start + 1)...]
        let end = rest.firstIndex { !$0.isEmpty && !$0.hasPrefix(" ") } ?? rest.endIndex
        return Array(rest[..<end])
    }

    /// Every option `conflictq --help` names: `-c`, `--command`, `--format` ...
    static func helpFlags() throws -> [String] {
        let help = try BinaryRun.run(["--help"]).stdout
        let options = help.components(separatedBy: "\nOPTIONS:\n").last ?? ""
        var flags: [String] = []
        for line in options.split(separator: "\n") where line.hasPrefix("  -") {
            // "  -c, --command <query>   Run a query...": the flags, then their value, then the help.
            for word in line.split(separator: " ").prefix(while: { $0.hasPrefix("-") || $0.hasPrefix("<") }) {
                let flag = word.trimmingCharacters(in: CharacterSet(charactersIn: ","))
                if flag.hasPrefix("-") && !flags.contains(flag) { flags.append(flag) }
            }
        }
        return flags
    }
}
