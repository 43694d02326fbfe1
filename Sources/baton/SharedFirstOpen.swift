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
/// on screen. Keys typed meanwhile wait, visibly, and are carried out once the copy is filled.
final class SharedFirstOpen: FirstFrameOpening, @unchecked Sendable {
    /// What is drawn until the copy is filled.
    var state: AppState
    private let settings: DatabaseSettings
    private let folder: String
    private let listing: SharedDatabase.SummaryListing
    private let prefetched: [SharedDatabase.StoredAccount]
    private let outbox: Outbox
    private let today: CalendarDate
    private let openCopy: @Sendable () throws -> OpenedStore
    /// Called once the copy is filled (or the fill stopped), with the versions it holds and what to say.
    private let filled: (_ versions: [String: Int64], _ note: String?) -> Void
    private let lock = NSLock()
    private var copied = 0
    private var needed: Int?
    private var result: Result<(OpenedStore, CopyFill.Outcome), Error>?

    private init(state: AppState, settings: DatabaseSettings, folder: String, listing: SharedDatabase.SummaryListing,
                 prefetched: [SharedDatabase.StoredAccount], outbox: Outbox, today: CalendarDate,
                 openCopy: @escaping @Sendable () throws -> OpenedStore,
                 filled: @escaping (_ versions: [String: Int64], _ note: String?) -> Void) {
        self.state = state
        self.settings = settings
        self.folder = folder
        self.listing = listing
        self.prefetched = prefetched
        self.outbox = outbox
        self.today = today
        self.openCopy = openCopy
        self.filled = filled
    }

    /// The first frame from the database's summaries; nil when the server does not answer within
    /// a few seconds (the copy then opens as it is, offline) or holds no account.
    static func start(settings: DatabaseSettings, folder: String, outbox: Outbox, by: String, today: CalendarDate,
                      displayPath: String, openCopy: @escaping @Sendable () throws -> OpenedStore,
                      filled: @escaping (_ versions: [String: Int64], _ note: String?) -> Void) -> SharedFirstOpen? {
        // The person's own waiting changes go on top: those accounts are read from their documents.
        let own = Set(outbox.pending.map(\.accountID))
        let reach = Duration.seconds(5)
        guard let served = try? Blocking.run(until: Date().addingTimeInterval(8), {
            try await SharedDatabase.with(settings, timeout: reach) { db in
                let listing = try await db.summaries(today: today)
                // A summary missing, at another version, or past its day: the document tells.
                let unsure = listing.rows.filter { $0.summary == nil || own.contains($0.id) }.map(\.id)
                return (listing, try await db.accounts(ids: unsure))
            }
        }), !served.0.rows.isEmpty else { return nil }
        let (listing, documents) = served
        var fetched = Dictionary(documents.map { ($0.account.id, $0) }, uniquingKeysWith: { a, _ in a })
        var summaries: [AccountSummary] = []
        summaries.reserveCapacity(listing.rows.count)
        for row in listing.rows {
            if let document = fetched[row.id] {
                summaries.append(AccountSummary(account: outbox.overlay(document.account), today: today))
            } else if let summary = row.summary {
                summaries.append(summary)
            }
            // Neither: removed since the listing was read; it is not shown.
        }
        var size = winsize()
        let ok = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0
        let now = Date()
        guard var state = AppState(summaries: summaries, owner: listing.owner, today: today, now: now,
                                   width: ok ? Int(size.ws_col) : 80, height: ok ? Int(size.ws_row) : 24,
                                   storePath: displayPath, saveStatus: .copying, account: { id in
            if let known = fetched[id] { return outbox.overlay(known.account) }
            guard let one = try? Blocking.run(until: Date().addingTimeInterval(8), {
                try await SharedDatabase.with(settings, timeout: reach) { db in try await db.accounts(ids: [id]).first }
            }) else { return nil }
            fetched[id] = one
            return outbox.overlay(one.account)
        }) else { return nil }
        state.timeZone = .current
        state.sharedBy = by
        state.identify(as: by)
        return SharedFirstOpen(state: state, settings: settings, folder: folder, listing: listing, prefetched: Array(fetched.values),
                               outbox: outbox, today: today, openCopy: openCopy, filled: filled)
    }

    /// The copy opened and filled on another thread, once the first frame is on screen.
    private func fillBehind() {
        let thread = Thread { [self] in
            let outcome = Result { () -> (OpenedStore, CopyFill.Outcome) in
                let opened = try openCopy()
                guard !opened.store.isLockedOut, opened.store.access.isWritable else {
                    return (opened, CopyFill.Outcome(versions: CopyFill.readVersions(folder: folder), fetched: 0, needed: 0,
                                                     removed: 0, stopped: "the local copy is read-only"))
                }
                do {
                    let filled = try CopyFill.run(settings: settings, store: opened.store, folder: folder, listing: listing,
                                                  prefetched: prefetched, outbox: outbox, today: today) { [self] copied, needed in
                        lock.lock()
                        self.copied = copied
                        self.needed = needed
                        lock.unlock()
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

    private var progress: (copied: Int, needed: Int?, result: Result<(OpenedStore, CopyFill.Outcome), Error>?) {
        lock.lock()
        defer { lock.unlock() }
        return (copied, needed, result)
    }

    /// Draws the first frame and the fill's progress until the copy is filled; keys typed
    /// meanwhile are kept, in order, for the dashboard.
    func wait(terminal: Terminal) -> StoreLoading.Outcome {
        let exitAfterFirstFrame = ProcessInfo.processInfo.environment["BATON_EXIT_AFTER_FIRST_FRAME"] != nil
        if terminal.size.width != state.width || terminal.size.height != state.height {
            _ = Update.apply(.resize(width: terminal.size.width, height: terminal.size.height), to: &state)
        }
        var typed: [KeyEvent] = []
        let started = Date()
        var fillStarted = false
        while true {
            if let signal = Terminal.takePendingSignal() { return .ended(128 + signal) }
            let now = progress
            switch now.result {
            case .success(let (opened, outcome))?:
                filled(outcome.versions, Self.note(outcome))
                return .openedWithKeys(opened, typed: typed)
            case .failure(let error)?:
                terminal.stop()
                Say.error("baton: the local copy of \(settings.described) would not take the accounts: "
                          + Redaction.scrub("\(error)", secrets: settings.secrets))
                return .failed
            case nil: break
            }
            let counted = now.needed.map { $0 > 0 && now.copied == $0 ? "\($0) accounts in, writing the copy and its index, "
                : "\(now.copied) of \($0) accounts, " } ?? ""
            state.message = "copying the shared portfolio… " + counted + String(format: "%.1f s", Date().timeIntervalSince(started))
                + (typed.isEmpty ? " — keys you type now are carried out once it is copied"
                   : " — \(typed.count) key\(typed.count == 1 ? "" : "s") waiting")
            terminal.draw(AppView.render(state))
            if exitAfterFirstFrame { return .ended(0) }
            if !fillStarted {
                fillStarted = true
                fillBehind()
            }
            guard let key = terminal.readKey(timeoutMilliseconds: 100) else { continue }
            if case .resize(let width, let height) = key {
                _ = Update.apply(.resize(width: width, height: height), to: &state)
            } else {
                typed.append(key)
            }
        }
    }

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
