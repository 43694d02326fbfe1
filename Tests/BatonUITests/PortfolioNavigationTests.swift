import Foundation
import Testing
import BatonCore
@testable import BatonUI

@Suite("Scanning the portfolio")
struct PortfolioNavigationTests {
    @Test("j moves to the next account and the account's panes start again at the top")
    func movingDown() {
        var state = DemoState.make()
        state.readinessCursor = 3
        let first = state.selectedSummary!.id
        state = DemoState.press([.char("j")], on: state)
        #expect(state.selectedSummary!.id != first)
        #expect(state.selectedRow == 1)
        #expect(state.readinessCursor == 0)
        state = DemoState.press([.char("k"), .char("k")], on: state)
        #expect(state.selectedRow == 0)
    }

    @Test("G goes to the last account and g back to the first")
    func ends() {
        let state = DemoState.press([.char("G")], on: DemoState.make())
        #expect(state.selectedRow == state.index.rows.count - 1)
        #expect(DemoState.press([.char("g")], on: state).selectedRow == 0)
    }

    @Test("Tab walks the four panes in order and Shift-Tab walks back; 1–4 jump")
    func panes() {
        var state = DemoState.make()
        var seen: [Pane] = []
        for _ in 0..<4 {
            state = DemoState.press([.tab], on: state)
            seen.append(state.focus)
        }
        #expect(seen == [.readiness, .risks, .timeline, .portfolio])
        #expect(DemoState.press([.backTab], on: state).focus == .timeline)
        #expect(DemoState.press([.char("3")], on: state).focus == .risks)
    }

    @Test("the filter narrows as you type, ignoring case and accents, and Esc clears it")
    func filter() {
        var state = DemoState.press([.char("/")], on: DemoState.make())
        #expect(state.filterEditing)
        state = DemoState.type("NORTHW", on: state)
        #expect(state.index.rows.count == 1)
        #expect(state.selectedAccount?.name == "Northwind Logistics")
        state = DemoState.press([.escape], on: state)
        #expect(state.filter.isEmpty)
        #expect(state.index.rows.count == state.portfolio.accounts.count)

        // An accented name found without its accents.
        let accented = state.portfolio.accounts.first { $0.name != $0.name.folding(options: .diacriticInsensitive, locale: nil) }!
        let plain = AccountSummary.fold(String(accented.name.prefix(6)))
        state = DemoState.type("/" + plain, on: state)
        #expect(state.index.rows.map { state.index.summaries[$0].id }.contains(accented.id))
    }

    @Test("Enter keeps the filter and leaves the filter line")
    func filterKept() {
        var state = DemoState.type("/northwind", on: DemoState.make())
        state = DemoState.press([.enter], on: state)
        #expect(!state.filterEditing)
        #expect(state.filter == "northwind")
        #expect(state.index.rows.count == 1)
    }

    @Test("the needs-attention view lists only accounts with a reason, each reason on its row")
    func attention() {
        let state = DemoState.press([.char("a")], on: DemoState.make())
        #expect(state.attentionOnly)
        #expect(!state.index.rows.isEmpty)
        #expect(state.index.rows.count < state.portfolio.accounts.count)
        for row in state.index.rows { #expect(!state.index.summaries[row].attention.isEmpty) }
        let screen = AppView.render(state).text
        let first = state.index.summaries[state.index.rows[0]]
        #expect(screen.contains(String(first.attention[0].label.prefix(10))))
    }

    @Test("sorting by name keeps the selected account selected")
    func sortKeepsSelection() {
        var state = DemoState.press([.char("j"), .char("j")], on: DemoState.make())
        let selected = state.selectedSummary!.id
        _ = Update.apply(.command(.sort(.name)), to: &state)
        #expect(state.selectedSummary!.id == selected)
        let names = state.index.rows.map { state.index.summaries[$0].searchKey }
        #expect(names == names.sorted())
    }

    @Test("s cycles T-day, readiness, health, stage, name")
    func sortCycle() {
        var state = DemoState.make()
        var orders: [SortKey] = []
        for _ in 0..<5 {
            state = DemoState.press([.char("s")], on: state)
            orders.append(state.sort)
        }
        #expect(orders == [.readiness, .health, .stage, .name, .tDay])
    }

    @Test("sorting by T-day puts the soonest coming transfer first and those already made last, latest first")
    func tDayOrder() {
        let state = DemoState.make()
        let offsets = state.index.rows.map { state.index.summaries[$0].daysToTDay }
        let coming = offsets.prefix { $0 >= 0 }
        let made = offsets.drop { $0 >= 0 }
        #expect(!coming.isEmpty && !made.isEmpty)
        #expect(Array(coming) == coming.sorted())
        #expect(Array(made) == made.sorted(by: >))
        #expect(made.allSatisfy { $0 < 0 })
    }

    @Test("q and Ctrl-C quit")
    func quit() {
        var state = DemoState.make()
        #expect(Update.apply(.key(.char("q")), to: &state) == [.quit])
        #expect(Update.apply(.key(.ctrl("c")), to: &state) == [.quit])
    }

    @Test("z zooms the focused pane to the whole screen and Esc gives the four panes back")
    func zoom() {
        var state = DemoState.press([.char("2"), .char("z")], on: DemoState.make())
        let layout = Layout(width: 80, height: 24, focus: state.focus, zoomed: state.zoomed)
        #expect(layout.readiness == Rect(x: 0, y: 1, width: 80, height: 22))
        #expect(layout.portfolio == nil)
        state = DemoState.press([.escape], on: state)
        #expect(!state.zoomed)
    }

    @Test("a new day re-judges every account: evidence no run has assessed yet goes stale while the program is open")
    func staleAcrossMidnight() {
        var state = DemoState.make()
        // Marks no assessment run has judged yet are judged as of today (freshness is judged at the run).
        for i in state.portfolio.accounts.indices { state.portfolio.accounts[i].readiness.runs = [] }
        state.resummarise()
        let clearedBefore = state.index.clearedCount
        #expect(clearedBefore > 0)
        let later = DemoState.today.adding(days: 30)
        _ = Update.apply(.tick(DemoState.now.addingTimeInterval(30 * 86_400), today: later), to: &state)
        #expect(state.today == later)
        // Thirty days on, sentiment captured within the last week is a month old: nothing still clears on it.
        #expect(state.index.clearedCount < clearedBefore)
    }
}
