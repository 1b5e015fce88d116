import Foundation
import Synchronization
import TestSupport
import Testing

@testable import ConflictShell

@Suite struct HistoryFileTests {
    @Test func entriesAreWrittenInLibeditsFormat() {
        #expect(
            HistoryFile.encode(["actors", "claims where\nmeasure = killed", #"a\b"#]) == """
                _HiStOrY_V2_
                actors
                claims\\040where\\012measure\\040=\\040killed
                a\\\\b

                """)
    }

    @Test func entriesRoundTripWithLineBreaksBlanksBackslashesAndUTF8() {
        let entries = [
            "claims where\n  party = \"Afghan Taliban\"", "describe Türkiye", "tab\there", #"back\slash\040"#, "  leading",
        ]
        #expect(HistoryFile.decode(HistoryFile.encode(entries)) == entries)
    }

    @Test func libeditsOtherEscapesAndPlainFilesAreRead() {
        #expect(HistoryFile.decode("_HiStOrY_V2_\na\\sb\\nc\\M-C\\M-<\n") == ["a b\nc\u{FC}"])
        #expect(HistoryFile.decode("actors\nevents\n") == ["actors", "events"])
        #expect(HistoryFile.decode("") == [])
    }

    @Test func appendingCreatesTheDirectoryAndKeepsEarlierEntries() throws {
        let directory = try TemporaryDirectory()
        let history = HistoryFile(path: directory.file("state/conflictq/history"))
        try history.append(["actors"])
        try history.append(["claims where\nmeasure = killed"])
        #expect(try history.load() == ["actors", "claims where\nmeasure = killed"])
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func twoShellsAppendingKeepEachOthersEntries() throws {
        let directory = try TemporaryDirectory()
        let first = HistoryFile(path: directory.file("history"))
        let second = HistoryFile(path: directory.file("history"))
        try first.append(["from the first"])
        try second.append(["from the second"])
        try first.append(["first again"])
        #expect(try first.load() == ["from the first", "from the second", "first again"])
    }

    @Test func concurrentWritersNeverLoseOrCorruptAnEntry() throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("history")
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { writer in
            for entry in 0..<20 {
                do { try HistoryFile(path: path).append(["writer \(writer) entry \(entry)\nsecond line"]) } catch {
                    failures.withLock { $0 += 1 }
                }
            }
        }
        #expect(failures.withLock { $0 } == 0)
        let entries = try HistoryFile(path: path).load()
        #expect(entries.count == 160)
        #expect(Set(entries).count == 160)
        #expect(!FileManager.default.fileExists(atPath: path + ".tmp-\(getpid())"))
    }

    @Test func theOldestEntriesGoWhenTheFileIsFull() throws {
        let directory = try TemporaryDirectory()
        var history = HistoryFile(path: directory.file("history"))
        history.capacity = 3
        try history.append(["1", "2", "3"])
        try history.append(["4"])
        #expect(try history.load() == ["2", "3", "4"])
    }

    @Test func aFolderOrADeviceIsRefusedAndTheEntriesStay() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.file("folder"), withIntermediateDirectories: false)
        let folder = HistoryFile(path: directory.file("folder"))
        #expect(throws: FileSystemError("cannot write \(folder.path): it is a directory")) { try folder.append(["actors"]) }
        #expect(throws: FileSystemError("cannot read \(folder.path): it is a directory")) { try folder.load() }
        // Read as a file, /dev/zero would never end; written, /dev/full would have no room.
        for device in ["/dev/zero", "/dev/full"] {
            #expect(throws: FileSystemError("cannot read \(device): it is not a regular file")) {
                try HistoryFile(path: device).load()
            }
            #expect(throws: FileSystemError("cannot write \(device): it is not a regular file")) {
                try HistoryFile(path: device).append(["actors"])
            }
        }
        #expect(FileManager.default.fileExists(atPath: "/dev/full"))
    }

    @Test func aLinkedHistoryStaysALink() throws {
        let directory = try TemporaryDirectory()
        try HistoryFile(path: directory.file("real")).append(["actors"])
        try FileManager.default.createSymbolicLink(atPath: directory.file("link"), withDestinationPath: directory.file("real"))
        let history = HistoryFile(path: directory.file("link"))
        try history.append(["measures"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("link")) == directory.file("real"))
        #expect(HistoryFile.decode(try directory.read("real")) == ["actors", "measures"])
    }

    @Test func aLinkMadeBeforeItsFileGetsTheFileWhereItPoints() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: directory.file("synced"), withIntermediateDirectories: false)
        // A chain of two links, the second relative to its own folder.
        try FileManager.default.createSymbolicLink(atPath: directory.file("synced/via"), withDestinationPath: "history")
        try FileManager.default.createSymbolicLink(
            atPath: directory.file("link"), withDestinationPath: directory.file("synced/via"))
        try HistoryFile(path: directory.file("link")).append(["actors"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("link")) == directory.file("synced/via"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("synced/via")) == "history")
        #expect(HistoryFile.decode(try directory.read("synced/history")) == ["actors"])
    }

    @Test func aLinkThatLoopsIsAnErrorAndStays() throws {
        let directory = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: directory.file("a"), withDestinationPath: directory.file("b"))
        try FileManager.default.createSymbolicLink(atPath: directory.file("b"), withDestinationPath: directory.file("a"))
        #expect(throws: FileSystemError("cannot write \(directory.file("a")): Too many levels of symbolic links")) {
            try HistoryFile(path: directory.file("a")).append(["actors"])
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: directory.file("a")) == directory.file("b"))
    }

    /// As root, on a history that belongs to someone else (nobody here): it stays theirs. As
    /// anyone, its mode stays what it was, not 0600.
    @Test func aSavedHistoryKeepsItsModeAndOwner() throws {
        let directory = try TemporaryDirectory()
        let history = HistoryFile(path: directory.file("history"))
        try "_HiStOrY_V2_\nactors\n".write(toFile: history.path, atomically: false, encoding: .utf8)
        chmod(history.path, 0o640)
        let owner: uid_t = getuid() == 0 ? 65534 : getuid()
        let group: gid_t = getuid() == 0 ? 65534 : getgid()
        chown(history.path, owner, group)
        try history.append(["measures"])
        var status = stat()
        #expect(stat(history.path, &status) == 0)
        #expect(status.st_mode & 0o7777 == 0o640)
        #expect(status.st_uid == owner && status.st_gid == group)
        #expect(try history.load() == ["actors", "measures"])
    }

    /// Root may write any file, but a history made read-only is meant to stay as it is.
    @Test func aReadOnlyHistoryIsRefusedAndLeftAlone() throws {
        let directory = try TemporaryDirectory()
        let history = HistoryFile(path: directory.file("history"))
        let old = "_HiStOrY_V2_\nactors\n"
        try old.write(toFile: history.path, atomically: false, encoding: .utf8)
        chmod(history.path, 0o444)
        #expect(throws: FileSystemError("cannot write \(history.path): it is read-only")) { try history.append(["measures"]) }
        #expect(try directory.read("history") == old)
        #expect(try history.load() == ["actors"])
    }

    /// Only the file's end is read; its first line still says how it is written, and the entry the
    /// end begins inside is left out. Saving then keeps the last `capacity` entries alone.
    @Test func aLargeHistoryIsReadFromItsEndAndShrinksWhenSaved() throws {
        let directory = try TemporaryDirectory()
        var history = HistoryFile(path: directory.file("history"))
        history.maximumReadSize = 1000
        history.capacity = 5
        let entries = (1...200).map { "claims where\nvalue > \($0)" }
        try HistoryFile.encode(entries).write(toFile: history.path, atomically: false, encoding: .utf8)
        let (loaded, warning) = try history.loadNotingSize()
        #expect(loaded == Array(entries.suffix(5)))
        #expect(warning?.hasSuffix("only its last entries were read, and the older ones are dropped when it is next saved") == true)
        try history.append(["actors"])
        #expect(HistoryFile.decode(try directory.read("history")) == Array(entries.suffix(4)) + ["actors"])
        #expect(try history.loadNotingSize().warning == nil)
    }

    /// A name of 255 bytes, the longest there is: the lock and the temporary file beside it are cut
    /// to fit, and a leftover of a writer that no longer runs is still found and removed.
    @Test func aHistoryWithTheLongestNameIsSaved() throws {
        let directory = try TemporaryDirectory()
        let name = String(repeating: "é", count: 127) + "h"
        let history = HistoryFile(path: directory.file(name))
        let leftover = FileSystem.siblingName(of: name, suffix: ".tmp-", reserving: 10) + String(pid_t.max)
        #expect(leftover.utf8.count <= 255)
        #expect(FileManager.default.createFile(atPath: directory.file(leftover), contents: Data("half".utf8)))
        try history.append(["actors"])
        #expect(try history.load() == ["actors"])
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        #expect(names == [name, String(name.dropLast(3)) + ".lock"].sorted())
    }

    @Test func theLocationFollowsTheEnvironment() {
        #expect(
            HistoryLocation.path(in: ShellEnvironment(variables: ["CONFLICTQ_HISTORY": "/x/h", "HOME": "/home/a"])) == "/x/h")
        #expect(
            HistoryLocation.path(in: ShellEnvironment(variables: ["XDG_STATE_HOME": "/s", "HOME": "/home/a"]))
                == "/s/conflictq/history")
        #expect(
            HistoryLocation.path(in: ShellEnvironment(variables: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]))
                == "/home/a/.local/state/conflictq/history")
        #expect(
            HistoryLocation.path(in: ShellEnvironment(variables: ["HOME": "/home/a"])) == "/home/a/.local/state/conflictq/history"
        )
        // No home, or a relative one: no history rather than a file in whatever folder the shell started in.
        #expect(HistoryLocation.path(in: ShellEnvironment(variables: [:])) == nil)
        #expect(HistoryLocation.path(in: ShellEnvironment(variables: ["HOME": "home"])) == nil)
    }
}
