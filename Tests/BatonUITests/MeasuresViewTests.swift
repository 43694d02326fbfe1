import SnapshotTesting
import Testing
import BatonCore
@testable import BatonUI

/// The measures view: how the lead's transitions are going, why, and which accounts are behind each figure.
@Suite("The measures view")
struct MeasuresViewTests {
    private func opened(width: Int = 80, height: Int = 24) -> AppState {
        DemoState.press([.char("%")], on: DemoState.make(width: width, height: height))
    }

    private func screen(_ state: AppState) -> String {
        let grid = AppView.render(state)
        return (0..<grid.height).map { grid.rowText($0) }.joined(separator: "\n")
    }

    @Test("% opens the measures with each figure's definition beside it")
    func opens() throws {
        let state = opened()
        guard case .measures(let b) = state.overlay else { Issue.record("no measures view"); return }
        #expect(b.accountCount == 12)
        let text = screen(state)
        #expect(text.contains("Knowledge transfer"))
        #expect(text.contains("Mean of the conditions valid (of 6)"))
        let moved = DemoState.press([.char("j")], on: state)
        #expect(screen(moved).contains("Complete CRM areas ÷ 9"))
    }

    @Test("Enter on a figure lists the accounts behind it, and Enter on one goes to it on the portfolio")
    func drillToAccount() throws {
        var state = DemoState.press([.char("j"), .enter], on: opened())
        guard case .measures(let b) = state.overlay else { Issue.record("no measures view"); return }
        #expect(b.drilling)
        let ids = b.accountsBehindCursor
        #expect(!ids.isEmpty)
        state = DemoState.press([.enter], on: state)
        #expect(state.overlay == nil)
        #expect(state.selectedAccount?.id == ids[0])
    }

    @Test("the audit tab names each failing criterion with its reason")
    func audit() {
        let state = DemoState.press([.char("3")], on: opened())
        let text = screen(state)
        #expect(text.contains("a b c d e f"))
        #expect(text.contains("Most failed:"))
    }

    @Test("a transfer made on an override shows in the audit at 80×24: who, when, the reason and what it covered (issue 23, part 1)")
    func overrideInTheAudit() throws {
        var state = DemoState.make()
        let i = try #require(state.portfolio.accounts.firstIndex { $0.id == "acct-bluefin" })
        state.portfolio.accounts[i].stage = .continuity
        state.portfolio.accounts[i].stageOverride = StageOverride(reason: "Fiscal year starts on T-day", by: "Sarah Khan", on: DemoState.today,
                                                                  toStage: .continuity, missing: [.internalHandoverMeeting])
        state = DemoState.press([.char("%"), .char("3")], on: state)
        guard case .measures(var b) = state.overlay else { Issue.record("no measures view"); return }
        b.cursor = try #require(b.audits.firstIndex { $0.accountID == "acct-bluefin" })
        state.overlay = .measures(b)
        let text = screen(state)
        #expect(text.contains("⚑ Transferred on an override by Sarah Khan on \(DemoState.today.iso): Fiscal year"), "\(text)")
        #expect(text.contains("(covered: internal handover meeting)"), "\(text)")
        // A near miss: an override into an earlier stage is not the transfer's and is not shown as one.
        state.portfolio.accounts[i].stageOverride?.toStage = .jointTransitionMeeting
        state = DemoState.press([.escape, .char("%"), .char("3")], on: state)
        #expect(!screen(state).contains("Transferred on an override"))
    }

    @Test("p switches the people tab between account managers and onboarding leads")
    func people() {
        var state = DemoState.press([.char("4")], on: opened())
        #expect(screen(state).contains("Account manager"))
        state = DemoState.press([.char("p")], on: state)
        #expect(screen(state).contains("Onboarding lead"))
    }

    @Test("archived accounts are left out of the measures")
    func archivedLeftOut() {
        var state = DemoState.make()
        state.portfolio.accounts[0].archived = Archival(reason: .churned, on: DemoState.today)
        state = DemoState.press([.char("%")], on: state)
        guard case .measures(let b) = state.overlay else { Issue.record("no measures view"); return }
        #expect(b.accountCount == 11)
    }

    @Test("the measures at 80×24", arguments: ["1", "2", "3", "4"])
    func golden80(_ tab: String) {
        let state = DemoState.press([.char(Character(tab))], on: opened())
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines, named: "tab\(tab)")
    }

    @Test("the measures at 132×43", arguments: ["1", "2", "3", "4"])
    func golden132(_ tab: String) {
        let state = DemoState.press([.char(Character(tab))], on: opened(width: 132, height: 43))
        assertSnapshot(of: ScreenText.render(AppView.render(state)), as: .lines, named: "tab\(tab)")
    }

    @Test("the measures and the audit read in monochrome: marks, sparklines and bars carry the meaning", arguments: ["1", "2", "3"])
    func goldenMonochrome(_ tab: String) {
        let mono = ThemeLoader(environment: ["HOME": "/home/lead"], readFile: { _ in nil }, listDirectory: { _ in [] }).monochrome
        let state = DemoState.press([.char(Character(tab))], on: opened())
        assertSnapshot(of: ScreenText.renderMonochrome(AppView.render(state), theme: mono), as: .lines, named: "tab\(tab)")
        let wide = DemoState.press([.char(Character(tab))], on: opened(width: 132, height: 43))
        assertSnapshot(of: ScreenText.renderMonochrome(AppView.render(wide), theme: mono), as: .lines, named: "wide-tab\(tab)")
    }
}
