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
    public private(set) var portfolio: Portfolio
    public let path: String
    public private(set) var access: StoreAccess

    public var backupPath: String { path + ".bak" }
    public var journalPath: String { path + ".journal" }
    public var lockPath: String { path + ".lock" }

    /// Changes in the journal that the document does not hold yet.
    public var journalRecordCount: Int { journal?.recordCount ?? replayedRecords }

    private var lock: StoreLock?
    private var journal: StoreJournal?
    private var replayedRecords: Int
    /// Where each account sits in `portfolio.accounts`, so a commit does not scan 10,000 ids.
    private var positions: [String: Int]
    /// The document on disk is in an older format: the next checkpoint rewrites it.
    private var needsRewrite: Bool

    private init(path: String, portfolio: Portfolio, access: StoreAccess, lock: StoreLock?,
                 journal: StoreJournal?, replayedRecords: Int, needsRewrite: Bool) {
        self.path = path
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
    /// Order: the lock first, so that nothing read afterwards is being rewritten by another
    /// Baton; then the document (refused whole, never written, if it cannot be read); then the
    /// journal, replayed on top. Only when all of that went well does the store become
    /// writable: leftovers of a killed checkpoint are removed, a torn last journal record is cut
    /// off, and a migrated file's original is kept as `portfolio.json.v<N>.bak`.
    ///
    /// A store path that is a symbolic link (a dotfiles repository, a synced folder) is followed,
    /// so that saving replaces the file it points to rather than the link; `path` is then the target.
    public static func open(path: String, creatingWith makeDefault: () -> Portfolio, now: Date = Date()) throws -> PortfolioStore {
        let path = StoreFile.followingSymlink(path)
        let folder = StoreFile.folder(of: path)
        try StoreFile.makeFolder(folder)
        var reasons: [String] = []
        var lock: StoreLock?
        switch StoreLock.acquire(path + ".lock") {
        case .acquired(let held): lock = held
        case .unavailable(let reason): reasons.append(reason)
        }

        var state = try readState(path: path, create: lock != nil, makeDefault: makeDefault, now: now)
        // Without the lock, the Baton holding it may checkpoint between our reads of the document
        // and of the journal, which can look like damage: read again before believing it.
        for _ in 0..<3 where lock == nil && state.replay.damage != nil {
            usleep(20_000)
            state = try readState(path: path, create: false, makeDefault: makeDefault, now: now)
        }
        let contents = state.contents
        let original = state.original
        let replay = state.replay
        if contents.formatVersion > StoreDocument.currentFormatVersion {
            reasons.append("\(path) was written by a newer Baton (format version \(contents.formatVersion); this build "
                           + "reads up to \(StoreDocument.currentFormatVersion)) and will not be rewritten by this one; opened read-only")
        }
        var portfolio = contents.portfolio
        var positions = Dictionary(portfolio.accounts.enumerated().map { ($0.element.id, $0.offset) },
                                   uniquingKeysWith: { first, _ in first })
        for record in replay.records {
            upsert(record.upsert, into: &portfolio, positions: &positions)
        }
        if let damage = replay.damage {
            reasons.append(StoreError.damagedJournal(path: path + ".journal", record: damage.record, reason: damage.reason).description)
        }

        guard reasons.isEmpty, let lock else {
            // Read-only: hold nothing, so a writable Baton can still start.
            lock?.release()
            return PortfolioStore(path: path, portfolio: portfolio, access: .readOnly(reason: reasons.joined(separator: "; ")),
                                  lock: nil, journal: nil, replayedRecords: replay.records.count, needsRewrite: false)
        }
        AtomicFile.removeLeftovers(beside: path)
        let journal = try StoreJournal.openForAppend(path: path + ".journal", replay: replay)
        let migrated = contents.formatVersion < StoreDocument.currentFormatVersion
        if migrated, let original {
            try AtomicFile.createOnce("\(path).v\(contents.formatVersion).bak", with: original)
        }
        return PortfolioStore(path: path, portfolio: portfolio, access: .readWrite, lock: lock, journal: journal,
                              replayedRecords: 0, needsRewrite: migrated)
    }

    /// The document (created when missing and `create`), as read, and the journal beside it.
    private static func readState(path: String, create: Bool, makeDefault: () -> Portfolio, now: Date) throws
        -> (contents: StoreDocument.Contents, original: Data?, replay: StoreJournal.Replay) {
        if let data = try StoreFile.readFile(path) {
            return (try StoreDocument.read(data, path: path), data, try StoreJournal.read(path: path + ".journal"))
        }
        // A store that is gone while its backup or journal remains was deleted or lost:
        // creating a fresh one would overwrite that backup at the first checkpoint.
        let leftovers = [path + ".bak", path + ".journal"].filter { (StoreFile.fileSize($0) ?? 0) > 0 }
        guard leftovers.isEmpty else { throw StoreError.missing(path: path, leftovers: leftovers) }
        let portfolio = makeDefault()
        if create {
            try AtomicFile.replace(path, with: try StoreDocument.encode(portfolio, savedAt: now), backupPath: nil)
        }
        let contents = StoreDocument.Contents(portfolio: portfolio, formatVersion: StoreDocument.currentFormatVersion, savedAt: now)
        return (contents, nil, StoreJournal.Replay())
    }

    /// Upserts the account in memory and makes it durable (journal + fsync) before returning.
    /// The portfolio in memory changes only once the change is on disk: if this throws, the
    /// change did not happen.
    public func commit(_ account: Account) throws {
        guard case .readWrite = access, let journal else { throw StoreError.readOnly(reason: readOnlyReason) }
        do {
            try journal.append(account)
        } catch {
            if journal.isBroken {
                access = .readOnly(reason: "a write to \(journal.path) failed and could not be undone (\(error)); "
                                   + "restart Baton: every change before this one is safe")
            }
            throw error
        }
        Self.upsert(account, into: &portfolio, positions: &positions)
    }

    /// Folds the journal into the document (atomic rewrite with backup), then empties the journal.
    ///
    /// The journal is emptied only after the new document is durable (renamed and its folder
    /// synced). A crash in between leaves records the document already holds: replaying an
    /// upsert of an account onto the same account changes nothing.
    public func checkpoint(now: Date = Date()) throws {
        guard case .readWrite = access, let journal else { throw StoreError.readOnly(reason: readOnlyReason) }
        let data = try StoreDocument.encode(portfolio, savedAt: now)
        try AtomicFile.replace(path, with: data, backupPath: backupPath)
        needsRewrite = false
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
        guard case .readWrite = access, journal != nil else { throw StoreError.readOnly(reason: readOnlyReason) }
        let removed = portfolio.accounts.filter { accountIDs.contains($0.id) }
        guard !removed.isEmpty else { return [] }
        if journalRecordCount > 0 || needsRewrite { try checkpoint(now: now) }
        var kept = portfolio
        kept.accounts.removeAll { accountIDs.contains($0.id) }
        try AtomicFile.replace(path, with: try StoreDocument.encode(kept, savedAt: now), backupPath: backupPath)
        portfolio = kept
        positions = Dictionary(kept.accounts.enumerated().map { ($0.element.id, $0.offset) },
                               uniquingKeysWith: { first, _ in first })
        return removed
    }

    /// Upserts several accounts as one change (an import): durable together or not at all.
    ///
    /// Through the checkpoint path, as `remove` is, because a journal record holds one account:
    /// the journal is first folded into the document, then the document is rewritten with every
    /// account of the batch (atomic rename, folder synced). Killed anywhere, the store holds the
    /// portfolio as it was before or as it is after, never part of the batch. The portfolio in
    /// memory changes only once that is done.
    public func apply(batch accounts: [Account], now: Date = Date()) throws {
        guard case .readWrite = access, journal != nil else { throw StoreError.readOnly(reason: readOnlyReason) }
        guard !accounts.isEmpty else { return }
        if journalRecordCount > 0 || needsRewrite { try checkpoint(now: now) }
        var after = portfolio
        var afterPositions = positions
        for account in accounts { Self.upsert(account, into: &after, positions: &afterPositions) }
        try AtomicFile.replace(path, with: try StoreDocument.encode(after, savedAt: now), backupPath: backupPath)
        portfolio = after
        positions = afterPositions
    }

    /// Checkpoints when there is anything to fold and releases the lock.
    /// The lock is released even when the checkpoint fails: the journal still holds every change.
    public func close() throws {
        defer {
            journal = nil
            lock?.release()
            lock = nil
            if case .readWrite = access { access = .readOnly(reason: "the store was closed") }
        }
        if case .readWrite = access, journalRecordCount > 0 || needsRewrite {
            try checkpoint()
        }
    }

    private var readOnlyReason: String {
        if case .readOnly(let reason) = access { return reason }
        return "the store was closed"
    }

    private static func upsert(_ account: Account, into portfolio: inout Portfolio, positions: inout [String: Int]) {
        if let i = positions[account.id] {
            portfolio.accounts[i] = account
        } else {
            positions[account.id] = portfolio.accounts.count
            portfolio.accounts.append(account)
        }
    }
}
