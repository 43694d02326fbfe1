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
    /// The store this journal belongs to, written on its first line.
    let storeID: String
    /// Bytes of that line (0 in an older journal until its next checkpoint).
    private var headerLength: Int

    /// What reading the journal found.
    struct Replay {
        var records: [JournalRecord] = []
        /// The store the journal names on its first line; nil in a journal older than that line.
        var storeID: String?
        /// Bytes of the identity line, 0 when there is none.
        var headerLength = 0
        /// Bytes of whole records from the start; past it lies a torn tail, or nothing.
        var goodLength = 0
        var tornTail = false
        /// The first bad record (1-based among records; `line` counts the identity line too):
        /// a whole line that is not a usable record is damage, never a torn write.
        /// `followed`: whole records come after it.
        var damage: (record: Int, line: Int, reason: String, followed: Bool)?
    }

    /// The journal's first line: `baton-journal store <id>`, naming the store it belongs to, so a
    /// journal copied or left beside another store is never replayed into it.
    static let headerPrefix = "baton-journal store "

    static func headerLine(storeID: String) -> Data { Data("\(headerPrefix)\(storeID)\n".utf8) }

    /// Reads the journal at `path`; a missing journal is an empty one.
    static func read(path: String) throws -> Replay {
        if let size = StoreFile.fileSize(path), size > InputLimits.storeBytes { throw StoreError.tooLarge(path: path, size: size) }
        guard let data = try StoreFile.readFile(path) else { return Replay() }
        return parse(data)
    }

    /// Only a last record cut short — no newline, or fewer bytes than its length says — is a
    /// torn write, cut off at the next open. Anything else that is not a whole, usable record
    /// (a bad checksum, garbage, an unknown version) is damage: the journal is kept as it is.
    static func parse(_ data: Data) -> Replay {
        var replay = Replay()
        let decoder = StoreDocument.decoder()
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var start = 0
            let prefix = Array(headerPrefix.utf8)
            if bytes.count >= prefix.count, bytes[0..<prefix.count].elementsEqual(prefix) {
                guard let newline = bytes.firstIndex(of: 0x0A) else {
                    // The identity line itself was cut short: nothing was ever recorded after it.
                    replay.tornTail = true
                    return
                }
                replay.storeID = String(decoding: bytes[prefix.count..<newline], as: UTF8.self)
                start = newline + 1
                replay.headerLength = start
            }
            var line = replay.headerLength > 0 ? 1 : 0
            var record = 0
            while start < bytes.count {
                line += 1
                record += 1
                let newline = bytes[start...].firstIndex(of: 0x0A)
                let end = newline ?? bytes.count
                let parsed = JournalRecord.parse(UnsafeRawBufferPointer(rebasing: bytes[start..<end]), decoder: decoder,
                                                 complete: newline != nil)
                let isLast = end + 1 >= bytes.count
                switch parsed {
                case .record(let whole):
                    replay.records.append(whole)
                    start = end + 1
                    continue
                case .short where isLast:
                    replay.goodLength = start
                    replay.tornTail = true
                    return
                case .short(let reason), .damaged(let reason), .unusable(let reason):
                    replay.damage = (record, line, reason, !isLast)
                    return
                }
            }
            replay.goodLength = bytes.count
        }
        return replay
    }

    /// Opens for appending, creating it (0600) when missing, and cuts off a torn tail so the next
    /// record follows the last whole one. A journal without an identity line gets one when it is
    /// empty; an older journal holding records keeps its shape until the next checkpoint empties it.
    static func openForAppend(path: String, replay: Replay, storeID: String) throws -> StoreJournal {
        let existed = StoreFile.exists(path)
        // Never through a link: its target would be truncated and chmod'ed.
        let fd = try StoreFile.openFile(path, O_WRONLY | O_CREAT | StoreFile.regularOnly, operation: "open the journal")
        var length = replay.goodLength
        var headerLength = replay.headerLength
        do {
            // Existing journals may predate the 0600 rule, or have been copied with another mode.
            guard fchmod(fd, StoreFile.privateMode) == 0 else { throw StoreFile.fail(path, "set permissions 0600 on") }
            let size = try StoreFile.size(fd, path: path)
            if size != replay.goodLength {
                guard ftruncate(fd, off_t(replay.goodLength)) == 0 else { throw StoreFile.fail(path, "cut the torn record off") }
                try StoreFile.sync(fd, path: path)
            }
            if length == 0 {
                let header = headerLine(storeID: storeID)
                try StoreFile.writeAll(fd, header, at: 0, path: path)
                try StoreFile.sync(fd, path: path)
                length = header.count
                headerLength = header.count
            }
            if !existed { try StoreFile.syncFolder(StoreFile.folder(of: path)) }
        } catch {
            close(fd)
            throw error
        }
        return StoreJournal(path: path, fd: fd, length: length, recordCount: replay.records.count,
                            storeID: storeID, headerLength: headerLength)
    }

    private init(path: String, fd: Int32, length: Int, recordCount: Int, storeID: String, headerLength: Int) {
        self.path = path
        self.fd = fd
        self.length = length
        self.recordCount = recordCount
        self.storeID = storeID
        self.headerLength = headerLength
    }

    deinit { close(fd) }

    /// Returns only once the record is on disk.
    func append(_ account: Account) throws {
        guard !isBroken else { throw StoreError.readOnly([.journalBroken(path: path, error: nil)]) }
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
        guard ftruncate(fd, off_t(headerLength)) == 0 else { throw StoreFile.fail(path, "empty the journal") }
        // The records are gone now even if the sync below fails: the next append starts here.
        length = headerLength
        recordCount = 0
        isBroken = false
        if headerLength == 0 {
            // An older journal without the identity line: it gets one now.
            let header = Self.headerLine(storeID: storeID)
            try StoreFile.writeAll(fd, header, at: 0, path: path)
            length = header.count
            headerLength = header.count
        }
        try StoreFile.sync(fd, path: path)
    }
}
