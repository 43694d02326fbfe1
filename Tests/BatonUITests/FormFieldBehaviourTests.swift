import Testing
import BatonCore
@testable import BatonUI

/// How a person fills a form: pickers for a few values, names completed from the account,
/// long forms that scroll to the field being typed in, and typed text never thrown away by a stray Esc.
@Suite("Form fields a person can use")
struct FormFieldBehaviourTests {
    private static let today = DemoState.today
    private static let stance = FieldKey("stance")
    private static let who = FieldKey("who")

    private func form(_ fields: [FormField], guidance: [String] = []) -> FormState {
        FormState(title: "Test form", purpose: .attendees, accountID: "acct", fields: fields, guidance: guidance)
    }

    private func press(_ keys: [KeyEvent], _ form: inout FormState) -> FormState.Outcome {
        var outcome = FormState.Outcome.editing
        for key in keys { outcome = form.handle(key, today: Self.today) }
        return outcome
    }

    private var stanceChoices: [FieldChoice] { FieldChoice.of(Contact.Stance.self) { $0.rawValue.capitalized } }

    @Test("a picker is never free text: letters pick a value by its key, other letters do nothing")
    func pickerByLetter() {
        var f = form([FormField(Self.stance, "Stance", .choice(stanceChoices))])
        #expect(f.value(Self.stance) == "advocate")
        _ = press([.char("s")], &f)
        #expect(f.value(Self.stance) == "sceptic")
        _ = press([.char("z"), .char("q")], &f)
        #expect(f.value(Self.stance) == "sceptic")
        _ = press([.char("n")], &f)
        #expect(f.value(Self.stance) == "neutral")
    }

    @Test("← and → step through a picker's values and wrap around")
    func pickerByArrows() {
        var f = form([FormField(Self.stance, "Stance", .choice(stanceChoices), text: "neutral")])
        _ = press([.right], &f)
        #expect(f.value(Self.stance) == "sceptic")
        _ = press([.right], &f)
        #expect(f.value(Self.stance) == "advocate")
        _ = press([.left, .left], &f)
        #expect(f.value(Self.stance) == "neutral")
    }

    @Test("Tab completes a name the account offers, then moves on to the next field")
    func completion() {
        var f = form([FormField(Self.who, "Who", completions: ["Daniel Ortiz", "Dana Whitfield"]),
                      FormField(FieldKey("words"), "Their words")])
        _ = press([.char("d"), .char("a"), .char("n"), .char("i")], &f)
        #expect(f.completion(for: 0) == "Daniel Ortiz")
        _ = press([.tab], &f)
        #expect(f.value(Self.who) == "Daniel Ortiz")
        #expect(f.focus == 0)
        _ = press([.tab], &f)
        #expect(f.focus == 1)
    }

    @Test("Esc on a form with typed text asks first; only y discards it")
    func escapeAsks() {
        var f = form([FormField(Self.who, "Who")])
        _ = press([.char("D"), .char("a")], &f)
        #expect(press([.escape], &f) == .editing)
        #expect(f.confirmingDiscard)
        #expect(press([.char("n")], &f) == .editing)
        #expect(f.value(Self.who) == "Da")
        #expect(press([.escape], &f) == .editing)
        #expect(press([.char("y")], &f) == .cancelled)
    }

    @Test("Esc on a form where nothing was typed closes it at once")
    func escapeUntouched() {
        var f = form([FormField(Self.who, "Who", text: "Dana")])
        #expect(press([.escape], &f) == .cancelled)
    }

    @Test("a form taller than 80×24 scrolls so the focused field is always on screen")
    func scrolls() {
        let fields = (1...14).map { FormField(FieldKey("f\($0)"), "Field number \($0)", hint: "hint \($0)") }
        var state = DemoState.make(width: 80, height: 24)
        var f = form(fields, guidance: ["Some guidance that stays on top."])
        for i in 0..<fields.count {
            f.focus = i
            state.overlay = .form(f)
            let screen = (0..<24).map { AppView.render(state).rowText($0) }.joined(separator: "\n")
            #expect(screen.contains("Field number \(i + 1)\n") || screen.contains("Field number \(i + 1) "),
                    "field \(i + 1) is off screen when focused")
            #expect(screen.contains("Some guidance that stays on top."))
        }
        f.focus = fields.count - 1
        state.overlay = .form(f)
        let last = (0..<24).map { AppView.render(state).rowText($0) }.joined(separator: "\n")
        #expect(last.contains("↑ more"))
        #expect(!last.contains("Field number 1 "))
    }
}

@Suite("Multi-line text in a form")
struct MultiLineFormTests {
    @Test("a long handover section shows as wrapped lines, every word on screen, not one line cut at the start")
    func longTextWrapped() {
        var state = DemoState.make(width: 80, height: 24)
        let words = (1...40).map { "word\($0)" }.joined(separator: " ")
        let field = FormField(FieldKey("text"), "Text", .multiLine, text: words)
        state.overlay = .form(FormState(title: "Handover 7", purpose: .attendees, accountID: "acct", fields: [field]))
        let grid = AppView.render(state)
        let screen = (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
        #expect(screen.contains("word1 "))
        #expect(screen.contains("word40"))
    }
}

@Suite("Dates in forms counted from the T-day")
struct TDayInFormsTests {
    @Test("moving a timeline step to T-2 puts it two days before the account's T-day")
    func moveStepToTMinus2() throws {
        var state = DemoState.make()
        let account = try #require(state.selectedAccount)
        state = DemoState.press([.char("4"), .char("d"), .ctrl("u")], on: state)
        state = DemoState.type("T-2", on: state)
        guard case .form(let form) = state.overlay else { Issue.record("no form"); return }
        #expect(form.tDay == account.tDay)
        let item = account.timeline[state.timelineCursor]
        state = DemoState.press([.ctrl("s")], on: state)
        let moved = try #require(state.portfolio.account(id: account.id)?.timeline.first { $0.id == item.id })
        #expect(moved.due == account.tDay.adding(days: -2))
    }
}
