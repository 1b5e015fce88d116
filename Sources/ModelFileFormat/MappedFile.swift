#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file's bytes mapped into memory, read-only, for as long as this lives: a store's columns are
/// read where they lie, and only the pages a query touches are read from the disk.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    private init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// The file mapped, or why it cannot be.
    static func map(_ path: String, limit: Int) -> Result<MappedFile, ModelFileError> {
        func failure(_ message: String) -> Result<MappedFile, ModelFileError> {
            .failure(ModelFileError(file: path, line: 1, column: 1, field: "", message: message))
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return failure(ModelFileText.reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return failure(ModelFileText.reason(errno)) }
        guard (status.st_mode & S_IFMT) == S_IFREG else {
            return failure((status.st_mode & S_IFMT) == S_IFDIR ? "is a folder, not a model store" : "is not a regular file, as a model store is")
        }
        let size = Int(status.st_size)
        guard size <= limit else { return failure(ModelFileText.tooLarge(size, limit: limit)) }
        // An empty file maps to nothing; its reading then says it is no store.
        guard size > 0 else { return .success(MappedFile(bytes: UnsafeRawBufferPointer(start: nil, count: 0))) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return failure(ModelFileText.reason(errno))
        }
        return .success(MappedFile(bytes: UnsafeRawBufferPointer(start: address, count: size)))
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}

/// Bytes copied out of an array to a place that does not move, for a store read from memory.
final class CopiedBytes: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    init(_ array: [UInt8]) {
        let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: max(array.count, 1), alignment: 8)
        copy.copyBytes(from: array)
        bytes = UnsafeRawBufferPointer(rebasing: copy[0..<array.count])
    }

    deinit { bytes.baseAddress.map { UnsafeMutableRawPointer(mutating: $0).deallocate() } }
}
