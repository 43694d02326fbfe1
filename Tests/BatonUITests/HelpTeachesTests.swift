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

    @Test("the stage line reads as words where there is room, and as stage letters on a narrow portfolio")
    func stageLine() {
        let wide = screen(DemoState.make(width: 132, height: 43))
        #expect(wide[2].contains("Sale 1 · Onb 2 · Rdy 3"))
        let narrow = screen(DemoState.make(width: 80, height: 24))
        #expect(narrow[2].contains("S1 O2 R3 P1 J1 T1 C1 A2"))
        #expect(!narrow[2].contains("1:1"))
    }
}
