import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// The shared portfolio against a real PostgreSQL server.
@Suite("The shared portfolio in PostgreSQL", .enabled(if: TestDatabase.url != nil, TestDatabase.skipped))
struct SharedDatabaseTests {
    static let today = CalendarDate(iso: "2026-11-20")!
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let context = ChangeContext(today: today, now: now, by: "sarah", timeZone: .utc)

    static func demo() -> Portfolio { DemoPortfolio.make(today: today, now: now) }

    @Test("a new database is at schema 0; init takes it to the latest; a second init does nothing")
    func initAndAgain() async throws {
        let settings = try await TestDatabase.fresh()
        let (first, second, version) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            (try await db.migrate(today: SharedDatabaseTests.today), try await db.migrate(today: SharedDatabaseTests.today), try await db.schemaVersion())
        }
        #expect(first.from == 0 && first.to == SharedSchema.latest)
        #expect(second.from == SharedSchema.latest && second.to == SharedSchema.latest)
        #expect(version == SharedSchema.latest)
    }

    @Test("migration 1 makes accounts, change_log and portfolio; the log still accepts a DELETE before migration 2")
    func migrationOne() async throws {
        let settings = try await TestDatabase.fresh()
        let (version, tables) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(upTo: 1, today: SharedDatabaseTests.today)
            var tables: [String] = []
            let rows = try await db.client.query(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1", logger: db.logger)
            for try await name in rows.decode(String.self) { tables.append(name) }
            try await db.client.query("DELETE FROM change_log", logger: db.logger)
            return (try await db.schemaVersion(), tables)
        }
        #expect(version == 1)
        #expect(tables == ["accounts", "change_log", "portfolio", "schema_version"])
    }

    @Test("migration 2 makes the change log append-only: UPDATE, DELETE and TRUNCATE are refused")
    func migrationTwo() async throws {
        let settings = try await TestDatabase.fresh()
        let refusals = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(upTo: 1, today: SharedDatabaseTests.today)
            try await db.client.query("""
                INSERT INTO change_log (by, account_id, summary, change) VALUES ('sarah', 'a', 'written under version 1', '{}')
                """, logger: db.logger)
            let moved = try await db.migrate(upTo: 2, today: SharedDatabaseTests.today)
            #expect(moved == (from: 1, to: 2))
            var refused: [String] = []
            for statement in ["UPDATE change_log SET summary = 'x'", "DELETE FROM change_log", "TRUNCATE change_log"] {
                do {
                    try await db.client.query(PostgresQuery(unsafeSQL: statement), logger: db.logger)
                } catch let error as PSQLError {
                    refused.append(error.serverInfo?[.message] ?? "")
                }
            }
            return refused
        }
        #expect(refusals.count == 3)
        #expect(refusals.allSatisfy { $0.contains("append-only") })
    }

    @Test("a database without Baton's tables is refused with what to run")
    func notInitialised() async throws {
        let settings = try await TestDatabase.fresh()
        await #expect(throws: SharedDatabaseError.self) {
            _ = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { try await $0.portfolio() }
        }
        do {
            _ = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { try await $0.portfolio() }
        } catch {
            #expect("\(error)".contains("baton db init"))
        }
    }

    @Test("push adds every account; a second push changes nothing and logs nothing; an edited account is updated")
    func pushTwice() async throws {
        let settings = try await TestDatabase.fresh()
        let local = Self.demo()
        let (first, second, logged) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            let first = try await db.push(local, by: "sarah", today: SharedDatabaseTests.today)
            let second = try await db.push(local, by: "sarah", today: SharedDatabaseTests.today)
            return (first, second, try await db.history(accountID: local.accounts[0].id).count)
        }
        #expect(first.added == local.accounts.count && first.updated == 0 && first.ownerSet)
        #expect(second == SharedDatabase.PushReport(added: 0, updated: 0, unchanged: local.accounts.count, ownerSet: false))
        #expect(logged == 1)

        var edited = local
        edited.accounts[0].health.rationale = "Sponsor back from leave"
        let pushed = edited
        let third = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in try await db.push(pushed, by: "sarah", today: SharedDatabaseTests.today) }
        #expect(third.updated == 1 && third.unchanged == local.accounts.count - 1)
    }

    @Test("what is pushed comes back the same: owner, accounts and every field")
    func roundTrip() async throws {
        let settings = try await TestDatabase.fresh()
        let local = Self.demo()
        let pulled = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            _ = try await db.push(local, by: "sarah", today: SharedDatabaseTests.today)
            return try await db.portfolio()
        }
        #expect(pulled.owner == local.owner)
        #expect(pulled.accounts == local.accounts.sorted { $0.id < $1.id })
    }

    @Test("a change goes through the core's door: the new version, who made it and the door's summary in the log")
    func applyOne() async throws {
        let settings = try await TestDatabase.fresh()
        let account = Self.demo().accounts[0]
        let change = AccountChange.notes(.setHealth(.amber, rationale: "Sponsor on leave"))
        let (result, stored, history) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            _ = try await db.push(Self.demo(), by: "sarah", today: SharedDatabaseTests.today)
            let result = try await db.apply(change, toAccount: account.id, context: Self.context)
            return (result, try await db.account(id: account.id), try await db.history(accountID: account.id))
        }
        guard case .applied(let summary, let version, let attempts) = result else {
            Issue.record("refused: \(result)"); return
        }
        #expect(version == 2 && attempts == 1)
        #expect(stored?.version == 2 && stored?.updatedBy == "sarah")
        #expect(stored?.account.health.rating == .amber)
        #expect(history.map(\.summary).last == summary)
        #expect(history.last?.by == "sarah")
    }

    @Test("a change the rules refuse writes nothing and logs nothing")
    func refused() async throws {
        let settings = try await TestDatabase.fresh()
        let account = Self.demo().accounts[0]
        let change = AccountChange.notes(.setHealth(.red, rationale: "   "))
        let (result, stored, history) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            _ = try await db.push(Self.demo(), by: "sarah", today: SharedDatabaseTests.today)
            let result = try await db.apply(change, toAccount: account.id, context: Self.context)
            return (result, try await db.account(id: account.id), try await db.history(accountID: account.id))
        }
        #expect(result == .refused(reason: "Rationale is needed.", lastChangedBy: nil, at: nil))
        #expect(stored?.version == 1)
        #expect(history.count == 1)
    }

    @Test("a wrong password is refused in words, and the password is in no message")
    func wrongPassword() async throws {
        var settings = try DatabaseSettings.resolve(try #require(TestDatabase.url))
        settings.password = "Wr0ng-S3cret-xyz"
        do {
            _ = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { try await $0.schemaVersion() }
            Issue.record("connected with a wrong password")
        } catch {
            let text = "\(error)"
            #expect(!text.contains("Wr0ng-S3cret-xyz"))
            #expect(text.contains(settings.described))
            #expect(text.contains("password"))
        }
    }

    @Test("nobody listening on the port: a clear reason, not a wait")
    func nobodyThere() async throws {
        var settings = try DatabaseSettings.resolve(try #require(TestDatabase.url))
        settings.port = 1
        do {
            // A long timeout: the reason must be the refused connection, not the clock running out.
            _ = try await SharedDatabase.with(settings, timeout: .seconds(120)) { try await $0.schemaVersion() }
            Issue.record("connected to port 1")
        } catch {
            #expect("\(error)".contains("127.0.0.1:1"))
            #expect("\(error)".contains("cannot reach"), "\(error)")
            #expect(!"\(error)".contains(settings.password ?? "\u{0}"))
        }
    }
}
