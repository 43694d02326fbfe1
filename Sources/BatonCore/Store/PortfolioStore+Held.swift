import Foundation

extension PortfolioStore {
    /// A large store taken before it is read (issue 24, part 1): its lock held and its journal
    /// open, so that a change typed at the first frame — drawn from the summary index — is made
    /// durable at once, in the journal, while the document is still being decoded on another
    /// thread. The open then takes this lock and journal over (`open(…, held:)`), and the
    /// accounts committed meanwhile are put on top of what it read (`adopt`).
    ///
    /// Taken only when that is plainly safe: the lock is free, the document is the one mapped for
    /// the first frame, written by this format version, and the journal is whole and this
    /// store's. Anything else opens as before, where its problems are reported.
    public final class Held: @unchecked Sendable {
        let path: String
        let lock: StoreLock
        let replay: StoreJournal.Replay
        let storeID: String
        let journal: StoreJournal
        /// The file as mapped for the first frame: the open must read this one.
        let identity: StoreFile.Identity
        /// Accounts committed before the store was read, in order (each a whole-account upsert).
        public var committed: [Account] {
            mutex.lock()
            defer { mutex.unlock() }
            return accounts
        }
        private var accounts: [Account] = []
        private var released = false
        /// Commits come from the screen's thread, a release from the opening one.
        private let mutex = NSLock()

        private init(path: String, lock: StoreLock, replay: StoreJournal.Replay, storeID: String, journal: StoreJournal,
                     identity: StoreFile.Identity) {
            self.path = path
            self.lock = lock
            self.replay = replay
            self.storeID = storeID
            self.journal = journal
            self.identity = identity
        }

        /// The store at `path` taken, or nil when it cannot be taken safely (it then opens as before).
        public static func take(path: String, map: StoreDocumentMap) -> Held? {
            guard let resolved = try? StoreFile.followingSymlink(path), let storeID = map.storeID,
                  map.writtenBy(formatVersion: StoreDocument.currentFormatVersion),
                  case .acquired(let lock) = StoreLock.acquire(resolved + ".lock") else { return nil }
            guard map.isCurrent(at: resolved), let identity = StoreFile.identity(of: resolved), let replay = try? StoreJournal.read(path: resolved + ".journal"), replay.damage == nil,
                  replay.storeID.map({ $0 == storeID }) ?? true,
                  let journal = try? StoreJournal.openForAppend(path: resolved + ".journal", replay: replay, storeID: storeID) else {
                lock.release()
                return nil
            }
            return Held(path: resolved, lock: lock, replay: replay, storeID: storeID, journal: journal, identity: identity)
        }

        /// Makes the account durable in the journal before returning; if this throws, the change
        /// did not happen (and is kept by the caller until the store is open).
        public func commit(_ account: Account) throws {
            mutex.lock()
            defer { mutex.unlock() }
            // Let go: the open that follows reads the journal as it is, and may cut what comes after.
            guard !released else { throw StoreError.readOnly([.openedForReading]) }
            try journal.append(account)
            accounts.append(account)
        }

        /// Whether it was let go (the open did not take it over).
        public var isReleased: Bool {
            mutex.lock()
            defer { mutex.unlock() }
            return released
        }

        /// Lets go of the lock when the open did not take it over (it failed): the store then
        /// opens as before, its journal replayed with what was committed here, and nothing more
        /// is committed here.
        public func release() {
            mutex.lock()
            defer { mutex.unlock() }
            guard !released else { return }
            released = true
            lock.release()
        }
    }

    /// The accounts committed while the store was read, on top of what it read: called on the
    /// thread that committed them, once the open has ended.
    /// Nothing when the open let it go (the file was replaced): the journal it replayed held them.
    public func adopt(_ held: Held) {
        guard !held.isReleased else { return }
        for account in held.committed {
            if bases[account.id] == nil { bases[account.id] = .some(positions[account.id].map { portfolio.accounts[$0] }) }
            Self.upsert(account, into: &portfolio, positions: &positions)
        }
    }
}
