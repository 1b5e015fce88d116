/// The shell's file reading and writing, for the command line's other commands (`conflictq
/// draft`): the same limits, errors and safe replacement as scripts and `.save` have.
public enum CommandFiles {
    /// The text of `path` (`-` is standard input), or why it cannot be read. Reading stops past
    /// `limit` bytes with an error naming `what` the file was to be.
    public static func read(_ path: String, what: String, limit: Int) -> Result<String, CommandFileError> {
        do {
            return .success(try FileSystem.readText(atPath: path == "-" ? "/dev/stdin" : path, limit: (limit, what)))
        } catch {
            return .failure(CommandFileError(description: error.description))
        }
    }

    /// `read`'s bytes, undecoded, for a reader that checks them itself and names the row of a bad one.
    public static func readBytes(_ path: String, what: String, limit: Int) -> Result<[UInt8], CommandFileError> {
        do {
            return .success(try FileSystem.readBytes(atPath: path == "-" ? "/dev/stdin" : path, limit: (limit, what)))
        } catch {
            return .failure(CommandFileError(description: error.description))
        }
    }

    /// Writes `text` to `path` whole or not at all, keeping a replaced file's mode and owner; the
    /// error, or nil when it is written.
    public static func write(_ text: String, to path: String) -> String? {
        write(bytes: Array(text.utf8), to: path)
    }

    /// `write` for bytes that are not text, such as a model store.
    public static func write(bytes: [UInt8], to path: String) -> String? {
        do {
            try FileSystem.writeAtomically(bytes: bytes, toPath: path)
            return nil
        } catch {
            return error.description
        }
    }
}

/// Why a file could not be read, as its message.
public struct CommandFileError: Error, CustomStringConvertible {
    public let description: String
}
