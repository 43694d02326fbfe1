import BatonCore
import Foundation
import Testing
@testable import BatonUI

/// Issue 25, finding 4: the screen said "saved" while another program's edit waited to be found
/// at quit. Now the runtime's notice becomes a question the lead answers before anything else.
@Suite("The question about an outside edit")
struct OutsideEditPromptTests {
    static func noticed() -> AppState {
        var state = DemoState.make(width: 100, height: 30)
        _ = Update.apply(.storeChangedOnDisk, to: &state)
        return state
    }

    @Test("noticed: the title bar says CHANGED ON DISK and the dialog names the three answers")
    func shown() {
        let state = Self.noticed()
        let grid = AppView.render(state)
        let screen = ScreenText.render(grid)
        #expect(grid.rowText(0).contains("CHANGED ON DISK"), "\(grid.rowText(0))")
        #expect(screen.contains("The store was changed by another program"))
        for name in ["keep both", "take theirs", "take the file's"] { #expect(screen.contains(name), "\(name)\n\(screen)") }
        // Before the notice, the same screen said nothing of it (a near miss for the test).
        #expect(!AppView.render(DemoState.make(width: 100, height: 30)).rowText(0).contains("CHANGED ON DISK"))
    }

    @Test("b, t and f answer; any other key (a change, a move) does nothing but repeat the question; q quits, keeping both")
    func answers() {
        for (key, choice) in [("b", OutsideEditChoice.keepBoth), ("t", .takeTheirs), ("f", .takeFile)] {
            var state = Self.noticed()
            #expect(Update.apply(.key(.char(Character(key))), to: &state) == [.resolveOutsideEdit(choice)])
        }
        var state = Self.noticed()
        let before = state.portfolio
        for key: KeyEvent in [.char("H"), .char("j"), .enter, .escape] {
            #expect(Update.apply(.key(key), to: &state).isEmpty)
            #expect(state.outsideEdit != nil && state.message?.contains("was changed by another program") == true)
        }
        #expect(state.portfolio == before)
        #expect(Update.apply(.key(.char("q")), to: &state) == [.quit])
    }

    @Test("answered: the dialog goes, the title bar says what the store is now, the portfolio on screen is the store's")
    func resolved() {
        var state = Self.noticed()
        var theirs = state.portfolio
        theirs.accounts[0].identity.name = "Renamed Elsewhere"
        _ = Update.apply(.outsideEditResolved(theirs, status: .saved, note: "Took theirs"), to: &state)
        #expect(state.outsideEdit == nil && state.saveStatus == .saved && state.message == "Took theirs")
        #expect(state.index.summaries.contains { $0.name == "Renamed Elsewhere" })
        // Not carried out: the question stays, with why.
        var failed = Self.noticed()
        _ = Update.apply(.outsideEditResolved(nil, status: .changedOnDisk, note: "Not done: unreadable — choose again"), to: &failed)
        #expect(failed.outsideEdit != nil && failed.message == "Not done: unreadable — choose again")
    }
}
