import Foundation
import PackagePlugin

/// Gives the target a `BuildInfo.source` constant: the commit it is built from and whether the
/// work tree had changes ("5716edf, modified"), or "unknown commit" outside a git work tree.
///
/// Git runs at build time, so `conflictq --version` costs nothing at run time. A prebuild command,
/// because it must run on every build: the tree's state is no file a build command could name as
/// its input. The script rewrites its output only when the text changes.
@main
struct BuildInfo: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [
            .prebuildCommand(
                displayName: "Noting the commit \(target.name) is built from",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [
                    package.appending(path: "Plugins/BuildInfo/build-info.sh").path, package.path,
                    output.appending(path: "BuildInfo.swift").path,
                ],
                outputFilesDirectory: output)
        ]
    }
}
