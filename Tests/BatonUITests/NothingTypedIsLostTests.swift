import Foundation
import Testing
import BatonCore
@testable import BatonUI

@Suite("Nothing typed is lost")
struct NothingTypedIsLostTests {
    @Test("Ctrl-C in a form asks before quitting; a second Ctrl-C quits")
    func ctrlCInAFormAsks() {
        var state = DemoState.press([.char("2"), .char("m")], on: DemoState.make(width: 100, height: 30))
        state = DemoState.press([.paste("Half a sentence of evidence")], on: state)
        var effects = Update.apply(.key(.ctrl("c")), to: &state)
        #expect(effects.isEmpty)
        guard case .form = state.overlay else { Issue.record("the form was thrown away"); return }
        #expect(AppView.render(state).text.contains("Ctrl-C again quits"))
        effects = Update.apply(.key(.ctrl("c")), to: &state)
        #expect(effects == [.quit])
    }

    @Test("a key after Ctrl-C withdraws the question and goes on typing")
    func otherKeyGoesOn() {
        var state = DemoState.press([.char("2"), .char("m")], on: DemoState.make(width: 100, height: 30))
        state = DemoState.press([.ctrl("c"), .char("x")], on: state)
        #expect(!state.confirmingQuit)
        let effects = Update.apply(.key(.ctrl("c")), to: &state)
        #expect(effects.isEmpty, "the question is asked again, not answered")
        guard case .form(let form) = state.overlay else { Issue.record("the form was thrown away"); return }
        #expect(form.fields[form.focus].input.text.hasSuffix("x"))
    }

    @Test("Ctrl-C in a meeting asks before quitting")
    func ctrlCInAMeetingAsks() {
        var state = DemoState.press([.char("r")], on: DemoState.make(width: 100, height: 30))
        guard case .meeting = state.overlay else { Issue.record("no meeting"); return }
        let effects = Update.apply(.key(.ctrl("c")), to: &state)
        #expect(effects.isEmpty)
        guard case .meeting = state.overlay else { Issue.record("the meeting was thrown away"); return }
    }

    @Test("Ctrl-C on the dashboard quits at once: nothing is being typed")
    func ctrlCOnTheDashboardQuits() {
        var state = DemoState.make()
        #expect(Update.apply(.key(.ctrl("c")), to: &state) == [.quit])
    }

    @Test("keys do nothing while the terminal-too-small screen shows, but q and Ctrl-C quit")
    func tooSmallIgnoresKeys() {
        let before = DemoState.make(width: 60, height: 20)
        #expect(AppView.render(before).text.contains("terminal too small"))
        var state = before
        for key in [KeyEvent.char("j"), .char("m"), .char("x"), .char("S"), .enter, .char("?")] {
            #expect(Update.apply(.key(key), to: &state).isEmpty, "\(key)")
        }
        #expect(state.overlay == nil)
        #expect(state.selectedRow == before.selectedRow)
        #expect(state.portfolio == before.portfolio)
        #expect(Update.apply(.key(.ctrl("c")), to: &state) == [.quit], "nothing typed is at stake: Ctrl-C still quits")
        _ = Update.apply(.key(.resize(width: 100, height: 30)), to: &state)
        #expect(state.width == 100)
    }
}
