#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import BatonShared
import BatonTerminal
import BatonUI
import Foundation

/// A shared portfolio opened on a machine whose local copy is missing or was cut short: the
/// first frame is drawn from the summaries the database serves (and the selected account's
/// document), and the copy is filled behind it (CopyFill), a batch at a time, with its progress
/// on screen. Keys act at that frame as at a large local store's (`AppState.loading`): an account
/// is read from what the fill has fetched, or fetched alone when it is selected before the fill
/// reaches it; what needs every account (a change among it) waits, visibly, for the copy.
final class SharedFirstOpen: FirstFrameOpening, @unchecked Sendable {
    /// What is drawn, and what keys act on, until the copy is filled.
    var state: AppState
    private let settings: DatabaseSettings
    private let folder: String
    private let listing: SharedDatabase.SummaryListing
    private let documents: Documents
    private let outbox: Outbox
    private let today: CalendarDate
    private let openCopy: @Sendable () throws -> OpenedStore
    /// Called once the copy is filled (or the fill stopped), with the versions it holds and what to say.
    private let filled: (_ versions: [String: Int64], _ note: String?) -> Void
    /// A change confirmed meanwhile, into the outbox (SharedLink.share): sent once the link starts.
    private let shareChange: (AccountChange, String, ChangeContext) -> String?
    private let lock = NSLock()
    private var copied = 0
    private var needed: Int?
    private var result: Result<(OpenedStore, CopyFill.Outcome), Error>?

    private init(state: AppState, settings: DatabaseSettings, folder: String, listing: SharedDatabase.SummaryListing,
                 documents: Documents, outbox: Outbox, today: CalendarDate,
                 openCopy: @escaping @Sendable () throws -> OpenedStore,
                 filled: @escaping (_ versions: [String: Int64], _ note: String?) -> Void,
                 share: @escaping (AccountChange, String, ChangeContext) -> String?) {
        self.state = state
        self.shareChange = share
        self.settings = settings
        self.folder = folder
        self.listing = listing
        self.documents = documents
        self.outbox = outbox
        self.today = today
        self.openCopy = openCopy
        self.filled = filled
    }

    /// The documents fetched so far: for the first frame, by the fill, or alone for a key.
    final class Documents: @unchecked Sendable {
        private let lock = NSLock()
        private var byID: [String: SharedDatabase.StoredAccount] = [:]
        private let settings: DatabaseSettings

        init(settings: DatabaseSettings, _ first: [SharedDatabase.StoredAccount]) {
            self.settings = settings
            take(first)
        }

        func take(_ fetched: [SharedDatabase.StoredAccount]) {
            lock.lock()
            defer { lock.unlock() }
            for stored in fetched { byID[stored.account.id] = stored }
        }

        var all: [SharedDatabase.StoredAccount] {
            lock.lock()
            defer { lock.unlock() }
            return Array(byID.values)
        }

        /// The account's document, fetched when the fill has not brought it yet; nil when the
        /// database does not answer within a few seconds or no longer has it.
        func document(_ id: String) -> SharedDatabase.StoredAccount? {
            lock.lock()
            let known = byID[id]
            lock.unlock()
            if let known { return known }
            let settings = settings
            guard let one = try? Blocking.run(until: Date().addingTimeInterval(8), {
                try await SharedDatabase.with(settings, timeout: .seconds(5)) { db in try await db.accounts(ids: [id]).first }
            }) else { return nil }
            take([one])
            return one
        }
    }

    /// The first frame from the database's summaries; nil when the server does not answer within
    /// a few seconds (the copy then opens as it is, offline) or holds no account.
    static func start(settings: DatabaseSettings, folder: String, outbox: Outbox, by: String, today: CalendarDate,
                      displayPath: String, openCopy: @escaping @Sendable () throws -> OpenedStore,
                      filled: @escaping (_ versions: [String: Int64], _ note: String?) -> Void,
                      share: @escaping (AccountChange, String, ChangeContext) -> String?) -> SharedFirstOpen? {
        // The person's own waiting changes go on top: those accounts are read from their documents.
        let own = Set(outbox.pending.map(\.accountID))
        guard let served = try? Blocking.run(until: Date().addingTimeInterval(8), {
            try await SharedDatabase.with(settings, timeout: .seconds(5)) { db in
                let listing = try await db.summaries(today: today)
                // A summary missing, at another version, or past its day: the document tells.
                let unsure = listing.rows.filter { $0.summary == nil || own.contains($0.id) }.map(\.id)
                return (listing, try await db.accounts(ids: unsure))
            }
        }), !served.0.rows.isEmpty else { return nil }
        let (listing, fetched) = served
        let documents = Documents(settings: settings, fetched)
        let byID = Dictionary(fetched.map { ($0.account.id, $0) }, uniquingKeysWith: { a, _ in a })
        var summaries: [AccountSummary] = []
        summaries.reserveCapacity(listing.rows.count)
        for row in listing.rows {
            if let document = byID[row.id] {
                summaries.append(AccountSummary(account: outbox.overlay(document.account), today: today))
            } else if let summary = row.summary {
                summaries.append(summary)
            }
            // Neither: removed since the listing was read; it is not shown.
        }
        // Position i of the portfolio is summary i: its document as fetched, the person's own waiting changes on top.
        let ids = summaries.map(\.id)
        let source = AccountSource { i in
            guard ids.indices.contains(i), let stored = documents.document(ids[i]) else { return nil }
            return outbox.overlay(stored.account)
        }
        var size = winsize()
        let ok = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0
        guard var state = AppState(summaries: summaries, owner: listing.owner, source: source, today: today, now: Date(),
                                   width: ok ? Int(size.ws_col) : 80, height: ok ? Int(size.ws_row) : 24,
                                   storePath: displayPath, saveStatus: .copying) else { return nil }
        state.copyingProgress(copied: 0, needed: nil, seconds: 0)
        // A change acts at once: into the outbox now (sent once the copy is filled), into the copy once it is open.
        state.changesJournalledAtOnce()
        state.timeZone = .current
        state.sharedBy = by
        state.identify(as: by)
        return SharedFirstOpen(state: state, settings: settings, folder: folder, listing: listing, documents: documents,
                               outbox: outbox, today: today, openCopy: openCopy, filled: filled, share: share)
    }

    /// The copy opened and filled on another thread, once the first frame is on screen.
    func begin() {
        // For the tests: the fill waits while this file exists, so keys can be tried while it runs.
        let hold = ProcessInfo.processInfo.environment["BATON_TEST_HOLD"]
        let thread = Thread { [self] in
            let outcome = Result { () -> (OpenedStore, CopyFill.Outcome) in
                let opened = try openCopy()
                guard !opened.store.isLockedOut, opened.store.access.isWritable else {
                    return (opened, CopyFill.Outcome(versions: CopyFill.readVersions(folder: folder), fetched: 0, needed: 0,
                                                     removed: 0, stopped: "the local copy is read-only"))
                }
                do {
                    let filled = try CopyFill.run(settings: settings, store: opened.store, folder: folder, listing: listing,
                                                  prefetched: documents.all, outbox: outbox, today: today,
                                                  fetched: { [documents] in documents.take($0) }) { [self] copied, needed in
                        lock.lock()
                        self.copied = copied
                        self.needed = needed
                        lock.unlock()
                        while let hold, FileManager.default.fileExists(atPath: hold) { usleep(20_000) }
                    }
                    return (opened, filled)
                } catch {
                    opened.close()
                    throw error
                }
            }
            lock.lock()
            result = outcome
            lock.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    func poll(seconds: Double) -> FirstFrameWork {
        lock.lock()
        let (copied, needed, result) = (self.copied, self.needed, self.result)
        lock.unlock()
        switch result {
        case .success(let (opened, outcome))?:
            filled(outcome.versions, Self.note(outcome))
            return .opened(opened)
        case .failure(let error)?:
            failure = error
            return .failed
        case nil:
            state.copyingProgress(copied: copied, needed: needed, seconds: seconds)
            return .working
        }
    }

    private var failure: (any Error)?

    func reportFailure() {
        Say.error("baton: the local copy of \(settings.described) would not take the accounts: "
                  + Redaction.scrub("\(failure.map { "\($0)" } ?? "")", secrets: settings.secrets))
    }

    /// Into the copy once it is open (the runtime's changes waiting for the store); the change
    /// itself is in the outbox already (`share`), which the fill also puts on top of what it fetches.
    func commit(_ account: Account) throws {
        throw CommitOnceOpen()
    }

    func share(_ change: AccountChange, accountID: String, context: ChangeContext) -> String? {
        shareChange(change, accountID, context)
    }

    /// The fill writes the copy's index itself.
    var currentIndex: StoreDocumentMap? { nil }

    /// What the dashboard says once the fill ended.
    static func note(_ outcome: CopyFill.Outcome) -> String? {
        var parts: [String] = []
        if outcome.removed > 0 {
            parts.append("\(outcome.removed) account\(outcome.removed == 1 ? "" : "s") no longer in the shared portfolio left this copy")
        }
        if let stopped = outcome.stopped {
            let missing = outcome.needed - outcome.fetched
            parts.append("Copied \(outcome.fetched) of \(outcome.needed) accounts before the database stopped answering (\(stopped)); "
                         + "the other \(missing) come when it answers")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}
