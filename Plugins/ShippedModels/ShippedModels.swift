import Foundation
import PackagePlugin

/// Gives the target the texts of the model files in `Models/`, so that the one static executable
/// carries the shipped models (`--model timeline`) without files beside it to find at run time.
///
/// A build command with the files as its inputs: it runs again only when one of them changes.
@main
struct ShippedModels: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let models = package.appending(path: "Models")
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedModelTexts.swift")
        let files = try FileManager.default.subpathsOfDirectory(atPath: models.path)
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return [
            .buildCommand(
                displayName: "Embedding the shipped models in \(target.name)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [package.appending(path: "Plugins/ShippedModels/embed-models.sh").path, output.path, models.path]
                    + files,
                inputFiles: files.map { models.appending(path: $0) }
                    + [package.appending(path: "Plugins/ShippedModels/embed-models.sh")],
                outputFiles: [output])
        ]
    }
}
