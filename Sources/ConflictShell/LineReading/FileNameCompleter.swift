/// File names for Tab after `.run`, `.save`, `.load` and `.output`.
enum FileNameCompleter {
    /// The paths that start with `word`: directories end in `/` so Tab can go on into them, and
    /// hidden files appear only when the name typed starts with a dot. `~/` means the home directory.
    static func candidates(for word: String, home: String?) -> [String] {
        let slash = word.lastIndex(of: "/")
        let directoryPart = slash.map { String(word[...$0]) } ?? ""
        let base = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var directory = directoryPart.isEmpty ? "." : directoryPart
        if directory.hasPrefix("~/"), let home { directory = home + directory.dropFirst() }
        return FileSystem.directoryEntries(directory)
            .filter { $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { name in
                directoryPart + name + (FileSystem.isDirectory(directory + "/" + name) ? "/" : "")
            }
    }
}
