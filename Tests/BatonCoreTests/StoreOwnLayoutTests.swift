import Foundation
import Testing
@testable import BatonCore

/// Issue 24, part 2: a store another tool wrote (another layout or key order, or an older
/// format) is rewritten once in Baton's layout, its original kept as `.bak`, so a summary index
/// can describe it; nothing about the portfolio changes, and a read-only store is left alone.
@Suite("A store written by another tool, rewritten once in Baton's layout")
struct StoreOwnLayoutTests {
    /// The same JSON tree as Baton writes, compact and in another key order, as `JSONSerialization` (or python's json.dump) writes it.
    static func foreign(_ portfolio: Portfolio, version: Int? = nil) throws -> Data {
        var tree = try #require(try JSONSerialization.jsonObject(with: StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt))
            as? [String: Any])
        if let version { tree["formatVersion"] = version }
        return try JSONSerialization.data(withJSONObject: tree)
    }

    @Test("a store in another tool's layout is rewritten once: the same portfolio, the original as .bak, and then an index")
    func rewritten() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let portfolio = StoreFixture.portfolio(accounts: 12)
        let original = try Self.foreign(portfolio)
        StoreFixture.write(original, to: path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(!store.inOwnLayout)
        #expect(store.portfolio == portfolio)
        #expect(try store.rewriteInOwnLayout())
        #expect(store.inOwnLayout)
        #expect(StoreFixture.read(path + ".bak") == original)
        #expect(try StoreReader.read(path: path) == portfolio)
        // Nothing to do a second time.
        #expect(try store.rewriteInOwnLayout() == false)
        try store.close()
        // In Baton's layout now: an index can be made of it, and it opens in its own layout.
        let map = try #require(StoreDocumentMap.open(path: path))
        #expect(SummaryIndex.build(map: map, path: path, portfolio: portfolio, journalIDs: [], today: StoreFixture.start) != nil)
        let again = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(again.inOwnLayout)
        try again.close()
    }

    @Test("a store in Baton's key order but another tool's whitespace (python's json.dump: \"key\": value) is rewritten too")
    func otherWhitespace() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let portfolio = StoreFixture.portfolio(accounts: 6)
        let own = try StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt, storeID: StoreDocument.newStoreID())
        let original = Data(String(decoding: own, as: UTF8.self).replacingOccurrences(of: "\" : ", with: "\": ").utf8)
        StoreFixture.write(original, to: path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(store.portfolio == portfolio)
        #expect(!store.inOwnLayout)
        #expect(try store.rewriteInOwnLayout())
        try store.close()
        #expect(StoreFixture.read(path + ".bak") == original)
        #expect(StoreDocumentMap.open(path: path)?.savedAt != nil)
    }

    @Test("near miss: a store Baton wrote is in its own layout and is not rewritten")
    func ownIsLeft() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let made = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 5) })
        try made.close()
        let before = StoreFixture.fingerprint(path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(store.inOwnLayout)
        #expect(try store.rewriteInOwnLayout() == false)
        try store.close()
        #expect(StoreFixture.fingerprint(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
    }

    @Test("a store of the first format (version 1) is rewritten in the current one, its original kept")
    func olderFormat() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let portfolio = StoreFixture.portfolio(accounts: 4)
        let original = try Self.foreign(portfolio, version: 1)
        StoreFixture.write(original, to: path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(!store.inOwnLayout)
        #expect(try store.rewriteInOwnLayout())
        try store.close()
        #expect(StoreFixture.read(path + ".bak") == original)
        #expect(StoreFixture.text(path).contains("\"formatVersion\" : \(StoreDocument.currentFormatVersion)"))
        #expect(try StoreReader.read(path: path) == portfolio)
    }

    @Test("a store opened read-only (a newer format) is never rewritten, whatever its layout")
    func readOnlyLeft() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.write(try Self.foreign(StoreFixture.portfolio(accounts: 3), version: StoreDocument.currentFormatVersion + 1), to: path)
        let before = StoreFixture.fingerprint(path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(!store.access.isWritable)
        #expect(try store.rewriteInOwnLayout() == false)
        try store.close()
        #expect(StoreFixture.fingerprint(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
    }
}
