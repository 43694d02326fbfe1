#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import BatonCore

@Suite("Every change is durable: the journal, checkpoints and backups")
struct StoreJournalTests {
    private func open(_ path: String) throws -> PortfolioStore {
        try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 4) })
    }

    /// Commits `changes` (account n gets rationale "change n") and drops the store without
    /// closing it, as a crash would.
    private func commitAndDrop(_ path: String, _ changes: [Int]) throws {
        let store = try open(path)
        for n in changes { try store.commit(StoreFixture.account(n, rationale: "change \(n)")) }
        #expect(store.journalRecordCount == changes.count)
    }

    private func rationale(_ store: PortfolioStore, _ n: Int) -> String? {
        store.portfolio.account(id: "acct-\(n)")?.health.rationale
    }

    @Test("changes committed without a checkpoint are replayed after an unclean stop")
    func replay() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try commitAndDrop(path, [0, 1, 2])
        // The identity line, then one line per change.
        #expect(StoreFixture.text(path + ".journal").split(separator: "\n").count == 4)
        #expect(!StoreFixture.text(path).contains("change 0"))

        let store = try open(path)
        #expect(store.access == .readWrite)
        #expect(store.journalRecordCount == 3)
        #expect((0...2).map { rationale(store, $0) } == ["change 0", "change 1", "change 2"])
        #expect(rationale(store, 3) == "on track")
        let id = store.storeID
        try store.close()
        #expect(StoreFixture.text(path + ".journal") == "baton-journal store \(id)\n")
        #expect(try StoreDocument.decode(StoreFixture.read(path)!, path: path).account(id: "acct-2")?.health.rationale == "change 2")
    }

    @Test("closing a large store keeps its journal instead of a rewrite, and the next open has every change")
    func quitWithoutRewrite() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        _ = try open(path)
        let before = StoreFixture.text(path)
        let store = try open(path)
        store.foldOnCloseLimit = 0   // every store counts as large
        #expect(!store.foldsOnClose)
        try store.commit(StoreFixture.account(1, rationale: "kept in the journal"))
        try store.close()
        #expect(StoreFixture.text(path) == before)
        #expect(StoreFixture.text(path + ".journal").contains("kept in the journal"))

        let reopened = try open(path)
        #expect(reopened.access == .readWrite)
        #expect(rationale(reopened, 1) == "kept in the journal")
        // A small store still folds on close.
        try reopened.close()
        #expect(StoreFixture.text(path).contains("kept in the journal"))
        #expect(try open(path).journalRecordCount == 0)
    }

    @Test("a new account committed to the journal is replayed too")
    func replayNewAccount() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try commitAndDrop(path, [7])
        let store = try open(path)
        #expect(store.portfolio.accounts.map(\.id) == ["acct-0", "acct-1", "acct-2", "acct-3", "acct-7"])
        try store.close()
    }

    @Test("a journal record has a checksum, a length and one compact account per line")
    func recordFormat() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try commitAndDrop(path, [1])
        let text = StoreFixture.text(path + ".journal")
        let header = try #require(text.split(separator: "\n").first)
        #expect(header.hasPrefix("baton-journal store ") && StoreDocument.storeID(in: StoreFixture.read(path)!) == String(header.dropFirst(20)))
        let line = String(text.dropFirst(header.count + 1))
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let parts = line.dropLast().split(separator: " ", maxSplits: 2).map(String.init)
        #expect(parts[0].count == 8 && UInt32(parts[0], radix: 16) != nil)
        #expect(Int(parts[1]) == parts[2].utf8.count)
        #expect(UInt32(parts[0], radix: 16) == CRC32.checksum(Data(parts[2].utf8)))
        #expect(parts[2].hasPrefix("{\"formatVersion\":\(StoreDocument.currentFormatVersion),\"upsert\":{"))
        #expect(CRC32.checksum(Data("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test("a torn last record is ignored, the earlier changes survive, and the next change follows them")
    func tornTail() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try commitAndDrop(path, [0, 1, 2])
        let journal = StoreFixture.read(path + ".journal")!
        let lines = journal.split(separator: 0x0A)
        let wholeTwo = lines[0].count + lines[1].count + lines[2].count + 3
        // The last write stopped part way, and the filesystem filled the rest of its block with zeros.
        var torn = journal.prefix(journal.count - 40)
        torn.append(contentsOf: [UInt8](repeating: 0, count: 12))
        StoreFixture.write(Data(torn), to: path + ".journal")

        do {
            let store = try open(path)
            #expect(store.access == .readWrite)
            #expect(store.journalRecordCount == 2)
            #expect([0, 1, 2].map { rationale(store, $0) } == ["change 0", "change 1", "on track"])
            #expect(StoreFixture.read(path + ".journal")?.count == wholeTwo)
            try store.commit(StoreFixture.account(3, rationale: "change 3"))
        }

        let again = try open(path)
        #expect(again.access == .readWrite)
        #expect([0, 1, 2, 3].map { rationale(again, $0) } == ["change 0", "change 1", "on track", "change 3"])
        try again.close()
    }

    @Test("a damaged record followed by good ones is refused read-write and the journal kept")
    func damagedMiddle() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try commitAndDrop(path, [0, 1, 2])
        var journal = [UInt8](StoreFixture.read(path + ".journal")!)
        let first = journal.firstIndex(of: 0x0A)! + 1
        let second = journal[first...].firstIndex(of: 0x0A)! + 1
        let target = journal[second...].firstIndex(of: UInt8(ascii: "P"))! // in "Priya"
        journal[target] = UInt8(ascii: "Q")
        StoreFixture.write(Data(journal), to: path + ".journal")
        let before = StoreFixture.fingerprint(path + ".journal")
        let document = StoreFixture.fingerprint(path)

        let store = try open(path)
        let reason = try #require(StoreFixture.readOnlyReason(store))
        #expect(reason.contains("\(path).journal:3: journal record 2 is damaged (the checksum does not match) and later records follow it"))
        #expect(rationale(store, 0) == "change 0")
        #expect(throws: StoreError.self) { try store.commit(StoreFixture.account(3, rationale: "no")) }
        try store.close()
        let after = StoreFixture.fingerprint(path + ".journal")
        #expect(before.0 == after.0 && before.1 == after.1 && before.2 == after.2)
        #expect(StoreFixture.fingerprint(path).0 == document.0)

        let problems = StoreValidator.validate(path: path)
        #expect(problems.count == 1)
        #expect(problems.first?.path == path + ".journal" && problems.first?.line == 3)
    }

    @Test("a whole last record this build cannot use is damage, not a torn write")
    func unusableLastRecord() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try commitAndDrop(path, [0])
        let json = Data("{\"formatVersion\":2,\"upsert\":{\"id\":\"acct-0\"}}".utf8)
        var journal = StoreFixture.read(path + ".journal")!
        journal.append(Data("\(CRC32.hex(CRC32.checksum(json))) \(json.count) ".utf8) + json + Data([0x0A]))
        StoreFixture.write(journal, to: path + ".journal")

        let store = try open(path)
        let reason = try #require(StoreFixture.readOnlyReason(store))
        #expect(reason.contains("journal record 2 is damaged"))
        #expect(rationale(store, 0) == "change 0")
        #expect(StoreFixture.read(path + ".journal") == journal)
    }

    @Test("replaying a journal the document already holds changes nothing")
    func idempotent() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try open(path)
        for n in 0...3 { try store.commit(StoreFixture.account(n, rationale: "change \(n)")) }
        let journal = StoreFixture.read(path + ".journal")!
        try store.checkpoint()
        let expected = store.portfolio
        try store.close()
        // As if killed between renaming the new document and emptying the journal.
        StoreFixture.write(journal, to: path + ".journal")

        let reopened = try open(path)
        #expect(reopened.access == .readWrite)
        #expect(reopened.portfolio == expected)
        try reopened.close()
    }

    @Test("after a checkpoint the backup holds the previous version")
    func backup() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try open(path)
        let created = StoreFixture.read(path)
        try store.commit(StoreFixture.account(0, rationale: "first"))
        try store.checkpoint(now: StoreFixture.savedAt)
        #expect(StoreFixture.read(path + ".bak") == created)
        let afterFirst = StoreFixture.read(path)
        try store.commit(StoreFixture.account(0, rationale: "second"))
        try store.checkpoint(now: StoreFixture.savedAt.addingTimeInterval(60))
        #expect(StoreFixture.read(path + ".bak") == afterFirst)
        #expect(try StoreDocument.decode(StoreFixture.read(path + ".bak")!, path: path).account(id: "acct-0")?.health.rationale == "first")
        #expect(StoreFixture.text(path).contains("\"savedAt\" : \"2026-11-21T09:31:00Z\""))
        try store.close()
    }

    @Test("temporary files do not linger, even those a killed checkpoint left")
    func noLeftovers() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.write("half a document", to: folder + "/.portfolio.json.tmp-99999-abc")
        StoreFixture.write("a backup link", to: folder + "/.portfolio.json.bak.tmp-99999-abc")
        StoreFixture.write("not ours", to: folder + "/notes.txt")
        let store = try open(path)
        for n in 0..<3 {
            try store.commit(StoreFixture.account(n, rationale: "change \(n)"))
            try store.checkpoint()
        }
        try store.close()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names == ["notes.txt", "portfolio.json", "portfolio.json.bak", "portfolio.json.journal", "portfolio.json.lock"])
    }
}
