import Foundation
import Testing
@testable import BatonCore

@Suite("Undoing an import in the store: some accounts back as they were, the added ones gone, as one rewrite")
struct StoreUpsertAndRemoveTests {
    private func open(_ path: String) throws -> PortfolioStore {
        try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 3) })
    }

    @Test("an import undone: the updated account is back as it was and the added ones are gone, after reopening, without a clean close")
    func undoneImportIsDurable() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let original = StoreFixture.account(1)
        do {
            let store = try open(path)
            var updated = original
            updated.identity.industry = "Shipping"
            try store.apply(batch: [updated, StoreFixture.account(10), StoreFixture.account(11)])
            // A change after the import, only in the journal, must survive its undo.
            try store.commit(StoreFixture.account(0, rationale: "journalled after the import"))
            try store.apply(upserts: [original], removals: ["acct-10", "acct-11"])
            #expect(store.journalRecordCount == 0)
            #expect(store.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2"])
            #expect(store.portfolio.account(id: "acct-1") == original)
            // The document alone holds the whole step: no journal record could bring an added account back.
            #expect(!StoreFixture.text(path + ".journal").contains("acct-10"))
            let onDisk = try StoreDocument.decode(StoreFixture.read(path)!, path: path)
            #expect(onDisk.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2"])
            #expect(onDisk.account(id: "acct-1")?.identity.industry == "Retail")
            #expect(onDisk.account(id: "acct-0")?.health.rationale == "journalled after the import")
            // Dropped without close(), as a crash would.
        }
        let reopened = try open(path)
        #expect(reopened.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2"])
        #expect(reopened.portfolio.account(id: "acct-1") == original)
        #expect(reopened.portfolio.account(id: "acct-0")?.health.rationale == "journalled after the import")
        try reopened.close()
    }

    @Test("redone: the same accounts are written again, and a removal of an account the store does not hold changes nothing")
    func redoAndNothingToRemove() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try open(path)
        try store.apply(upserts: [StoreFixture.account(10)], removals: ["no-such-account"])
        #expect(store.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2", "acct-10"])
        try store.apply(upserts: [], removals: ["acct-10"])
        try store.apply(upserts: [StoreFixture.account(10)], removals: [])
        #expect(try StoreDocument.decode(StoreFixture.read(path)!, path: path).accounts.map(\.id)
                == ["acct-0", "acct-1", "acct-2", "acct-10"])
        let before = StoreFixture.fingerprint(path)
        try store.apply(upserts: [], removals: ["no-such-account"])
        #expect(StoreFixture.fingerprint(path) == before)
        try store.close()
    }

    @Test("stopped after the journal was folded and before the rewrite, the store holds the import whole")
    func stoppedHalfWay() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        do {
            let store = try open(path)
            try store.apply(batch: [StoreFixture.account(10), StoreFixture.account(11)])
            try store.commit(StoreFixture.account(0, rationale: "journalled"))
            // The first half of the undo: the fold. A crash here leaves the import, complete.
            try store.checkpoint()
        }
        let reopened = try open(path)
        #expect(reopened.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2", "acct-10", "acct-11"])
        try reopened.apply(upserts: [], removals: ["acct-10", "acct-11"])
        try reopened.close()
        #expect(try StoreDocument.decode(StoreFixture.read(path)!, path: path).accounts.map(\.id) == ["acct-0", "acct-1", "acct-2"])
        #expect(StoreFixture.text(path + ".bak").contains("acct-11"))
    }

    @Test("a store changed on disk by someone else is not overwritten: ours is kept beside it, and nothing changes in memory")
    func changedOnDisk() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try open(path)
        try store.apply(batch: [StoreFixture.account(10)])
        let theirs = Portfolio(owner: "Priya", accounts: [StoreFixture.account(7)])
        StoreFixture.writeStore(theirs, to: path)
        #expect(throws: StoreError.self) { try store.apply(upserts: [StoreFixture.account(1)], removals: ["acct-10"]) }
        #expect(store.portfolio.account(id: "acct-10") != nil)
        #expect(try StoreDocument.decode(StoreFixture.read(path)!, path: path).accounts.map(\.id) == ["acct-7"])
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".mine-") }
        #expect(kept.count == 1)
        #expect(store.access != .readWrite)
    }

    @Test("a read-only store refuses the step and keeps every account")
    func readOnly() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        let second = try open(path)
        #expect(second.access != .readWrite)
        #expect(throws: StoreError.self) { try second.apply(upserts: [StoreFixture.account(9)], removals: ["acct-1"]) }
        #expect(second.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2"])
        try first.close()
    }
}
