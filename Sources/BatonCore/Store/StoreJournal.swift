#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The append-only log beside the store (`portfolio.json.journal`) that makes one change durable
/// with one small write and one fdatasync, whatever the size of the portfolio. A checkpoint
/// folds it into the document and empties it; opening after a crash replays it.
final class StoreJournal {
    let path: String
    private let fd: Int32
    /// Bytes of whole records: the offset of the next append.
    private(set) var length: Int
    private(set) var recordCount: Int
    /// A failed append could not be rolled back: appending more would put good records after a
    /// torn one, which the next open would take for damage.
    private(set) var isBroken = false

    /// What reading the journal found.
    struct Replay {
        var records: [JournalRecord] = []
        /// Bytes of whole records from the start; past it lies a torn tail, or nothing.
        var goodLength = 0
        var tornTail = false
        /// The first bad record (1-based, equal to its line number) when whole records follow
        /// it, or when it is whole but unusable: real damage, never a torn write.
        var damage: (record: Int, reason: String)?
    }

    /// Reads the journal at `path`; a missing journal is an empty one.
    static func read(path: String) throws -> Replay {
        guard let data = try StoreFile.readFile(path) else { return Replay() }
        return parse(data)
    }

    static func parse(_ data: Data) -> Replay {
        var replay = Replay()
        let decoder = StoreDocument.decoder()
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0
            var number = 0
            var firstBad: (record: Int, offset: Int, reason: String)?
            while start < bytes.count {
                number += 1
                guard let newline = bytes[start...].firstIndex(of: 0x0A) else {
                    // No newline: the last write stopped part way.
                    if firstBad == nil { firstBad = (number, start, "the last record is incomplete") }
                    break
                }
                let parsed = JournalRecord.parse(UnsafeRawBufferPointer(rebasing: bytes[start..<newline]), decoder: decoder)
                switch parsed {
                case .record(let record):
                    if let bad = firstBad {
                        // A whole record after a bad one: the bad one was not the last write.
                        replay.damage = (bad.record, bad.reason)
                        return
                    }
                    replay.records.append(record)
                case .torn(let reason):
                    if firstBad == nil { firstBad = (number, start, reason) }
                case .unusable(let reason):
                    replay.damage = firstBad.map { ($0.record, $0.reason) } ?? (number, reason)
                    return
                }
                start = newline + 1
            }
            replay.goodLength = firstBad?.offset ?? bytes.count
            replay.tornTail = firstBad != nil
        }
        return replay
    }

    /// Opens for appending, creating it (0600) when missing, and cuts off a torn tail so the next
    /// record follows the last whole one.
    static func openForAppend(path: String, replay: Replay) throws -> StoreJournal {
        let existed = StoreFile.exists(path)
        let fd = try StoreFile.openFile(path, O_WRONLY | O_CREAT, operation: "open the journal")
        do {
            // Existing journals may predate the 0600 rule, or have been copied with another mode.
            guard fchmod(fd, StoreFile.privateMode) == 0 else { throw StoreFile.fail(path, "set permissions 0600 on") }
            let size = try StoreFile.size(fd, path: path)
            if size != replay.goodLength {
                guard ftruncate(fd, off_t(replay.goodLength)) == 0 else { throw StoreFile.fail(path, "cut the torn record off") }
                try StoreFile.sync(fd, path: path)
            }
            if !existed { try StoreFile.syncFolder(StoreFile.folder(of: path)) }
        } catch {
            close(fd)
            throw error
        }
        return StoreJournal(path: path, fd: fd, length: replay.goodLength, recordCount: replay.records.count)
    }

    private init(path: String, fd: Int32, length: Int, recordCount: Int) {
        self.path = path
        self.fd = fd
        self.length = length
        self.recordCount = recordCount
    }

    deinit { close(fd) }

    /// Returns only once the record is on disk.
    func append(_ account: Account) throws {
        guard !isBroken else { throw StoreError.readOnly(reason: "an earlier write to \(path) failed and could not be undone") }
        let line = try JournalRecord.line(for: account)
        do {
            // pwrite at our own offset rather than O_APPEND: after a failure the next record must
            // land exactly where the last whole one ended.
            try StoreFile.writeAll(fd, line, at: length, path: path)
            // fdatasync carries the data and the new size; the timestamps can wait.
            try StoreFile.syncData(fd, path: path)
        } catch {
            // Undo a partial record so the next append does not follow a torn one.
            if ftruncate(fd, off_t(length)) != 0 || fsync(fd) != 0 { isBroken = true }
            throw error
        }
        length += line.count
        recordCount += 1
    }

    /// Empties the journal once its records are durable in the document.
    func empty() throws {
        guard ftruncate(fd, 0) == 0 else { throw StoreFile.fail(path, "empty the journal") }
        // The file is empty now even if the sync below fails: the next append must start at 0.
        length = 0
        recordCount = 0
        isBroken = false
        try StoreFile.sync(fd, path: path)
    }
}
