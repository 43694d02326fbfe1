import Foundation
import Testing
import BatonCore
@testable import BatonUI

/// The Not Met loop and a clearing that stays true, on screen, as a lead types (000:134–148).
@Suite("The Not Met loop and the verdict on screen")
struct NotMetLoopScreenTests {
    typealias M = MarkingReadinessTests

    static func screen(_ state: AppState) -> String {
        (0..<state.height).map { AppView.render(state).rowText($0) }.joined(separator: "\n")
    }

    static func reasons(_ state: AppState, _ id: String) -> [AttentionReason] {
        state.index.summary(atRow: state.index.row(ofAccount: id) ?? -1)?.attention ?? []
    }

    @Test("a later negative note from the sponsor turns Northwind from CLEARED to NOT CLEARED on screen and at the gate")
    func negativeNoteOnScreen() {
        let before = HealthAndSentimentTests.on("northwind")
        #expect(Self.screen(before).contains("CLEARED  6/6 valid"))
        var state = DemoState.press([.char("N")], on: before)
        state = DemoState.press([.tab, .tab, .paste("Three weeks late and my planners are back on paper."),
                                 .tab, .tab, .paste("negative"), .ctrl("s")], on: state)
        #expect(state.overlay == nil, "\(state.message ?? "")")
        let text = Self.screen(state)
        #expect(text.contains("NOT CLEARED  5/6 valid"))
        #expect(text.contains("contradicted"))
        let summary = state.index.summary(atRow: state.index.row(ofAccount: "northwind")!)!
        #expect(!summary.verdict.isCleared && summary.verdict.gaps.first?.kind == .contradicted)
        // The gate: moving on to the joint meeting now asks for the override's reason.
        state = DemoState.press([.char(">")], on: state)
        guard case .form(let form) = state.overlay, form.purpose == .change(.stage(.jointTransitionMeeting)) else {
            Issue.record("the gate let a contradicted clearing through: \(String(describing: state.overlay))")
            return
        }
    }

    @Test("d marks a Not Met action done; “re-run condition 2” is on the attention list and in the agenda until it is re-run")
    func actionDoneThenRerun() throws {
        var state = DemoState.press([.char("d")], on: M.on("acct-mueller", condition: .activeUsage))
        guard case .form(let form) = state.overlay, form.purpose == .change(.markActionDone(.activeUsage)) else {
            Issue.record("no action-done form")
            return
        }
        state = DemoState.press([.tab, .paste("Two floor sessions held at Bremerhaven; report re-issued for 21 days"), .ctrl("s")],
                                on: state)
        #expect(state.overlay == nil, "\(state.message ?? "")")
        #expect(M.account(state, "acct-mueller").readiness[.activeUsage].action?.doneOn == DemoState.today)
        state.showAgenda = true
        state.rebuildAgenda()
        #expect(Self.reasons(state, "acct-mueller").contains(.rerunCondition(.activeUsage)))
        #expect(state.agenda.contains { $0.item.templateKey == ReadinessRerun.templateKey(.activeUsage) && $0.accountName.hasPrefix("Müller") })
        #expect(Self.screen(state).contains("re-run"))
        // A second d says it is done and asks for the re-run instead.
        state = DemoState.press([.char("d")], on: state)
        #expect(state.overlay == nil && state.message?.contains("re-run it") == true)

        // The re-run: Met on a fresh report.
        state = DemoState.press([.char("m"), .ctrl("u")], on: state)
        state = M.typeText("Usage report after the floor sessions: all 58 at baseline", state)
        for text in [DemoState.today.adding(days: -21).iso, DemoState.today.iso, "58", "58"] {
            state = DemoState.press([.tab, .ctrl("u")], on: state)
            state = M.typeText(text, state)
        }
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(state.overlay == nil, "\(String(describing: state.overlay))")
        #expect(!Self.reasons(state, "acct-mueller").contains(.rerunCondition(.activeUsage)))
        #expect(!state.agenda.contains { $0.item.templateKey == ReadinessRerun.templateKey(.activeUsage) })
    }

    @Test("d on a Met condition says only a Not Met condition has an action")
    func actionDoneOnMet() {
        let state = DemoState.press([.char("d")], on: M.on("northwind", condition: .setupComplete))
        #expect(state.overlay == nil)
        #expect(state.message?.contains("only a Not Met condition has an action to mark done") == true)
    }

    @Test("the meeting's close after a run that did not clear records who was told: the team by email, the customer not needed")
    func noticesAtTheClose() throws {
        var state = DemoState.press([.char("r"), .enter], on: M.on("acct-mueller"))
        state = DemoState.press(Array(repeating: .enter, count: 6), on: state)
        guard case .meeting(let close) = state.overlay, close.phase == .close else { Issue.record("not at the close"); return }
        state = DemoState.press([.enter], on: state)
        guard case .meeting(let notices) = state.overlay, notices.phase == .notices else { Issue.record("no notices after the run"); return }
        #expect(Self.screen(state).contains("Step 3 · Tell the account-management team"))
        // Enter before telling the team: warned once.
        state = DemoState.press([.enter], on: state)
        #expect(state.message?.contains("has not been told of the delay") == true)
        guard case .meeting = state.overlay else { Issue.record("left without a warning"); return }

        state = DemoState.press([.char("a"), .char("e"), .tab, .tab, .tab,
                                 .paste("Conditions 2, 3 and 6 Not Met: T-day moves until Bremerhaven is at baseline"), .ctrl("s")], on: state)
        let afterTeam = M.account(state, "acct-mueller")
        let told = try #require(afterTeam.readiness.runs.last?.notice(to: .accountManagement))
        #expect(told.told == .email && told.with == "Ravi Menon")
        #expect(afterTeam.interactions.last?.summary.contains("readiness delay") == true)

        state = DemoState.press([.char("c"), .char("x"), .tab, .tab, .tab,
                                 .paste("Internal: T-day is not yet announced to Katrin Vogel's team"), .ctrl("s")], on: state)
        #expect(M.account(state, "acct-mueller").readiness.runs.last?.notice(to: .customer)?.isNotNeeded == true)
        #expect(Self.screen(state).contains("Not needed: Internal"))
        state = DemoState.press([.enter], on: state)
        #expect(state.overlay == nil)
    }
}
