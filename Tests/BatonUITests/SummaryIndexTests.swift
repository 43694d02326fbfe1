@testable import BatonCore
import Foundation
import Testing
@testable import BatonUI

/// The summary index beside a store (`portfolio.json.index`): the first frame of a large store is
/// drawn from it, so it must never show anything the store does not hold.
@Suite("The summary index beside the store")
struct SummaryIndexTests {
    static let today = CalendarDate(iso: "2026-11-23")!

    /// A store of `accounts` synthetic accounts in a fresh folder, written by the store itself.
    final class Fixture {
        let folder: String
        let path: String
        init(accounts: Int = 40, seed: UInt64 = 11) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-index-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            path = folder + "/portfolio.json"
            let portfolio = SyntheticPortfolio.make(accounts: accounts, seed: seed, today: SummaryIndexTests.today, now: Date())
            let store = try PortfolioStore.open(path: path, creatingWith: { portfolio })
            try store.close()
        }
        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// The index as the dashboard writes it: from the store as it stands (the journal on top).
        @discardableResult
        func writeIndex(today: CalendarDate = SummaryIndexTests.today) throws -> SummaryIndex {
            let map = try #require(StoreDocumentMap.open(path: path))
            let journal = try #require(StoreDocumentMap.journalUpserts(besideStore: path, storeID: map.storeID))
            let portfolio = try StoreReader.read(path: path)
            let index = try #require(SummaryIndex.build(map: map, path: path, portfolio: portfolio, journalIDs: Set(journal.map(\.id)), today: today))
            try index.write(besideStore: path)
            return index
        }

        /// What the first frame would be drawn from today, or nil when the index is not trusted.
        func preview(today: CalendarDate = SummaryIndexTests.today) -> SummaryIndex.Preview? {
            guard let map = StoreDocumentMap.open(path: path), let index = SummaryIndex.read(besideStore: path),
                  let journal = StoreDocumentMap.journalUpserts(besideStore: path, storeID: map.storeID) else { return nil }
            return index.preview(map: map, journal: journal, today: today)
        }

        func firstFrame(today: CalendarDate = SummaryIndexTests.today) -> AppState? {
            guard let map = StoreDocumentMap.open(path: path), let preview = preview(today: today) else { return nil }
            return AppState(preview: preview, map: map, today: today, now: Date(), width: 100, height: 30, storePath: "p",
                            saveStatus: .saved)
        }

        /// The dashboard's state from the whole portfolio read: what the index must agree with.
        func wholeState(today: CalendarDate = SummaryIndexTests.today) throws -> AppState {
            AppState(portfolio: try StoreReader.read(path: path), today: today, now: Date(), width: 100, height: 30, storePath: "p",
                     saveStatus: .saved)
        }
    }

    static func expectSameFrame(_ fixture: Fixture, today: CalendarDate = SummaryIndexTests.today) throws {
        let first = try #require(fixture.firstFrame(today: today), "the index was not trusted")
        let whole = try fixture.wholeState(today: today)
        #expect(first.index.summaries.sorted { $0.id < $1.id } == whole.index.summaries.sorted { $0.id < $1.id })
        #expect(first.index.rows.map { first.index.summaries[$0].id } == whole.index.rows.map { whole.index.summaries[$0].id })
        #expect(first.selectedAccount == whole.selectedAccount)
        // All but the hint bar, which says the rest is being read (and the screen is the same once it is).
        #expect(FirstFrameKeysTests.screen(first, hintBar: false) == FirstFrameKeysTests.screen(whole, hintBar: false))
        #expect(AppView.render(first).rowText(first.height - 1).contains("loading…"))
    }

    @Test("the first frame drawn from the index is the frame of the whole portfolio, and the file is private (0600)")
    func sameFrame() throws {
        let fixture = try Fixture()
        try fixture.writeIndex()
        try Self.expectSameFrame(fixture)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: fixture.path + ".index")[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test("a missing index is not made up: there is nothing to draw from")
    func missing() throws {
        let fixture = try Fixture()
        #expect(fixture.preview() == nil)
        try fixture.writeIndex()
        #expect(fixture.preview() != nil)
        try FileManager.default.removeItem(atPath: fixture.path + ".index")
        #expect(fixture.preview() == nil)
    }

    @Test("an index of the document before its last save is stale and not trusted")
    func stale() throws {
        let fixture = try Fixture()
        try fixture.writeIndex()
        let store = try PortfolioStore.open(path: fixture.path, creatingWith: { Portfolio() })
        var account = store.portfolio.accounts[3]
        account.health.rating = account.health.rating == .red ? .green : .red
        try store.commit(account)
        try store.checkpoint()
        try store.close()
        #expect(fixture.preview() == nil)
        // Made again, it holds the change.
        try fixture.writeIndex()
        try Self.expectSameFrame(fixture)
    }

    @Test("a damaged index is not trusted: cut short, garbage, or an account's place moved")
    func damaged() throws {
        let fixture = try Fixture()
        let index = try fixture.writeIndex()
        let file = fixture.path + ".index"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: file))
        #expect(fixture.preview() == nil)
        try Data("not an index".utf8).write(to: URL(fileURLWithPath: file))
        #expect(fixture.preview() == nil)

        // Well-formed, but two accounts' places swapped: their bytes no longer match.
        try index.write(besideStore: fixture.path)
        var moved = index
        let sorted = try #require(fixture.firstFrame()).index.rows
        let a = sorted[0], b = sorted[1]
        (moved.entries[a].summary, moved.entries[b].summary) = (moved.entries[b].summary, moved.entries[a].summary)
        (moved.entries[a].fingerprint, moved.entries[b].fingerprint) = (moved.entries[b].fingerprint, moved.entries[a].fingerprint)
        try moved.write(besideStore: fixture.path)
        #expect(fixture.firstFrame() == nil)

        // A summary changed by hand (a row that would lie): caught by the fingerprint of the first screen's rows.
        var lying = index
        lying.entries[a].fingerprint ^= 1
        try lying.write(besideStore: fixture.path)
        #expect(fixture.firstFrame() == nil)
    }

    /// Issue 25, finding 2: the fingerprint covers the document's bytes, not the summary, so a byte
    /// changed inside one summary in the index was shown on the first screen until the full read
    /// ended, and the damaged index was kept. Each entry carries its summary's checksum now.
    @Test("a byte changed inside one summary of the index (a high-risk count, a letter of a name) is caught, worked out again and the index marked for rewriting")
    func damagedSummary() throws {
        let fixture = try Fixture()
        let store = try PortfolioStore.open(path: fixture.path, creatingWith: { Portfolio() })
        var named = store.portfolio.accounts[2]
        named.identity.name = "Åkesson Ålvik"
        try store.commit(named)
        try store.close()
        try fixture.writeIndex()
        let file = URL(fileURLWithPath: fixture.path + ".index")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(SummaryIndex.read(besideStore: fixture.path)?.isIntact == true)

        for (from, to) in [("\"highRisks\":0", "\"highRisks\":7"), ("\"name\":\"Åkesson", "\"name\":\"Ökesson")] {
            let range = try #require(written.range(of: from), "\(from) is in the index")
            try written.replacingCharacters(in: range, with: to).write(to: file, atomically: false, encoding: .utf8)
            let read = try #require(SummaryIndex.read(besideStore: fixture.path))
            #expect(!read.isIntact, "\(from) → \(to)")
            #expect(read.entries.filter { !$0.isIntact }.count == 1)
            // The first frame shows what the document says, not what the damaged entry says.
            let preview = try #require(fixture.preview())
            let whole = try fixture.wholeState().index.summaries
            #expect(preview.summaries == whole, "\(from) → \(to)")
            #expect(!preview.isCurrent, "a damaged index is read again once the store is open, and written again")
            try Self.expectSameFrame(fixture)
        }
        // A near miss: the same index with nothing changed is intact, and current: not read again once open.
        try written.write(to: file, atomically: false, encoding: .utf8)
        #expect(SummaryIndex.read(besideStore: fixture.path)?.isIntact == true)
        #expect(fixture.preview()?.isCurrent == true)
    }

    @Test("an index whose lines are missing, repeated or out of order, or written in the old one-document form, is not trusted")
    func damagedLines() throws {
        let fixture = try Fixture()
        let index = try fixture.writeIndex()
        let file = URL(fileURLWithPath: fixture.path + ".index")
        // Eight entries to a line: a header and five lines of entries.
        let lines = try index.encoded(chunkSize: 8).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
        #expect(lines.count == 6)
        func write(_ lines: [Data]) throws { try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: file) }
        try write(lines)
        #expect(fixture.preview() != nil)
        try write(lines.enumerated().filter { $0.offset != 3 }.map(\.element))
        #expect(fixture.preview() == nil)
        var repeated = lines
        repeated[3] = repeated[2]
        try write(repeated)
        #expect(fixture.preview() == nil)
        var swapped = lines
        swapped.swapAt(2, 4)
        try write(swapped)
        #expect(fixture.preview() == nil)
        // Version 1 was the whole index as one JSON document.
        var old = index
        old.version = 1
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(old).write(to: file)
        #expect(fixture.preview() == nil)
    }

    @Test("an index from another store beside this one is foreign and not trusted")
    func foreign() throws {
        let mine = try Fixture(seed: 11)
        let other = try Fixture(seed: 12)
        try other.writeIndex()
        try FileManager.default.copyItem(atPath: other.path + ".index", toPath: mine.path + ".index")
        #expect(mine.preview() == nil)
        // The same accounts written again (another save) are another document too.
        try mine.writeIndex()
        let store = try PortfolioStore.open(path: mine.path, creatingWith: { Portfolio() })
        try store.checkpoint()
        try store.close()
        #expect(mine.preview() == nil)
    }

    @Test("the journal is replayed on top: a change not yet folded in shows in the first frame")
    func journalOnTop() throws {
        let fixture = try Fixture()
        try fixture.writeIndex()
        let store = try PortfolioStore.open(path: fixture.path, creatingWith: { Portfolio() })
        store.foldOnCloseLimit = 0   // keep the journal, as a large store does
        let whole = try fixture.wholeState()
        var first = try #require(whole.selectedAccount)
        first.identity.name = "Aardvark Renamed"
        first.health.rating = .red
        try store.commit(first)
        var added = store.portfolio.accounts[5]
        added.id = "added-in-journal"
        added.identity.name = "Added In Journal"
        try store.commit(added)
        try store.close()
        #expect(FileManager.default.fileExists(atPath: fixture.path + ".journal"))
        let preview = try #require(fixture.preview())
        #expect(preview.summaries.contains { $0.name == "Aardvark Renamed" && $0.health == .red })
        #expect(preview.summaries.contains { $0.id == "added-in-journal" })
        try Self.expectSameFrame(fixture)
    }

    @Test("on a later day what depends on the day is worked out again, never shown as it was")
    func laterDay() throws {
        let fixture = try Fixture(accounts: 60)
        try fixture.writeIndex()
        var changed = 0
        for ahead in [1, 3, 7, 12] {
            let day = Self.today.adding(days: ahead)
            let preview = try #require(fixture.preview(today: day))
            #expect(!preview.isCurrent, "worked out for another day: written again once the store is open")
            let expected = try fixture.wholeState(today: day).index.summaries
            #expect(preview.summaries == expected, "\(ahead) days later")
            let then = try fixture.wholeState().index.summaries
            changed += zip(then, expected).filter { $0.rebased(to: day) != $1 }.count
            try Self.expectSameFrame(fixture, today: day)
        }
        // The portfolio does change with the days, so the check above is a real one.
        #expect(changed > 0)
        // A clock turned back is not trusted.
        #expect(fixture.preview(today: Self.today.adding(days: -1)) == nil)
    }
}
