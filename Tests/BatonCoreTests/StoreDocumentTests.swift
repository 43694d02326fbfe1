import Foundation
import Testing
@testable import BatonCore

@Suite("The store document")
struct StoreDocumentTests {
    @Test("a portfolio survives the round trip through the document")
    func roundTrip() throws {
        let portfolio = StoreFixture.portfolio(accounts: 5)
        let data = try StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt)
        #expect(try StoreDocument.decode(data, path: "p.json") == portfolio)
    }

    @Test("the document has sorted keys, readable dates, no escaped slashes and a trailing newline")
    func exactShape() throws {
        let data = try StoreDocument.encode(StoreFixture.portfolio(accounts: 3), savedAt: StoreFixture.savedAt)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix("""
            {
              "format" : "baton-portfolio",
              "formatVersion" : 2,
              "portfolio" : {
                "accounts" : [
                  {

            """))
        #expect(text.hasSuffix("""
                "owner" : "Priya"
              },
              "savedAt" : "2026-11-21T09:30:00Z"
            }

            """))
        #expect(text.contains("\"tDay\" : \"2026-06-01\""))
        #expect(text.contains("\"tDay\" : \"2026-06-02\""))
        #expect(text.contains("\"happenedAt\" : \"2026-02-25T06:13:20Z\""))
        #expect(text.contains("Acme / Logistics"))
        #expect(!text.contains("\\/"))
        #expect(text.contains("東京データ"))
        // Accounts keep portfolio order.
        let first = try #require(text.range(of: "\"acct-0\""))
        let second = try #require(text.range(of: "\"acct-1\""))
        #expect(first.lowerBound < second.lowerBound)
        // Every object's keys are sorted: the keys of one account, in the order written.
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("        \"") }.prefix(21)
            .map { String($0.drop(while: { $0 == " " }).prefix { $0 != ":" }) }
        #expect(keys == keys.sorted())
        #expect(keys.count == 21) // stageOverride is nil, so absent
    }

    @Test("the same portfolio always encodes to the same bytes")
    func stable() throws {
        let portfolio = StoreFixture.portfolio(accounts: 3)
        let a = try StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt)
        let b = try StoreDocument.encode(try StoreDocument.decode(a, path: "p.json"), savedAt: StoreFixture.savedAt)
        #expect(a == b)
    }

    @Test("the default path follows XDG_DATA_HOME, else HOME")
    func defaultPath() {
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/p"])
            == "/data/baton/portfolio.json")
        #expect(StoreLocation.defaultPath(environment: ["HOME": "/home/p"]) == "/home/p/.local/share/baton/portfolio.json")
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/p/"])
            == "/home/p/.local/share/baton/portfolio.json")
        #expect(StoreLocation.defaultPath(environment: ["XDG_DATA_HOME": "", "HOME": "/home/p"])
            == "/home/p/.local/share/baton/portfolio.json")
    }
}
