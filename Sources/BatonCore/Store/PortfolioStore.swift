#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The lead's portfolio on disk: one JSON document plus a journal of changes since it was last
/// written, so that whatever a lead marked in a meeting survives a crash, a kill or a power cut.
///
/// Beside `portfolio.json` live `portfolio.json.bak` (the previous version), `.journal` (changes
/// not yet folded in), `.lock` (who has it open), and after a migration `.v<N>.bak` (the file as
/// the older build wrote it). All are 0600: they hold internal notes about customers.
public final class PortfolioStore {
    public internal(set) var portfolio: Portfolio
    public let path: String
    public internal(set) var access: StoreAccess
    /// The identity written in the store's header and on its journal's first line.
    public private(set) var storeID: String

    public var backupPath: String { path + ".bak" }
    public var journalPath: String { path + ".journal" }
    public var lockPath: String { path + ".lock" }

    /// Changes in the journal that the document does not hold yet.
    public var journalRecordCount: Int { journal?.recordCount ?? replayedRecords }

    private var lock: StoreLock?
    var journal: StoreJournal?
    private var replayedRecords: Int
    /// Where each account sits in `portfolio.accounts`, so a commit does not scan 10,000 ids.
    var positions: [String: Int]
    /// The document on disk is in an older format, or has no identity yet: the next checkpoint rewrites it.
    var needsRewrite: Bool
    /// The document was read in the exact shape Baton writes (format, layout, key order): only
    /// such a document can have a summary index. False for one another tool wrote (python's
    /// `json.dump`, a merge) or an older format, until it is rewritten (`rewriteInOwnLayout`).
    public private(set) var inOwnLayout = true
    /// The file Baton last read or wrote: a checkpoint first checks the store is still that one.
    var documentIdentity: StoreFile.Identity?
    /// Read-only only because another process held the lock (a `baton list`, another dashboard):
    /// `retryLock()` may make it writable once that process is gone.
    private var lockedOut = false
    /// Each account changed since the document was last read or written, as the document holds
    /// it (nil inside: an account the document does not hold, added since). What an outside
    /// edit is merged against: an account the other program left as it was takes this
    /// session's version. Emptied by every write of the document.
    var bases: [String: Account?] = [:]
    /// Every file this session's version was written aside to (`.mine-…json`) because the store
    /// was changed by something else: the exit status says so.
    public internal(set) var writtenAside: [String] = []

    private init(path: String, portfolio: Portfolio, access: StoreAccess, storeID: String, lock: StoreLock?,
                 journal: StoreJournal?, replayedRecords: Int, needsRewrite: Bool, documentIdentity: StoreFile.Identity?) {
        self.path = path
        self.storeID = storeID
        self.documentIdentity = documentIdentity
        self.portfolio = portfolio
        self.access = access
        self.lock = lock
        self.journal = journal
        self.replayedRecords = replayedRecords
        self.needsRewrite = needsRewrite
        positions = Dictionary(portfolio.accounts.enumerated().map { ($0.element.id, $0.offset) },
                               uniquingKeysWith: { first, _ in first })
    }

    /// Dropping the store without `close()` (or a crash) leaves the journal for the next open to replay.
    deinit {
        journal = nil
        lock?.release()
    }

    /// Opens (creating with makeDefault() when the file does not exist), takes the lock, replays the journal.
    ///
    /// Order: the document first, without the lock, so that a store that cannot be read (or is
    /// no regular file: a FIFO, a device) is refused before anything is created beside it; then
    /// the lock, and the document again if another Baton replaced it in between; then the
    /// journal, replayed on top. Only when all of that went well does the store become
    /// writable: leftovers of a killed checkpoint are removed, a torn last journal record is cut
    /// off, and a migrated file's original is kept as `portfolio.json.v<N>.bak`.
    ///
    /// A store path that is a symbolic link (a dotfiles repository, a synced folder) is followed,
    /// so that saving replaces the file it points to rather than the link; `path` is then the
    /// target. A link to nothing is refused.
    ///
    /// `forReading` (`baton list`): no lock is taken and nothing is written, so a reader never
    /// makes a dashboard started beside it read-only; a missing store is made in memory only.
    ///
    /// `held`: the store taken before it was read (`Held`): its lock and journal are taken over
    /// here, and the journal as it was then is replayed; the accounts committed since are put on
    /// top by `adopt`. When this throws, the caller releases it.
    public static func open(path: String, creatingWith makeDefault: () -> Portfolio, now: Date = Date(),
                            forReading: Bool = false, held: Held? = nil) throws -> PortfolioStore {
        let path = try StoreFile.followingSymlink(path)
        var document = try readDocument(path: path)
        var reasons: [ReadOnlyReason] = []
        var lock: StoreLock?
        var held = held
        if let taken = held, taken.path != path || document?.identity != taken.identity {
            // Replaced since it was mapped for the first frame (by another program): let go and
            // open it as before; its journal, with what was committed meanwhile, is replayed.
            taken.release()
            held = nil
        }
        if let held {
            lock = held.lock
        } else if forReading {
            reasons.append(.openedForReading)
        } else {
            try StoreFile.makeFolder(StoreFile.folder(of: path))
            switch StoreLock.acquire(path + ".lock") {
            case .acquired(let held): lock = held
            case .unavailable(let reason): reasons.append(reason)
            }
            if lock != nil, document?.identity != StoreFile.identity(of: path) {
                // Another Baton saved or created the store between our read and the lock.
                document = try readDocument(path: path)
            }
        }
        if document == nil {
            // A store that is gone while its backup or journal remains was deleted or lost:
            // creating a fresh one would overwrite that backup at the first checkpoint.
            let leftovers = [path + ".bak", path + ".journal"].filter { (StoreFile.fileSize($0) ?? 0) > 0 }
            guard leftovers.isEmpty else { throw StoreError.missing(path: path, leftovers: leftovers) }
            let portfolio = makeDefault()
            let newID = StoreDocument.newStoreID()
            var identity: StoreFile.Identity?
            if lock != nil {
                try AtomicFile.write(try StoreDocument.encode(portfolio, savedAt: now, storeID: newID), to: path)
                identity = StoreFile.identity(of: path)
            }
            document = Document(contents: StoreDocument.Contents(portfolio: portfolio, formatVersion: StoreDocument.currentFormatVersion,
                                                                 savedAt: now, storeID: newID),
                                original: nil, identity: identity)
        }
        var replay = try held?.replay ?? StoreJournal.read(path: path + ".journal")
        // Without the lock, the Baton holding it may checkpoint between our reads of the document
        // and of the journal, which can look like damage: read again before believing it.
        for _ in 0..<3 where lock == nil && replay.damage != nil {
            usleep(20_000)
            document = try readDocument(path: path) ?? document
            replay = try StoreJournal.read(path: path + ".journal")
        }
        guard let document else { throw StoreError.missing(path: path, leftovers: []) }
        let contents = document.contents
        if contents.formatVersion > StoreDocument.currentFormatVersion {
            reasons.append(.newerFormat(path: path, version: contents.formatVersion, readsUpTo: StoreDocument.currentFormatVersion))
        }
        // A store from before identities takes its journal's (written at an open since), else a new one.
        let fileStoreID = contents.storeID.flatMap { StoreDocument.isUsableStoreID($0) ? $0 : nil }
        let storeID = fileStoreID ?? replay.storeID.flatMap { StoreDocument.isUsableStoreID($0) ? $0 : nil } ?? StoreDocument.newStoreID()
        var portfolio = contents.portfolio
        var positions = Dictionary(portfolio.accounts.enumerated().map { ($0.element.id, $0.offset) },
                                   uniquingKeysWith: { first, _ in first })
        var replayed = replay.records.count
        var bases: [String: Account?] = [:]
        if let fileStoreID, let journalID = replay.storeID, journalID != fileStoreID {
            // Copied or left beside this store from another one: never replayed, never touched.
            reasons.append(.untrustedJournal(StoreError.foreignJournal(path: path + ".journal", journalStoreID: journalID, storeID: fileStoreID).description))
            replay.damage = nil
            replayed = 0
        } else {
            for record in replay.records {
                let id = record.upsert.id
                if bases[id] == nil { bases[id] = .some(positions[id].map { portfolio.accounts[$0] }) }
                upsert(record.upsert, into: &portfolio, positions: &positions)
            }
        }
        if let damage = replay.damage {
            reasons.append(.untrustedJournal(StoreError.damagedJournal(path: path + ".journal", line: damage.line, record: damage.record,
                                                                       reason: damage.reason, followed: damage.followed).description))
        }

        guard reasons.isEmpty, let lock else {
            // Read-only: hold nothing, so a writable Baton can still start.
            lock?.release()
            let store = PortfolioStore(path: path, portfolio: portfolio, access: .readOnly(reasons),
                                       storeID: storeID, lock: nil, journal: nil, replayedRecords: replayed, needsRewrite: false,
                                       documentIdentity: document.identity)
            store.lockedOut = !forReading && lock == nil && reasons.count == 1
            store.inOwnLayout = document.inOwnLayout
            return store
        }
        // Found readable by others (copied, restored, made by hand): private from now, not from the next save.
        for file in [path, path + ".bak"] where StoreFile.exists(file) {
            if let mode = StoreFile.mode(of: file), mode != StoreFile.privateMode { _ = chmod(file, StoreFile.privateMode) }
        }
        AtomicFile.removeLeftovers(beside: path)
        let journal = try held?.journal ?? StoreJournal.openForAppend(path: path + ".journal", replay: replay, storeID: storeID)
        let migrated = contents.formatVersion < StoreDocument.currentFormatVersion
        if migrated, let original = document.original {
            try AtomicFile.write(original, to: "\(path).v\(contents.formatVersion).bak", existing: .keep)
        }
        let store = PortfolioStore(path: path, portfolio: portfolio, access: .readWrite, storeID: storeID, lock: lock, journal: journal,
                                   replayedRecords: 0, needsRewrite: migrated || fileStoreID == nil,
                                   documentIdentity: StoreFile.identity(of: path))
        store.bases = bases
        store.inOwnLayout = document.inOwnLayout
        return store
    }

    /// The document as read: its contents, its bytes (kept for a migration's backup) and which file it was.
    struct Document {
        var contents: StoreDocument.Contents
        var original: Data?
        var identity: StoreFile.Identity?
        /// Read through the streaming path, which takes only the shape `encode` writes.
        var inOwnLayout = true
    }

    /// The document at `path`, nil when there is none; refused (thrown) when it cannot be read.
    static func readDocument(path: String) throws -> Document? {
        if let size = StoreFile.fileSize(path), size > InputLimits.storeBytes { throw StoreError.tooLarge(path: path, size: size) }
        // Through a window first: at 10,000 accounts the whole text (~300 MB) and the portfolio
        // decoded from it no longer sit in memory together.
        let streamed = try StoreFile.withFileForReading(path, followingLinks: false) { fd, info -> Document? in
            guard let contents = StoreDocument.readStreaming(fd: fd, size: Int(info.st_size)) else { return nil }
            return Document(contents: contents, original: nil, identity: StoreFile.Identity(info),
                            inOwnLayout: hasOwnTail(fd: fd, size: Int(info.st_size)))
        }
        if let streamed, let document = streamed { return document }
        guard let (bytes, identity) = try StoreFile.readFileBytesAndIdentity(path) else { return nil }
        let read = try StoreDocument.read(bytes: bytes, path: path)
        return Document(contents: read.contents, original: read.original, identity: identity, inOwnLayout: false)
    }

    /// Whether the document ends as `encode` writes it (`"savedAt" : "…"`, `"storeID" : "…"`):
    /// the streaming read also takes another tool's whitespace (python's `json.dump` keeps Baton's
    /// key order), but an index describes only Baton's own bytes.
    static func hasOwnTail(fd: Int32, size: Int) -> Bool {
        let length = min(size, 512)
        var bytes = Data(count: length)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, length, off_t(size - length)) }
        guard n == length else { return false }
        let tail = StoreDocumentMap.tail(of: bytes)
        return tail.savedAt != nil && tail.storeID != nil
    }

    /// For a store opened read-only only because another process held the lock: takes the lock
    /// if it is free now and becomes writable — when the store, read again, still holds exactly
    /// the portfolio shown (the other process only folded its journal, as `baton list` does).
    /// If the other process changed it, the store stays read-only and says so. True when writable.
    public func retryLock() -> Bool {
        guard lockedOut, case .acquired(let held) = StoreLock.acquire(lockPath) else { return false }
        lockedOut = false
        do {
            guard let document = try Self.readDocument(path: path),
                  document.contents.formatVersion <= StoreDocument.currentFormatVersion else { return false }
            let replay = try StoreJournal.read(path: journalPath)
            let fileStoreID = document.contents.storeID.flatMap { StoreDocument.isUsableStoreID($0) ? $0 : nil }
            guard replay.damage == nil, fileStoreID == nil || replay.storeID == nil || fileStoreID == replay.storeID else { return false }
            var reread = document.contents.portfolio
            var positions = Dictionary(reread.accounts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
            for record in replay.records { Self.upsert(record.upsert, into: &reread, positions: &positions) }
            guard reread == portfolio else {
                access = .readOnly([.changedByHolder])
                return false
            }
            storeID = fileStoreID ?? replay.storeID.flatMap { StoreDocument.isUsableStoreID($0) ? $0 : nil } ?? storeID
            AtomicFile.removeLeftovers(beside: path)
            journal = try StoreJournal.openForAppend(path: journalPath, replay: replay, storeID: storeID)
            self.positions = positions
            lock = held
            replayedRecords = 0
            needsRewrite = document.contents.formatVersion < StoreDocument.currentFormatVersion || fileStoreID == nil
            documentIdentity = StoreFile.identity(of: path)
            access = .readWrite
            return true
        } catch {
            return false
        }
    }

    /// Read-only because another Baton has the store open: that Baton's pid, for the screen.
    public var holderPID: Int32? {
        guard lockedOut, let data = try? StoreFile.readFile(lockPath),
              let pid = Int32(String(decoding: data.prefix(32), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) else { return nil }
        return pid
    }

    /// Whether the store is read-only only because another Baton holds it (and so may change it).
    public var isLockedOut: Bool { lockedOut }

    /// The document's and the journal's identities when this copy last read them.
    private var followed: (document: StoreFile.Identity?, journal: StoreFile.Identity?)?

    /// For a copy read-only because another Baton holds the store: reads the store again (the
    /// document, then the journal replayed on top) when either file changed since it was last
    /// read, so this copy shows what the other one writes. True when the portfolio changed.
    /// A read caught in the middle of the other Baton's save is tried again at the next call;
    /// nothing is ever written.
    public func followIfChanged() -> Bool {
        guard lockedOut, case .readOnly = access else { return false }
        let now = (document: StoreFile.identity(of: path), journal: StoreFile.identity(of: journalPath))
        if followed == nil { followed = (documentIdentity, nil) }
        guard let last = followed, now.document != last.document || now.journal != last.journal else { return false }
        if now.document == last.document, let grown = followJournal(journalIdentity: now.journal) { return grown }
        do {
            guard let document = try Self.readDocument(path: path),
                  document.contents.formatVersion <= StoreDocument.currentFormatVersion else { return false }
            let replay = try StoreJournal.read(path: journalPath)
            let fileStoreID = document.contents.storeID.flatMap { StoreDocument.isUsableStoreID($0) ? $0 : nil }
            guard replay.damage == nil, fileStoreID == nil || replay.storeID == nil || fileStoreID == replay.storeID,
                  document.identity == StoreFile.identity(of: path) else { return false }
            var reread = document.contents.portfolio
            var positions = Dictionary(reread.accounts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
            for record in replay.records { Self.upsert(record.upsert, into: &reread, positions: &positions) }
            followed = (document.identity, now.journal)
            documentIdentity = document.identity
            replayedRecords = replay.records.count
            guard reread != portfolio else { return false }
            portfolio = reread
            self.positions = positions
            return true
        } catch {
            return false
        }
    }

    /// Only the journal changed under the same document (the other Baton committed): its new
    /// records are put into the portfolio as it stands, not the whole store read again (at
    /// 10,000 accounts that read is 300 MB and seconds, about once a second while the other
    /// Baton works). Nil when it cannot be read that way (fewer records than were replayed, a
    /// damaged or foreign journal): then the whole store is read again.
    private func followJournal(journalIdentity: StoreFile.Identity?) -> Bool? {
        guard let replay = try? StoreJournal.read(path: journalPath), replay.damage == nil,
              replay.storeID == nil || replay.storeID == storeID, replay.records.count >= replayedRecords,
              documentIdentity == StoreFile.identity(of: path) else { return nil }
        let fresh = replay.records[replayedRecords...]
        for record in fresh { Self.upsert(record.upsert, into: &portfolio, positions: &positions) }
        replayedRecords = replay.records.count
        followed = (documentIdentity, journalIdentity)
        return !fresh.isEmpty
    }

    /// Upserts the account in memory and makes it durable (journal + fsync) before returning.
    /// The portfolio in memory changes only once the change is on disk: if this throws, the
    /// change did not happen.
    public func commit(_ account: Account) throws {
        guard case .readWrite = access, let journal else { throw StoreError.readOnly(readOnlyReasons) }
        do {
            try journal.append(account)
        } catch {
            if journal.isBroken {
                access = .readOnly([.journalBroken(path: journal.path, error: "\(error)")])
            }
            throw error
        }
        if bases[account.id] == nil { bases[account.id] = .some(positions[account.id].map { portfolio.accounts[$0] }) }
        Self.upsert(account, into: &portfolio, positions: &positions)
    }

    /// Folds the journal into the document (atomic rewrite with backup), then empties the journal.
    ///
    /// The journal is emptied only after the new document is durable (renamed and its folder
    /// synced). A crash in between leaves records the document already holds: replaying an
    /// upsert of an account onto the same account changes nothing.
    public func checkpoint(now: Date = Date()) throws {
        guard case .readWrite = access, let journal else { throw StoreError.readOnly(readOnlyReasons) }
        try write(portfolio, savedAt: now)
        documentIdentity = StoreFile.identity(of: path)
        needsRewrite = false
        inOwnLayout = true
        bases = [:]
        try journal.empty()
    }

    /// Takes accounts out of the store for good (the demo's invented accounts, an account added
    /// by mistake and undone) and returns the ones it held. Not for customers' accounts: those are
    /// archived, never removed.
    ///
    /// Crash-safe through the checkpoint path rather than a journal record: the journal is first
    /// folded into the document (so it is empty), then the document is rewritten without the
    /// accounts (atomic rename, folder synced). Stopped anywhere, the store holds either every
    /// account or none of the removed ones, and no journal record is left that a replay could
    /// use to bring a removed account back. The portfolio in memory changes only once that is done.
    @discardableResult
    public func remove(accountIDs: Set<String>, now: Date = Date()) throws -> [Account] {
        guard case .readWrite = access, journal != nil else { throw StoreError.readOnly(readOnlyReasons) }
        let removed = portfolio.accounts.filter { accountIDs.contains($0.id) }
        try apply(upserts: [], removals: accountIDs, now: now)
        return removed
    }

    /// Writes `portfolio` over the store, guarded and atomic; the text is made a window of
    /// accounts at a time as it goes to the file, never held whole.
    private func write(_ portfolio: Portfolio, savedAt now: Date) throws {
        let storeID = storeID
        let write = { (fd: Int32, name: String) throws in
            try StoreDocument.write(portfolio, savedAt: now, storeID: storeID, to: fd, path: name)
        }
        try keepBothIfChangedOnDisk(write: write)
        try AtomicFile.write(to: path, backupPath: backupPath, write)
    }

    /// An edit by hand, a `git checkout` or another program while Baton had the store open must
    /// not be overwritten without a word: when the file is no longer the one Baton read or last
    /// wrote (its inode, size or modification time moved, or it names another store), Baton
    /// stops writing, keeps its own version beside it, and says where.
    private func keepBothIfChangedOnDisk(write: (Int32, String) throws -> Void) throws {
        let current = StoreFile.identity(of: path)
        var changed = current != documentIdentity
        if !changed, let id = StoreFile.storeID(ofDocument: path), id != storeID {
            changed = true
        }
        guard changed else { return }
        let mine = path + ".mine-\(StoreFile.uniqueSuffix()).json"
        var kept: String?
        if (try? AtomicFile.write(to: mine, existing: .keep, write)) == true {
            kept = mine
            writtenAside.append(mine)
            // Everything in the journal is in that file now.
            try? journal?.empty()
        }
        let error = StoreError.changedOnDisk(path: path, keptAt: kept)
        access = .readOnly([.changedOnDisk(path: path, keptAt: kept)])
        throw error
    }

    /// Upserts several accounts as one change (an import): durable together or not at all.
    ///
    /// Through the checkpoint path, as `remove` is, because a journal record holds one account:
    /// the journal is first folded into the document, then the document is rewritten with every
    /// account of the batch (atomic rename, folder synced). Killed anywhere, the store holds the
    /// portfolio as it was before or as it is after, never part of the batch. The portfolio in
    /// memory changes only once that is done.
    public func apply(batch accounts: [Account], now: Date = Date()) throws {
        try apply(upserts: accounts, removals: [], now: now)
    }

    /// Upserts some accounts and takes others out, as one change (undoing or redoing an import:
    /// the updated accounts back as they were, the added ones gone): durable together or not at all.
    ///
    /// The same path as `apply(batch:)` and `remove(accountIDs:)`: the journal is folded first, so
    /// no record is left that a replay could use to bring a removed account back, then the
    /// document is rewritten once with the whole step (atomic rename, folder synced), guarded
    /// against a file someone else changed. Killed anywhere, the store holds the portfolio as it
    /// was before or as it is after. The portfolio in memory changes only once that is done.
    public func apply(upserts accounts: [Account], removals accountIDs: Set<String>, now: Date = Date()) throws {
        guard case .readWrite = access, journal != nil else { throw StoreError.readOnly(readOnlyReasons) }
        let removing = accountIDs.filter { positions[$0] != nil }
        guard !accounts.isEmpty || !removing.isEmpty else { return }
        if journalRecordCount > 0 || needsRewrite { try checkpoint(now: now) }
        var after = portfolio
        var afterPositions = positions
        if after.accounts.isEmpty, removing.isEmpty {
            // A new store's first import: the batch is the portfolio, sharing its array rather than
            // copying a hundred thousand accounts beside it (each id once; else as any batch).
            afterPositions = Dictionary(accounts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
            if afterPositions.count == accounts.count {
                after.accounts = accounts
            } else {
                afterPositions = positions
                for account in accounts { Self.upsert(account, into: &after, positions: &afterPositions) }
            }
        } else {
            for account in accounts { Self.upsert(account, into: &after, positions: &afterPositions) }
        }
        if !removing.isEmpty {
            after.accounts.removeAll { removing.contains($0.id) }
            afterPositions = Dictionary(after.accounts.enumerated().map { ($0.element.id, $0.offset) },
                                        uniquingKeysWith: { first, _ in first })
        }
        // The same guarded write as a checkpoint: never over a file someone else changed.
        try write(after, savedAt: now)
        documentIdentity = StoreFile.identity(of: path)
        inOwnLayout = true
        bases = [:]
        portfolio = after
        positions = afterPositions
    }

    /// Writes the document once in Baton's own layout when it is not (another tool wrote it, or
    /// an older Baton), so that a summary index can describe it: the same guarded, atomic
    /// rewrite as a checkpoint, the file as it was kept as `portfolio.json.bak`. Only for a store
    /// opened writable; true when it rewrote. Killed anywhere, the store is the old file or the
    /// new one, both whole, and the journal is emptied only after the new one is durable.
    @discardableResult
    public func rewriteInOwnLayout(now: Date = Date()) throws -> Bool {
        guard case .readWrite = access, journal != nil, !inOwnLayout || needsRewrite else { return false }
        try checkpoint(now: now)
        return true
    }

    /// Checkpoints when there is anything to fold and releases the lock.
    /// Above this size (about 60 accounts) a full rewrite takes longer than a person should wait to quit (a 10,000-account
    /// store is ~300 MB: seconds). The journal already holds every change durably; the next open
    /// replays it, and the dashboard folds it in while nobody is waiting.
    public var foldOnCloseLimit = 2 << 20

    /// Whether closing folds the journal into the document: only when the rewrite is quick.
    public var foldsOnClose: Bool { (StoreFile.fileSize(path) ?? 0) < foldOnCloseLimit }

    /// Checkpoints when there is anything to fold and the store is small enough to rewrite at
    /// once (`foldsOnClose`), then releases the lock.
    /// The lock is released even when the checkpoint fails: the journal still holds every change.
    public func close() throws {
        defer {
            journal = nil
            lock?.release()
            lock = nil
            if case .readWrite = access { access = .readOnly([.closed]) }
        }
        if case .readWrite = access, journalRecordCount > 0 || needsRewrite, foldsOnClose {
            try checkpoint()
        }
    }

    private var readOnlyReasons: [ReadOnlyReason] {
        access.reasons.isEmpty ? [.closed] : access.reasons
    }

    static func upsert(_ account: Account, into portfolio: inout Portfolio, positions: inout [String: Int]) {
        if let i = positions[account.id] {
            portfolio.accounts[i] = account
        } else {
            positions[account.id] = portfolio.accounts.count
            portfolio.accounts.append(account)
        }
    }
}
