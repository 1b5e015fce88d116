import ModelFileFormat
import ConflictModel
import Foundation

/// Where the test model files are, found from this file's own path rather than as bundle resources,
/// so that the paths in error messages are the files' real ones.
enum Fixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path

    static func broken(_ name: String) -> String { directory + "/BrokenModels/" + name }

    static func model(_ name: String) -> String { directory + "/Models/" + name }

    /// The errors that loading the text gives, rendered; empty when it loads.
    static func errors(_ text: String, path: String = "m.yaml") -> [String] {
        do {
            _ = try ModelFiles.load(text: text, path: path)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    /// The errors that loading the files gives, rendered; empty when they load.
    static func errors(loading paths: [String]) -> [String] {
        do {
            _ = try ModelFiles.load(paths)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }
}
