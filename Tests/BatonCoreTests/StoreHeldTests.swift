import Foundation
import Testing
@testable import BatonCore

/// Issue 24, part 1: "a change decodes what it changes and is journalled at once". A large store
/// is taken (locked, its journal open) before it is read, so a change typed at the first frame is
/// durable at once; the open then takes that lock and journal over, and the changes made
/// meanwhile stay on top of what it read. Taken only when that is plainly safe.
@Suite("A store taken before it is read")
struct StoreHeldTests {
    /// A store written by Baton (its identity in its tail), holding `count` accounts, and its map.
    static func store(_ folder: String, accounts count: Int = 6) throws -> (path: String, map: StoreDocumentMap) {
        let path = folder + "/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: count) })
        try store.close()
        return (path, try #require(StoreDocumentMap.open(path: path)))
    }

    static func healthRed(_ n: Int, _ why: String) -> Account {
        var account = StoreFixture.account(n)
        account.health = Health(rating: .red, rationale: why, setOn: StoreFixture.start)
        return account
    }

    @Test("a change committed before the store is read is durable at once, and on top of what the open read")
    func committedBeforeTheReadStaysOnTop() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let (path, map) = try Self.store(folder)
        let held = try #require(PortfolioStore.Held.take(path: path, map: map))
        try held.commit(Self.healthRed(2, "sponsor left"))
        // Durable before the read: a plain reader replays it from the journal.
        #expect(try StoreReader.read(path: path).account(id: "acct-2")?.health.rating == .red)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() }, held: held)
        // Committed while the document was still being read (after the open took the journal over).
        try held.commit(Self.healthRed(4, "budget frozen"))
        store.adopt(held)
        #expect(store.portfolio.account(id: "acct-2")?.health.rationale == "sponsor left")
        #expect(store.portfolio.account(id: "acct-4")?.health.rationale == "budget frozen")
        #expect(store.portfolio.accounts.count == 6, "upserted in place, not added")
        #expect(store.journalRecordCount == 2)
        // The store goes on as any: a later commit, a close that folds the journal in.
        try store.commit(Self.healthRed(5, "outage"))
        try store.close()
        let read = try StoreReader.read(path: path)
        #expect(read.accounts.filter { $0.health.rating == .red }.map(\.id).sorted() == ["acct-2", "acct-4", "acct-5"])
    }

    @Test("killed after a change at the first frame, before the store was read: the next open has the change")
    func killedBeforeTheReadLosesNothing() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let (path, map) = try Self.store(folder)
        let held = try #require(PortfolioStore.Held.take(path: path, map: map))
        try held.commit(Self.healthRed(1, "champion left"))
        held.release()  // as a kill lets go of the lock: nothing else is written
        #expect(throws: StoreError.self, "once let go, a change is kept by the caller for the open store") {
            try held.commit(Self.healthRed(2, "too late for the journal"))
        }
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(store.portfolio.account(id: "acct-1")?.health.rationale == "champion left")
        try store.close()
    }

    @Test("not taken while another Baton holds the lock: the store then opens as before (read-only, saying why)")
    func notTakenWhenLocked() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let (path, map) = try Self.store(folder)
        let other = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(PortfolioStore.Held.take(path: path, map: map) == nil)
        try other.close()
        let held = try #require(PortfolioStore.Held.take(path: path, map: map), "free again once the other let go")
        held.release()
    }

    @Test("not taken when the journal is another store's, or damaged before its last record: the open reports it")
    func notTakenOverAJournalInDoubt() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let (path, map) = try Self.store(folder)
        let journal = path + ".journal"
        let first = try #require(PortfolioStore.Held.take(path: path, map: map))
        try first.commit(Self.healthRed(1, "first"))
        try first.commit(Self.healthRed(2, "second"))
        first.release()
        let whole = StoreFixture.text(journal)
        // Another store's journal.
        StoreFixture.write(whole.replacingOccurrences(of: try #require(map.storeID), with: "11111111-2222-3333-4444-555555555555"), to: journal)
        #expect(PortfolioStore.Held.take(path: path, map: map) == nil)
        // A record changed in the middle, a whole one after it: damage, not a torn tail.
        StoreFixture.write(whole.replacingOccurrences(of: "\"first\"", with: "\"fir5t\""), to: journal)
        #expect(PortfolioStore.Held.take(path: path, map: map) == nil)
        // Whole again: taken.
        StoreFixture.write(whole, to: journal)
        let held = try #require(PortfolioStore.Held.take(path: path, map: map))
        held.release()
    }

    @Test("not taken when the file is not the one mapped for the first frame, or not written by this format version")
    func notTakenOverAnotherFile() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let (path, map) = try Self.store(folder)
        // Saved again since it was mapped (another Baton, a sync tool).
        usleep(10_000)
        StoreFixture.write(try StoreDocument.encode(StoreFixture.portfolio(accounts: 7), savedAt: StoreFixture.savedAt, storeID: map.storeID),
                           to: path)
        #expect(PortfolioStore.Held.take(path: path, map: map) == nil)
        // An older format, mapped as it is: opened (and migrated) the careful way.
        let older = String(decoding: try #require(StoreFixture.read(path)), as: UTF8.self)
            .replacingOccurrences(of: "\"formatVersion\" : \(StoreDocument.currentFormatVersion),", with: "\"formatVersion\" : 1,")
        StoreFixture.write(older, to: path)
        let olderMap = try #require(StoreDocumentMap.open(path: path))
        #expect(!olderMap.writtenBy(formatVersion: StoreDocument.currentFormatVersion))
        #expect(PortfolioStore.Held.take(path: path, map: olderMap) == nil)
    }

    @Test("the file replaced between the take and the read: opened as before, its journal replayed with the change")
    func replacedBetweenTakeAndRead() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let (path, map) = try Self.store(folder)
        let held = try #require(PortfolioStore.Held.take(path: path, map: map))
        try held.commit(Self.healthRed(3, "renewal at risk"))
        usleep(10_000)
        StoreFixture.write(try StoreDocument.encode(StoreFixture.portfolio(accounts: 6), savedAt: Date(), storeID: map.storeID), to: path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() }, held: held)
        #expect(held.isReleased, "not taken over: the lock was let go and taken again")
        #expect(throws: StoreError.self, "a change after that is kept by the caller") { try held.commit(Self.healthRed(4, "late")) }
        store.adopt(held)
        #expect(store.portfolio.account(id: "acct-3")?.health.rationale == "renewal at risk")
        #expect(store.portfolio.account(id: "acct-4")?.health.rating == .amber)
        #expect(store.access.isWritable)
        try store.close()
    }
}
