import ModelFileFormat
import ConflictModel

/// Reads a script file whole, up to a size no script written by hand or saved by `.save` comes
/// near: a wrong path (`/dev/zero`, a video) is refused before it fills the memory.
enum ScriptFile {
    /// As large as a model file may be.
    static let maximumSize = ModelFiles.maximumFileSize

    static func read(_ path: String) throws(FileSystemError) -> String {
        try NamedPipeWait.noting([path]) { () throws(FileSystemError) in
            try FileSystem.readText(atPath: path, limit: (maximumSize, "a script"))
        }
    }
}
