#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import BatonCore

/// A large store is read and written a window at a time, so its whole text never sits in memory
/// beside the portfolio: the windows must change nothing about what is read or written.
@Suite("Reading and writing a store a window at a time")
struct StoreWindowTests {
    static let today = CalendarDate(iso: "2026-11-21")!
    static let now = Date(timeIntervalSince1970: 1_790_000_000)

    static func portfolio(_ accounts: Int) -> Portfolio {
        var portfolio = SyntheticPortfolio.make(accounts: accounts, seed: 5, today: today, now: now)
        portfolio.owner = "Sarah Khan / Ops"
        // The demo's accounts carry every kind of field, empty lists and non-ASCII names among them.
        portfolio.accounts += DemoPortfolio.make(today: today, now: now).accounts
        return portfolio
    }

    /// `body` on a file holding `data`, open for reading.
    static func withFile<T>(_ data: Data, _ body: (Int32) throws -> T) throws -> T {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("baton-window-\(UUID().uuidString).json").path
        try data.write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        return try body(fd)
    }

    @Test("windows far smaller than an account read the same portfolio as the whole text, accounts cut at every edge",
          arguments: [4_096, 10_000, 65_536, 1 << 20])
    func readsTheSame(window: Int) throws {
        let portfolio = Self.portfolio(60)
        let data = try StoreDocument.encode(portfolio, savedAt: Self.now, storeID: "6f1c-store")
        let streamed = try #require(try Self.withFile(data) { StoreDocument.readStreaming(fd: $0, size: data.count, window: window) })
        let whole = try #require(StoreDocument.readInParallel(data))
        #expect(streamed.portfolio == whole.portfolio)
        #expect(streamed.portfolio.accounts.map(\.id) == portfolio.accounts.map(\.id))
        #expect(streamed.savedAt == whole.savedAt)
        #expect(streamed.storeID == "6f1c-store")
    }

    @Test("an empty portfolio and one with no store id read through a window too")
    func emptyAndOld() throws {
        for portfolio in [Portfolio(owner: "Sarah", accounts: []), Self.portfolio(2)] {
            let data = try StoreDocument.encode(portfolio, savedAt: Self.now)
            let streamed = try #require(try Self.withFile(data) { StoreDocument.readStreaming(fd: $0, size: data.count, window: 4_096) })
            #expect(streamed.portfolio == portfolio)
            #expect(streamed.storeID == nil)
        }
    }

    @Test("a damaged account, a repeated field, a repeated id, a cut-off file or an old version step aside for the careful path")
    func unusualStepsAside() throws {
        let good = String(decoding: try StoreDocument.encode(Self.portfolio(30), savedAt: Self.now), as: UTF8.self)
        let firstID = try #require(Self.portfolio(30).accounts.first?.id)
        let secondID = try #require(Self.portfolio(30).accounts.dropFirst().first?.id)
        var damaged: [String: String] = [:]
        let tDay = try #require(good.range(of: "\"tDay\" : \"", options: .backwards))
        damaged["a bad date in the last account"] = good.replacingCharacters(in: tDay.upperBound..<good.index(tDay.upperBound, offsetBy: 10),
                                                                            with: "not a date")
        let risks = try #require(good.range(of: "\"risks\" : "))
        damaged["a repeated field"] = good.replacingCharacters(in: risks.lowerBound..<risks.lowerBound, with: "\"risks\" : [],\n      ")
        damaged["a repeated id"] = good.replacingOccurrences(of: "\"id\" : \"\(secondID)\"", with: "\"id\" : \"\(firstID)\"")
        damaged["cut off"] = String(decoding: Array(good.utf8).dropLast(300), as: UTF8.self)
        damaged["format version 1"] = good.replacingOccurrences(of: "\"formatVersion\" : 2", with: "\"formatVersion\" : 1")
        damaged["a trailing comma"] = good.replacingOccurrences(of: "\n    ],\n    \"owner\"", with: ",\n    ],\n    \"owner\"")
        for (what, text) in damaged {
            #expect(text != good, "\(what): the fixture did not change")
            let data = Data(text.utf8)
            let streamed = try Self.withFile(data) { StoreDocument.readStreaming(fd: $0, size: data.count, window: 8_192) }
            #expect(streamed == nil, "\(what) was read through the window")
        }
    }

    @Test("a store opened from a file is read through the window and is the portfolio that was saved")
    func storeOpensThroughTheWindow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-window-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let portfolio = Self.portfolio(80)
        let store = try PortfolioStore.open(path: folder + "/portfolio.json", creatingWith: { portfolio })
        var changed = try #require(store.portfolio.accounts.last)
        changed.identity.name = "Blue Fin Seafood (renamed)"
        try store.commit(changed)
        try store.checkpoint()
        try store.close()
        let reopened = try PortfolioStore.open(path: folder + "/portfolio.json", creatingWith: { Portfolio() }, forReading: true)
        var expected = portfolio
        expected.upsert(changed)
        #expect(reopened.portfolio == expected)
    }

    @Test("the document written a window at a time is byte for byte the one-pass document, whatever the window",
          arguments: [1, 7, 64, 512])
    func writesTheSame(window: Int) throws {
        let portfolio = Self.portfolio(70)
        let envelope = StoreDocument.Envelope(format: StoreDocument.format, formatVersion: StoreDocument.currentFormatVersion,
                                              savedAt: Self.now, portfolio: portfolio, storeID: "6f1c-store")
        var pieces: [Data] = []
        #expect(try StoreDocument.encodeInParallel(envelope, window: window) { pieces.append($0) })
        let accountWindows = (portfolio.accounts.count + window - 1) / window
        #expect(pieces.count == accountWindows + 2, "a head, one piece per window, a tail")
        let onePass = try StoreDocument.encoder(pretty: true).encode(envelope)
        #expect(pieces.reduce(Data(), +) == onePass)
    }

    @Test("a checkpoint's file is what encode makes, with its closing newline")
    func checkpointFileIsTheDocument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-window-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { Self.portfolio(70) })
        let savedAt = Date(timeIntervalSince1970: 1_790_000_500)
        try store.checkpoint(now: savedAt)
        let onDisk = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(onDisk == (try StoreDocument.encode(store.portfolio, savedAt: savedAt, storeID: store.storeID)))
        try store.close()
    }
}
