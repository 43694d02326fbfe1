import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// Each account's summary beside its document (issue 24, part 3): written by the transaction that
/// writes the account, filled once from the documents when a database is migrated, trusted only
/// at the account's version and on a day it holds; a new machine's copy filled from it.
@Suite("The shared portfolio's summaries", .enabled(if: TestDatabase.url != nil, TestDatabase.skipped))
struct SharedSummariesTests {
    static let today = SharedDatabaseTests.today
    static let patience = TestDatabase.patience

    static func prepared() async throws -> DatabaseSettings {
        try await LiveSyncTests.prepared()
    }

    /// Each account's summary as the database serves it, and its version.
    static func listing(_ settings: DatabaseSettings, on day: CalendarDate = today) async throws -> SharedDatabase.SummaryListing {
        try await SharedDatabase.with(settings, timeout: patience) { try await $0.summaries(today: day) }
    }

    static func run(_ settings: DatabaseSettings, _ sql: String) async throws {
        try await SharedDatabase.with(settings, timeout: patience) { db in
            try await db.client.query(PostgresQuery(unsafeSQL: sql), logger: db.logger)
            return true
        }
    }

    @Test("a push writes every account's summary, at its version, the same as the core works out")
    func pushKeepsSummaries() async throws {
        let settings = try await Self.prepared()
        let listing = try await Self.listing(settings)
        let demo = SharedDatabaseTests.demo()
        #expect(listing.rows.count == demo.accounts.count)
        #expect(listing.owner == demo.owner)
        for account in demo.accounts {
            let row = try #require(listing.rows.first { $0.id == account.id })
            #expect(row.version == 1)
            #expect(row.summary == AccountSummary(account: account, today: Self.today), "\(account.name)")
        }
    }

    @Test("a change, a change from the outbox, an add and an import each write the summary in their own transaction")
    func everyWriteKeepsItsSummary() async throws {
        let settings = try await Self.prepared()
        let demo = SharedDatabaseTests.demo()
        let first = demo.accounts[0], second = demo.accounts[1]
        let context = SharedDatabaseTests.context
        let (added, imported) = try await SharedDatabase.with(settings, timeout: Self.patience) { db -> (String, String) in
            _ = try await db.apply(.notes(.setHealth(.red, rationale: "sponsor left")), toAccount: first.id, context: context)
            _ = try await db.send(OutboxEntry(accountID: second.id, baseVersion: 1,
                                              change: .notes(.setHealth(.amber, rationale: "from the outbox")), context: context))
            guard case .added(let id, _, _) = try await db.add(NewAccount(name: "Brand New Ltd", tDay: Self.today.adding(days: 40)),
                                                                context: context, owner: "Sarah Khan") else { throw Failed() }
            let current = try await db.versionedPortfolio()
            let made = try NewAccount(name: "Imported Co", tDay: Self.today.adding(days: 60)).make(context: context, existing: current.portfolio.accounts).get()
            _ = try await db.importAccounts([.init(account: made, readAtVersion: nil, summary: "Imported Co added")], source: "a.csv",
                                            by: "Priya", owner: "Sarah Khan", today: Self.today)
            return (id, made.id)
        }
        let listing = try await Self.listing(settings)
        let stored = try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.versionedPortfolio() }
        for id in [first.id, second.id, added, imported] {
            let row = try #require(listing.rows.first { $0.id == id })
            let account = try #require(stored.portfolio.accounts.first { $0.id == id })
            #expect(row.version == stored.versions[id])
            #expect(row.summary == AccountSummary(account: account, today: Self.today), "\(account.name)")
        }
        #expect(listing.rows.first { $0.id == first.id }?.summary?.health == .red)
        #expect(listing.rows.first { $0.id == second.id }?.summary?.health == .amber)
    }

    @Test("a database migrated from version 3 gets every account's summary from its document, once")
    func migrationFillsFromDocuments() async throws {
        let settings = try await TestDatabase.fresh()
        let demo = SharedDatabaseTests.demo()
        let (before, filledAgain) = try await SharedDatabase.with(settings, timeout: Self.patience) { db -> (Int, Int) in
            try await db.migrate(upTo: 3, today: Self.today)
            for account in demo.accounts {
                let document = try AccountDocument.encode(account)
                try await db.client.query("""
                    INSERT INTO accounts (id, document, version) VALUES (\(account.id), \(document)::jsonb, 3)
                    """, logger: db.logger)
            }
            let before = try await db.schemaVersion()
            try await db.migrate(today: Self.today)
            return (before, try await db.fillSummaries(today: Self.today))
        }
        #expect(before == 3)
        #expect(filledAgain == 0, "the second fill finds nothing to do")
        let listing = try await Self.listing(settings)
        #expect(listing.rows.count == demo.accounts.count)
        for account in demo.accounts {
            #expect(listing.rows.first { $0.id == account.id }?.summary == AccountSummary(account: account, today: Self.today))
        }
    }

    @Test("a summary at another version than its account's, or read past the day it holds, is not served; on its last day it is")
    func untrustedSummaries() async throws {
        let settings = try await Self.prepared()
        let demo = SharedDatabaseTests.demo()
        let touched = demo.accounts[0]
        // Written by hand, behind Baton's back: the version moves, the summary does not.
        try await Self.run(settings, "UPDATE accounts SET version = version + 1 WHERE id = '\(touched.id)'")
        let listing = try await Self.listing(settings)
        #expect(listing.rows.first { $0.id == touched.id }?.summary == nil)
        #expect(listing.rows.first { $0.id == touched.id }?.version == 2)
        #expect(listing.rows.filter { $0.summary == nil }.count == 1)
        // Another day: each summary holds through its own last day, and not one day more.
        for account in demo.accounts.dropFirst() {
            let dated = DatedSummary(account: account, today: Self.today)
            let onLastDay = try await Self.listing(settings, on: dated.validThrough)
            #expect(onLastDay.rows.first { $0.id == account.id }?.summary == AccountSummary(account: account, today: dated.validThrough))
            let dayAfter = try await Self.listing(settings, on: dated.validThrough.adding(days: 1))
            #expect(dayAfter.rows.first { $0.id == account.id }?.summary == nil)
            let dayBefore = try await Self.listing(settings, on: Self.today.adding(days: -1))
            #expect(dayBefore.rows.first { $0.id == account.id }?.summary == nil)
        }
    }

    @Test("an account removed from the database takes its summary with it, and the link says which accounts are left")
    func removedAccountLeaves() async throws {
        let settings = try await Self.prepared()
        let demo = SharedDatabaseTests.demo()
        let removed = demo.accounts[2]
        try await Self.run(settings, "DELETE FROM accounts WHERE id = '\(removed.id)'")
        let listing = try await Self.listing(settings)
        #expect(!listing.rows.contains { $0.id == removed.id })
        #expect(listing.rows.count == demo.accounts.count - 1)
        // A link whose copy knew every account hears, after its catch-up, which are still there.
        let known = Dictionary(demo.accounts.map { ($0.id, Int64(1)) }, uniquingKeysWith: { a, _ in a })
        let sync = SharedSync(settings: settings, outbox: try LiveSyncTests.outbox(), known: known)
        sync.start()
        defer { sync.stop() }
        let present = await LiveSyncTests.waitFor(sync) { event -> Set<String>? in
            if case .present(let ids) = event { return ids }
            return nil
        }
        #expect(present == Set(demo.accounts.map(\.id)).subtracting([removed.id]))
        #expect(sync.versions[removed.id] == nil)
    }

    @Test("a new machine's copy is filled from the database: every account, its versions, its summary index, no fill left unfinished")
    func fillNewCopy() async throws {
        let settings = try await Self.prepared()
        let folder = try OutboxTests.folder()
        let path = folder + "/portfolio.json"
        #expect(CopyFill.isUnfinished(folder: folder))
        let listing = try await Self.listing(settings)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio(owner: listing.owner) })
        let outcome = try CopyFill.run(settings: settings, store: store, folder: folder, listing: listing, outbox: nil,
                                       today: Self.today, batch: 2)
        #expect(outcome.stopped == nil)
        #expect(outcome.fetched == listing.rows.count && outcome.needed == listing.rows.count)
        let stored = try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.versionedPortfolio() }
        #expect(store.portfolio.accounts.sorted { $0.id < $1.id } == stored.portfolio.accounts)
        #expect(CopyFill.readVersions(folder: folder) == stored.versions)
        #expect(!CopyFill.isUnfinished(folder: folder))
        try store.close()
        // The next open draws from the copy's own index.
        let map = try #require(StoreDocumentMap.open(path: path))
        #expect(SummaryIndex.read(besideStore: path)?.describes(map, today: Self.today) == true)
        // Filling again fetches nothing.
        let again = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        let second = try CopyFill.run(settings: settings, store: again, folder: folder, listing: listing, outbox: nil, today: Self.today)
        #expect(second.needed == 0 && second.fetched == 0)
        try again.close()
    }

    struct Failed: Error {}
}
