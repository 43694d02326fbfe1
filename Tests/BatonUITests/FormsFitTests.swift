import Testing
import BatonCore
@testable import BatonUI

/// Every new form fits the smallest screen Baton draws: no field is cut off at 80×24.
@Suite("The timeline and account forms at 80×24")
struct FormsFitTests {
    @Test("every field of every timeline, health, sentiment and interaction form is on screen at 80×24",
          arguments: ["H", "N", "I", "d", "a", "T", "K"])
    func fits(_ key: String) {
        var state = DemoState.make(width: 80, height: 24)
        state.selectedRow = state.index.row(ofAccount: "acct-lyon")!
        state.resetAccountCursors()
        let pane: Character = ["H", "N", "I"].contains(key) ? "1" : "4"
        state = DemoState.press([.char(pane), .char(Character(key))], on: state)
        guard case .form(let form) = state.overlay else { Issue.record("no form for \(key)"); return }
        let screen = (0..<24).map { AppView.render(state).rowText($0) }.joined(separator: "\n")
        for field in form.fields {
            #expect(screen.contains(field.label), "\(key): \(field.label) is cut off")
        }
    }
}
