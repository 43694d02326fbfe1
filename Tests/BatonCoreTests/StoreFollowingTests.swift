import Foundation
import Testing
@testable import BatonCore

@Suite("A read-only second copy follows the store and keeps drafts apart")
struct StoreFollowingTests {
    private func open(_ path: String) throws -> PortfolioStore {
        try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 3) })
    }

    @Test("the second copy is read-only because another Baton has the store, and knows that Baton's pid")
    func secondCopySaysWho() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        let second = try open(path)
        #expect(first.access == .readWrite && !first.isLockedOut)
        #expect(second.isLockedOut)
        #expect(second.holderPID == getpid())
        try first.close()
    }

    @Test("a change the first copy commits shows in the second at its next look; nothing changed, nothing read")
    func followsCommits() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        let second = try open(path)
        #expect(!second.followIfChanged() || second.portfolio == first.portfolio)
        #expect(!second.followIfChanged(), "nothing changed on disk")
        try first.commit(StoreFixture.account(1, rationale: "Sponsor back from leave"))
        #expect(second.followIfChanged())
        #expect(second.portfolio.account(id: "acct-1")?.health.rationale == "Sponsor back from leave")
        #expect(second.access != .readWrite, "following changes nothing about who may write")
        try first.checkpoint()
        #expect(!second.followIfChanged(), "the journal folded into the document: the same portfolio")
        #expect(second.portfolio == first.portfolio)
        try first.close()
        #expect(second.retryLock(), "having followed, the second copy takes over once the first lets go")
        try second.close()
    }

    @Test("when only the journal grew, the second copy reads only its new records, never the whole store again")
    func followsTheJournalAlone() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        let second = try open(path)
        try first.commit(StoreFixture.account(1, rationale: "Sponsor back from leave"))
        #expect(second.followIfChanged())
        // The document's bytes spoiled where it lies, its size and modification time kept: a copy
        // that read it again would find it unreadable and change nothing.
        var info = stat()
        #expect(stat(path, &info) == 0)
        let size = Int(info.st_size)
        try Data(repeating: UInt8(ascii: "x"), count: size).write(to: URL(fileURLWithPath: path), options: [])
        var times = [info.st_atim, info.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        try first.commit(StoreFixture.account(2, rationale: "Usage report for week 3 received"))
        #expect(second.followIfChanged())
        #expect(second.portfolio.account(id: "acct-2")?.health.rationale == "Usage report for week 3 received")
        #expect(second.portfolio.account(id: "acct-1")?.health.rationale == "Sponsor back from leave")
        #expect(second.portfolio == first.portfolio)
        #expect(!second.followIfChanged(), "nothing new in the journal")
    }

    @Test("drafts are written whole beside the store, 0600, and removed when none is left")
    func draftsFile() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        #expect(StoreDrafts.read(forStore: path) == nil)
        try StoreDrafts.write(Data("{\"drafts\":[]}".utf8), forStore: path)
        #expect(StoreDrafts.read(forStore: path) == Data("{\"drafts\":[]}".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: StoreDrafts.path(forStore: path))[.posixPermissions] as? Int
        #expect(mode == 0o600)
        StoreDrafts.remove(forStore: path)
        #expect(!FileManager.default.fileExists(atPath: StoreDrafts.path(forStore: path)))
    }
}
