import Foundation

/// A README section's first `sh` block, run line by line as a reader would, by one POSIX shell
/// (so a `cd` holds for the next line) that finds only the named programs on its path, in an
/// empty folder; and the first `text` block of the section, the output it shows.
public enum ReadmeExample {
    public static func run(section heading: String, programs: [String: String]) throws -> (run: BinaryRun, shown: String) {
        let readme = try String(contentsOfFile: PackagePaths.root + "/README.md", encoding: .utf8)
        guard let section = readme.components(separatedBy: heading).dropFirst().first,
            let commands = section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first,
            let shown = section.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first
        else { throw EngineFailure(description: "the README has no section \(heading) with an sh and a text block") }
        let scratch = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: scratch.file("bin"), withIntermediateDirectories: true)
        for (name, target) in programs {
            try FileManager.default.createSymbolicLink(atPath: scratch.file("bin/" + name), withDestinationPath: target)
        }
        try FileManager.default.createDirectory(atPath: scratch.file("work"), withIntermediateDirectories: true)
        let run = try BinaryRun.execute(
            "/bin/sh", ["-e", "-c", commands], environment: ["PATH": scratch.file("bin") + ":/usr/bin:/bin", "HOME": scratch.path],
            in: scratch.file("work"))
        return (run, shown)
    }
}
