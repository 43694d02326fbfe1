#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import BatonCore

/// The store believes only regular files of its own, journals of its own store, and a file on
/// disk that is still the one it read.
@Suite("The store trusts nothing it reads")
struct StoreTrustTests {
    private func open(_ path: String, forReading: Bool = false) throws -> PortfolioStore {
        try PortfolioStore.open(path: path, creatingWith: { StoreFixture.portfolio(accounts: 3) }, forReading: forReading)
    }

    private func notAFile(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch StoreError.notAFile(_, let kind) {
            return kind
        } catch {
            return "other: \(error)"
        }
    }

    private func leftovers(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    // MARK: special files

    @Test("a FIFO as the store is refused at once, and nothing is created beside it")
    func fifoStore() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        #expect(mkfifo(folder + "/portfolio.json", 0o600) == 0)
        let started = Date()
        #expect(notAFile { _ = try open(folder + "/portfolio.json") } == "a named pipe (FIFO)")
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(leftovers(in: folder) == ["portfolio.json"])
        #expect(StoreValidator.validate(path: folder + "/portfolio.json").first?.message.contains("named pipe") == true)
    }

    @Test("a FIFO as the journal is refused at once")
    func fifoJournal() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: folder + "/portfolio.json")
        #expect(mkfifo(folder + "/portfolio.json.journal", 0o600) == 0)
        #expect(notAFile { _ = try open(folder + "/portfolio.json") } == "a named pipe (FIFO)")
    }

    @Test("a store linked to /dev/zero is refused without reading it, and no lock appears in /dev")
    func devZero() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let lockExisted = FileManager.default.fileExists(atPath: "/dev/zero.lock")
        #expect(symlink("/dev/zero", folder + "/portfolio.json") == 0)
        #expect(notAFile { _ = try open(folder + "/portfolio.json") } == "a device")
        if !lockExisted { #expect(!FileManager.default.fileExists(atPath: "/dev/zero.lock")) }
    }

    @Test("a dangling store link is refused and stays a link")
    func danglingLink() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        #expect(symlink(folder + "/gone.json", folder + "/portfolio.json") == 0)
        #expect(notAFile { _ = try open(folder + "/portfolio.json") }?.contains("does not exist") == true)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: folder + "/portfolio.json")) == folder + "/gone.json")
        #expect(!FileManager.default.fileExists(atPath: folder + "/gone.json"))
    }

    @Test("a symlinked journal and a symlinked lock are refused; their targets are not truncated, chmod'ed or overwritten")
    func symlinkedJournalAndLock() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: path)
        let target = folder + "/precious.txt"
        StoreFixture.write("keep me\n", to: target)
        chmod(target, 0o644)
        #expect(symlink(target, path + ".journal") == 0)
        #expect(notAFile { _ = try open(path) } == "a symbolic link")
        #expect(StoreFixture.text(target) == "keep me\n" && StoreFixture.mode(target) == 0o644)

        unlink(path + ".journal")
        unlink(path + ".lock")
        #expect(symlink(target, path + ".lock") == 0)
        let store = try open(path)
        #expect(StoreFixture.readOnlyReason(store)?.contains("symbolic link") == true)
        #expect(StoreFixture.text(target) == "keep me\n" && StoreFixture.mode(target) == 0o644)
    }

    @Test("an unreadable store gets no lock file beside it")
    func noLockBesideRefused() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        StoreFixture.write("{ not json", to: folder + "/portfolio.json")
        #expect(!StoreFixture.refusal(opening: folder + "/portfolio.json").isEmpty)
        #expect(leftovers(in: folder) == ["portfolio.json"])
    }

    // MARK: the journal

    /// A store with changes 0 and 1 in its journal, dropped as a crash would; returns the journal's bytes.
    private func crashedStore(_ path: String) throws -> Data {
        let store = try open(path)
        try store.commit(StoreFixture.account(0, rationale: "change 0"))
        try store.commit(StoreFixture.account(1, rationale: "change 1"))
        return StoreFixture.read(path + ".journal")!
    }

    @Test("a whole last record with a bad checksum is damage: read-only, said so, and the journal kept byte for byte")
    func badChecksumAtTheEnd() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        var journal = [UInt8](try crashedStore(path))
        let last = journal.lastIndex(of: UInt8(ascii: "P"))!  // in the last record's "Priya"
        journal[last] = UInt8(ascii: "Q")
        StoreFixture.write(Data(journal), to: path + ".journal")
        let before = StoreFixture.fingerprint(path + ".journal")

        let store = try open(path)
        let reason = try #require(StoreFixture.readOnlyReason(store))
        #expect(reason.contains("journal record 2 is damaged (the checksum does not match)"))
        #expect(!reason.contains("later records follow"))
        try store.close()
        let after = StoreFixture.fingerprint(path + ".journal")
        #expect(before.0 == after.0 && before.1 == after.1 && before.2 == after.2)
    }

    @Test("a journal that is one line of garbage is damage, never emptied")
    func garbageJournal() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: path)
        for garbage in ["this is not a journal\n", "this is not a journal either"] {
            StoreFixture.write(garbage, to: path + ".journal")
            let store = try open(path)
            #expect(StoreFixture.readOnlyReason(store)?.contains("journal record 1 is damaged") == true)
            try store.close()
            #expect(StoreFixture.text(path + ".journal") == garbage)
        }
    }

    @Test("a journal from another store is refused, not replayed, and left untouched")
    func foreignJournal() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let other = folder + "/other.json"
        let journal = try crashedStore(other)
        let path = folder + "/portfolio.json"
        try open(path).close()
        StoreFixture.write(journal, to: path + ".journal")

        let store = try open(path)
        let reason = try #require(StoreFixture.readOnlyReason(store))
        #expect(reason.contains("belongs to another store"))
        #expect(store.portfolio.account(id: "acct-0")?.health.rationale == "on track")
        try store.close()
        #expect(StoreFixture.read(path + ".journal") == journal)
        #expect(StoreValidator.validate(path: path).first?.message.contains("belongs to another store") == true)
    }

    @Test("an old journal without the identity line still replays, and gets the line at the next checkpoint")
    func oldJournalReplays() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let journal = try crashedStore(path)
        let withoutHeader = journal.suffix(from: journal.firstIndex(of: 0x0A)! + 1)
        StoreFixture.write(Data(withoutHeader), to: path + ".journal")

        let store = try open(path)
        #expect(store.access == .readWrite)
        #expect(store.portfolio.account(id: "acct-1")?.health.rationale == "change 1")
        try store.close()
        #expect(StoreFixture.text(path + ".journal") == "baton-journal store \(store.storeID)\n")
    }

    @Test("a store written before identities gets one at its next save, and keeps it")
    func identityAddedAtNextSave() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: path)
        #expect(StoreDocument.storeID(in: StoreFixture.read(path)!) == nil)
        let store = try open(path)
        try store.close()
        let id = try #require(StoreDocument.storeID(in: StoreFixture.read(path)!))
        #expect(id == store.storeID)
        #expect(StoreDocument.readInParallel(StoreFixture.read(path)!)?.storeID == id)
        let again = try open(path)
        #expect(again.storeID == id)
        try again.close()
    }

    // MARK: external edits

    @Test("an edit made by hand while Baton has the store open is not overwritten: Baton stops, says so and keeps both")
    func externalEdit() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try open(path)
        try store.commit(StoreFixture.account(0, rationale: "mine"))
        let theirs = StoreFixture.text(path).replacingOccurrences(of: "\"owner\" : \"Priya\"", with: "\"owner\" : \"Sam\"")
        StoreFixture.write(theirs, to: path)

        #expect(throws: StoreError.self) { try store.checkpoint() }
        #expect(StoreFixture.text(path) == theirs)
        let reason = try #require(StoreFixture.readOnlyReason(store))
        #expect(reason.contains("was changed by something else"))
        let mine = try #require(leftovers(in: folder).first { $0.contains(".mine-") })
        #expect(try StoreDocument.decode(StoreFixture.read(folder + "/" + mine)!, path: mine).account(id: "acct-0")?.health.rationale == "mine")
        #expect(throws: StoreError.self) { try store.commit(StoreFixture.account(1)) }
    }

    @Test("Baton's own saves are not mistaken for an external edit")
    func ownSaves() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let store = try open(path)
        for n in 0..<3 {
            try store.commit(StoreFixture.account(n, rationale: "change \(n)"))
            try store.checkpoint()
        }
        #expect(store.access == .readWrite)
        try store.close()
    }

    // MARK: smaller ones

    @Test("a store read-only only because another Baton held it becomes writable once that one has let go")
    func retryTheLock() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        try first.commit(StoreFixture.account(0, rationale: "folded by the first"))
        let second = try open(path)
        #expect(second.access != .readWrite)
        #expect(!second.retryLock())
        try first.close()
        #expect(second.retryLock())
        #expect(second.access == .readWrite)
        try second.commit(StoreFixture.account(1, rationale: "by the second"))
        try second.close()
        let stored = try StoreDocument.decode(StoreFixture.read(path)!, path: path)
        #expect(stored.account(id: "acct-0")?.health.rationale == "folded by the first")
        #expect(stored.account(id: "acct-1")?.health.rationale == "by the second")
    }

    @Test("if the Baton that held the store changed it meanwhile, the other stays read-only and says so")
    func retryTheLockAfterAChange() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let first = try open(path)
        let second = try open(path)
        try first.commit(StoreFixture.account(0, rationale: "changed meanwhile"))
        try first.close()
        #expect(!second.retryLock())
        #expect(StoreFixture.readOnlyReason(second)?.contains("restart Baton") == true)
    }

    @Test("a reader takes no lock: a dashboard opened while it reads can write")
    func readerTakesNoLock() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        try open(path).close()
        let reader = try open(path, forReading: true)
        let writer = try open(path)
        #expect(writer.access == .readWrite)
        #expect(reader.access != .readWrite)
        try writer.close()
        try reader.close()
    }

    @Test("a reader of a store with a journal saves nothing")
    func readerSavesNothing() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let journal = try crashedStore(path)
        let document = StoreFixture.read(path)
        let reader = try open(path, forReading: true)
        #expect(reader.portfolio.account(id: "acct-1")?.health.rationale == "change 1")
        try reader.close()
        #expect(StoreFixture.read(path) == document && StoreFixture.read(path + ".journal") == journal)
    }

    @Test("a store found 0644 is 0600 as soon as it is opened")
    func modeFixedAtOpen() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: path)
        chmod(path, 0o644)
        let store = try open(path)
        #expect(StoreFixture.mode(path) == 0o600)
        try store.close()
    }

    @Test("root saving another user's store keeps that user as its owner", .enabled(if: geteuid() == 0))
    func ownerKept() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: path)
        #expect(chown(path, 4321, 4321) == 0)
        let store = try open(path)
        try store.commit(StoreFixture.account(0, rationale: "x"))
        try store.close()
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_uid == 4321 && info.st_gid == 4321)
    }

    @Test("a clean save leaves no .bak.tmp file when the store and its backup are one inode")
    func backupSameInode() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        StoreFixture.writeStore(StoreFixture.portfolio(accounts: 2), to: path)
        #expect(link(path, path + ".bak") == 0)
        let store = try open(path)
        try store.commit(StoreFixture.account(0, rationale: "x"))
        try store.close()
        #expect(!leftovers(in: folder).contains { $0.contains(".tmp-") }, "\(leftovers(in: folder))")
    }

    @Test("a savedAt of 2026-02-30T25:61:00Z is refused with what was found")
    func impossibleTimestamp() throws {
        let folder = StoreFixture.folder()
        defer { StoreFixture.remove(folder) }
        let path = folder + "/portfolio.json"
        let text = String(decoding: try StoreDocument.encode(StoreFixture.portfolio(accounts: 2), savedAt: StoreFixture.savedAt), as: UTF8.self)
            .replacingOccurrences(of: "2026-11-21T09:30:00Z", with: "2026-02-30T25:61:00Z")
        StoreFixture.write(text, to: path)
        let problem = try #require(StoreFixture.refusal(opening: path).first)
        #expect(problem.field == "savedAt")
        #expect(problem.message.contains("\"2026-02-30T25:61:00Z\" is not a real date and time"))
        #expect(Timestamp.parse("2026-11-21T09:30:00Z") == StoreFixture.savedAt)
        #expect(Timestamp.parse("2026-11-21T10:30:00+01:00") == StoreFixture.savedAt)
        #expect(Timestamp.parse("2024-02-29T00:00:00Z") != nil && Timestamp.parse("2026-02-29T00:00:00Z") == nil)
    }
}
