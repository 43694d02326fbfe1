#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import BatonCore
import BatonShared
import BatonUI
import Foundation

/// The dashboard on a shared portfolio (PostgreSQL). It runs from a local copy — an ordinary
/// store, with all its crash safety, in `$XDG_STATE_HOME/baton/shared/<database>-<key>/` — so it
/// opens and works when the server cannot be reached; every change confirmed goes into the
/// outbox beside it (on disk before the screen says it is kept) and is sent in order when the
/// server answers; every change logged by anyone comes back through LISTEN within a moment.
/// No file, message or log holds the password: the folder is named from user, host, port and
/// database only.
final class SharedLink {
    let settings: DatabaseSettings
    let by: String
    let folder: String
    let sync: SharedSync
    private var versionsSaved: [String: Int64]
    private var lastVersionsWrite = Date.distantPast
    /// What the fill behind the first frame has to say, shown once the dashboard runs.
    var note: String?
    /// When changes the outbox file would not take were last tried again.
    private var lastOutboxRetry = Date.distantPast
    private var saidUnwritten = false

    private init(settings: DatabaseSettings, by: String, folder: String, sync: SharedSync, versions: [String: Int64]) {
        self.settings = settings
        self.by = by
        self.folder = folder
        self.sync = sync
        versionsSaved = versions
    }

    /// `baton --database URL` with no subcommand.
    static func runDashboard(settings: DatabaseSettings, options: StoreOptions, actingAs: String?, theme: String?, mouse: Bool,
                             present: Bool = false) throws {
        let today = try options.resolvedToday()
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            // Not a terminal: what `baton list --database` prints.
            print(PortfolioListing(portfolio: SharedShell.portfolio(settings), today: today).table(), terminator: "")
            return
        }
        let by = actingAs?.trimmingCharacters(in: .whitespaces).nonEmpty
            ?? ProcessInfo.processInfo.environment["USER"]?.nonEmpty ?? "someone"
        let (start, link) = try open(settings: settings, by: by, today: today)
        var opened: OpenedStore?
        var loading: (any FirstFrameOpening)?
        switch start {
        case .opened(let store): opened = store
        case .behindFirstFrame(let first): loading = first
        }
        let runtime = try DashboardRuntime(opened: opened, loading: loading, shared: link, fixedToday: options.today == nil ? nil : today,
                                           themeName: theme, mouse: mouse, present: present)
        defer {
            link.close()
            runtime.opened?.close()
        }
        let code = runtime.run()
        link.close()
        runtime.opened?.close()
        let waiting = link.sync.outbox.count
        let unwritten = link.sync.outbox.unwrittenCount
        if unwritten > 0 {
            // Neither sent nor on disk: said plainly, never dropped without a word.
            Say.error("baton: \(unwritten) change\(unwritten == 1 ? "" : "s") of yours could be neither sent to \(settings.described) "
                      + "nor written to the outbox (\(link.sync.outbox.path)): \(unwritten == 1 ? "it is" : "they are") in the local copy "
                      + "only, and not shared. Free the disk, open the dashboard and make \(unwritten == 1 ? "it" : "them") again.")
            if code == 0 { throw ExitCode(DashboardRuntime.unsavedExitStatus) }
        } else if waiting > 0 {
            Say.error("baton: \(waiting) change\(waiting == 1 ? "" : "s") of yours wait\(waiting == 1 ? "s" : "") in the outbox for "
                      + "\(settings.described); \(waiting == 1 ? "it is" : "they are") sent the next time you open the dashboard on it.")
        }
        if code != 0 { throw ExitCode(code) }
    }

    /// How the dashboard starts on the copy.
    enum Start {
        /// Opened, with the link started and given up to 3 s to catch up.
        case opened(OpenedStore)
        /// A first frame drawn at once while the copy opens (from its summary index) or fills
        /// (from the database's summaries, on a new machine or after a fill cut short).
        case behindFirstFrame(any FirstFrameOpening)
    }

    /// The local copy and its outbox (a second dashboard on the same database on this machine
    /// gets a copy of its own), and the link to the database.
    static func open(settings: DatabaseSettings, by: String, today: CalendarDate,
                     environment: [String: String] = ProcessInfo.processInfo.environment) throws -> (Start, SharedLink) {
        let base = mirrorsFolder(environment) + "/" + mirrorName(settings)
        for slot in 1...8 {
            let folder = slot == 1 ? base : base + "-\(slot)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            chmod(folder, 0o700)
            let path = folder + "/portfolio.json"
            // Another dashboard on this machine has this copy: the next one.
            if isHeld(path) { continue }
            let outbox: Outbox
            do {
                outbox = try Outbox(path: folder + "/outbox.log")
            } catch {
                throw ValidationError(Redaction.scrub("\(error)", secrets: settings.secrets))
            }
            let displayPath = "\(by) on \(settings.described)"
            let openCopy: @Sendable () throws -> OpenedStore = { try OpenedStore.own(path: path, owner: "", displayPath: displayPath) }
            let versions = CopyFill.readVersions(folder: folder)
            let sync = SharedSync(settings: settings, outbox: outbox, known: versions)
            let link = SharedLink(settings: settings, by: by, folder: folder, sync: sync, versions: versions)
            if CopyFill.isUnfinished(folder: folder),
               let first = SharedFirstOpen.start(settings: settings, folder: folder, outbox: outbox, by: by, today: today,
                                                 displayPath: displayPath, openCopy: openCopy, filled: { [link] versions, note in
                                                     link.note = note
                                                     link.sync.start(known: versions)
                                                 }, share: { [link] change, accountID, context in
                                                     link.share(change, accountID: accountID, context: context)
                                                 }) {
                // The link starts once the copy is filled: until then it would fetch every account a second time.
                return (.behindFirstFrame(first), link)
            }
            var info = stat()
            if stat(path, &info) == 0, Int(info.st_size) >= StoreLoading.threshold,
               let loading = StoreLoading.start(path: path, displayPath: displayPath, today: today, changesAtOnce: false,
                                                open: { _ in try openCopy() }) {
                sync.start()
                return (.behindFirstFrame(loading), link)
            }
            let opened = try openCopy()
            if opened.store.isLockedOut || !opened.store.access.isWritable {
                opened.close()
                continue
            }
            sync.start()
            sync.waitForFirstPass(timeout: 3)
            return (.opened(opened), link)
        }
        throw ValidationError("eight dashboards on \(settings.described) are open on this machine already.")
    }

    /// Whether another process holds the store's lock (flock on `portfolio.json.lock`): asked
    /// without taking it for longer than the question.
    private static func isHeld(_ path: String) -> Bool {
        let fd = Glibc.open(path + ".lock", O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { Glibc.close(fd) }
        while flock(fd, LOCK_SH | LOCK_NB) != 0 {
            if errno == EINTR { continue }
            return errno == EWOULDBLOCK
        }
        flock(fd, LOCK_UN)
        return false
    }

    /// `$XDG_STATE_HOME/baton/shared`, else `~/.local/state/baton/shared`.
    static func mirrorsFolder(_ env: [String: String]) -> String {
        let base = env["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? NSHomeDirectory() + "/.local/state"
        return base + "/baton/shared"
    }

    /// The database's name and a key of user, host, port and database (never the password).
    static func mirrorName(_ settings: DatabaseSettings) -> String {
        let key = "\(settings.user)@\(settings.host):\(settings.port)/\(settings.database)"
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let name = settings.database.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        return "\(name.prefix(40))-\(String(hash, radix: 16))"
    }

    // MARK: In the loop

    /// The status words for the title bar.
    var status: SaveStatus { .shared(online: sync.isOnline, waiting: sync.outbox.count) }

    /// A change confirmed on screen, into the outbox (on disk before this returns); nil, or why not.
    func share(_ change: AccountChange, accountID: String, context: ChangeContext) -> String? {
        let entry = OutboxEntry(accountID: accountID, baseVersion: sync.versions[accountID], change: change, context: context)
        do {
            try sync.outbox.append(entry)
        } catch {
            // Kept in memory, in order: written as soon as the outbox takes it, and sent meanwhile.
            sync.noteAppended()
            return "NOT WRITTEN to the outbox (\(sync.outbox.unwrittenCount) change\(sync.outbox.unwrittenCount == 1 ? "" : "s") kept in memory, "
                + "retrying; sent when the database answers): \(error)"
        }
        sync.noteAppended()
        return nil
    }

    /// What the link heard, into the local copy and onto the screen.
    func pump(_ state: inout AppState, store: PortfolioStore) {
        retryOutbox(&state)
        let events = sync.drain()
        let accounts = events.compactMap { event -> Account? in
            if case .account(let account, _, _) = event { return account }
            return nil
        }
        // A catch-up (the first open, a long time away): the copy takes them as one write, the
        // screen follows the copy as a whole (the cursor on the same account, or the top).
        let many = accounts.count > 20 || (state.portfolio.accounts.isEmpty && !accounts.isEmpty)
        if many {
            do {
                try store.apply(upserts: accounts, removals: [])
            } catch {
                state.message = "The local copy would not take \(accounts.count) accounts from the database: \(error)"
            }
            var portfolio = store.portfolio
            if !state.portfolio.owner.isEmpty { portfolio.owner = state.portfolio.owner }
            _ = Update.apply(.storeFollowed(portfolio), to: &state)
        }
        for event in events {
            switch event {
            case .account(let account, _, let note):
                if !many {
                    do {
                        try store.commit(account)
                    } catch {
                        state.message = "The local copy would not take \(account.name) (the screen has it): \(error)"
                    }
                }
                _ = Update.apply(.sharedChange(many ? nil : account, note: note), to: &state)
            case .owner(let owner):
                if !owner.isEmpty { state.portfolio.owner = owner }
            case .status(let online, let waiting):
                _ = Update.apply(.storeStatus(.shared(online: online, waiting: waiting)), to: &state)
            case .note(let note):
                _ = Update.apply(.sharedChange(nil, note: note), to: &state)
            case .present(let ids):
                leave(keeping: ids, &state, store: store)
            }
        }
        // What the fill behind the first frame said, after the link's own first words (offline, say): it matters more.
        if let note {
            self.note = nil
            state.message = note
        }
        saveVersions(force: false)
    }

    /// Gives changes on their way up to 2 s to arrive (when the server answers), then stops.
    /// Closing twice is harmless.
    func close() {
        let until = Date().addingTimeInterval(2)
        while sync.isOnline, sync.outbox.count > 0, Date() < until { usleep(20_000) }
        sync.stop()
        saveVersions(force: true)
    }

    /// Accounts the database no longer holds leave the copy and the screen.
    private func leave(keeping ids: Set<String>, _ state: inout AppState, store: PortfolioStore) {
        let gone = Set(store.portfolio.accounts.map(\.id)).subtracting(ids)
        guard !gone.isEmpty else { return }
        do {
            try store.apply(upserts: [], removals: gone)
        } catch {
            state.message = "The local copy would not let go of \(gone.count) account\(gone.count == 1 ? "" : "s") the database no longer has: \(error)"
            return
        }
        var portfolio = store.portfolio
        if !state.portfolio.owner.isEmpty { portfolio.owner = state.portfolio.owner }
        _ = Update.apply(.storeFollowed(portfolio), to: &state)
        state.message = "\(gone.count) account\(gone.count == 1 ? "" : "s") no longer in the shared portfolio left this copy"
    }

    /// Changes the outbox file would not take, tried again once a second; said when none is left in memory only.
    private func retryOutbox(_ state: inout AppState) {
        if sync.outbox.unwrittenCount > 0 {
            saidUnwritten = true
            if Date().timeIntervalSince(lastOutboxRetry) > 1 {
                lastOutboxRetry = Date()
                try? sync.outbox.retryUnwritten()
            }
        }
        if saidUnwritten, sync.outbox.unwrittenCount == 0 {
            saidUnwritten = false
            state.message = "Kept: the changes held in memory are in the outbox or the database now"
        }
    }

    // MARK: The versions the copy holds

    /// `versions.json` beside the copy: the database version of each account in it. Written after
    /// the copy took the accounts, so it is never ahead of it; when it is behind, the next open
    /// fetches a few accounts again.
    private func saveVersions(force: Bool) {
        guard force || Date().timeIntervalSince(lastVersionsWrite) > 2 else { return }
        let versions = sync.versions
        guard versions != versionsSaved else { return }
        lastVersionsWrite = Date()
        guard (try? CopyFill.writeVersions(versions, folder: folder)) != nil else { return }
        versionsSaved = versions
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
