import Testing
import BatonCore
@testable import BatonUI

/// Issue 22, part 2: a Not Met action can be marked done from the card too, as from the readiness
/// pane, the meeting and the shell — the same form and the same change — and then asks for a re-run
/// of its condition (000:150–160: the action closes the gap, the re-run proves it).
@Suite("A Not Met action marked done from the account card")
struct CardActionDoneTests {
    @Test("the milestones tab lists Blue Fin's Not Met action on condition 4 after its milestones; c marks it done and condition 4 asks to be re-run")
    func doneFromTheCard() throws {
        var state = AccountCardTests.on("acct-bluefin")
        let milestones = AccountCardTests.account(state, "acct-bluefin").milestones.count
        state = DemoState.press([.enter, .char("3")] + Array(repeating: .char("j"), count: milestones) + [.char("c")], on: state)
        let form = try #require(AccountCardTests.card(state)?.form, "c on the action row opens its form")
        #expect(form.purpose == .change(.markActionDone(.trainingCapability)))
        AccountCardTests.set(.actionDoneNote, "Observed the Tacoma team receive and trace lot 4471 unaided", on: &state)
        state = DemoState.press([.ctrl("s")], on: state)
        let action = try #require(AccountCardTests.account(state, "acct-bluefin").readiness[.trainingCapability].action)
        #expect(action.doneOn == DemoState.today)
        let summary = state.index.summary(atRow: state.index.row(ofAccount: "acct-bluefin") ?? -1)
        #expect(summary?.attention.contains(.rerunCondition(.trainingCapability)) == true)
        #expect(AppView.render(state).text.contains("re-run condition 4"))
    }

    @Test("c on a done action says to re-run the condition, and e or o on an action row changes nothing")
    func nearMisses() throws {
        var state = AccountCardTests.on("acct-bluefin")
        let milestones = AccountCardTests.account(state, "acct-bluefin").milestones.count
        let toAction: [KeyEvent] = [.enter, .char("3")] + Array(repeating: .char("j"), count: milestones)
        let before = AccountCardTests.account(state, "acct-bluefin")
        for key in [KeyEvent.char("e"), .char("o")] {
            let after = DemoState.press(toAction + [key], on: state)
            #expect(AccountCardTests.card(after)?.form == nil)
            #expect(AccountCardTests.account(after, "acct-bluefin") == before)
        }
        state = DemoState.press(toAction + [.char("c")], on: state)
        AccountCardTests.set(.actionDoneNote, "Observed the Tacoma team receive and trace lot 4471 unaided", on: &state)
        state = DemoState.press([.ctrl("s"), .char("c")], on: state)
        #expect(AccountCardTests.card(state)?.form == nil)
        #expect(state.message?.contains("re-run") == true)
    }
}
