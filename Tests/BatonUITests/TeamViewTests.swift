import Foundation
import SnapshotTesting
import Testing
import BatonCore
@testable import BatonUI

/// A team's views of one portfolio: my accounts by default, the whole team on `w`, one person's
/// accounts from the load view — and a lead's own portfolio exactly as it was without them.
@Suite("Views for a team")
struct TeamViewTests {
    /// The demo with a second lead: Marc Dubois leads four of the twelve accounts, Sarah Khan (the owner) the rest.
    static func teamPortfolio() -> Portfolio {
        var portfolio = DemoPortfolio.make(today: DemoState.today, now: DemoState.now)
        for i in portfolio.accounts.indices where i % 3 == 0 { portfolio.accounts[i].people.onboardingLead = "Marc Dubois" }
        return portfolio
    }

    static func team(width: Int = 80, height: Int = 24) -> AppState {
        AppState(portfolio: teamPortfolio(), today: DemoState.today, now: DemoState.now, width: width, height: height,
                 storePath: "~/.local/share/baton/portfolio.json", saveStatus: .saved)
    }

    private func screen(_ state: AppState) -> String {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
    }

    private func listedLeads(_ state: AppState) -> [String] { state.index.rows.map { state.index.summaries[$0].onboardingLead } }

    @Test("on a team's portfolio my accounts are listed first, and w shows the whole team and back")
    func toggle() {
        var state = Self.team()
        #expect(state.index.rows.count == 8)
        #expect(Set(listedLeads(state)) == ["Sarah Khan"])
        #expect(screen(state).contains("[1] My accounts · by T-day"))
        #expect(screen(state).contains("8 of 12"))
        // The summary counts what is listed: Sarah's eight, not the team's twelve.
        #expect(state.index.shownStageCounts.values.reduce(0, +) == 8)
        state = DemoState.press([.char("w")], on: state)
        #expect(state.index.rows.count == 12)
        #expect(screen(state).contains("[1] Whole team · by T-day"))
        #expect(state.message?.contains("The whole team: 12 accounts") == true)
        state = DemoState.press([.char("w")], on: state)
        #expect(state.index.rows.count == 8)
        #expect(state.message?.contains("My accounts: 8 of 12") == true)
    }

    @Test("an account where I am the account manager is mine too")
    func managerIsMine() {
        var portfolio = Self.teamPortfolio()
        portfolio.accounts[0].people.accountManager = "sarah khan"
        let state = AppState(portfolio: portfolio, today: DemoState.today, now: DemoState.now, width: 80, height: 24,
                             storePath: "x", saveStatus: .saved)
        #expect(state.index.rows.count == 9)
    }

    @Test("a lead named on every account sees the demo exactly as before; w changes nothing and says why")
    func ownPortfolioUnchanged() {
        let state = DemoState.make()
        #expect(state.teamViewTitle == nil)
        #expect(state.index.rows.count == 12)
        let toggled = DemoState.press([.char("w")], on: state)
        #expect(toggled.index.rows == state.index.rows)
        #expect(toggled.teamViewTitle == nil)
        #expect(toggled.message?.contains("leads or manages every account") == true)
        #expect(screen(toggled).contains("[1] Portfolio · by T-day ━"))
    }

    @Test("a director named on no account sees the whole portfolio")
    func directorSeesAll() {
        var state = Self.team()
        state.identify(as: "Elena Park")
        #expect(state.index.rows.count == 12)
        #expect(state.teamViewTitle == nil)
        state.identify(as: "Marc Dubois")
        #expect(state.index.rows.count == 4)
        #expect(state.teamViewTitle == "my accounts")
    }

    @Test("P opens each person's load; Enter lists that person's accounts and Esc goes back to mine")
    func loadToPerson() throws {
        var state = DemoState.press([.char("P")], on: Self.team())
        guard case .measures(let b) = state.overlay else { Issue.record("no load view"); return }
        #expect(b.tab == .load)
        #expect(b.load.people.prefix(2).map(\.name) == ["Sarah Khan", "Marc Dubois"])
        #expect(screen(state).contains("T-days in the next 14 days") || screen(state).contains("no T-day in the next 14 days"))
        state = DemoState.press([.char("j"), .enter], on: state)
        #expect(state.overlay == nil)
        #expect(state.index.rows.count == 4)
        #expect(Set(listedLeads(state)) == ["Marc Dubois"])
        #expect(screen(state).contains("[1] Lead Marc Dubois"))
        state = DemoState.press([.escape], on: state)
        #expect(state.index.rows.count == 8)
        #expect(state.teamViewTitle == "my accounts")
    }

    @Test("going to an account my view hides (a search match, the agenda, a colleague's new account) lists the whole team")
    func goingToAHiddenAccount() throws {
        var state = Self.team()
        let marcs = state.portfolio.accounts[0]
        #expect(state.index.row(ofAccount: marcs.id) == nil)
        MeasuresUpdate.goTo(marcs.id, &state)
        #expect(state.selectedAccount?.id == marcs.id)
        #expect(state.teamViewTitle == "whole team")
        #expect(state.index.rows.count == 12)
        state = DemoState.press([.char("w")], on: state)
        #expect(state.teamViewTitle == "my accounts")
        state.select(marcs.id)
        #expect(state.selectedAccount?.id == marcs.id)
    }

    @Test("a change that takes an account out of mine drops it from the list, as a fresh index would")
    func changesFollowScope() {
        var portfolio = Self.teamPortfolio()
        var index = PortfolioIndex(portfolio: portfolio, today: DemoState.today, sort: .tDay, filter: "", attentionOnly: false,
                                   scope: .mine("Sarah Khan"))
        #expect(index.rows.count == 8)
        var moved = portfolio.accounts[1]
        moved.people.onboardingLead = "Marc Dubois"
        portfolio.upsert(moved)
        index.refresh(moved, today: DemoState.today, sort: .tDay, filter: "", attentionOnly: false)
        #expect(index.rows.count == 7)
        // Every account Marc's: mine no longer splits the portfolio, and all twelve are listed again.
        for i in portfolio.accounts.indices where portfolio.accounts[i].people.onboardingLead != "Marc Dubois" {
            var a = portfolio.accounts[i]
            a.people.onboardingLead = "Marc Dubois"
            portfolio.upsert(a)
            index.refresh(a, today: DemoState.today, sort: .tDay, filter: "", attentionOnly: false)
        }
        let fresh = PortfolioIndex(portfolio: portfolio, today: DemoState.today, sort: .tDay, filter: "", attentionOnly: false,
                                   scope: .mine("Sarah Khan"))
        #expect(!index.scopeNarrows)
        #expect(index.rows == fresh.rows)
        #expect(index.rows.count == 12)
    }

    @Test("my accounts at 80×24")
    func goldenMine() {
        assertSnapshot(of: ScreenText.render(AppView.render(Self.team())), as: .lines)
    }

    @Test("one lead's accounts at 80×24")
    func goldenPerson() {
        let state = DemoState.press([.char("P"), .char("j"), .enter], on: Self.team())
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines)
    }

    @Test("the load view at 80×24 and 120×40")
    func goldenLoad() {
        assertSnapshot(of: ScreenText.render(AppView.render(DemoState.press([.char("P")], on: Self.team()))), as: .lines,
                       named: "80x24")
        let wide = DemoState.press([.char("P"), .char("j"), .char("j")], on: Self.team(width: 120, height: 40))
        assertSnapshot(of: ScreenText.render(AppView.render(wide)), as: .lines, named: "120x40")
    }
}
