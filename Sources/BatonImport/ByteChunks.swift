import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A CSV file's bytes a chunk at a time, from the file or from data in memory: the import never
/// holds more of a file than one chunk (a 200 MB export read whole took 1 GB).
final class ByteChunks {
    private enum Origin {
        case file(descriptor: Int32)
        case memory(Data)
    }

    /// Bytes per read: large enough that reading costs nothing beside parsing, small beside any store.
    static let chunkBytes = 1 << 20

    private let origin: Origin
    private var offset = 0
    /// The whole size, when known (for progress).
    let totalBytes: Int

    init(data: Data) {
        origin = .memory(data)
        totalBytes = data.count
    }

    /// Throws nothing the lead cannot act on: the caller has checked the path is a readable file.
    init(path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ImportFileError(line: nil, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        var info = stat()
        totalBytes = fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        origin = .file(descriptor: fd)
    }

    deinit {
        if case .file(let fd) = origin { close(fd) }
    }

    /// Back to the first byte: the encoding is found in one pass, the records read in a second.
    func rewind() {
        offset = 0
        if case .file(let fd) = origin { lseek(fd, 0, SEEK_SET) }
    }

    /// The next bytes, or nil at the end of the file.
    func next() throws -> [UInt8]? {
        switch origin {
        case .memory(let data):
            guard offset < data.count else { return nil }
            let end = min(data.count, offset + Self.chunkBytes)
            defer { offset = end }
            return [UInt8](data[(data.startIndex + offset)..<(data.startIndex + end)])
        case .file(let fd):
            var chunk = [UInt8](repeating: 0, count: Self.chunkBytes)
            var filled = 0
            while filled < chunk.count {
                let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ImportFileError(line: nil, reason: "cannot be read any further (\(String(cString: strerror(errno))))")
                }
                if n == 0 { break }
                filled += n
            }
            offset += filled
            guard filled > 0 else { return nil }
            chunk.removeSubrange(filled...)
            return chunk
        }
    }
}
