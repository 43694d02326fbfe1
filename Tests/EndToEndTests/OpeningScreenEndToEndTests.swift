import BatonCore
import Foundation
import Testing

/// A store large enough to take a moment to open says so on screen from the start, with its
/// progress, instead of leaving the terminal blank.
@Suite("Opening a large store in a terminal")
struct OpeningScreenEndToEndTests {
    @Test("a store over 8 MB shows 'Baton is opening' with a progress bar, then the dashboard; the keys typed meanwhile are not lost")
    func progressThenDashboard() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("big.json")
        let today = try #require(CalendarDate(iso: "2026-11-23"))
        let portfolio = SyntheticPortfolio.make(accounts: 400, seed: 7, today: today, now: Date())
        let data = try StoreDocument.encode(portfolio, savedAt: Date())
        #expect(data.count >= 8 << 20, "the fixture is only \(data.count) bytes")
        try data.write(to: URL(fileURLWithPath: store))
        let tmux = try TmuxSession.baton(["--store", store, "--today", "2026-11-23"], in: sandbox, width: 100, height: 30)
        let opening = try tmux.waitUntil("the opening screen or the dashboard") {
            $0.contains("Baton is opening") || $0.contains("[4] Timeline")
        }
        if opening.contains("Baton is opening") {
            #expect(opening.contains("MB)"))
            #expect(opening.contains("keys you type now wait until it is open"))
        }
        try tmux.press("2")                                     // typed while it may still be opening
        let screen = try tmux.waitFor("[4] Timeline", timeout: 60)
        #expect(!screen.contains("Baton is opening"))
        try tmux.waitFor("┏━ [2] Readiness")                     // the key was kept for the dashboard
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
