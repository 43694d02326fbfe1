#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation
import Testing

/// The summary index beside a large store, in a real terminal: made once the store is open, the
/// next first frame drawn from it, and a kill at any moment while the store opens behind that
/// frame or while the index is written loses nothing. `BATON_INDEX_THRESHOLD=0` makes a small
/// store count as large, so the tests stay quick.
@Suite("The summary index in a terminal", .serialized)
struct SummaryIndexEndToEndTests {
    static let today = "2026-11-23"
    static let large = ["BATON_INDEX_THRESHOLD": "0"]

    static func store(in sandbox: Sandbox, accounts: Int = 80) throws -> String {
        let path = sandbox.path("portfolio.json")
        let day = try #require(CalendarDate(iso: today))
        let portfolio = SyntheticPortfolio.make(accounts: accounts, seed: 5, today: day, now: Date())
        try StoreDocument.encode(portfolio, savedAt: Date(), storeID: "0f0e0d0c-index-test").write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The dashboard opened on the store until its index is written, then quit.
    static func openOnceForItsIndex(_ store: String, in sandbox: Sandbox) throws {
        let first = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: large)
        try first.waitFor("[4] Timeline", timeout: 60)
        #expect(waitForFile(store + ".index"))
        try first.press("q")
        #expect(try first.exitStatus() == 0)
    }

    static func waitForFile(_ path: String, timeout: TimeInterval = 60) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            usleep(50_000)
        }
        return false
    }

    /// Issue 25, finding 2: a damaged summary was shown at every later open, since the index was never written again.
    @Test("an index with a byte changed inside one summary is written again once the dashboard has the store open")
    func damagedSummaryRewritten() throws {
        let sandbox = try Sandbox()
        let store = try Self.store(in: sandbox)
        try Self.openOnceForItsIndex(store, in: sandbox)
        let file = URL(fileURLWithPath: store + ".index")
        let written = try String(contentsOf: file, encoding: .utf8)
        let range = try #require(written.range(of: "\"highRisks\":0"))
        try written.replacingCharacters(in: range, with: "\"highRisks\":7").write(to: file, atomically: false, encoding: .utf8)
        #expect(SummaryIndex.read(besideStore: store)?.isIntact == false)

        let again = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try again.waitFor("[4] Timeline", timeout: 60)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, SummaryIndex.read(besideStore: store)?.isIntact != true { usleep(100_000) }
        #expect(SummaryIndex.read(besideStore: store)?.isIntact == true, "the damaged index was written again")
        try again.press("q")
        #expect(try again.exitStatus() == 0)
    }

    @Test("a large store gets its index (0600) once open; opened again, the keys typed at once are carried out")
    func indexMadeThenUsed() throws {
        let sandbox = try Sandbox()
        let store = try Self.store(in: sandbox)
        let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                          extraEnvironment: Self.large)
        try tmux.waitFor("[4] Timeline", timeout: 60)
        #expect(Self.waitForFile(store + ".index"))
        let attributes = try FileManager.default.attributesOfItem(atPath: store + ".index")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        let written = try FileManager.default.attributesOfItem(atPath: store + ".index")[.modificationDate] as? Date

        let again = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try again.press("2")                                      // typed while the store may still be opening
        try again.waitFor("┏━ [2] Readiness", timeout: 60)        // carried out, not dropped
        // Read whole behind it: the hint bar's progress goes, the focus stays.
        let screen = try again.waitUntil("the store is read", timeout: 60) { !$0.contains("loading…") }
        #expect(screen.contains("┏━ [2] Readiness"))
        try again.press("q")
        #expect(try again.exitStatus() == 0)
        // Current for today and whole: neither read again nor written again once the store was open.
        #expect(try FileManager.default.attributesOfItem(atPath: store + ".index")[.modificationDate] as? Date == written)
    }

    @Test("killed with SIGKILL at any moment while the store opens behind its first frame or its index is written, nothing is lost")
    func killsLoseNothing() throws {
        let sandbox = try Sandbox()
        let store = try Self.store(in: sandbox)
        // A confirmed change left in the journal (killed before any fold), and the index written.
        let first = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try first.waitFor("[4] Timeline", timeout: 60)
        #expect(Self.waitForFile(store + ".index"))
        try first.press("4")
        try first.press("Space")
        let journal = store + ".journal"
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, (try? Data(contentsOf: URL(fileURLWithPath: journal)))?.contains(UInt8(ascii: "{")) != true { usleep(50_000) }
        #expect(Foundation.kill(try first.batonPID(), SIGKILL) == 0)
        try first.waitFor("EXITED \(128 + SIGKILL)")
        let expected = try StoreReader.read(path: store)
        #expect(expected != (try StoreDocument.decode(Data(contentsOf: URL(fileURLWithPath: store)), path: store)),
                "the change is in the journal only")

        for delay in [0, 20_000, 60_000, 150_000, 300_000, 600_000] as [useconds_t] {
            // Now and then without an index, so the kill also lands while it is being written.
            if delay % 60_000 == 0 { try? FileManager.default.removeItem(atPath: store + ".index") }
            let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                              extraEnvironment: Self.large)
            let pid = try tmux.batonPID()
            usleep(delay)
            #expect(Foundation.kill(pid, SIGKILL) == 0)
            try tmux.waitFor("EXITED \(128 + SIGKILL)")
            #expect(try StoreReader.read(path: store) == expected, "killed after \(delay / 1000) ms")
        }
        // And the dashboard still opens on it, showing the change, with a trustworthy index made again.
        let last = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                          extraEnvironment: Self.large)
        try last.waitFor("[4] Timeline", timeout: 60)
        #expect(Self.waitForFile(store + ".index"))
        try last.press("q")
        #expect(try last.exitStatus() == 0)
        #expect(try StoreReader.read(path: store) == expected)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.root).filter { $0.contains(".index.tmp-") }
        #expect(leftovers.count <= 1)
    }

    /// Issue 24, part 1: "a change decodes what it changes and is journalled at once".
    @Test("a change typed at the first frame, before the store is read, is journalled at once: killed then, the next open has it")
    func changeAtTheFirstFrameSurvivesAKill() throws {
        let sandbox = try Sandbox()
        let store = try Self.store(in: sandbox)
        try Self.openOnceForItsIndex(store, in: sandbox)
        let unassessed = { (portfolio: Portfolio) in
            portfolio.accounts.filter { $0.readiness.conditions.first?.status == .unassessed }.map(\.id)
        }
        let before = unassessed(try StoreReader.read(path: store))

        // The store is read only once this file is gone: every key below is typed before it is.
        let hold = sandbox.path("hold-the-read")
        #expect(FileManager.default.createFile(atPath: hold, contents: Data()))
        let held = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                          extraEnvironment: Self.large.merging(["BATON_TEST_HOLD": hold]) { $1 })
        try held.waitFor("keys and changes work", timeout: 60)
        try held.press("2")
        try held.waitFor("┏━ [2] Readiness", timeout: 10)
        try held.press("c")
        try held.waitFor("condition 1 back to Unassessed", timeout: 10)
        // The message said, the next key brings the read's progress back: still unread.
        try held.press("1")
        try held.waitFor("loading…", timeout: 10)
        let pid = try held.batonPID()
        #expect(Foundation.kill(pid, SIGKILL) == 0)
        // Gone (the shell's "EXITED 137" may wrap after the hint bar's last column).
        let gone = Date().addingTimeInterval(10)
        while Date() < gone, Foundation.kill(pid, 0) == 0 { usleep(20_000) }
        held.kill()
        let after = unassessed(try StoreReader.read(path: store))
        #expect(after.count == before.count + 1, "the change was in the journal before the kill")

        // Opened again, read whole: the change is there, and one more is made after it as usual.
        try FileManager.default.removeItem(atPath: hold)
        let again = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try again.waitUntil("the store read", timeout: 60) { !$0.contains("loading…") && $0.contains("[4] Timeline") }
        try again.press("q")
        #expect(try again.exitStatus() == 0)
        #expect(unassessed(try StoreReader.read(path: store)) == after)
    }
}

/// Keys a script (or a person while Baton is busy) sends faster than frames are drawn are keys:
/// the `q` after 200 moves quits, it is not swallowed as part of a "paste".
@Suite("A burst of keys in a terminal")
struct KeyBurstEndToEndTests {
    @Test("200 moves and a q sent at once: the q quits")
    func burstThenQuit() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(["--demo", "--today", SummaryIndexEndToEndTests.today], in: sandbox, width: 100, height: 30)
        try tmux.waitFor("[4] Timeline", timeout: 30)
        try tmux.type(String(repeating: "j", count: 200) + "q")
        #expect(try tmux.exitStatus(timeout: 20) == 0)
    }
}
