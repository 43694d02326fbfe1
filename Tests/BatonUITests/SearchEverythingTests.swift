import Testing
import BatonCore
@testable import BatonUI

/// F searches all of every account's text and goes to the match.
@Suite("Search everything")
struct SearchEverythingTests {
    private func search(_ text: String, on state: AppState = DemoState.make()) -> AppState {
        DemoState.type(text, on: DemoState.press([.char("F")], on: state))
    }

    private func hits(_ state: AppState) -> [SearchEverything.Hit] {
        guard case .search(let s) = state.overlay else { return [] }
        return s.hits
    }

    @Test("a phrase inside a meeting note is found, named by its meeting and section, and Enter opens the account's history")
    func meetingNote() throws {
        // Words written into Northwind's internal handover meeting notes in the demo.
        let northwind = try #require(DemoState.make().portfolio.account(id: "northwind"))
        let note = try #require(northwind.meetings.flatMap(\.sections).first { $0.notes.count > 30 })
        let phrase = String(note.notes.split(separator: " ").prefix(3).joined(separator: " "))
        var state = search(phrase)
        let hit = try #require(hits(state).first { $0.place.label.hasPrefix("Meeting ·") })
        #expect(hit.accountID == "northwind")
        let index = try #require(hits(state).firstIndex(of: hit))
        state = DemoState.press(Array(repeating: KeyEvent.down, count: index) + [.enter], on: state)
        guard case .accountCard(let card) = state.overlay else { Issue.record("no card"); return }
        #expect(card.accountID == "northwind" && card.tab == .history)
        #expect(state.selectedAccount?.id == "northwind")
    }

    @Test("a risk's mitigation is found and Enter puts the risk register's cursor on that risk")
    func risk() throws {
        var state = DemoState.make()
        let account = try #require(state.portfolio.account(id: "northwind"))
        let risk = try #require(RiskRegisterRows.risks(account, filter: nil).last)
        state = search(risk.statement, on: state)
        let index = try #require(hits(state).firstIndex { $0.place.location == .risk(id: risk.id) })
        state = DemoState.press(Array(repeating: KeyEvent.down, count: index) + [.enter], on: state)
        #expect(state.overlay == nil)
        #expect(state.focus == .risks && !state.showOpenIssues)
        #expect(RiskRegisterRows.risks(account, filter: nil)[state.riskCursor].id == risk.id)
    }

    @Test("every word must match, ignoring case and accents; nothing typed finds nothing")
    func words() {
        #expect(hits(search("")).isEmpty)
        let accented = hits(search("societe eaux"))
        #expect(accented.contains { $0.accountName.hasPrefix("Société des Eaux") })
        #expect(hits(search("zzzz-no-such-text")).isEmpty)
    }
}
