import Testing
import BatonCore
@testable import BatonUI

/// Help that teaches: the symbols first, searchable, and a stage line that reads as words.
@Suite("Help that teaches")
struct HelpTeachesTests {
    private func screen(_ state: AppState) -> [String] {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }
    }

    @Test("the symbol legend is the first thing in ?")
    func legendFirst() {
        let rows = screen(DemoState.press([.char("?")], on: DemoState.make()))
        #expect(rows[3].contains("What the symbols mean"))
        #expect(rows.joined().contains("⚑"))
    }

    @Test("/ in the help narrows it to the lines that match, under their headings; Esc shows it all again")
    func searchable() {
        var state = DemoState.press([.char("?"), .char("/")], on: DemoState.make())
        state = DemoState.type("archive", on: state)
        let rows = screen(state).joined(separator: "\n")
        #expect(rows.contains("Archived (X lists archived accounts)"))
        #expect(rows.contains("Portfolio"))
        #expect(!rows.contains("Move down"))
        state = DemoState.press([.escape], on: state)
        #expect(state.helpQuery == nil)
        #expect(screen(state).joined().contains("What the symbols mean"))
    }

    @Test("G goes to the end of the help and k moves back up from there at once")
    func endAndBack() {
        let state = DemoState.press([.char("?"), .char("G")], on: DemoState.make())
        guard case .help(let end) = state.overlay else { Issue.record("no help"); return }
        #expect(end > 0)
        let up = DemoState.press([.char("k")], on: state)
        #expect(up.overlay == .help(scroll: end - 1))
        let down = DemoState.press([.char("j")], on: state)
        #expect(down.overlay == .help(scroll: end))
    }

    @Test("the stage line reads as words at every width: one row where it fits, two on a narrow portfolio")
    func stageLine() {
        let wide = screen(DemoState.make(width: 132, height: 43))
        #expect(wide[2].contains("Sale 1 · Onb 2 · Rdy 3"))
        let narrow = screen(DemoState.make(width: 80, height: 24))
        #expect(narrow[2].contains("Sale 1 · Onb 2 · Rdy 3 · Prep 1"))
        #expect(narrow[3].contains("Jnt 1 · T-day 1 · Cont 1 · AM 2"))
        #expect(narrow[4].contains("Account"))
    }
}

@Suite("? inside forms, meetings and views")
struct ContextHelpTests {
    private func screen(_ state: AppState) -> String {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
    }

    @Test("? in the measures view shows the measures' keys, and Esc goes back to the measures")
    func measures() {
        var state = DemoState.press([.char("%"), .char("?")], on: DemoState.make())
        #expect(screen(state).contains("Transition measures"))
        #expect(screen(state).contains("The accounts behind the figure"))
        state = DemoState.press([.escape], on: state)
        guard case .measures = state.overlay else { Issue.record("not back in the measures"); return }
    }

    @Test("in a form ? is typed, and F1 shows the form's keys; Esc goes back to the form with the text kept")
    func form() {
        var state = DemoState.press([.char("H"), .tab, .char("?")], on: DemoState.make())
        guard case .form(let typed) = state.overlay else { Issue.record("no form"); return }
        #expect(typed.fields[1].input.text == "?")
        state = DemoState.press([.function(1)], on: state)
        #expect(screen(state).contains("(? is then text)"))
        state = DemoState.press([.escape], on: state)
        guard case .form(let back) = state.overlay else { Issue.record("not back in the form"); return }
        #expect(back.fields[1].input.text == "?")
    }

    @Test("? in a meeting between sections shows the meeting's keys; the meeting goes on after")
    func meeting() throws {
        var state = DemoState.make()
        state.selectedRow = try #require(state.index.row(ofAccount: "acct-hokuto"))
        state = DemoState.press([.char("M"), .char("3")], on: state)
        guard case .agendaMeeting = state.overlay else { Issue.record("no meeting"); return }
        state = DemoState.press([.char("?")], on: state)
        #expect(screen(state).contains("30-day review: the customer's satisfaction"))
        state = DemoState.press([.char("q")], on: state)
        guard case .agendaMeeting = state.overlay else { Issue.record("the meeting was lost"); return }
    }

    @Test("every overlay's keys are in baton keys, under the overlay's name")
    func keysTable() {
        let table = KeyTable.markdown(Keymap.standard)
        for (context, keys) in Keymap.overlayKeys {
            #expect(table.contains("| \(context.title) |"), "\(context) missing")
            #expect(keys.allSatisfy { table.contains($0.help) })
        }
    }
}

@Suite("g, G and the page keys in every list")
struct ListKeysTests {
    @Test("G goes to the last figure of the measures and g back to the first; PgDn moves a page")
    func measures() {
        var state = DemoState.press([.char("%"), .char("G")], on: DemoState.make())
        guard case .measures(let end) = state.overlay else { Issue.record("no measures"); return }
        #expect(end.cursor == end.now.figures.count - 1)
        state = DemoState.press([.char("g"), .pageDown], on: state)
        guard case .measures(let paged) = state.overlay else { Issue.record("no measures"); return }
        #expect(paged.cursor == min(10, end.now.figures.count - 1))
    }

    @Test("G and g in the T-day walkthrough go to its last and first row")
    func walkthrough() {
        let state = DemoState.press([.char("t"), .char("G")], on: DemoState.make())
        guard case .walkthrough(let w) = state.overlay else { Issue.record("no walkthrough"); return }
        #expect(w.cursor > 0)
        let back = DemoState.press([.char("g")], on: state)
        guard case .walkthrough(let top) = back.overlay else { Issue.record("no walkthrough"); return }
        #expect(top.cursor == 0)
    }
}
