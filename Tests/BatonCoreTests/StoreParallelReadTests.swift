import Foundation
import Testing
@testable import BatonCore

@Suite("Opening a large store on every core")
struct StoreParallelReadTests {
    static let today = CalendarDate(iso: "2026-11-21")!

    @Test("the accounts decoded in parallel are exactly those the careful path decodes, in file order")
    func sameAsCarefulPath() throws {
        let portfolio = SyntheticPortfolio.make(accounts: 300, seed: 7, today: Self.today, now: Date(timeIntervalSince1970: 1_790_000_000))
        let data = try StoreDocument.encode(portfolio, savedAt: Date(timeIntervalSince1970: 1_790_000_000))
        let fast = try #require(StoreDocument.readInParallel(data))
        let careful = try StoreDocument.decoder().decode(StoreDocument.Envelope.self, from: data)
        #expect(fast.portfolio == careful.portfolio)
        #expect(fast.savedAt == careful.savedAt)
        #expect(fast.portfolio.accounts.map(\.id) == portfolio.accounts.map(\.id))
    }

    @Test("a damaged account makes the parallel path step aside, so the careful path can place the problem")
    func damageFallsBack() throws {
        let portfolio = SyntheticPortfolio.make(accounts: 20, seed: 7, today: Self.today, now: Date(timeIntervalSince1970: 1_790_000_000))
        var text = String(decoding: try StoreDocument.encode(portfolio, savedAt: Date()), as: UTF8.self)
        let tDay = try #require(text.range(of: "\"tDay\" : \""))
        text.replaceSubrange(tDay.upperBound..<text.index(tDay.upperBound, offsetBy: 10), with: "not a date")
        #expect(StoreDocument.readInParallel(Data(text.utf8)) == nil)
        #expect(throws: StoreError.self) { try StoreDocument.decode(Data(text.utf8), path: "/tmp/p.json") }
    }
}

@Suite("Saving a large store on every core")
struct StoreParallelWriteTests {
    @Test("the document written in parallel is byte for byte the one-pass document", arguments: [64, 65, 300])
    func sameBytes(accounts: Int) throws {
        var portfolio = SyntheticPortfolio.make(accounts: accounts, seed: 11, today: CalendarDate(iso: "2026-11-21")!,
                                                now: Date(timeIntervalSince1970: 1_790_000_000))
        portfolio.owner = "Sarah Khan / Ops"
        // The demo's accounts carry every kind of field, empty lists and non-ASCII names among them.
        portfolio.accounts += DemoPortfolio.make(today: CalendarDate(iso: "2026-11-21")!, now: Date()).accounts
        let envelope = StoreDocument.Envelope(format: StoreDocument.format, formatVersion: StoreDocument.currentFormatVersion,
                                              savedAt: Date(timeIntervalSince1970: 1_790_000_123), portfolio: portfolio)
        let parallel = try #require(try StoreDocument.encodeInParallel(envelope))
        let onePass = try StoreDocument.encoder(pretty: true).encode(envelope)
        #expect(parallel == onePass)
    }

    @Test("a small portfolio is written in one pass")
    func smallIsOnePass() throws {
        let envelope = StoreDocument.Envelope(format: StoreDocument.format, formatVersion: 1, savedAt: Date(),
                                              portfolio: Portfolio(owner: "x", accounts: []))
        #expect(try StoreDocument.encodeInParallel(envelope) == nil)
    }
}
