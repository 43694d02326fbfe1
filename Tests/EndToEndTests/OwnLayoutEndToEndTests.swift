#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation
import Testing

/// Issue 24, part 2: a large store another tool wrote (here `JSONSerialization`, another layout
/// and key order than Baton's) is written once in Baton's own layout when the dashboard opens
/// it, its original kept as `.bak`, so it gets a summary index; a read-only one is left as it
/// is, and says so; a kill during the rewrite loses nothing. Issue 24, part 1, in a terminal:
/// keys act at the first frame, and a kill while the rest is read loses nothing.
@Suite("A store in another tool's layout, and keys at the first frame, in a terminal", .serialized)
struct OwnLayoutEndToEndTests {
    static let today = SummaryIndexEndToEndTests.today
    static let large = SummaryIndexEndToEndTests.large

    /// The store as another program writes it: the same JSON tree, compact, its keys in that program's order.
    static func foreignStore(in sandbox: Sandbox, accounts: Int = 80, formatVersion: Int? = nil) throws -> (path: String, portfolio: Portfolio) {
        let path = try SummaryIndexEndToEndTests.store(in: sandbox, accounts: accounts)
        let portfolio = try StoreReader.read(path: path)
        var tree = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        if let formatVersion { tree["formatVersion"] = formatVersion }
        try JSONSerialization.data(withJSONObject: tree).write(to: URL(fileURLWithPath: path))
        #expect(StoreDocumentMap.open(path: path).flatMap { $0.storeID } == nil, "not in Baton's layout")
        return (path, portfolio)
    }

    static func hasTrustedIndex(_ path: String) -> Bool {
        guard let map = StoreDocumentMap.open(path: path), let index = SummaryIndex.read(besideStore: path),
              let journal = StoreDocumentMap.journalUpserts(besideStore: path, storeID: map.storeID),
              let day = CalendarDate(iso: today) else { return false }
        return index.preview(map: map, journal: journal, today: day) != nil
    }

    @Test("a large store in another tool's layout is written once in Baton's, its original kept as .bak, and gets an index")
    func foreignGetsIndex() throws {
        let sandbox = try Sandbox()
        let (store, portfolio) = try Self.foreignStore(in: sandbox)
        let original = try Data(contentsOf: URL(fileURLWithPath: store))
        let first = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try first.waitFor("[4] Timeline", timeout: 60)
        #expect(SummaryIndexEndToEndTests.waitForFile(store + ".index"))
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !Self.hasTrustedIndex(store) { usleep(100_000) }
        #expect(Self.hasTrustedIndex(store))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store + ".bak")) == original, "the original is kept as .bak")
        #expect(try StoreReader.read(path: store) == portfolio, "the same portfolio, in Baton's layout")
        #expect(StoreDocumentMap.open(path: store)?.storeID != nil)
        try first.press("q")
        #expect(try first.exitStatus() == 0)

        // The second open draws its first frame from the index, and is not rewritten again.
        let rewritten = try Data(contentsOf: URL(fileURLWithPath: store))
        let again = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try again.waitFor("[4] Timeline", timeout: 60)
        try again.waitUntil("the store is read", timeout: 60) { !$0.contains("loading…") }
        try again.press("q")
        #expect(try again.exitStatus() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == rewritten)
    }

    @Test("a store in another layout opened read-only (a newer format) is not rewritten, and the dashboard says so")
    func readOnlyNotRewritten() throws {
        let sandbox = try Sandbox()
        let (store, _) = try Self.foreignStore(in: sandbox, formatVersion: StoreDocument.currentFormatVersion + 1)
        let original = try Data(contentsOf: URL(fileURLWithPath: store))
        let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 260, height: 30,
                                          extraEnvironment: Self.large)
        try tmux.waitFor("not rewritten in Baton's own layout", timeout: 60)
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == original)
        #expect(!FileManager.default.fileExists(atPath: store + ".bak"))
        #expect(!FileManager.default.fileExists(atPath: store + ".index"))
    }

    @Test("killed with SIGKILL at any moment while a store in another layout is rewritten in Baton's, nothing is lost")
    func killDuringRewrite() throws {
        let sandbox = try Sandbox()
        let (store, portfolio) = try Self.foreignStore(in: sandbox, accounts: 300)
        for delay in [0, 30_000, 80_000, 150_000, 250_000, 400_000, 700_000, 1_200_000] as [useconds_t] {
            let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                              extraEnvironment: Self.large)
            let pid = try tmux.batonPID()
            usleep(delay)
            #expect(Foundation.kill(pid, SIGKILL) == 0)
            try tmux.waitFor("EXITED \(128 + SIGKILL)")
            #expect(try StoreReader.read(path: store) == portfolio, "killed after \(delay / 1000) ms")
        }
        let last = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                          extraEnvironment: Self.large)
        try last.waitFor("[4] Timeline", timeout: 60)
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, !Self.hasTrustedIndex(store) { usleep(100_000) }
        #expect(Self.hasTrustedIndex(store))
        try last.press("q")
        #expect(try last.exitStatus() == 0)
        #expect(try StoreReader.read(path: store) == portfolio)
    }

    @Test("keys typed at the first frame act at once; killed at any moment while the rest is read, nothing is lost")
    func keysAtFirstFrameThenKills() throws {
        let sandbox = try Sandbox()
        let store = try SummaryIndexEndToEndTests.store(in: sandbox, accounts: 300)
        let first = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try first.waitFor("[4] Timeline", timeout: 60)
        #expect(SummaryIndexEndToEndTests.waitForFile(store + ".index"))
        try first.press("q")
        #expect(try first.exitStatus() == 0)
        let expected = try StoreReader.read(path: store)

        for delay in [0, 20_000, 60_000, 150_000, 300_000, 600_000] as [useconds_t] {
            let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                              extraEnvironment: Self.large)
            let pid = try tmux.batonPID()
            try tmux.type("jj")
            try tmux.press("Enter")
            try tmux.type("3")
            try tmux.press("Escape")
            usleep(100_000)  // else Esc and % arrive as one key, Alt-%
            try tmux.type("%")
            usleep(delay)
            #expect(Foundation.kill(pid, SIGKILL) == 0)
            // The shell's line may wrap after a full-width hint bar.
            try tmux.waitUntil("baton exited", timeout: 10) { $0.replacingOccurrences(of: "\n", with: "").contains("EXITED \(128 + SIGKILL)") }
            #expect(try StoreReader.read(path: store) == expected, "killed after \(delay / 1000) ms")
        }
        // Typed at once: the card of the third account opens on its milestones, and measures waits for every account.
        let again = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30,
                                           extraEnvironment: Self.large)
        try again.type("jj")
        try again.press("Enter")
        try again.type("3")
        // Read before Esc is sent: an Esc already waiting with the next key is one key (Alt-%).
        try again.waitFor("Account card", timeout: 60)
        try again.press("Escape")
        usleep(100_000)
        try again.type("%")
        try again.waitFor("Transition measures", timeout: 60)
        try again.press("q")
        _ = try? again.exitStatus(timeout: 2)
        again.kill()
    }
}
