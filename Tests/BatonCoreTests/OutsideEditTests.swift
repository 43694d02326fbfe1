import Foundation
import Testing
@testable import BatonCore

/// Issue 25, finding 4: an outside edit of the store was found only at quit. The store notices
/// it (one lstat) and carries out the lead's choice: keep both, take theirs, take the file's.
@Suite("An outside edit of the store while it is open")
struct OutsideEditTests {
    /// A store of three accounts, open and writable, with this session's change to acct-0 in the
    /// journal; then another program rewrites the file (same store, `edit` applied to it).
    static func edited(_ edit: (inout Portfolio) -> Void) throws -> (folder: String, store: PortfolioStore) {
        let folder = StoreFixture.folder()
        let path = folder + "/portfolio.json"
        let store = try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 3) })
        #expect(!store.changedOnDisk(), "nothing changed it yet")
        try store.commit(StoreFixture.account(0, rationale: "mine"))
        #expect(!store.changedOnDisk(), "a commit goes to the journal, not over the file")
        var theirs = try StoreDocument.decode(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
        edit(&theirs)
        usleep(10_000)  // a modification time of its own, as another program's write has
        try StoreDocument.encode(theirs, savedAt: Date(), storeID: store.storeID).write(to: URL(fileURLWithPath: path))
        return (folder, store)
    }

    static func renameOne(_ p: inout Portfolio) { p.accounts[1].identity.name = "Renamed Elsewhere" }

    static func asides(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".mine-") }
    }

    @Test("noticed at once, not at quit; our own checkpoint is never taken for one")
    func noticed() throws {
        let (folder, store) = try Self.edited(Self.renameOne)
        defer { StoreFixture.remove(folder) }
        #expect(store.changedOnDisk())
        // Near miss: the same store, saved by itself, is not an outside edit.
        let (other, own) = try Self.edited { _ in }
        defer { StoreFixture.remove(other) }
        _ = try own.resolveOutsideEdit(.takeTheirs)
        try own.commit(StoreFixture.account(2, rationale: "later"))
        try own.checkpoint()
        #expect(!own.changedOnDisk())
    }

    @Test("take theirs: their rename and this session's change together, written to the store, nothing aside")
    func takeTheirs() throws {
        let (folder, store) = try Self.edited(Self.renameOne)
        defer { StoreFixture.remove(folder) }
        let outcome = try store.resolveOutsideEdit(.takeTheirs)
        #expect(outcome.conflicts.isEmpty && outcome.keptAt == nil)
        #expect(outcome.merged == [StoreFixture.account(0).name])
        let onDisk = try StoreReader.read(path: store.path)
        #expect(onDisk.account(id: "acct-1")?.name == "Renamed Elsewhere")
        #expect(onDisk.account(id: "acct-0")?.health.rationale == "mine")
        #expect(store.portfolio == onDisk)
        #expect(store.access == .readWrite && !store.changedOnDisk())
        #expect(Self.asides(folder).isEmpty && store.writtenAside.isEmpty)
        // Their version is the backup.
        let backup = try StoreDocument.decode(Data(contentsOf: URL(fileURLWithPath: store.backupPath)), path: store.backupPath)
        #expect(backup.account(id: "acct-0")?.health.rationale == "on track")
    }

    @Test("take theirs where both changed one account: theirs kept, this session's version written aside")
    func takeTheirsConflict() throws {
        let (folder, store) = try Self.edited { $0.accounts[0].health.rationale = "theirs" }
        defer { StoreFixture.remove(folder) }
        let outcome = try store.resolveOutsideEdit(.takeTheirs)
        #expect(outcome.conflicts == [StoreFixture.account(0).name] && outcome.merged.isEmpty)
        #expect(try StoreReader.read(path: store.path).account(id: "acct-0")?.health.rationale == "theirs")
        let kept = try #require(outcome.keptAt)
        #expect(store.writtenAside == [kept])
        let mine = try StoreDocument.decode(Data(contentsOf: URL(fileURLWithPath: kept)), path: kept)
        #expect(mine.account(id: "acct-0")?.health.rationale == "mine")
    }

    @Test("take the file's: exactly the file, this session's change written aside first")
    func takeFile() throws {
        let (folder, store) = try Self.edited(Self.renameOne)
        defer { StoreFixture.remove(folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let outcome = try store.resolveOutsideEdit(.takeFile)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before, "the file is not rewritten")
        #expect(store.portfolio.account(id: "acct-0")?.health.rationale == "on track")
        #expect(store.portfolio.account(id: "acct-1")?.name == "Renamed Elsewhere")
        let kept = try #require(outcome.keptAt)
        #expect(try StoreDocument.decode(Data(contentsOf: URL(fileURLWithPath: kept)), path: kept)
            .account(id: "acct-0")?.health.rationale == "mine")
        #expect(store.journalRecordCount == 0 && store.access == .readWrite)
        // A later open replays nothing of the old session over the file.
        try store.close()
        #expect(try StoreReader.read(path: store.path).account(id: "acct-0")?.health.rationale == "on track")
    }

    @Test("keep both: as before — this session's version aside, the file untouched, the store read-only saying why")
    func keepBoth() throws {
        let (folder, store) = try Self.edited(Self.renameOne)
        defer { StoreFixture.remove(folder) }
        let before = try Data(contentsOf: URL(fileURLWithPath: store.path))
        let outcome = try store.resolveOutsideEdit(.keepBoth)
        let kept = try #require(outcome.keptAt)
        #expect(store.access == .readOnly([.changedOnDisk(path: store.path, keptAt: kept)]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store.path)) == before)
        #expect(store.writtenAside == [kept])
        #expect(throws: StoreError.self) { try store.commit(StoreFixture.account(2)) }
    }
}
