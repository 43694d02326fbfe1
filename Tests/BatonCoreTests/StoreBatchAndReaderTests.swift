import Foundation
import Testing
@testable import BatonCore

@Suite("An import's batch and reading without the lock")
struct StoreBatchAndReaderTests {
    @Test("a batch of added and updated accounts is in the document, with the journal folded first, before apply returns")
    func batchIsDurable() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 3) })
        var changed = StoreFixture.account(1, rationale: "journalled first")
        try store.commit(changed)
        changed.identity.industry = "Shipping"
        var batch = [changed]
        batch.append(contentsOf: (10..<15).map { StoreFixture.account($0) })
        try store.apply(batch: batch)
        #expect(store.journalRecordCount == 0)
        // The document alone (no journal replay) holds the whole batch.
        let onDisk = try StoreDocument.decode(StoreFixture.read(path)!, path: path)
        #expect(onDisk.accounts.count == 8)
        #expect(onDisk.account(id: "acct-1")?.identity.industry == "Shipping")
        #expect(onDisk.account(id: "acct-1")?.health.rationale == "journalled first")
        try store.close()
    }

    @Test("a first batch into an empty store is the portfolio as given; the same id twice in it keeps the later, as any batch")
    func firstBatchIntoAnEmptyStore() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let store = try PortfolioStore.open(path: folder + "/portfolio.json", creatingWith: { Portfolio(owner: "Priya") })
        let batch = (0..<5).map { StoreFixture.account($0) }
        try store.apply(batch: batch)
        #expect(store.portfolio.accounts == batch)
        // Later changes find each account where it sits.
        try store.commit(StoreFixture.account(3, rationale: "after the import"))
        #expect(store.portfolio.accounts.count == 5)
        #expect(store.portfolio.accounts[3].health.rationale == "after the import")
        try store.close()

        let twice = try PortfolioStore.open(path: folder + "/other.json", creatingWith: { Portfolio(owner: "Priya") })
        try twice.apply(batch: [StoreFixture.account(1), StoreFixture.account(2), StoreFixture.account(1, rationale: "the later row")])
        #expect(twice.portfolio.accounts.map(\.id) == ["acct-1", "acct-2"])
        #expect(twice.portfolio.account(id: "acct-1")?.health.rationale == "the later row")
        try twice.close()
    }

    @Test("an account's CRM record survives the store, and a store without one still reads")
    func crmRecordRoundTrips() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        var account = StoreFixture.account(2)
        account.crmRecord = CRMRecord(recordID: "001X", source: "Salesforce", importedValues: ["industry": "Retail"],
                                      importedOn: StoreFixture.start)
        StoreFixture.writeStore(Portfolio(owner: "Priya", accounts: [account, StoreFixture.account(3)]), to: path)
        let read = try StoreReader.read(path: path)
        #expect(read.account(id: "acct-2")?.crmRecord == account.crmRecord)
        #expect(read.account(id: "acct-3")?.crmRecord == nil)
    }

    @Test("reading without the lock replays the journal in memory and creates, folds and locks nothing")
    func readerWritesNothing() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 2) })
        try store.commit(StoreFixture.account(0, rationale: "only in the journal"))
        let documentBefore = StoreFixture.read(path)
        let journalBefore = StoreFixture.read(path + ".journal")
        // Read while the writer holds the lock.
        let read = try StoreReader.read(path: path)
        #expect(read.account(id: "acct-0")?.health.rationale == "only in the journal")
        #expect(StoreFixture.read(path) == documentBefore)
        #expect(StoreFixture.read(path + ".journal") == journalBefore)
        try store.close()

        let missing = folder + "/none/portfolio.json"
        #expect(throws: StoreReader.Failure.self) { try StoreReader.read(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: folder + "/none"))
    }
}
