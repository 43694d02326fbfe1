import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// Adding and importing accounts into the shared portfolio, and validating what it holds.
@Suite("Adding and importing into the shared portfolio", .enabled(if: TestDatabase.url != nil, TestDatabase.skipped))
struct SharedAddImportTests {
    static let today = SharedDatabaseTests.today
    static let now = SharedDatabaseTests.now

    static func prepared(_ accounts: [Account] = []) async throws -> DatabaseSettings {
        let settings = try await TestDatabase.fresh()
        try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            try await db.migrate(today: SharedDatabaseTests.today)
            if !accounts.isEmpty { _ = try await db.push(Portfolio(owner: "Sarah Khan", accounts: accounts), by: "setup", today: SharedDatabaseTests.today) }
        }
        return settings
    }

    static func count(_ table: String, _ db: SharedDatabase) async throws -> Int {
        let rows = try await db.client.query(PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \(table)"), logger: db.logger)
        for try await n in rows.decode(Int64.self) { return Int(n) }
        return 0
    }

    @Test("an account added to an empty database: its row at version 1, one change-log entry, the owner recorded")
    func addOne() async throws {
        let settings = try await Self.prepared()
        let context = ChangeContext(today: Self.today, now: Self.now, by: "Priya", timeZone: .utc)
        let (result, stored, log, portfolio) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            let result = try await db.add(NewAccount(name: "Harbor Mills", tDay: Self.today.adding(days: 40)), context: context,
                                          owner: "Priya Nair")
            return (result, try await db.account(id: "harbor-mills"), try await db.history(accountID: "harbor-mills"),
                    try await db.portfolio())
        }
        guard case .added(let id, let summary, let attempts) = result else { Issue.record("not added: \(result)"); return }
        #expect(id == "harbor-mills" && attempts == 1 && summary.contains("Harbor Mills added"))
        #expect(stored?.version == 1 && stored?.updatedBy == "Priya")
        #expect(stored?.account.timeline.isEmpty == false)
        #expect(log.map(\.summary) == [summary] && log.first?.by == "Priya")
        #expect(portfolio.owner == "Priya Nair")
    }

    @Test("the same customer added twice is refused in the core's words; nothing more is written")
    func addTwice() async throws {
        let settings = try await Self.prepared()
        let context = ChangeContext(today: Self.today, now: Self.now, by: "Priya", timeZone: .utc)
        let (first, second, rows, entries) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            let new = NewAccount(name: "Harbor Mills", tDay: Self.today.adding(days: 40))
            var again = new
            again.name = "  harbor MILLS "
            return (try await db.add(new, context: context, owner: "Priya"), try await db.add(again, context: context, owner: "Priya"),
                    try await Self.count("accounts", db), try await Self.count("change_log", db))
        }
        guard case .added = first else { Issue.record("\(first)"); return }
        guard case .refused(let reason) = second else { Issue.record("the second add was not refused: \(second)"); return }
        #expect(reason.contains("already in the portfolio"))
        #expect(rows == 1 && entries == 1)
    }

    @Test("eight writers add at once: names that make the same id each get a fresh one, the same name twice is refused once")
    func addRace() async throws {
        let settings = try await Self.prepared()
        // Seven names that all make the id acme-freight (each a different name to the core), and one of them again.
        let names = ["Acme Freight", "Acme-Freight", "ACME Freight!", "Acme  Freight.", "Acme / Freight", "acme_freight",
                     "Acme: Freight", "Acme Freight"]
        let results = try await withThrowingTaskGroup(of: SharedDatabase.AddResult.self) { group in
            for (n, name) in names.enumerated() {
                group.addTask {
                    try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
                        try await db.add(NewAccount(name: name, tDay: Self.today.adding(days: 30)),
                                         context: ChangeContext(today: Self.today, now: Self.now, by: "writer-\(n)", timeZone: .utc), owner: "Team")
                    }
                }
            }
            var all: [SharedDatabase.AddResult] = []
            for try await result in group { all.append(result) }
            return all
        }
        let added = results.compactMap { if case .added(let id, _, _) = $0 { id } else { nil } }
        let refused = results.compactMap { if case .refused(let reason) = $0 { reason } else { nil } }
        #expect(added.count == 7 && refused.count == 1, "\(results)")
        #expect(Set(added).count == 7 && added.allSatisfy { $0.hasPrefix("acme-freight") }, "\(added)")
        #expect(refused.first?.contains("already in the portfolio") == true, "\(refused)")
        let (portfolio, entries) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            (try await db.portfolio(), try await Self.count("change_log", db))
        }
        #expect(Set(portfolio.accounts.map(\.id)) == Set(added))
        #expect(entries == 7)
    }

    @Test("an import writes every account in one transaction, one change-log entry each")
    func importWrites() async throws {
        let demo = SharedDatabaseTests.demo()
        let settings = try await Self.prepared(Array(demo.accounts.prefix(2)))
        let (result, final, entries, changedID) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            let read = try await db.versionedPortfolio()
            var changed = read.portfolio.accounts[0]
            changed.identity.industry = "Imported industry"
            let new = try NewAccount(name: "Imported One", tDay: Self.today.adding(days: 50))
                .make(context: SharedDatabaseTests.context, existing: read.portfolio.accounts).get()
            let result = try await db.importAccounts([
                .init(account: new, readAtVersion: nil, summary: "Imported One added by import"),
                .init(account: changed, readAtVersion: read.versions[changed.id], summary: "\(changed.name): industry updated"),
            ], source: "accounts.csv", by: "Priya", owner: "Sarah Khan", today: SharedDatabaseTests.today)
            return (result, try await db.versionedPortfolio(), try await Self.count("change_log", db), changed.id)
        }
        #expect(result == .written(added: 1, updated: 1))
        #expect(final.portfolio.accounts.count == 3)
        #expect(final.portfolio.account(id: changedID)?.identity.industry == "Imported industry")
        #expect(final.versions[changedID] == 2)
        #expect(final.versions.values.filter { $0 == 1 }.count == 2)
        #expect(entries == 2 + 2)
    }

    @Test("an account changed since the import was planned: the import refuses, names it and who changed it, writes nothing")
    func importRefusedWhole() async throws {
        let demo = SharedDatabaseTests.demo()
        let accounts = Array(demo.accounts.prefix(3))
        let settings = try await Self.prepared(accounts)
        let (result, after, entriesBefore, entriesAfter) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            let read = try await db.versionedPortfolio()
            // Daniel changes the second account after the plan read it.
            let changedMeanwhile = read.portfolio.accounts[1]
            let applied = try await db.apply(.notes(.setHealth(.red, rationale: "Sponsor left")), toAccount: changedMeanwhile.id,
                                             context: ChangeContext(today: Self.today, now: Self.now, by: "Daniel Ortiz", timeZone: .utc))
            if case .refused(let reason, _, _) = applied { Issue.record("Daniel's change was refused: \(reason)") }
            let before = try await Self.count("change_log", db)
            let new = try NewAccount(name: "Imported One", tDay: Self.today.adding(days: 50))
                .make(context: SharedDatabaseTests.context, existing: read.portfolio.accounts).get()
            var items: [SharedDatabase.ImportedAccount] = [.init(account: new, readAtVersion: nil, summary: "added")]
            for account in read.portfolio.accounts {
                var edited = account
                edited.identity.industry = "From the CRM"
                items.append(.init(account: edited, readAtVersion: read.versions[account.id], summary: "updated"))
            }
            let result = try await db.importAccounts(items, source: "accounts.csv", by: "Priya", owner: "Sarah Khan", today: SharedDatabaseTests.today)
            return (result, try await db.versionedPortfolio(), before, try await Self.count("change_log", db))
        }
        guard case .refused(let reason) = result else { Issue.record("the import was not refused: \(result)"); return }
        let second = accounts.sorted { $0.id < $1.id }[1]
        #expect(reason.contains(second.name) && reason.contains("Daniel Ortiz") && reason.contains("nothing was imported"), "\(reason)")
        // Nothing written: not the new account (first in the batch), not the accounts before the stale one.
        #expect(after.portfolio.accounts.count == 3)
        #expect(after.portfolio.accounts.allSatisfy { $0.identity.industry != "From the CRM" })
        #expect(entriesAfter == entriesBefore)
    }

    @Test("validate reads every document: a readable portfolio passes; a broken document, a wrong id and a wrong flag are each named")
    func validateDocuments() async throws {
        let demo = SharedDatabaseTests.demo()
        let accounts = Array(demo.accounts.prefix(4)).sorted { $0.id < $1.id }
        let settings = try await Self.prepared(accounts)
        let (good, bad) = try await SharedDatabase.with(settings, timeout: TestDatabase.patience) { db in
            let good = try await db.validate()
            try await db.client.query("UPDATE accounts SET document = '{\"nonsense\": true}'::jsonb WHERE id = \(accounts[0].id)",
                                      logger: db.logger)
            try await db.client.query("UPDATE accounts SET document = jsonb_set(document, '{id}', '\"someone-else\"') WHERE id = \(accounts[1].id)",
                                      logger: db.logger)
            try await db.client.query("UPDATE accounts SET archived = NOT archived WHERE id = \(accounts[2].id)", logger: db.logger)
            return (good, try await db.validate())
        }
        #expect(good == SharedDatabase.Validation(accounts: 4, problems: []))
        #expect(bad.accounts == 4)
        #expect(bad.problems.count == 3, "\(bad.problems)")
        #expect(bad.problems.contains { $0.contains(accounts[0].id) && $0.contains("cannot be read") })
        #expect(bad.problems.contains { $0.contains("holds the document of \"someone-else\"") })
        #expect(bad.problems.contains { $0.contains(accounts[2].id) && $0.contains("archived") })
    }
}
