import BatonCore
import BatonTerminal
import BatonUI
import Foundation

/// The loop that runs the dashboard: read a key (or wait a second for the clock), update, draw.
/// Everything with a side effect lives here; everything it shows comes from `AppView.render`.
final class DashboardRuntime {
    private let opened: OpenedStore
    private let fixedToday: CalendarDate?
    private let loaded: ThemeLoadResult
    private let loader: ThemeLoader
    private let mouse: Bool
    /// After this long without a key, the journal is folded into the store: it keeps replay on open short.
    private let checkpointAfterIdleSeconds: TimeInterval = 30

    init(opened: OpenedStore, fixedToday: CalendarDate?, themeName: String?, mouse: Bool) throws {
        self.opened = opened
        self.fixedToday = fixedToday
        self.mouse = mouse
        let settings = Settings.load()
        loader = ThemeLoader.live()
        loaded = loader.load(commandLine: themeName, setting: settings.theme)
    }

    /// Runs until the lead quits (0) or a SIGTERM / SIGHUP / SIGINT arrives (128 + the signal).
    func run() -> Int32 {
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

        let store = opened.store
        let now = Date()
        let size = terminal.size
        var state = AppState(portfolio: store.portfolio, today: fixedToday ?? CalendarDate(now), now: now,
                             width: size.width, height: size.height, storePath: opened.displayPath,
                             saveStatus: saveStatus(store))
        state.mouse = mouse
        if case .readOnly(let reason) = store.access {
            state.message = "Read-only: \(reason)"
        } else if let problem = loaded.problems.first {
            state.message = "Theme: \(problem)"
        }
        // Changes the store could not take yet (a full disk, say): kept, retried, never dropped.
        var pending: [Account] = []
        func flush() {
            while let account = pending.first {
                do {
                    try store.commit(account)
                    pending.removeFirst()
                } catch {
                    state.message = "NOT SAVED (\(pending.count) change\(pending.count == 1 ? "" : "s") kept in memory, retrying): \(error)"
                    break
                }
            }
            if !opened.isDemo, store.access.isWritable {
                _ = Update.apply(.storeStatus(pending.isEmpty ? .saved : .unsaved(pending.count)), to: &state)
            }
        }
        defer {
            flush()
            if !pending.isEmpty {
                terminal.stop()  // so the message below reaches the person, not the log
                rescue(pending)
            }
        }

        let exitAfterFirstFrame = ProcessInfo.processInfo.environment["BATON_EXIT_AFTER_FIRST_FRAME"] != nil
        var lastActivity = Date()
        // Assume a small store until a checkpoint says otherwise (opening took as long as a save will).
        var lastCheckpointSeconds = opened.openSeconds

        while true {
            if let signal = Terminal.takePendingSignal() {
                // Every confirmed change is already in the journal; closing folds it into the store.
                return 128 + signal
            }
            terminal.draw(AppView.render(state))
            if exitAfterFirstFrame { return 0 }

            let key = terminal.readKey(timeoutMilliseconds: 1000)
            let now = Date()
            var effects: [Effect] = []
            if let key {
                lastActivity = now
                effects += Update.apply(.key(key), to: &state)
            }
            effects += Update.apply(.tick(now, today: fixedToday ?? CalendarDate(now)), to: &state)
            var quit = false
            for effect in effects {
                switch effect {
                case .quit: quit = true
                case .redraw: terminal.redraw()
                case .setMouse(let on): terminal.setMouse(on)
                case .commit(let account):
                    // Only the newest state of an account matters: each record is a whole-account upsert.
                    pending.removeAll { $0.id == account.id }
                    pending.append(account)
                }
            }
            if !pending.isEmpty { flush() }
            if quit { return 0 }
            if key == nil, store.journalRecordCount > 0, now.timeIntervalSince(lastActivity) > checkpointAfterIdleSeconds,
               lastCheckpointSeconds < 0.5 || store.journalRecordCount >= 200 {
                // A large store's full rewrite takes seconds and would freeze the screen: fold its
                // journal only once replaying it would cost as much. Every change is durable either way.
                let started = Date()
                try? store.checkpoint()
                lastCheckpointSeconds = Date().timeIntervalSince(started)
            }
        }
    }

    /// Last resort when the store would not take changes even at exit: write them beside it so
    /// a person can recover them, and say where.
    private func rescue(_ accounts: [Account]) {
        let path = opened.store.path + ".unsaved-\(Int(Date().timeIntervalSince1970)).json"
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        if let data = try? encoder.encode(accounts), FileManager.default.createFile(atPath: path, contents: data,
                                                                                       attributes: [.posixPermissions: 0o600]) {
            FileHandle.standardError.write(Data("baton: \(accounts.count) change(s) could not be saved to the store; they are in \(path)\n".utf8))
        } else {
            FileHandle.standardError.write(Data("baton: \(accounts.count) change(s) could not be saved anywhere\n".utf8))
        }
    }

    private func saveStatus(_ store: PortfolioStore) -> SaveStatus {
        if opened.isDemo { return .demo }
        if case .readOnly(let reason) = store.access { return .readOnly(reason) }
        return .saved
    }
}
