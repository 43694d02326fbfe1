import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// A dashboard's link to the shared database, against a real server: changes by others arrive
/// through LISTEN/NOTIFY; changes made while the server could not be reached wait in the outbox
/// and arrive, once, when it is back.
@Suite("Live and offline-first", .enabled(if: TestDatabase.url != nil, TestDatabase.skipped))
struct LiveSyncTests {
    static let context = SharedDatabaseTests.context
    /// A full parallel run on two cores (fifty concurrent writers among them) can keep the server busy for a while.
    static let patience: Duration = .seconds(120)

    /// A fresh database holding the demo portfolio.
    static func prepared() async throws -> DatabaseSettings {
        let settings = try await TestDatabase.fresh()
        try await SharedDatabase.with(settings, timeout: Self.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            _ = try await db.push(SharedDatabaseTests.demo(), by: "setup", today: SharedDatabaseTests.today)
        }
        return settings
    }

    static func outbox() throws -> Outbox {
        try Outbox(path: try OutboxTests.folder() + "/outbox.log")
    }

    /// Drains `sync` until `match` finds what it waits for, or `seconds` pass.
    static func waitFor<T>(_ sync: SharedSync, within seconds: Double = 60, _ match: (SharedSync.Event) -> T?) async -> T? {
        let until = Date().addingTimeInterval(seconds)
        while Date() < until {
            for event in sync.drain() { if let found = match(event) { return found } }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }

    static func online(_ sync: SharedSync) async -> Bool {
        await Self.waitFor(sync) { event in
            if case .status(true, _) = event { return true }
            return nil
        } ?? false
    }

    @Test("migration 3: the change log takes an outbox id once")
    func migrationThree() async throws {
        let settings = try await Self.prepared()
        let duplicate = try await SharedDatabase.with(settings, timeout: Self.patience) { db -> String in
            try await db.client.query("""
                INSERT INTO change_log (by, account_id, summary, change, outbox_id) VALUES ('sarah', 'a', 'one', '{}', 'x-1')
                """, logger: db.logger)
            do {
                try await db.client.query("""
                    INSERT INTO change_log (by, account_id, summary, change, outbox_id) VALUES ('sarah', 'a', 'two', '{}', 'x-1')
                    """, logger: db.logger)
                return "taken twice"
            } catch let error as PSQLError {
                return error.serverInfo?[.sqlState] ?? "?"
            }
        }
        #expect(duplicate == "23505")
    }

    @Test("a change by another writer arrives through NOTIFY within a second, saying who did what")
    func anotherWriter() async throws {
        let settings = try await Self.prepared()
        let account = SharedDatabaseTests.demo().accounts[1]
        let known = try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.versions() }
        let sync = SharedSync(settings: settings, outbox: try Self.outbox(), known: known)
        sync.start()
        defer { sync.stop() }
        #expect(await Self.online(sync))
        let other = ChangeContext(today: SharedDatabaseTests.today, now: SharedDatabaseTests.now, by: "Daniel Ortiz", timeZone: .utc)
        let sent = Date()
        _ = try await SharedDatabase.with(settings, timeout: Self.patience) { db in
            try await db.apply(.notes(.setHealth(.red, rationale: "Sponsor left")), toAccount: account.id, context: other)
        }
        let heard = await Self.waitFor(sync) { event -> (Account, String?)? in
            if case .account(let changed, _, let note) = event, changed.id == account.id { return (changed, note) }
            return nil
        }
        let delay = Date().timeIntervalSince(sent)
        #expect(heard?.0.health.rating == .red)
        #expect(heard?.1?.hasPrefix("Daniel Ortiz · \(account.name)") == true, "\(String(describing: heard?.1))")
        // The note naming Daniel comes only from NOTIFY (a catch-up carries none), so the path is
        // proven above; the delay itself is baton-live-bench's figure (median 8 ms). Here only a
        // bound a full parallel run on two cores cannot break by accident: under that load the
        // test process's two cooperative threads are shared with every other suite.
        #expect(delay < 15, "\(delay) s")
        #expect(sync.versions[account.id] == 2)
    }

    @Test("a mark made while the server is unreachable arrives once it is back, exactly once")
    func offlineThenBack() async throws {
        let settings = try await Self.prepared()
        let account = SharedDatabaseTests.demo().accounts[0]
        let outbox = try Self.outbox()
        var away = settings
        away.port = 1  // nobody listens there: the server is "down"
        let offline = SharedSync(settings: away, outbox: outbox, known: [:])
        offline.start()
        offline.waitForFirstPass(timeout: 5)
        let status = await Self.waitFor(offline) { event -> Bool? in
            if case .status(let online, _) = event { return online }
            return nil
        }
        #expect(status == false)
        let entries = [
            OutboxEntry(accountID: account.id, baseVersion: 1, change: .notes(.setHealth(.amber, rationale: "offline 1")), context: Self.context),
            OutboxEntry(accountID: account.id, baseVersion: 1, change: .notes(.setHealth(.red, rationale: "offline 2")), context: Self.context),
        ]
        for entry in entries { try outbox.append(entry) }
        try await Task.sleep(for: .milliseconds(300))
        offline.stop()
        #expect(outbox.count == 2)

        // The server is back (a new process, its outbox read again from disk).
        let reopened = try Outbox(path: outbox.path)
        let sync = SharedSync(settings: settings, outbox: reopened, known: [:])
        sync.start()
        defer { sync.stop() }
        let drained = await Self.waitFor(sync) { event -> Bool? in
            if case .status(true, 0) = event { return true }
            return nil
        }
        #expect(drained == true)
        let (stored, history) = try await SharedDatabase.with(settings, timeout: Self.patience) { db in
            (try await db.account(id: account.id), try await db.history(accountID: account.id))
        }
        #expect(stored?.version == 3)
        #expect(stored?.account.health.rationale == "offline 2")
        #expect(history.count == 3)  // the push, then each change once, in order
        #expect(history.dropFirst().map(\.by) == ["sarah", "sarah"])
        #expect(try Outbox(path: outbox.path).pending.isEmpty)
    }

    @Test("an entry sent again (a kill before the outbox heard back) is recognised and not applied twice")
    func exactlyOnce() async throws {
        let settings = try await Self.prepared()
        let account = SharedDatabaseTests.demo().accounts[0]
        let entry = OutboxEntry(accountID: account.id, baseVersion: 1,
                                change: .notes(.logInteraction(.call, on: SharedDatabaseTests.today, at: SharedDatabaseTests.now,
                                                               with: "Pat", summary: "once")), context: Self.context)
        let (first, second, history) = try await SharedDatabase.with(settings, timeout: Self.patience) { db in
            (try await db.send(entry), try await db.send(entry), try await db.history(accountID: account.id))
        }
        guard case .applied = first else { Issue.record("\(first)"); return }
        guard case .alreadyApplied(let stored) = second else { Issue.record("\(second)"); return }
        #expect(stored?.version == 2)
        #expect(history.count == 2)
    }

    @Test("a change that no longer applies is refused, says who changed the account, and overwrites nothing")
    func refusedSaysWho() async throws {
        let settings = try await Self.prepared()
        let withRisk = try #require(SharedDatabaseTests.demo().accounts.first { $0.risks.contains { $0.status == .open } })
        let risk = try #require(withRisk.risks.first { $0.status == .open })
        let daniel = ChangeContext(today: SharedDatabaseTests.today, now: SharedDatabaseTests.now, by: "Daniel Ortiz", timeZone: .utc)
        let outbox = try Self.outbox()
        try outbox.append(OutboxEntry(accountID: withRisk.id, baseVersion: 1, change: .register(.closeRisk(id: risk.id, note: "mine")),
                                      context: Self.context))
        _ = try await SharedDatabase.with(settings, timeout: Self.patience) { db in
            try await db.apply(.register(.closeRisk(id: risk.id, note: "Daniel's")), toAccount: withRisk.id, context: daniel)
        }
        let sync = SharedSync(settings: settings, outbox: outbox, known: [:])
        sync.start()
        defer { sync.stop() }
        let note = await Self.waitFor(sync) { event -> String? in
            if case .account(let account, _, let note?) = event, account.id == withRisk.id { return note }
            return nil
        }
        #expect(note?.hasPrefix("Not applied: ") == true, "\(String(describing: note))")
        #expect(note?.contains("Daniel Ortiz changed \(withRisk.name) at ") == true, "\(String(describing: note))")
        let history = try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.history(accountID: withRisk.id) }
        #expect(history.count == 2)
        #expect(history.last?.by == "Daniel Ortiz")
        #expect(outbox.count == 0)
    }
}
