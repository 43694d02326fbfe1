#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import BatonTerminal
import BatonUI
import Foundation

/// A large store opened behind its first frame: the frame is drawn from the summary index beside
/// the store (`portfolio.json.index`, checked against the document, the journal on top) while
/// the store itself is opened — locked, read whole, its journal replayed — on another thread.
/// Keys act at that frame (see `AppState.loading`); those that need every account wait, visibly,
/// and are carried out once it is open.
final class StoreLoading: FirstFrameOpening, @unchecked Sendable {
    /// From this size a store opens behind its first frame when its index can be trusted.
    static let threshold: Int = {
        if let set = ProcessInfo.processInfo.environment["BATON_INDEX_THRESHOLD"], let bytes = Int(set), bytes >= 0 { return bytes }
        return 4 << 20
    }()

    /// What is drawn until the store is open.
    var state: AppState
    private let lock = NSLock()
    private var result: Result<OpenedStore, Error>?
    private var begun = false
    private let open: @Sendable (PortfolioStore.Held?) throws -> OpenedStore
    /// The store taken before it is read, so a change at the first frame is journalled at once; nil: changes wait.
    private let held: PortfolioStore.Held?
    let currentIndex: StoreDocumentMap?

    private init(state: AppState, held: PortfolioStore.Held?, currentIndex: StoreDocumentMap?,
                 open: @escaping @Sendable (PortfolioStore.Held?) throws -> OpenedStore) {
        self.state = state
        self.held = held
        self.currentIndex = currentIndex
        self.open = open
    }

    /// The first frame from the index and the store opening behind it; nil when the index is
    /// missing, stale, damaged or foreign (the store then opens as before, and the index is made
    /// again once it is open).
    ///
    /// `changesAtOnce`: the store is taken (locked, its journal open) before it is read, so a
    /// change typed at the first frame is journalled at once. Not for a shared portfolio's copy,
    /// whose changes go to the database through its outbox once it is open.
    static func start(path: String, displayPath: String, today: CalendarDate, changesAtOnce: Bool,
                      open: @escaping @Sendable (PortfolioStore.Held?) throws -> OpenedStore) -> StoreLoading? {
        guard let map = StoreDocumentMap.open(path: path), let index = SummaryIndex.read(besideStore: path),
              let journal = StoreDocumentMap.journalUpserts(besideStore: path, storeID: map.storeID),
              let preview = index.preview(map: map, journal: journal, today: today) else { return nil }
        var size = winsize()
        let ok = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0
        let now = Date()
        guard let state = AppState(preview: preview, map: map, today: today, now: now, width: ok ? Int(size.ws_col) : 80,
                                   height: ok ? Int(size.ws_row) : 24, storePath: displayPath, saveStatus: .saved),
              map.isCurrent(at: path) else { return nil }
        let held = changesAtOnce ? PortfolioStore.Held.take(path: path, map: map) : nil
        var first = state
        if held != nil { first.changesJournalledAtOnce() }
        return StoreLoading(state: first, held: held, currentIndex: preview.isCurrent ? map : nil, open: open)
    }

    /// The store opened on another thread, once the first frame is on screen.
    func begin() {
        // For the tests: the store is read only once this file is gone, so keys can be tried before.
        let hold = ProcessInfo.processInfo.environment["BATON_TEST_HOLD"]
        let thread = Thread { [self] in
            while let hold, FileManager.default.fileExists(atPath: hold) { usleep(20_000) }
            let opened = Result { try open(held) }
            // Not taken over: let go, so the store opens again as before (reportFailure).
            if case .failure = opened { held?.release() }
            lock.lock()
            result = opened
            lock.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
        begun = true
    }

    func poll(seconds: Double) -> FirstFrameWork {
        lock.lock()
        let now = result
        lock.unlock()
        switch now {
        case .success(let opened)?:
            // The changes journalled while it was read, on top of what it read (when it took the journal over).
            if let held { opened.store.adopt(held) }
            return .opened(opened)
        case .failure?: return .failed
        case nil:
            state.loadingProgress(begun ? OpenProgress.shared.snapshot : nil, seconds: seconds)
            return .working
        }
    }

    /// Back on the person's own screen, the store is opened again there so its problems stay to be read.
    func reportFailure() {
        _ = try? open(nil)
    }

    func commit(_ account: Account) throws {
        guard let held else { throw StoreError.readOnly([.openedForReading]) }
        try held.commit(account)
    }

    /// Never called: a local store's changes are not shared, and a shared copy's wait (changesAtOnce false).
    func share(_ change: AccountChange, accountID: String, context: ChangeContext) -> String? {
        "not shared: the copy is still being read; make the change again once it is"
    }
}

/// Keeps the summary index beside a large store current: made again on another thread once the
/// store is open (when the one there does not describe it for today) and after each checkpoint.
/// Derived only: a kill while it is written leaves the store as it was, and at worst a stale or
/// missing index, which the next open ignores and makes again.
enum IndexKeeper {
    ///
    /// `current`: the document a current, whole index was read for at the first frame. While the
    /// store is still that file the index is not read again: reading it beside the whole
    /// portfolio was a fifth of a large store's peak memory.
    static func refresh(store: PortfolioStore, today: CalendarDate, current: StoreDocumentMap? = nil) {
        if let current, current.isCurrent(at: store.path) { return }
        var info = stat()
        guard case .readWrite = store.access, stat(store.path, &info) == 0, Int(info.st_size) >= StoreLoading.threshold,
              let mapped = StoreDocumentMap.open(path: store.path),
              let journal = StoreDocumentMap.journalUpserts(besideStore: store.path, storeID: mapped.storeID) else { return }
        // Taken together on this thread: the document, the journal and the portfolio they make.
        let portfolio = store.portfolio
        let journalIDs = Set(journal.map(\.id))
        let path = store.path
        let thread = Thread {
            // Kept only when it describes this document for today and every summary in it passes
            // its checksum: a damaged entry was worked out afresh for the first frame, and is here made again.
            if let existing = SummaryIndex.read(besideStore: path), existing.describes(mapped, today: today), existing.computedFor == today,
               existing.isIntact {
                return
            }
            // Every account is read, a window at a time, off the screen's thread, and only while
            // the file is still the one taken together with the portfolio above.
            guard let index = SummaryIndex.build(map: mapped, path: path, portfolio: portfolio, journalIDs: journalIDs, today: today),
                  mapped.isCurrent(at: path) else { return }
            try? index.write(besideStore: path)
        }
        thread.stackSize = 8 << 20
        thread.start()
    }
}
