import Foundation
import Testing
@testable import BatonCore

@Suite("Format versions: older ones migrate, newer ones are only read")
struct StoreVersionTests {
    @Test("a store from a newer Baton opens read-only and is never rewritten")
    func newer() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let text = String(decoding: try StoreDocument.encode(StoreFixture.portfolio(accounts: 2), savedAt: StoreFixture.savedAt),
                          as: UTF8.self)
            .replacingOccurrences(of: "\"formatVersion\" : 2,", with: "\"formatVersion\" : 3,\n  \"futureField\" : [1, 2],")
        StoreFixture.write(text, to: path)
        let before = StoreFixture.fingerprint(path)

        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        let reason = try #require(StoreFixture.readOnlyReason(store))
        #expect(reason.contains("newer Baton (format version 3"))
        #expect(store.portfolio == StoreFixture.portfolio(accounts: 2))
        #expect(throws: StoreError.self) { try store.commit(StoreFixture.account(0, rationale: "no")) }
        #expect(throws: StoreError.self) { try store.checkpoint() }
        try store.close()

        let after = StoreFixture.fingerprint(path)
        #expect(before.0 == after.0 && before.1 == after.1 && before.2 == after.2)
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))
        #expect(StoreValidator.validate(path: path).map(\.field) == ["formatVersion"])
    }

    /// Issue 21: the newer-format reason was joined into one string and split back on "; " — its own
    /// words "(format version 3; this build reads up to 2)" made a second "problem", and `baton list`
    /// refused the store. The reasons are a type now; a reader tells them apart by case.
    @Test("baton list reads a store from a newer Baton, though its reason holds \"; \" and the path a \"; \" too")
    func newerIsReadByList() throws {
        let base = StoreFixture.folder()
        defer { StoreFixture.remove(base) }
        let folder = base + "/leads; shared"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/portfolio.json"
        let text = String(decoding: try StoreDocument.encode(StoreFixture.portfolio(accounts: 2), savedAt: StoreFixture.savedAt),
                          as: UTF8.self)
            .replacingOccurrences(of: "\"formatVersion\" : 2,", with: "\"formatVersion\" : 3,")
        StoreFixture.write(text, to: path)
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() }, forReading: true)
        #expect(store.access == .readOnly([.openedForReading, .newerFormat(path: path, version: 3, readsUpTo: 2)]))
        #expect(try StoreReader.read(path: path) == StoreFixture.portfolio(accounts: 2))
    }

    @Test("a journal that cannot be trusted still stops baton list, whatever its reason's punctuation")
    func untrustedJournalStopsList() {
        #expect(!ReadOnlyReason.untrustedJournal("x; opened for reading only").leavesReadingWhole)
        #expect(ReadOnlyReason.newerFormat(path: "a; b", version: 9, readsUpTo: 2).leavesReadingWhole)
    }

    @Test("a newer store whose shape this build cannot read is refused, not guessed at")
    func newerUnreadable() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.write("{\"format\": \"baton-portfolio\", \"formatVersion\": 7, \"lanes\": []}\n", to: path)
        let problems = StoreFixture.refusal(opening: path)
        #expect(problems.count == 1)
        #expect(problems.first?.field == "formatVersion")
        #expect(problems.first?.line == 1 && problems.first?.column == 48)
    }

    /// A version-0 document as the first prototype wrote it (see `StoreMigration.version0to1`):
    /// owner and accounts at the top level, and the transfer day spelled `tday`.
    private func version0Document(_ portfolio: Portfolio) throws -> Data {
        let v1 = try JSONSerialization.jsonObject(with: StoreDocument.encode(portfolio, savedAt: StoreFixture.savedAt)) as! [String: Any]
        let wrapped = v1["portfolio"] as! [String: Any]
        let accounts = (wrapped["accounts"] as! [[String: Any]]).map { account -> [String: Any] in
            var account = account
            account["tday"] = account.removeValue(forKey: "tDay")
            return account
        }
        let v0: [String: Any] = ["format": "baton-portfolio", "formatVersion": 0, "savedAt": "2025-12-01T10:00:00Z",
                                 "owner": wrapped["owner"]!, "accounts": accounts]
        return try JSONSerialization.data(withJSONObject: v0, options: [.prettyPrinted, .sortedKeys])
    }

    @Test("a version-0 store opens as version 1, saves as version 1, and keeps the original")
    func migration() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let portfolio = StoreFixture.portfolio(accounts: 3)
        let original = try version0Document(portfolio)
        #expect(String(decoding: original, as: UTF8.self).contains("\"tday\""))
        StoreFixture.write(original, to: path)
        #expect(StoreValidator.validate(path: path) == [])

        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(store.access == .readWrite)
        #expect(store.portfolio == portfolio)
        #expect(StoreFixture.read(path + ".v0.bak") == original)
        #expect(StoreFixture.mode(path + ".v0.bak") == 0o600)
        try store.close() // nothing committed, but the file is rewritten in the current format

        let saved = try #require(StoreFixture.read(path))
        let tree = try JSONSerialization.jsonObject(with: saved) as! [String: Any]
        #expect(tree["formatVersion"] as? Int == StoreDocument.currentFormatVersion)
        #expect(tree["accounts"] == nil && tree["portfolio"] != nil)
        #expect(try StoreDocument.decode(saved, path: path) == portfolio)
        #expect(StoreFixture.read(path + ".bak") == original)

        let reopened = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        #expect(reopened.portfolio == portfolio)
        try reopened.checkpoint()
        try reopened.close()
        #expect(StoreFixture.read(path + ".v0.bak") == original)
    }

    @Test("a broken version-0 store is refused with the field in its current name")
    func brokenMigration() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let text = String(decoding: try version0Document(StoreFixture.portfolio(accounts: 2)), as: UTF8.self)
            .replacingOccurrences(of: "\"tday\" : \"2026-06-02\"", with: "\"tday\" : 5")
        StoreFixture.write(text, to: path)
        let problems = StoreFixture.refusal(opening: path)
        #expect(problems.map(\.field) == ["portfolio.accounts[1].tDay"])
        #expect(!FileManager.default.fileExists(atPath: path + ".v0.bak"))
    }
}
