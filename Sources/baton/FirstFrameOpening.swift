import BatonCore
import BatonTerminal
import BatonUI
import Foundation

/// What opens behind a first frame that is drawn at once: a large local store from its summary
/// index (StoreLoading), or a shared portfolio's copy filled from the summaries the database
/// serves (SharedFirstOpen). Keys act at that frame in both (see `AppState.loading`); the runtime
/// waits here, drawing, before its own loop starts.
protocol FirstFrameOpening: AnyObject {
    /// What is drawn, and what the keys act on, until the store is open.
    var state: AppState { get set }
    /// Starts the work behind the frame: called once, after the first frame is on screen, because
    /// the work reads on every core and would otherwise hold that frame back on a small machine.
    func begin()
    /// Where the work stands; when it is still going, its progress is put in `state`.
    func poll(seconds: Double) -> FirstFrameWork
    /// The work failed: said on the person's own screen, after the terminal was given back.
    func reportFailure()
    /// A change confirmed at the first frame, made durable before this returns (a large local
    /// store's journal, taken before the store was read); throws when it could not be, or
    /// `CommitOnceOpen` when it goes into the store once open (a shared copy still filling).
    func commit(_ account: Account) throws
    /// A shared portfolio's change confirmed at the first frame, into its outbox (on disk before
    /// this returns); nil, or why not.
    func share(_ change: AccountChange, accountID: String, context: ChangeContext) -> String?
    /// The document the first frame's summary index described, when that index was current for
    /// today and whole: while the file is still that one, the index need not be read again.
    var currentIndex: StoreDocumentMap? { get }
}

/// A change confirmed at the first frame that goes into the store once it is open: not a failure.
struct CommitOnceOpen: Error {}

/// How the work behind a first frame stands.
enum FirstFrameWork {
    case working
    case opened(OpenedStore)
    case failed
}

/// How the wait behind a first frame ended.
enum FirstFrameOutcome {
    /// Open: `state` is what is on screen, the keys that waited for every account still in it;
    /// `unsaved`, changes confirmed meanwhile that could not be made durable yet (kept, retried).
    case opened(OpenedStore, state: AppState, unsaved: [Account])
    /// A signal, `q`, or the benchmark's first frame: end with this status.
    case ended(Int32)
    /// The store could not be opened: its problems were printed on the person's own screen.
    case failed
}

extension FirstFrameOpening {
    /// Draws the first frame and acts on the keys typed at it until the store is open: moving,
    /// filtering, sorting, the help and the selected account's panes from the summaries and that
    /// account alone (fetched or decoded as it is selected); what needs every account waits,
    /// counted in the hint bar with the work's progress.
    func wait(terminal: Terminal) -> FirstFrameOutcome {
        let exitAfterFirstFrame = ProcessInfo.processInfo.environment["BATON_EXIT_AFTER_FIRST_FRAME"] != nil
        if terminal.size.width != state.width || terminal.size.height != state.height {
            _ = Update.apply(.resize(width: terminal.size.width, height: terminal.size.height), to: &state)
        }
        let started = Date()
        var begun = false
        var keysSinceFrame = false
        var unsaved: [Account] = []
        while true {
            if let signal = Terminal.takePendingSignal() { return .ended(128 + signal) }
            switch poll(seconds: Date().timeIntervalSince(started)) {
            case .opened(let store): return .opened(store, state: state, unsaved: unsaved)
            case .failed:
                terminal.stop()
                reportFailure()
                return .failed
            case .working: break
            }
            terminal.draw(AppView.render(state))
            if keysSinceFrame { KeyAnswered.note() }
            if exitAfterFirstFrame { return .ended(0) }
            if !begun {
                begun = true
                begin()
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
                    case .commit(let account):
                        // Durable at once, before the store is read; else kept and saved once it is open.
                        unsaved.removeAll { $0.id == account.id }
                        do {
                            try commit(account)
                        } catch is CommitOnceOpen {
                            unsaved.append(account)
                        } catch {
                            unsaved.append(account)
                            state.message = "NOT SAVED yet (kept in memory, saved once the store is open): \(error)"
                        }
                    case .share(let change, let accountID, let context):
                        if let problem = share(change, accountID: accountID, context: context) { state.message = problem }
                    default: break  // no other effect comes of a key that acts before the store is open
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
