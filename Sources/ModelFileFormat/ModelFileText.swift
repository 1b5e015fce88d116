import ConflictModel
import ConflictDiagnostics

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a model file's bytes as UTF-8 text, refusing what cannot be a model file before it is
/// parsed: a missing file, a folder, a file over the size limit, text that is not UTF-8.
enum ModelFileText {
    /// The file's text, or the one error that stops it from being read at all.
    ///
    /// The size is checked before anything is read, and reading stops one byte past the limit, so a
    /// wrong path to a large file costs nothing; pipes and devices, which have no size, are read up to
    /// the limit.
    static func read(_ path: String) -> Result<String, ModelFileError> {
        readBytes(path, limit: ModelFiles.maximumFileSize).flatMap { decode($0, file: path) }
    }

    /// The file's bytes, or an error when it cannot be read or is larger than `limit`.
    static func readBytes(_ path: String, limit: Int) -> Result<[UInt8], ModelFileError> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(fileError(path, reason(errno))) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(fileError(path, reason(errno))) }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(fileError(path, "is a folder, not a model file"))
        }
        if Int(status.st_size) > limit {
            return .failure(fileError(path, tooLarge(Int(status.st_size), limit: limit)))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(Int(status.st_size), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { CLibrary.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(fileError(path, reason(errno)))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
        if bytes.count > limit {
            return .failure(fileError(path, tooLarge(bytes.count, atLeast: true, limit: limit)))
        }
        return .success(bytes)
    }

    /// The bytes as text; an error at the line and column of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], file: String) -> Result<String, ModelFileError> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a UTF-8 byte order mark
        var iterator = body.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1
        var column = 1
        var offset = body.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return .success(String(decoding: body, as: UTF8.self))
            case .error:
                let hex = String(body[offset], radix: 16, uppercase: true)
                let byte = "0x" + (hex.count == 1 ? "0" + hex : hex)
                var message = "the file is not UTF-8 text: byte \(byte) cannot be read as a character"
                if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
                    message += "; it looks like UTF-16: save it as UTF-8"
                }
                return .failure(ModelFileError(file: file, line: line, column: column, field: "", message: message))
            }
        }
    }

    static func tooLarge(_ size: Int, atLeast: Bool = false, limit: Int = ModelFiles.maximumFileSize) -> String {
        let what = limit == ModelFiles.maximumFileSize ? "a model file" : "a model store"
        return "the file is \(atLeast ? "more than " : "")\(atLeast ? limit : size) bytes, larger than the "
            + "\(limit / (1024 * 1024)) MiB (\(limit) bytes) \(what) may have"
    }

    private static func fileError(_ path: String, _ message: String) -> ModelFileError {
        ModelFileError(file: path, line: 1, column: 1, field: "", message: message)
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file"
        case EACCES: return "permission denied"
        case EISDIR: return "is a folder, not a model file"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}

/// The C library's `read`, named apart from `ModelFileText.read` so that the call is unambiguous.
private enum CLibrary {
    static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            return Glibc.read(descriptor, buffer, count)
        #elseif canImport(Musl)
            return Musl.read(descriptor, buffer, count)
        #else
            return Darwin.read(descriptor, buffer, count)
        #endif
    }
}
