#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which file a model path names, so that one file given under several names (`m.yaml`,
/// `./m.yaml`, `a/../m.yaml`, a link to it) is known to be one: its device and inode, which every
/// name of a file shares. A shipped model, or a path that names nothing that exists, is known by
/// the name it is given as.
enum FileIdentity: Hashable {
    case name(String)
    case inode(device: UInt64, inode: UInt64)

    init(of path: String) {
        guard path != ModelFiles.builtinPath, ShippedModels.paths(of: path) == nil, ShippedModels.text(of: path) == nil
        else {
            self = .name(path)
            return
        }
        // stat follows links, and does not open the file: a named pipe with no writer does not block it.
        var status = stat()
        guard stat(path, &status) == 0 else {
            self = .name(path)
            return
        }
        self = .inode(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
