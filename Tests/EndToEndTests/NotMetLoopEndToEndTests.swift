import Foundation
import Testing

/// The readiness assessment's loops as a lead runs them, in a real terminal at 80×24.
@Suite("The Not Met loop and a clearing that stays true, end to end")
struct NotMetLoopEndToEndTests {
    static let today = "2026-11-23"

    /// The demo store open at 80×24, filtered to one account.
    static func open(_ name: String) throws -> (Sandbox, String, TmuxSession) {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: today)
        let tmux = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox, width: 80, height: 24)
        try tmux.waitFor("[4] Timeline")
        try tmux.press("/")
        try tmux.type(name)
        try tmux.press("Enter")
        try tmux.waitFor("1 of 12")
        return (sandbox, store, tmux)
    }

    // 000:134–148: Not Met needs a named action; the assessment is re-run when it is done.
    @Test("Not Met with an action, the action done, re-run condition 4 on the attention list, the re-run marks it Met")
    func notMetLoop() async throws {
        try await OffThePool.run {
            let (sandbox, store, tmux) = try Self.open("ferreira")
            try tmux.press("2", "j", "j", "j", "n")                       // condition 4, Not Met
            try tmux.waitFor("Not Met: the action")
            try tmux.type("Observed check of the Campinas drivers")
            try tmux.press("Tab", "Tab")
            try tmux.type("+7")
            try tmux.press("C-s")
            try tmux.waitFor("condition 4 Not Met")
            try tmux.press("d")                                         // the action done
            try tmux.waitFor("the action is done")
            try tmux.press("Tab")
            try tmux.type("Watched 8 Campinas drivers plan a route unaided")
            try tmux.press("C-s")
            try tmux.press("1", "a")                                    // the attention list
            let attention = try tmux.waitFor("re-run condition 4")
            #expect(attention.contains("Ferreira"), "\(attention)")
            try tmux.press("a", "2", "m")                               // the re-run: condition 4 Met
            try tmux.waitFor("Met: the evidence")
            try tmux.type("Competence check at the Campinas depot: 8 of 8 drivers")
            try tmux.press("Tab")
            try tmux.type("planned a route and captured proof of delivery unaided")
            try tmux.press("C-s")
            let met = try tmux.waitFor("condition 4 Met")
            #expect(!met.contains("re-run condition 4"), "\(met)")
            try tmux.press("q")
            #expect(try tmux.exitStatus() == 0)
            let shown = try sandbox.runBaton(["show", "ferreira", "--store", store, "--today", Self.today])
            #expect(shown.standardOutput.contains("4 Training has produced capability: Met"), "\(shown)")
            #expect(shown.standardOutput.contains("done 2026-11-23"), "the action done is kept:\n\(shown)")
            let listed = try sandbox.runBaton(["list", "--json", "--store", store, "--today", Self.today])
            #expect(!listed.standardOutput.contains("\"re-run-condition\"") || !listed.standardOutput.contains("Ferreira"), "\(listed)")
        }
    }

    // 000:160–166, DOMAIN "Read closer": a negative note is a signal to act on, never fresh evidence.
    @Test("a negative note from the sponsor turns a Cleared account Not Cleared on screen, and > then asks for an override")
    func negativeNoteUnclears() async throws {
        try await OffThePool.run {
            let (_, _, tmux) = try Self.open("northwind")
            try tmux.waitFor("CLEARED")
            try tmux.press("N")                                         // a sentiment note, from the sponsor
            try tmux.waitFor("Sentiment note")
            try tmux.press("Tab", "Tab")
            try tmux.type("We are not getting what we were promised on the reports.")
            try tmux.press("Tab", "Tab", "Left")                        // verbatim as offered; tone: the last, negative
            try tmux.press("C-s")
            let screen = try tmux.waitFor("NOT CLEARED")
            #expect(screen.contains("5/6"), "\(screen)")
            try tmux.press(">")
            try tmux.waitFor("Override the stage gate?")
            try tmux.press("Escape")
            try tmux.press("C-c")
            #expect(try tmux.exitStatus() == 0)
        }
    }
}
