import BatonCore
import Foundation

/// The dashboard's link to the shared database, on a task of its own: it brings the local copy
/// up to date when the server answers (only the accounts whose version moved), hears every
/// change as it is logged (LISTEN), sends the outbox in order, and — when the server goes
/// away — says "offline", waits a little longer each time, and starts again. The dashboard's
/// loop takes what happened with `drain()`; nothing here touches the screen or the local store.
public final class SharedSync: @unchecked Sendable {
    /// What the dashboard hears.
    public enum Event: Sendable, Equatable {
        /// The account as the database holds it now (with the person's own waiting changes on
        /// top), and what to say about it: nil for a quiet refresh.
        case account(Account, version: Int64, note: String?)
        /// The owner of the shared portfolio.
        case owner(String)
        /// The server answers (or not), and how many changes wait in the outbox.
        case status(online: Bool, waiting: Int)
        /// Something to say that changes no account (a change that could not be sent, why offline).
        case note(String)
        /// After a catch-up: every account the database holds (and any heard meanwhile). An
        /// account the local copy holds beyond these was removed from the database.
        case present(Set<String>)
    }

    public let settings: DatabaseSettings
    public let outbox: Outbox
    private let lock = NSLock()
    private var known: [String: Int64]
    private var events: [Event] = []
    private var online = false
    private var firstPass = false
    private var stopped = false
    private var task: Task<Void, Never>?
    /// Ids of entries this process sent: their notifications are its own changes, not announced back.
    private var sentIDs: Set<String> = []
    /// Accounts heard of while a catch-up runs: present even when the versions read before did not have them.
    private var heardDuringCatchUp: Set<String>?
    /// Called (from the sync task) whenever there is something to drain: the dashboard's wake-up.
    private let wake: @Sendable () -> Void

    /// `known`: the database version of each account the local copy holds.
    public init(settings: DatabaseSettings, outbox: Outbox, known: [String: Int64], wake: @escaping @Sendable () -> Void = {}) {
        self.settings = settings
        self.outbox = outbox
        self.known = known
        self.wake = wake
    }

    /// `known`, when given: the versions the local copy holds now (a fill behind the first frame took them).
    public func start(known: [String: Int64]? = nil) {
        if let known { locked { self.known = known } }
        task = Task.detached { [self] in await self.run() }
    }

    public func stop() {
        locked { stopped = true }
        task?.cancel()
    }

    /// What happened since the last call, oldest first.
    public func drain() -> [Event] {
        locked {
            let taken = events
            events.removeAll()
            return taken
        }
    }

    public var isOnline: Bool { locked { online } }

    /// The database version of each account as last seen.
    public var versions: [String: Int64] { locked { known } }

    /// Waits until the first attempt to reach the server has ended (synced, or found offline), at most `timeout`.
    public func waitForFirstPass(timeout: TimeInterval) {
        let until = Date().addingTimeInterval(timeout)
        while Date() < until, !locked({ firstPass }) { usleep(10_000) }
    }

    /// A change was just put in the outbox: the status follows at once (the sender picks it up within 50 ms).
    public func noteAppended() {
        post(.status(online: isOnline, waiting: outbox.count))
    }

    // MARK: The task

    private func run() async {
        var pause = 0.25
        var saidOffline = false
        while !Task.isCancelled, !locked({ stopped }) {
            do {
                try await SharedDatabase.with(settings, timeout: .seconds(10 * 365 * 86400)) { db in
                    try await self.session(db)
                }
            } catch is CancellationError {
                return
            } catch {
                if locked({ stopped }) { return }
                let wasOnline = locked { () -> Bool in
                    let was = online
                    online = false
                    return was
                }
                if wasOnline || !saidOffline {
                    saidOffline = true
                    post(.note("Offline: \(Redaction.scrub("\(error)", secrets: settings.secrets)) — changes wait in the outbox"))
                }
                post(.status(online: false, waiting: outbox.count))
                if wasOnline { pause = 0.25 }
            }
            locked { firstPass = true }
            try? await Task.sleep(for: .milliseconds(Int(pause * 1000)))
            pause = min(pause * 2, 5)
        }
    }

    /// One connected stretch: listen first (so nothing logged during the catch-up is missed),
    /// catch up, then send the outbox and keep sending, until the connection drops.
    private func session(_ db: SharedDatabase) async throws {
        let listening = Flag()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                try await db.listen(listening: { listening.set() }) { heard in await self.heard(heard, db) }
            }
            group.addTask {
                while !listening.isSet { try await Task.sleep(for: .milliseconds(5)) }
                try await self.catchUp(db)
                self.locked {
                    self.online = true
                    self.firstPass = true
                }
                self.post(.status(online: true, waiting: self.outbox.count))
                var lastPing = Date()
                while true {
                    // stop() ends the session too (the connection is not left listening and sending).
                    if self.locked({ self.stopped }) { throw CancellationError() }
                    try Task.checkCancellation()
                    // A change the outbox file would not take is written as soon as it will (and sent meanwhile).
                    if self.outbox.unwrittenCount > 0 { try? self.outbox.retryUnwritten() }
                    if let next = self.outbox.pending.first {
                        try await self.send(next, db)
                        continue
                    }
                    if Date().timeIntervalSince(lastPing) > 5 {
                        // A server that vanished without closing the connection shows up here.
                        try await FirstOf.value(within: .seconds(5), orThrow: SharedDatabaseError("\(self.settings.described) stopped answering")) {
                            try await db.ping()
                        }
                        lastPing = Date()
                    }
                    try await Task.sleep(for: .milliseconds(50))
                }
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    /// The accounts whose version moved since the local copy last saw them, fetched.
    /// The accounts whose version moved since the local copy last saw them, fetched; then every
    /// account the database holds, so those it no longer holds leave the copy.
    private func catchUp(_ db: SharedDatabase) async throws {
        post(.owner(try await db.owner()))
        locked { heardDuringCatchUp = [] }
        defer { locked { heardDuringCatchUp = nil } }
        let versions = try await db.versions()
        let mine = versions.keys.filter { id in locked { known[id] } != versions[id] }
        for chunk in stride(from: 0, to: mine.count, by: 500).map({ Array(mine[$0..<min($0 + 500, mine.count)]) }) {
            for stored in try await db.accounts(ids: chunk) { deliver(stored.account, version: stored.version, note: nil, force: true) }
        }
        let present = locked { () -> Set<String> in
            let present = Set(versions.keys).union(heardDuringCatchUp ?? [])
            known = known.filter { present.contains($0.key) }
            return present
        }
        post(.present(present))
    }

    private func heard(_ heard: SharedDatabase.Heard, _ db: SharedDatabase) async {
        locked { heardDuringCatchUp?.insert(heard.account) }
        let own = heard.outbox.map { id in locked { sentIDs.contains(id) } || outbox.contains(id) } ?? false
        if own { return }  // the sender fetches the account after its own change
        if let version = heard.version, let seen = locked({ known[heard.account] }), version <= seen { return }
        guard let stored = try? await db.accounts(ids: [heard.account]).first else { return }
        let who = heard.by.isEmpty ? "someone" : heard.by
        deliver(stored.account, version: stored.version, note: "\(who) · \(heard.summary)", force: false)
    }

    private func send(_ entry: OutboxEntry, _ db: SharedDatabase) async throws {
        locked { _ = sentIDs.insert(entry.id) }
        let result = try await db.send(entry)
        // Only once the database has it is it taken out: a kill before this line sends it again, and the
        // database recognises it.
        try outbox.markSent(entry.id)
        switch result {
        case .applied(_, let stored):
            deliver(stored.account, version: stored.version, note: nil, force: true)
        case .alreadyApplied(let stored):
            if let stored { deliver(stored.account, version: stored.version, note: nil, force: true) }
        case .refused(let reason, let by, let at, let stored):
            var text = "Not applied: \(reason)"
            let name = stored?.account.name ?? entry.accountID
            if let by, let at {
                text += " — \(by.isEmpty ? "someone" : by) changed \(name) at \(Self.clock(at))"
            }
            if let stored {
                deliver(stored.account, version: stored.version, note: text, force: true)
            } else {
                post(.note(text))
            }
        }
        post(.status(online: true, waiting: outbox.count))
    }

    /// Hands an account to the dashboard unless a newer version already went; the person's own
    /// waiting changes are put on top.
    private func deliver(_ account: Account, version: Int64, note: String?, force: Bool) {
        let fresh = locked { () -> Bool in
            if !force, let seen = known[account.id], seen >= version { return false }
            known[account.id] = max(version, known[account.id] ?? 0)
            return true
        }
        if fresh {
            post(.account(outbox.overlay(account), version: version, note: note))
        } else if let note {
            post(.note(note))
        }
    }

    private func post(_ event: Event) {
        locked { events.append(event) }
        wake()
    }

    static func clock(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: date)
    }

    @discardableResult
    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }
}
