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
final class StoreLoading: @unchecked Sendable {
    /// From this size a store opens behind its first frame when its index can be trusted.
    static let threshold: Int = {
        if let set = ProcessInfo.processInfo.environment["BATON_INDEX_THRESHOLD"], let bytes = Int(set), bytes >= 0 { return bytes }
        return 4 << 20
    }()

    /// What is drawn until the store is open.
    var state: AppState
    private let lock = NSLock()
    private var result: Result<OpenedStore, Error>?
    private let open: @Sendable () throws -> OpenedStore

    private init(state: AppState, open: @escaping @Sendable () throws -> OpenedStore) {
        self.state = state
        self.open = open
    }

    /// The first frame from the index and the store opening behind it; nil when the index is
    /// missing, stale, damaged or foreign (the store then opens as before, and the index is made
    /// again once it is open).
    static func start(path: String, displayPath: String, today: CalendarDate, open: @escaping @Sendable () throws -> OpenedStore) -> StoreLoading? {
        guard let map = StoreDocumentMap.open(path: path), let index = SummaryIndex.read(besideStore: path),
              let journal = StoreDocumentMap.journalUpserts(besideStore: path, storeID: map.storeID),
              let preview = index.preview(map: map, journal: journal, today: today) else { return nil }
        var size = winsize()
        let ok = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 && size.ws_row > 0
        let now = Date()
        guard let state = AppState(preview: preview, map: map, today: today, now: now, width: ok ? Int(size.ws_col) : 80,
                                   height: ok ? Int(size.ws_row) : 24, storePath: displayPath, saveStatus: .saved),
              map.isCurrent(at: path) else { return nil }
        return StoreLoading(state: state, open: open)
    }

    /// The store opened on another thread: started once the first frame is on screen, because
    /// the open reads on every core and would otherwise hold the first frame back on a small machine.
    private func openBehind() {
        let thread = Thread { [self] in
            let opened = Result { try open() }
            lock.lock()
            result = opened
            lock.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    var opened: Result<OpenedStore, Error>? {
        lock.lock()
        defer { lock.unlock() }
        return result
    }

    /// How the wait ended.
    enum Outcome {
        /// Read whole: `state` is what is on screen, the keys that waited for every account still in it.
        case opened(OpenedStore, state: AppState)
        /// Filled behind a first frame where no key acted (a shared portfolio's first copy): the
        /// keys typed meanwhile, in order, for the dashboard to carry out.
        case openedWithKeys(OpenedStore, typed: [KeyEvent])
        /// A signal, `q`, or the benchmark's first frame: end with this status.
        case ended(Int32)
        /// The store could not be opened: its problems were printed on the person's own screen.
        case failed
    }

    /// Draws the first frame and acts on the keys typed at it until the store is read: moving,
    /// filtering, sorting, the help and the selected account's panes from the index and that
    /// account's bytes (decoded as it is selected); what needs every account waits, counted in
    /// the hint bar with the read's progress.
    func wait(terminal: Terminal) -> Outcome {
        let exitAfterFirstFrame = ProcessInfo.processInfo.environment["BATON_EXIT_AFTER_FIRST_FRAME"] != nil
        if terminal.size.width != state.width || terminal.size.height != state.height {
            _ = Update.apply(.resize(width: terminal.size.width, height: terminal.size.height), to: &state)
        }
        let started = Date()
        var openStarted = false
        var keysSinceFrame = false
        while true {
            if let signal = Terminal.takePendingSignal() { return .ended(128 + signal) }
            switch opened {
            case .success(let store)?: return .opened(store, state: state)
            case .failure?:
                // Back on the person's own screen, the store is opened again there so its problems stay to be read.
                terminal.stop()
                _ = try? open()
                return .failed
            case nil: break
            }
            state.loadingProgress(openStarted ? OpenProgress.shared.snapshot : nil, seconds: Date().timeIntervalSince(started))
            terminal.draw(AppView.render(state))
            if keysSinceFrame { KeyAnswered.note() }
            if exitAfterFirstFrame { return .ended(0) }
            if !openStarted {
                openStarted = true
                openBehind()
            }
            keysSinceFrame = false
            guard let first = terminal.readKey(timeoutMilliseconds: 100) else { continue }
            // A burst is handled whole before the next frame, as the dashboard does.
            var keys = [first]
            while keys.count < 512, let next = terminal.readKey(timeoutMilliseconds: 0) { keys.append(next) }
            keysSinceFrame = true
            for key in keys {
                for effect in Update.apply(.key(key), to: &state) {
                    switch effect {
                    case .quit: return .ended(0)  // nothing is changed before every account is read
                    case .redraw: terminal.redraw()
                    case .setMouse(let on): terminal.setMouse(on)
                    default: break  // no other effect comes of a key that acts before the store is read
                    }
                }
            }
        }
    }
}

/// For the benchmark (`BATON_KEY_ANSWERED_FILE`): the moment the first frame after a key was
/// drawn, written once, whether the store was still being read or not.
enum KeyAnswered {
    nonisolated(unsafe) private static var written = false
    private static let path = ProcessInfo.processInfo.environment["BATON_KEY_ANSWERED_FILE"]

    /// Called on the screen's thread after a frame that followed keys.
    static func note() {
        guard !written, let path else { return }
        written = true
        _ = try? AtomicFile.write(Data(String(format: "%.6f\n", Date().timeIntervalSince1970).utf8), to: path)
    }
}

/// Keeps the summary index beside a large store current: made again on another thread once the
/// store is open (when the one there does not describe it for today) and after each checkpoint.
/// Derived only: a kill while it is written leaves the store as it was, and at worst a stale or
/// missing index, which the next open ignores and makes again.
enum IndexKeeper {
    static func refresh(store: PortfolioStore, today: CalendarDate) {
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
