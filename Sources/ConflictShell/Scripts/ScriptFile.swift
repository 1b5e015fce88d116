import ModelFileFormat
import ConflictModel

/// Reads a script file whole, up to a size no script written by hand or saved by `.save` comes
/// near: a wrong path (`/dev/zero`, a video) is refused before it fills the memory.
enum ScriptFile {
    /// As large as a model file may be.
    static let maximumSize = ModelFiles.maximumFileSize

    /// The script's text, without the UTF-8 byte order mark some editors put first (as model
    /// files are read): it is no part of the first query.
    static func read(_ path: String) throws(FileSystemError) -> String {
        withoutByteOrderMark(
            try NamedPipeWait.noting([path]) { () throws(FileSystemError) in
                try FileSystem.readText(atPath: path, limit: (maximumSize, "a script"))
            })
    }

    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.unicodeScalars.first == "\u{FEFF}" else { return text }
        return String(text.unicodeScalars.dropFirst())
    }
}
