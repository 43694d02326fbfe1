import Foundation
import Testing
import BatonCore
@testable import BatonUI

/// The screen on a shared portfolio: a change goes to the database as the change itself (next to
/// the account for the local copy); others' changes replace an account without moving the
/// cursor or closing what is open; undo, adds and imports say why they are not offered.
@Suite("A shared portfolio on screen")
struct SharedPortfolioTests {
    static func shared(_ id: String = "acct-coralcoast") -> AppState {
        var state = MarkingReadinessTests.on(id, saveStatus: .shared(online: true, waiting: 0))
        state.sharedBy = "Sarah Khan"
        return state
    }

    @Test("a confirmed change is committed to the local copy and handed over to be shared, by the person at the keyboard")
    func shareEffect() {
        var state = Self.shared("acct-alpenblick")
        let effects = Update.apply(.key(.char("c")), to: &state)
        let after = state.portfolio.account(id: "acct-alpenblick")!
        #expect(effects.contains(.commit(after)))
        let shared = effects.compactMap { effect -> (AccountChange, String, ChangeContext)? in
            if case .share(let change, let id, let context) = effect { return (change, id, context) }
            return nil
        }
        #expect(shared.count == 1)
        #expect(shared.first?.0 == .readiness(.clearMark(.setupComplete)))
        #expect(shared.first?.1 == "acct-alpenblick")
        #expect(shared.first?.2.by == "Sarah Khan")
    }

    @Test("a local store is unchanged: no change is handed over to be shared")
    func localUnchanged() {
        var state = MarkingReadinessTests.on("acct-alpenblick")
        let effects = Update.apply(.key(.char("c")), to: &state)
        #expect(effects.count == 1)
        #expect(effects.allSatisfy { if case .commit = $0 { true } else { false } })
    }

    @Test("another person's change replaces the account, keeps the cursor and the open form, and says who did what")
    func othersChange() throws {
        var state = Self.shared("acct-coralcoast")
        state = DemoState.press([.char("m")], on: state)  // a form open on condition 1
        guard case .form = state.overlay else { Issue.record("no form"); return }
        let selected = state.selectedSummary?.id
        var changed = try #require(state.portfolio.account(id: "acct-alpenblick"))
        changed.health.rating = .red
        _ = Update.apply(.sharedChange(changed, note: "Daniel Ortiz · Alpenblick Hotels: health Red"), to: &state)
        #expect(state.portfolio.account(id: "acct-alpenblick")?.health.rating == .red)
        #expect(state.selectedSummary?.id == selected)
        guard case .form = state.overlay else { Issue.record("the form was closed"); return }
        #expect(state.message == "Daniel Ortiz · Alpenblick Hotels: health Red")
    }

    @Test("undo and redo are not offered on a shared portfolio, and say what to do instead")
    func undoRefused() {
        var state = Self.shared("acct-alpenblick")
        _ = Update.apply(.key(.char("c")), to: &state)
        let effects = Update.apply(.key(.char("u")), to: &state)
        #expect(effects.isEmpty)
        #expect(state.message?.hasPrefix("Not undone: on a shared portfolio") == true, "\(state.message ?? "")")
        #expect(state.portfolio.account(id: "acct-alpenblick")?.readiness[.setupComplete].status == .unassessed)
    }

    @Test("the title bar says synced, offline, and how many changes wait")
    func statusWords() {
        #expect(SaveStatus.shared(online: true, waiting: 0).label == "synced")
        #expect(SaveStatus.shared(online: false, waiting: 0).label == "offline")
        #expect(SaveStatus.shared(online: false, waiting: 3).label == "offline · 3 changes waiting")
        #expect(SaveStatus.shared(online: true, waiting: 1).label == "1 change waiting")
        var state = Self.shared()
        state.saveStatus = .shared(online: false, waiting: 3)
        let grid = AppView.render(state)
        #expect(grid.rowText(0).contains("offline · 3 changes waiting"), "\(grid.rowText(0))")
    }
}
