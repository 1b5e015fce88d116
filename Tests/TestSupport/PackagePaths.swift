import Foundation

/// Where the package and the built `conflictq` are.
public enum PackagePaths {
    /// The package root, found from this file's path (Tests/TestSupport/), so that scripts and
    /// fixtures need no bundle.
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// The built binary: `$CONFLICTQ_BINARY` if set, to test another build (the release one);
    /// else beside the test bundle, where SwiftPM puts it, then in `.build/debug`.
    public static let binary: String? = {
        if let chosen = ProcessInfo.processInfo.environment["CONFLICTQ_BINARY"] { return chosen }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(), Bundle.main.bundleURL,
            runner.deletingLastPathComponent(), runner.deletingLastPathComponent().deletingLastPathComponent(),
            URL(fileURLWithPath: root + "/.build/debug"),
        ]
        return candidates.map { $0.appendingPathComponent("conflictq").path }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// One of the example scripts in `Scripts/`.
    public static func script(_ name: String) -> String { root + "/Scripts/" + name }
}
