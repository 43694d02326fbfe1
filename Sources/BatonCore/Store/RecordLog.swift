#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An append-only file of checked records (`CheckedLine`), each durable before `append`
/// returns — the journal's way of writing, for other logs beside the store (the shared store's
/// outbox). Created 0600 in a 0700 folder, never through a link; a torn last record (a write cut
/// by a crash) is cut off at open; a damaged record in the middle is refused, never skipped.
public final class RecordLog {
    public let path: String
    private let fd: Int32
    /// Bytes of whole records: the offset of the next append.
    private var length: Int

    /// Opens (creating it when missing) and returns the JSON of every whole record, oldest first.
    public static func open(path: String) throws -> (log: RecordLog, records: [Data]) {
        try StoreFile.makeFolder(StoreFile.folder(of: path))
        let existed = StoreFile.exists(path)
        let fd = try StoreFile.openFile(path, O_RDWR | O_CREAT | StoreFile.regularOnly, operation: "open")
        do {
            guard fchmod(fd, StoreFile.privateMode) == 0 else { throw StoreFile.fail(path, "set permissions 0600 on") }
            let data = try StoreFile.readFile(path) ?? Data()
            var records: [Data] = []
            var good = 0
            try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var start = 0
                while start < bytes.count {
                    let newline = bytes[start...].firstIndex(of: 0x0A)
                    let end = newline ?? bytes.count
                    let isLast = end + 1 >= bytes.count
                    switch CheckedLine.parse(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), complete: newline != nil) {
                    case .whole(let json):
                        records.append(json)
                        start = end + 1
                        good = start
                    case .short where isLast:
                        return
                    case .short(let reason), .damaged(let reason):
                        throw StoreError.io(path: path, operation: "read record \(records.count + 1) of (\(reason)); it is kept as it is",
                                            errno: EILSEQ)
                    }
                }
            }
            if good != data.count {
                guard ftruncate(fd, off_t(good)) == 0 else { throw StoreFile.fail(path, "cut the torn record off") }
                try StoreFile.sync(fd, path: path)
            }
            if !existed { try StoreFile.syncFolder(StoreFile.folder(of: path)) }
            return (RecordLog(path: path, fd: fd, length: good), records)
        } catch {
            close(fd)
            throw error
        }
    }

    private init(path: String, fd: Int32, length: Int) {
        self.path = path
        self.fd = fd
        self.length = length
    }

    deinit { close(fd) }

    /// Returns only once the record is on disk; a failed write is undone so no record follows a torn one.
    public func append(_ json: Data) throws {
        let line = CheckedLine.line(for: json)
        do {
            try StoreFile.writeAll(fd, line, at: length, path: path)
            try StoreFile.syncData(fd, path: path)
        } catch {
            _ = ftruncate(fd, off_t(length))
            throw error
        }
        length += line.count
    }

    /// Empties the log (every record in it has done its work).
    public func empty() throws {
        guard ftruncate(fd, 0) == 0 else { throw StoreFile.fail(path, "empty") }
        length = 0
        try StoreFile.sync(fd, path: path)
    }

    /// Bytes of whole records.
    public var size: Int { length }
}
