import Foundation
import Testing
@testable import BatonCore

@Suite("Removing accounts from the store: durable and crash-safe")
struct StoreRemovalTests {
    private func open(_ path: String) throws -> PortfolioStore {
        try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 3) })
    }

    @Test("a removed account is gone after reopening, even without a clean close")
    func durable() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        do {
            let store = try open(path)
            let removed = try store.remove(accountIDs: ["acct-1", "no-such-account"])
            #expect(removed.map(\.id) == ["acct-1"])
            #expect(store.portfolio.accounts.map(\.id) == ["acct-0", "acct-2"])
            // Dropped without close(), as a crash would.
        }
        let reopened = try open(path)
        #expect(reopened.portfolio.accounts.map(\.id) == ["acct-0", "acct-2"])
        try reopened.close()
    }

    @Test("undoing an add: an account only in the journal is removed, and no replay brings it back")
    func undoOfAnAdd() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        do {
            let store = try open(path)
            try store.commit(StoreFixture.account(9))
            try store.commit(StoreFixture.account(0, rationale: "changed before the removal"))
            #expect(store.journalRecordCount == 2)
            try store.remove(accountIDs: ["acct-9"])
            // The journal was folded first: no record of acct-9 is left for a replay.
            #expect(store.journalRecordCount == 0)
            // Nothing but the journal's identity line is left in it.
            #expect(!StoreFixture.text(path + ".journal").contains("acct-9"))
            #expect(StoreFixture.text(path + ".journal").split(separator: "\n").allSatisfy { $0.hasPrefix("baton-journal store ") })
            #expect(!StoreFixture.text(path).contains("acct-9"))
            // The change made before the removal is kept.
            #expect(StoreFixture.text(path).contains("changed before the removal"))
        }
        let reopened = try open(path)
        #expect(reopened.portfolio.account(id: "acct-9") == nil)
        #expect(reopened.portfolio.account(id: "acct-0")?.health.rationale == "changed before the removal")
        try reopened.close()
    }

    @Test("stopped after the journal was folded and before the rewrite, the store holds every account, whole")
    func stoppedHalfWay() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        do {
            let store = try open(path)
            try store.commit(StoreFixture.account(9))
            // The first half of a removal: the fold. A crash here leaves the old version, complete.
            try store.checkpoint()
        }
        let reopened = try open(path)
        #expect(reopened.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2", "acct-9"])
        try reopened.remove(accountIDs: ["acct-9"])
        try reopened.close()
        #expect(try StoreDocument.decode(StoreFixture.read(path)!, path: path).accounts.map(\.id) == ["acct-0", "acct-1", "acct-2"])
        // The previous version is the backup, as after any save.
        #expect(StoreFixture.text(path + ".bak").contains("acct-9"))
    }

    @Test("a read-only store refuses a removal and keeps the account")
    func readOnly() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        let second = try open(path)
        #expect(second.access != .readWrite)
        #expect(throws: StoreError.self) { try second.remove(accountIDs: ["acct-1"]) }
        #expect(second.portfolio.account(id: "acct-1") != nil)
        try first.close()
    }
}
