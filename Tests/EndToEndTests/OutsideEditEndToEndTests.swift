import BatonCore
import Foundation
import Testing

/// Issue 25, finding 4, in a real terminal at 80×24: the dashboard is open, another program
/// renames an account in the file, and the lead had just changed a health. Before, the screen
/// said "saved", the change went aside at quit with one line on stderr, and the exit status was
/// 0. Now the title bar and a question say so at once, and the lead chooses.
@Suite("An outside edit while the dashboard is open, in a terminal", .serialized)
struct OutsideEditEndToEndTests {
    static let today = "2026-11-23"

    /// The demo store, open in the dashboard, with Northwind's health set Amber on screen.
    static func openAndChange() throws -> (Sandbox, String, TmuxSession) {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: today)
        let tmux = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox, width: 80, height: 24)
        try tmux.waitFor("[4] Timeline")
        try MeetingEndToEndTests.select("Northwind", in: tmux)
        try tmux.press("H")
        try tmux.waitFor("Health of Northwind")
        try tmux.press("Right")
        try tmux.press("Tab")
        try tmux.type("Sponsor quiet for two weeks")
        try tmux.press("C-s")
        try tmux.waitFor("health Amber")
        return (sandbox, store, tmux)
    }

    /// Another program renames Blue Fin Seafood in the file (the same store, written whole).
    static func renameElsewhere(_ store: String) throws {
        let url = URL(fileURLWithPath: store)
        var portfolio = try StoreDocument.decode(Data(contentsOf: url), path: store)
        let i = try #require(portfolio.accounts.firstIndex { $0.id == "acct-bluefin" })
        portfolio.accounts[i].identity.name = "Blue Fin Seafood AS"
        let storeID = try #require(StoreReaderID.of(store))
        try StoreDocument.encode(portfolio, savedAt: Date(), storeID: storeID).write(to: url)
    }

    @Test("noticed while open — the title bar and the question within a second or so — and take theirs keeps both edits, exit 0")
    func takeTheirs() throws {
        let (_, store, tmux) = try Self.openAndChange()
        try Self.renameElsewhere(store)
        let edited = Date()
        let seen = try tmux.waitUntil("the title bar says so", timeout: 10) { ScreenText.rows($0)[0].contains("CHANGED ON DISK") }
        let delay = Date().timeIntervalSince(edited)
        #expect(seen.contains("The store was changed by another program") && seen.contains("take theirs"), "\(seen)")
        print("outside edit noticed on screen \(String(format: "%.2f", delay)) s after the file was written")
        #expect(delay < 5, "within the second the loop waits at most, with room for a loaded machine: \(delay) s")
        try tmux.press("t")
        try tmux.waitFor("Took theirs")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        let after = try StoreReader.read(path: store)
        #expect(after.account(id: "acct-bluefin")?.name == "Blue Fin Seafood AS")
        #expect(after.account(id: "northwind")?.health.rating == .amber)
    }

    @Test("keep both: this session's version beside the file, and the exit status says a change was written aside")
    func keepBoth() throws {
        let (sandbox, store, tmux) = try Self.openAndChange()
        try Self.renameElsewhere(store)
        try tmux.waitFor("CHANGED ON DISK", timeout: 10)
        try tmux.press("b")
        try tmux.waitFor("Kept both")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 4)
        let asides = try FileManager.default.contentsOfDirectory(atPath: sandbox.root).filter { $0.contains(".mine-") }
        #expect(asides.count == 1)
        #expect(try StoreReader.read(path: store).account(id: "northwind")?.health.rating != .amber, "the file is theirs")
    }
}

/// The `storeID` a store's document names (its last lines), for writing it as another program would.
enum StoreReaderID {
    static func of(_ path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let range = text.range(of: "\"storeID\" : \"") else { return nil }
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }
}
