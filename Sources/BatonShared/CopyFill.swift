import BatonCore
import Foundation

/// Brings a shared portfolio's local copy to what the database holds, behind a first frame drawn
/// from the database's summaries: the accounts it lacks or holds at another version are fetched
/// a batch at a time, those the database no longer has are taken out, and the copy is written
/// with its summary index, so the next open draws from the copy.
///
/// Resumable: the copy is written as it fills (each write at least as large as all before it, so
/// the whole fill writes the copy under three times over; below 2,000 accounts once), and what was
/// fetched is written when the server stops answering; `versions.json` after each write,
/// and `filling` beside it until the end. A fill the server cut short keeps what it had; the
/// next open sees `filling`, draws from the summaries again and fetches only what is still missing.
public enum CopyFill {
    /// What a fill did.
    public struct Outcome: Sendable {
        /// The database version of each account the copy holds now.
        public var versions: [String: Int64]
        /// How many accounts were fetched, of how many the copy lacked.
        public var fetched: Int
        public var needed: Int
        /// Accounts taken out because the database no longer has them.
        public var removed: Int
        /// Why the fill stopped before the end (the server went away); nil when it is complete.
        public var stopped: String?

        public init(versions: [String: Int64], fetched: Int, needed: Int, removed: Int, stopped: String?) {
            self.versions = versions
            self.fetched = fetched
            self.needed = needed
            self.removed = removed
            self.stopped = stopped
        }
    }

    /// `filling` beside the copy: present from the first write of a fill until it is complete.
    public static func markerPath(folder: String) -> String { folder + "/filling" }

    /// Whether the copy in `folder` needs a fill: none yet, or one cut short.
    public static func isUnfinished(folder: String) -> Bool {
        !FileManager.default.fileExists(atPath: folder + "/portfolio.json")
            || FileManager.default.fileExists(atPath: markerPath(folder: folder))
    }

    /// `versions.json` beside the copy: the database version of each account in it. Written
    /// after the copy took the accounts, so it is never ahead of it; when it is behind, the next
    /// open fetches a few accounts again.
    public static func readVersions(folder: String) -> [String: Int64] {
        guard let data = FileManager.default.contents(atPath: folder + "/versions.json"),
              let versions = try? JSONDecoder().decode([String: Int64].self, from: data) else { return [:] }
        return versions
    }

    public static func writeVersions(_ versions: [String: Int64], folder: String) throws {
        try AtomicFile.write(try JSONOutput.encode(versions, pretty: false), to: folder + "/versions.json")
    }

    /// Fills `store` (the copy in `folder`) to `listing`. `prefetched`: documents fetched for the
    /// first frame, taken as they are. `outbox`: the person's changes still waiting, put on top of
    /// what is fetched. `fetched` is given each batch as it arrives (the first frame's keys read
    /// accounts from it), `progress(copied, needed)` after each batch. Throws only when the copy
    /// will not take what was fetched; a server that goes away ends the fill with `stopped`.
    public static func run(settings: DatabaseSettings, store: PortfolioStore, folder: String,
                           listing: SharedDatabase.SummaryListing, prefetched: [SharedDatabase.StoredAccount] = [],
                           outbox: Outbox?, today: CalendarDate, batch: Int = 250,
                           fetched: @escaping @Sendable ([SharedDatabase.StoredAccount]) -> Void = { _ in },
                           progress: @escaping @Sendable (_ copied: Int, _ needed: Int) -> Void = { _, _ in }) throws -> Outcome {
        let present = listing.versions
        var versions = readVersions(folder: folder).filter { present[$0.key] != nil }
        let holds = Set(store.portfolio.accounts.map(\.id))
        let gone = holds.subtracting(present.keys)
        let needed = listing.rows.filter { !holds.contains($0.id) || versions[$0.id] != $0.version }.map(\.id)
        try AtomicFile.write(Data("a fill of this copy from the shared database has not finished\n".utf8),
                             to: markerPath(folder: folder))
        let writer = Writer(store: store, folder: folder, versions: versions, removals: gone, outbox: outbox)
        let neededSet = Set(needed)
        let early = prefetched.filter { present[$0.account.id] == $0.version && neededSet.contains($0.account.id) }
        try writer.take(early)
        let taken = Set(early.map(\.account.id))
        let rest = needed.filter { !taken.contains($0) }
        progress(early.count, needed.count)
        var stopped: String?
        do {
            _ = try Blocking.run {
                try await SharedDatabase.with(settings) { db in
                    var copied = early.count
                    for start in stride(from: 0, to: rest.count, by: max(1, batch)) {
                        let ids = Array(rest[start..<min(rest.count, start + max(1, batch))])
                        let batch = try await db.accounts(ids: ids)
                        fetched(batch)
                        try writer.take(batch)
                        copied += ids.count
                        progress(copied, needed.count)
                    }
                    return true
                }
            }
        } catch {
            // The copy would not take what was fetched: that is the copy's problem, not the server's.
            if let failure = writer.failure { throw failure }
            stopped = Redaction.scrub("\(error)", secrets: settings.secrets)
        }
        try writer.write()
        versions = writer.versions
        if stopped == nil {
            try? writeIndex(store: store, today: today)
            try? FileManager.default.removeItem(atPath: markerPath(folder: folder))
        }
        return Outcome(versions: versions, fetched: writer.taken, needed: needed.count, removed: gone.count, stopped: stopped)
    }

    /// The summary index beside the copy, so the next open draws its first frame from it.
    static func writeIndex(store: PortfolioStore, today: CalendarDate) throws {
        guard let map = StoreDocumentMap.open(path: store.path),
              let index = SummaryIndex.build(map: map, path: store.path, portfolio: store.portfolio, journalIDs: [], today: today),
              map.isCurrent(at: store.path) else { return }
        try index.write(besideStore: store.path)
    }

    /// What was fetched, into the copy: written once as much waits as the copy already holds (at
    /// least `firstWrite`), so the writes add up to under three copies' worth whatever the size.
    /// Each write rewrites the whole copy (seconds at thousands of accounts): a portfolio of up to
    /// `firstWrite` accounts is written once, at the end (or when the server stops answering).
    private final class Writer: @unchecked Sendable {
        static let firstWrite = 2_000
        let store: PortfolioStore
        let folder: String
        let outbox: Outbox?
        var versions: [String: Int64]
        var removals: Set<String>
        var waiting: [Account] = []
        var waitingVersions: [String: Int64] = [:]
        var taken = 0
        /// Why the copy would not take a batch, when it would not.
        var failure: (any Error)?
        private let lock = NSLock()

        init(store: PortfolioStore, folder: String, versions: [String: Int64], removals: Set<String>, outbox: Outbox?) {
            self.store = store
            self.folder = folder
            self.versions = versions
            self.removals = removals
            self.outbox = outbox
        }

        func take(_ fetched: [SharedDatabase.StoredAccount]) throws {
            lock.lock()
            defer { lock.unlock() }
            for stored in fetched {
                waiting.append(outbox?.overlay(stored.account) ?? stored.account)
                waitingVersions[stored.account.id] = stored.version
            }
            taken += fetched.count
            if waiting.count >= max(Self.firstWrite, store.portfolio.accounts.count) {
                do {
                    try writeLocked()
                } catch {
                    failure = error
                    throw error
                }
            }
        }

        func write() throws {
            lock.lock()
            defer { lock.unlock() }
            try writeLocked()
        }

        private func writeLocked() throws {
            guard !waiting.isEmpty || !removals.isEmpty else { return }
            try store.apply(upserts: waiting, removals: removals)
            versions.merge(waitingVersions) { _, new in new }
            for id in removals { versions[id] = nil }
            waiting = []
            waitingVersions = [:]
            removals = []
            // After the copy took them: never ahead of it.
            try CopyFill.writeVersions(versions, folder: folder)
        }
    }
}
