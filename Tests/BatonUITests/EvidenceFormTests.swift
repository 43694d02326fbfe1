import Foundation
import Testing
import BatonCore
@testable import BatonUI

/// The evidence forms as a lead fills them in: the standard's non-evidence is refused on the
/// form, with its reason, and the structured facts reach the core.
@Suite("Evidence forms")
struct EvidenceFormTests {
    typealias M = MarkingReadinessTests

    func refusedOnForm(_ state: AppState) -> String? {
        guard case .form(let form) = state.overlay else { return nil }
        return form.problem
    }

    @Test("“they haven't complained” as the sponsor's words is refused on the form with the standard's reason")
    func haventComplained() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .customerConfidence))
        state = M.typeText("We haven't had a single complaint.", state)
        state = DemoState.press([.tab, .tab, .tab, .char("p"), .ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("the absence of a negative signal is not the presence of a positive one") == true)
        #expect(M.account(state, "acct-coralcoast").readiness[.customerConfidence].status != .met)
    }

    @Test("“they attended the sessions” as what was checked is refused on the form")
    func attendedTheSessions() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .trainingCapability))
        state = M.typeText("they attended the sessions", state)
        state = DemoState.press([.tab], on: state)
        state = M.typeText("Building a roster", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("“attended” is activity, not an outcome") == true)
    }

    @Test("“they're logging in” as the usage summary is refused on the form")
    func loggingIn() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .activeUsage))
        state = DemoState.press([.ctrl("u")], on: state)
        state = M.typeText("They're logging in", state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText(DemoState.today.adding(days: -22).iso, state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText(DemoState.today.adding(days: -1).iso, state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText("220", state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText("220", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("“logging in” is activity, not an outcome") == true)
    }

    @Test("the usage form carries the named end-users expected and at baseline to the core")
    func usageCounts() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .activeUsage))
        state = DemoState.press([.ctrl("u")], on: state)
        state = M.typeText("Usage report: every rostered staff member confirmed shifts weekly", state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText(DemoState.today.adding(days: -22).iso, state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText(DemoState.today.adding(days: -1).iso, state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText("220", state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText("212", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("212 of 220") == true)
        state = DemoState.press([.ctrl("u")], on: state)
        state = M.typeText("220", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(state.overlay == nil)
        let evidence = M.account(state, "acct-coralcoast").readiness[.activeUsage].evidence
        #expect(evidence?.expectedUsers == 220)
        #expect(evidence?.baselineUsers == 220)
    }

    @Test("“the customer seems really happy” as the sponsor's words is the lead's impression, refused on the form")
    func thirdPersonOnTheForm() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .customerConfidence))
        state = M.typeText("The customer seems really happy", state)
        state = DemoState.press([.tab, .tab, .tab, .char("p"), .tab], on: state)
        state = M.typeText("Call notes in the CRM", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("The sponsor's words are in the third person") == true)
        #expect(M.account(state, "acct-coralcoast").readiness[.customerConfidence].status != .met)
    }

    @Test("the five processes are named on condition 5's form, and one left out is named in the refusal")
    func processTopics() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .processUnderstanding))
        state = M.typeText("Call with Dr Priya Nair on tickets, docs, escalation, billing and adding staff", state)
        state = DemoState.press([.tab, .tab], on: state)
        state = M.typeText("support, documentation, escalation, billing", state)
        state = DemoState.press([.tab], on: state)
        state = M.typeText("Minutes emailed to Dr Priya Nair", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("did not cover expanding access") == true)
        state = DemoState.press([.backTab], on: state)
        state = M.typeText("support, documentation, escalation, billing, expansion", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(state.overlay == nil, "\(refusedOnForm(state) ?? "")")
        #expect(M.account(state, "acct-coralcoast").readiness[.processUnderstanding].evidence?.topics == Set(ProcessTopic.allCases))
    }

    @Test("the sponsor's tone is picked, never typed, and a neutral tone is refused for condition 6")
    func neutralToneRefused() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .customerConfidence))
        state = M.typeText("It works, but my team still exports everything to Excel.", state)
        state = DemoState.press([.tab, .tab, .tab, .char("n"), .ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("Sentiment is positive") == true)
    }

    @Test("a competence check observed by a customer contact is refused on the form")
    func observedByCustomer() {
        var state = DemoState.press([.char("m")], on: M.on("acct-coralcoast", condition: .trainingCapability))
        state = M.typeText("Six rostering managers published next week's roster", state)
        state = DemoState.press([.tab], on: state)
        state = M.typeText("Publishing a roster end to end", state)
        state = DemoState.press([.tab, .ctrl("u")], on: state)
        state = M.typeText("Dr Priya Nair", state)
        state = DemoState.press([.ctrl("s")], on: state)
        #expect(refusedOnForm(state)?.contains("self-report") == true)
    }
}
