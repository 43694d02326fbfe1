import BatonCore
import BatonTerminal
import BatonUI
import Foundation

/// The loop that runs the dashboard: read a key (or wait a second for the clock), update, draw.
/// Everything with a side effect lives here; everything it shows comes from `AppView.render`.
final class DashboardRuntime {
    /// The store on screen: the demo copy until `S` switches to the lead's own.
    private(set) var opened: OpenedStore!
    /// A store opening behind its first frame (a large one's summary index, a shared portfolio's summaries), if any.
    private var loading: (any FirstFrameOpening)?
    /// Where `S` creates the lead's own portfolio, when the machine has none yet.
    private let ownPortfolioPath: String?
    private let fixedToday: CalendarDate?
    private let loaded: ThemeLoadResult
    private let loader: ThemeLoader
    private let mouse: Bool
    private let present: Bool
    /// A shared portfolio's link to its database (SharedSync.swift); nil for a local store.
    private let shared: SharedLink?
    /// After this long without a key, the journal is folded into the store: it keeps replay on open short.
    private let checkpointAfterIdleSeconds: TimeInterval = 30
    /// Keys arriving within this long of a burst's first are drawn in one frame (60 frames a second).
    private let frameInterval: TimeInterval = 0.016
    /// However fast keys come, a frame is drawn after this many: the screen never freezes on a flood.
    private let maxKeysPerFrame = 512

    init(opened: OpenedStore?, loading: (any FirstFrameOpening)? = nil, ownPortfolioPath: String? = nil, shared: SharedLink? = nil,
         fixedToday: CalendarDate?, themeName: String?, mouse: Bool, present: Bool = false) throws {
        self.opened = opened
        self.loading = loading
        self.shared = shared
        self.ownPortfolioPath = ownPortfolioPath
        self.fixedToday = fixedToday
        self.mouse = mouse
        self.present = present
        let settings = Settings.load()
        loader = ThemeLoader.live()
        loaded = loader.load(commandLine: themeName, setting: settings.theme)
    }

    /// The last state, kept so that ending does not free a model of hundreds of megabytes piece by piece.
    private var keptAtExit: AppState?

    /// Exit status when the dashboard ended with changes the store would not take (kept in a rescue file).
    static let unsavedExitStatus: Int32 = 3
    /// Exit status when the store was changed by another program and this session's version was
    /// written beside it (`.mine-….json`) rather than into it.
    static let writtenAsideExitStatus: Int32 = 4

    /// Runs until the lead quits (0) or a SIGTERM / SIGHUP / SIGINT arrives (128 + the signal);
    /// never 0 when a change could not be saved.
    func run() -> Int32 {
        // Past a file-size limit a write must fail with EFBIG (and be retried or rescued), not kill us.
        signal(SIGXFSZ, SIG_IGN)
        Terminal.installSignalHandlers()
        let terminal = Terminal(theme: loaded.theme, monochrome: loader.monochrome, mouse: mouse,
                                logPath: Settings.logPath())
        do {
            try terminal.start()
        } catch {
            Say.error("baton: cannot start the terminal: \(error)")
            return 1
        }
        defer { terminal.stop() }
        // A large store's first frame comes from its index, and keys act at it while the store is
        // read; those that need every account wait there and are carried out here.
        var typedWhileLoading: [KeyEvent] = []
        var shownWhileLoading: AppState?
        var unsavedWhileLoading: [Account] = []
        var currentIndex: StoreDocumentMap?
        if let loading {
            loading.state.timeZone = .current
            loading.state.mouse = mouse
            // Present mode from the first frame: nothing internal is drawn while the store opens.
            loading.state.presenting = present
            switch loading.wait(terminal: terminal) {
            case .opened(let store, let shown, let unsaved):
                opened = store
                shownWhileLoading = shown
                unsavedWhileLoading = unsaved
            case .ended(let status): return status
            case .failed: return 2
            }
            currentIndex = loading.currentIndex
            self.loading = nil
        }

        var store = opened.store
        let now = Date()
        let size = terminal.size
        var state: AppState
        let drewFirstFrame = shownWhileLoading != nil
        if var shown = shownWhileLoading {
            // The whole portfolio in place of the index's summaries: what is on screen stays where it is.
            // The state as it was while loading (its summaries, stand-ins and mapped store) is let go.
            shownWhileLoading = nil
            typedWhileLoading = shown.finishLoading(store.portfolio)
            shown.saveStatus = saveStatus(store)
            state = shown
        } else {
            state = AppState(portfolio: store.portfolio, today: fixedToday ?? CalendarDate(now, in: .current), now: now,
                             width: size.width, height: size.height, storePath: opened.displayPath,
                             saveStatus: saveStatus(store))
        }
        // The machine's zone, read here at the edge: the state carries it to every change and view.
        state.timeZone = .current
        if !drewFirstFrame { state.mouse = mouse }
        state.presenting = present
        state.ownPortfolioPath = ownPortfolioPath.map(OpenedStore.abbreviate)
        if let shared {
            state.sharedBy = shared.by
            // On a shared portfolio "my accounts" are those of the person at the keyboard (--as), not the owner's.
            state.identify(as: shared.by)
            state.saveStatus = shared.status
            shared.pump(&state, store: store)
        }
        if store.isLockedOut {
            // Said before any work starts: this copy shows the store and follows it, and changes nothing.
            state.message = "Read-only: another Baton\(store.holderPID.map { " (pid \($0))" } ?? "") has this store; "
                + "nothing can be changed here" + (opened.openingNote.map { "; \($0)" } ?? "")
        } else if !store.access.isWritable {
            state.message = "Read-only: \(store.access.reasonText)" + (opened.openingNote.map { "; \($0)" } ?? "")
        } else if let note = opened.openingNote {
            state.message = note
        } else if let problem = loaded.problems.first {
            state.message = "Theme: \(problem)"
        }
        // Changes the store could not take yet (a full disk, say): kept, retried, never dropped.
        // Text typed and not saved, kept beside the store as it is typed; last session's is offered back.
        var drafts = DraftKeeper(store: store, isDemo: opened.isDemo)
        if let found = drafts?.found, !found.isEmpty { _ = Update.apply(.draftsFound(found), to: &state) }
        var pending: [Account] = unsavedWhileLoading
        var saidNotSaved = false
        func flush() {
            while let account = pending.first {
                do {
                    try store.commit(account)
                    pending.removeFirst()
                } catch {
                    state.message = "NOT SAVED (\(pending.count) change\(pending.count == 1 ? "" : "s") kept in memory, retrying): \(error)"
                    saidNotSaved = true
                    break
                }
            }
            if pending.isEmpty, saidNotSaved {
                // A retry went through: nothing may still claim otherwise.
                saidNotSaved = false
                state.message = "Saved: the changes kept in memory are on disk now"
            }
            if !opened.isDemo, store.access.isWritable, shared == nil, state.outsideEdit == nil {
                _ = Update.apply(.storeStatus(pending.isEmpty ? .saved : .unsaved(pending.count)), to: &state)
            }
        }
        func runLoop() -> Int32 {
            // `q` or Ctrl-C with changes not saved asks first; the second one in a row quits.
            var quitAsked = false

            let exitAfterFirstFrame = ProcessInfo.processInfo.environment["BATON_EXIT_AFTER_FIRST_FRAME"] != nil
            // For the benchmark: how many frames followed keys (a burst should draw few).
            let frameCountPath = ProcessInfo.processInfo.environment["BATON_FRAME_COUNT_FILE"]
            var framesAfterKeys = 0
            var keysSinceFrame = false
            defer {
                if let frameCountPath { _ = try? AtomicFile.write(Data("\(framesAfterKeys)\n".utf8), to: frameCountPath) }
            }
            var lastActivity = Date()
            var lastFollow = Date.distantPast
            // Assume a small store until a checkpoint says otherwise (opening took as long as a save will).
            var lastCheckpointSeconds = opened.openSeconds

            while true {
                if let signal = Terminal.takePendingSignal() {
                    // Every confirmed change is already in the journal; closing folds it into the store.
                    drafts?.flush(state.draft, now: Date())
                    return 128 + signal
                }
                terminal.draw(AppView.render(state))
                if keysSinceFrame {
                    framesAfterKeys += 1
                    KeyAnswered.note()
                }
                let lastFrame = Date()
                if exitAfterFirstFrame { return 0 }

                // A burst (a held key, keys typed faster than frames, a script) is handled whole
                // before the next frame: every key already waiting, and those arriving before a
                // frame's time has passed since the last, so a run of 200 moves draws a handful of
                // frames, not 200. A single key after a pause is drawn at once.
                // A shared portfolio looks for news from its database ten times a second.
                let wait = min(drafts?.wait(now: Date(), atMost: 1000) ?? 1000, shared == nil ? 1000 : 100)
                let first = typedWhileLoading.isEmpty ? terminal.readKey(timeoutMilliseconds: wait) : typedWhileLoading.removeFirst()
                var keys: [KeyEvent?] = [first]
                if first != nil {
                    let burstEnds = lastFrame.addingTimeInterval(frameInterval)
                    while keys.count < maxKeysPerFrame {
                        let left = Int(burstEnds.timeIntervalSinceNow * 1000)
                        if !typedWhileLoading.isEmpty {
                            keys.append(typedWhileLoading.removeFirst())
                            continue
                        }
                        guard let next = terminal.readKey(timeoutMilliseconds: max(0, left)) else { break }
                        keys.append(next)
                        if Terminal.pendingSignal != nil { break }
                    }
                }
                keysSinceFrame = first != nil
                for key in keys {
                    let now = Date()
                    var effects: [Effect] = []
                    if let key {
                        lastActivity = now
                        effects += Update.apply(.key(key), to: &state)
                    }
                    effects += Update.apply(.tick(now, today: fixedToday ?? CalendarDate(now, in: .current)), to: &state)
                    var quit = false
                    let askedBefore = quitAsked
                    if key != nil { quitAsked = false }
                    for effect in effects {
                        switch effect {
                        case .quit: quit = true
                        case .redraw: terminal.redraw()
                        case .setMouse(let on): terminal.setMouse(on)
                        case .share(let change, let accountID, let context):
                            if let problem = shared?.share(change, accountID: accountID, context: context) {
                                state.message = problem
                            }
                        case .commit(let account):
                            // Only the newest state of an account matters: each record is a whole-account upsert.
                            pending.removeAll { $0.id == account.id }
                            pending.append(account)
                        case .export(let kind, let accountID):
                            state.message = DocumentExport.fromDashboard(kind, accountID: accountID, state: state, now: now)
                        case .remove(let accountID):
                            // An undone add: earlier changes first, then the removal, durable before "saved".
                            pending.removeAll { $0.id == accountID }
                            flush()
                            do {
                                try store.remove(accountIDs: [accountID])
                            } catch {
                                state.message = "NOT removed from the store (it will be back when you reopen): \(error)"
                            }
                        case .previewImport, .applyBatch:
                            // :import's dry run, and an import (or its undo) written whole as one rewrite
                            // of the store, durable before update hears it is done (DashboardImport).
                            if case .applyBatch(let write) = effect { pending.removeAll { write.accountIDs.contains($0.id) } }
                            flush()
                            let shown = state
                            let progress = { (text: String) in
                                // A long file or a large save: the hint bar says how far it has come.
                                var frame = shown
                                frame.message = text
                                terminal.draw(AppView.render(frame))
                            }
                            if let reply = DashboardImport.carryOut(effect, store: store, state: state, now: now, progress: progress) {
                                _ = Update.apply(reply, to: &state)
                            }
                        case .resolveOutsideEdit(let choice):
                            flush()
                            resolve(choice, store: store, state: &state)
                            IndexKeeper.refresh(store: store, today: state.today)
                        case .startOwnPortfolio(let owner):
                            // Leave the demo: its copy (and anything done to it) is thrown away.
                            guard let path = ownPortfolioPath else { break }
                            do {
                                let own = try OpenedStore.own(path: path, owner: owner)
                                pending.removeAll()
                                opened.close()
                                opened = own
                                store = own.store
                                drafts = DraftKeeper(store: store, isDemo: false)
                                _ = Update.apply(.openedOwnPortfolio(store.portfolio, storePath: own.displayPath), to: &state)
                                state.saveStatus = saveStatus(store)
                            } catch {
                                state.message = "Your portfolio could not be created at \(OpenedStore.abbreviate(path)): \(error)"
                            }
                        }
                    }
                    if !pending.isEmpty { flush() }
                    drafts?.follow(state.draft, now: now)
                    if quit, !pending.isEmpty, !askedBefore {
                        quitAsked = true
                        state.message = "\(pending.count) change\(pending.count == 1 ? " is" : "s are") NOT SAVED (the store will not take "
                            + "\(pending.count == 1 ? "it" : "them") yet) — press q again to quit and keep \(pending.count == 1 ? "it" : "them") "
                            + "in a rescue file, or any other key to stay while Baton retries"
                        // The keys after it answer the question, so they wait for the person to see it.
                        break
                    }
                    if quit {
                        drafts?.flush(state.draft, now: now)
                        return 0
                    }
                }
                let key = first
                let now = Date()
                if let shared {
                    flush()
                    shared.pump(&state, store: store)
                }
                if !opened.isDemo, store.isLockedOut, now.timeIntervalSince(lastFollow) >= 1 {
                    // A read-only copy follows what the Baton holding the store writes, about once a second.
                    lastFollow = now
                    if store.followIfChanged() { _ = Update.apply(.storeFollowed(store.portfolio), to: &state) }
                }
                if key == nil, !opened.isDemo, !store.access.isWritable, store.retryLock() {
                    // Read-only only because another process (a `baton list`, say) held the store.
                    drafts = DraftKeeper(store: store, isDemo: false)
                    _ = Update.apply(.storeStatus(.saved), to: &state)
                    state.message = "Writable again: the other Baton has let go of the store"
                    if let found = drafts?.found, !found.isEmpty { _ = Update.apply(.draftsFound(found), to: &state) }
                }
                if !opened.isDemo, shared == nil, state.outsideEdit == nil, store.changedOnDisk() {
                    // Another program changed the file: asked now (within the second this loop
                    // waits at most), not found at quit. Nothing is written over it until answered.
                    flush()
                    _ = Update.apply(.storeChangedOnDisk, to: &state)
                }
                if key == nil, state.outsideEdit == nil, store.journalRecordCount > 0,
                   now.timeIntervalSince(lastActivity) > checkpointAfterIdleSeconds,
                   lastCheckpointSeconds < 0.5 || store.journalRecordCount >= 200 {
                    // A large store's full rewrite takes seconds and would freeze the screen: fold its
                    // journal only once replaying it would cost as much. Every change is durable either way.
                    let started = Date()
                    do {
                        try store.checkpoint()
                        IndexKeeper.refresh(store: store, today: state.today)
                    } catch {
                        // Every change is still in the journal; say why the store was not rewritten.
                        state.message = "\(error)"
                    }
                    lastCheckpointSeconds = Date().timeIntervalSince(started)
                    terminal.readWaitingInputAsKeys()
                }
            }
        }
        // The index beside a large store, made again when it does not describe the store for today.
        IndexKeeper.refresh(store: store, today: state.today, current: currentIndex)
        // Not kept mapped: a checkpoint replaces the file, and its old space is freed only once nothing maps it.
        currentIndex = nil
        // Changes confirmed at the first frame that the journal would not take then: now.
        if !pending.isEmpty { flush() }
        let status = runLoop()
        flush()
        if state.outsideEdit != nil, store.changedOnDisk() {
            // Quit without an answer: both are kept, as before the question was asked.
            resolve(.keepBoth, store: store, state: &state)
        }
        // Kept, not taken apart: the process ends right after (see DashboardCommand).
        keptAtExit = state
        guard !pending.isEmpty else { return status }
        terminal.stop()  // so the message below reaches the person, not the log
        rescue(pending)
        return status == 0 ? Self.unsavedExitStatus : status
    }

    /// Last resort when the store would not take changes even at exit: write them where a
    /// person can recover them — beside the store, else `$XDG_STATE_HOME/baton/`, else the
    /// temporary folder (the store's disk is often the full one) — and say where.
    private func rescue(_ accounts: [Account]) {
        let name = (opened.store.path as NSString).lastPathComponent + ".unsaved-\(Int(Date().timeIntervalSince1970))-\(getpid()).json"
        guard let data = try? JSONOutput.encode(accounts) else {
            Say.error("baton: \(accounts.count) change(s) could not be saved anywhere")
            return
        }
        let stateFolder = Settings.logPath().map { ($0 as NSString).deletingLastPathComponent }
        let folders = [(opened.store.path as NSString).deletingLastPathComponent, stateFolder, NSTemporaryDirectory()].compactMap { $0 }
        var failures: [String] = []
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(name)
            if let problem = Self.writeDurably(data, to: path) {
                failures.append("\(path): \(problem)")
                continue
            }
            Say.error("baton: \(accounts.count) change(s) could not be saved to the store; they are in \(path)")
            return
        }
        Say.error("baton: \(accounts.count) change(s) could not be saved anywhere (\(failures.joined(separator: "; ")))")
    }

    /// Creates `path` (0600, never over an existing file) holding `data`, through the one atomic
    /// write; nil when it worked, else why not (and nothing half-written is left).
    private static func writeDurably(_ data: Data, to path: String) -> String? {
        do {
            return try AtomicFile.write(data, to: path, existing: .keep) ? nil : "a file of that name is already there"
        } catch {
            return "\(error)"
        }
    }

    /// Carries out the lead's answer to an outside edit and tells the screen what happened; a
    /// failure leaves the question open, with why.
    private func resolve(_ choice: OutsideEditChoice, store: PortfolioStore, state: inout AppState) {
        let kept = { (path: String?) in path.map { OpenedStore.abbreviate($0) } ?? "" }
        do {
            let outcome = try store.resolveOutsideEdit(choice)
            let note: String
            switch choice {
            case .keepBoth:
                note = "Kept both: your version is in \(kept(outcome.keptAt)), the file stays as the other program left it. "
                    + "Read-only now: compare the two, keep what you want, and open Baton again."
            case .takeTheirs:
                var parts = ["Took theirs"]
                if !outcome.merged.isEmpty { parts.append("with your changes to \(outcome.merged.joined(separator: ", ")) on top") }
                if !outcome.conflicts.isEmpty {
                    parts.append("where you both changed \(outcome.conflicts.joined(separator: ", ")) theirs is kept and your version is in "
                                 + kept(outcome.keptAt))
                }
                note = parts.joined(separator: ": ")
            case .takeFile:
                note = "Took the file's version" + (outcome.keptAt.map { "; your unsaved changes are in \(kept($0))" } ?? "")
            }
            _ = Update.apply(.outsideEditResolved(choice == .keepBoth ? nil : store.portfolio, status: saveStatus(store), note: note),
                             to: &state)
        } catch {
            _ = Update.apply(.outsideEditResolved(nil, status: .changedOnDisk, note: "Not done: \(error) — choose again"), to: &state)
        }
    }

    private func saveStatus(_ store: PortfolioStore) -> SaveStatus {
        if opened.isDemo { return .demo }
        if !store.access.isWritable { return .readOnly(store.access.reasonText) }
        return .saved
    }
}
