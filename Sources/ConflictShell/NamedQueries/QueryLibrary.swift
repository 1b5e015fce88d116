/// The user's saved queries: one script per name, `NAME.cq`, in `$XDG_DATA_HOME/conflictq/queries/`,
/// else `$HOME/.local/share/conflictq/queries/`.
///
/// Data in the XDG base directory scheme, unlike the history, which is state: the user made these
/// and would miss them. The folder is made on the first save, readable only by its owner, as
/// are the files in it: an analyst's queries may say what they are working on.
struct QueryLibrary {
    let folder: String

    /// Where the library is; nil when neither variable is set (XDG ignores a relative path).
    static func location(in environment: ShellEnvironment) -> QueryLibrary? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return QueryLibrary(folder: data + "/conflictq/queries")
        }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return QueryLibrary(folder: home + "/.local/share/conflictq/queries")
    }

    static let unavailable = "there is no query library: neither XDG_DATA_HOME (an absolute path) nor HOME is set"

    /// The longest name a saved query may have: enough to say what it is, well inside a file name.
    static let longestName = 64

    /// One saved query: its name as it was saved, and its file.
    struct Entry: Equatable {
        let name: String
        let path: String
    }

    /// Why `name` cannot name a saved query, or nil when it can: ASCII letters, digits, `_` and `-`,
    /// starting with a letter or digit, so that it is a file name on every system, never a hidden
    /// one or a flag, and types the same on any keyboard.
    static func problem(withName name: String) -> String? {
        let allowed = name.unicodeScalars.allSatisfy { $0.isASCII && (isLetterOrDigit($0) || $0 == "_" || $0 == "-") }
        guard allowed, let first = name.unicodeScalars.first, isLetterOrDigit(first) else {
            return "\"\(name)\" is no query name: a name is ASCII letters, digits, _ and -, "
                + "starting with a letter or digit; a file name needs a / or a . (./\(name))"
        }
        guard name.count <= longestName else {
            return "a query name is at most \(longestName) characters; this one has \(name.count)"
        }
        return nil
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Every saved query, by name ignoring case; files that are not `NAME.cq` for a good name (an
    /// editor's backup, a half-written temporary file) are not saved queries.
    func entries() -> [Entry] {
        FileSystem.directoryEntries(folder).compactMap { file -> Entry? in
            guard file.hasSuffix(".cq") else { return nil }
            let name = String(file.dropLast(3))
            let path = folder + "/" + file
            guard Self.problem(withName: name) == nil, FileSystem.exists(path), FileSystem.nonFileKind(path) == nil else {
                return nil
            }
            return Entry(name: name, path: path)
        }
        .sorted { ($0.name.lowercased(), $0.name) < ($1.name.lowercased(), $1.name) }
    }

    /// The query saved as `name`, ignoring case as dot-commands do: a file system that ignores case
    /// (macOS) and one that does not (Linux) then find the same one.
    func entry(named name: String) -> Entry? {
        entries().first { $0.name.lowercased() == name.lowercased() }
    }

    /// Where `.save NAME` writes: the file of the query saved under that name in another case, so
    /// that saving never makes two, or a new `NAME.cq`; the folder made first.
    func pathForSaving(_ name: String) throws(FileSystemError) -> String {
        try FileSystem.createDirectories(folder)
        return entry(named: name)?.path ?? folder + "/" + name + ".cq"
    }
}
