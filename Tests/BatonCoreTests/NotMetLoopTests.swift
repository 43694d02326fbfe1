import Foundation
import Testing
@testable import BatonCore

/// What to do when a condition is Not Met (000:134–148): the named action is done, the condition
/// is re-run; the account-management team is told of the delay and why; the customer only if it
/// affects them externally.
@Suite("The Not Met loop: action done, re-run, and who was told")
struct NotMetLoopTests {
    let today = Fixture.today
    func d(_ n: Int) -> CalendarDate { Fixture.day(n) }

    /// Condition 4 Not Met since two days ago, its action due in three days.
    func notMet() -> Account {
        var account = Fixture.account()
        account.readiness[.trainingCapability] = ConditionAssessment(
            condition: .trainingCapability, status: .notMet,
            action: GapAction(what: "Observe two planners build a rota unaided", owner: "Tom Reeves", deadline: d(3)),
            markedOn: d(-2))
        return account
    }

    func done(on day: Int = 0, note: String = "Observed Lisa and Ana build next week's rota") -> AccountChange {
        .readiness(.markActionDone(.trainingCapability, on: d(day), note: note))
    }

    @Test("marking the action done keeps the day and what was done, and asks for the condition's re-run")
    func actionDone() throws {
        let outcome = try Door.apply(done(on: -1), to: notMet()).get()
        let action = try #require(outcome.account.readiness[.trainingCapability].action)
        #expect(action.doneOn == d(-1) && action.doneNote == "Observed Lisa and Ana build next week's rota")
        #expect(outcome.account.readiness[.trainingCapability].status == .notMet)
        #expect(outcome.summary.hasSuffix("re-run condition 4"))
        #expect(Attention.reasons(for: outcome.account, today: today).contains(.rerunCondition(.trainingCapability)))
        #expect(AttentionReason.rerunCondition(.trainingCapability).label == "re-run condition 4")
        // On the timeline (and so in the portfolio agenda), dated the day the action was done.
        let step = try #require(outcome.account.timeline.first { $0.templateKey == ReadinessRerun.templateKey(.trainingCapability) })
        #expect(step.due == d(-1) && step.doneOn == nil && step.title.hasPrefix("Re-run condition 4"))
    }

    @Test("an action can be marked done only on a Not Met condition, once, on a day that has happened, with a note")
    func actionDoneRefused() throws {
        #expect(Door.refusal(.readiness(.markActionDone(.setupComplete, on: today, note: "x")), on: notMet())?
            .contains("only a Not Met condition has one") == true)
        #expect(Door.refusal(done(on: 1), on: notMet())?.contains("has not happened yet") == true)
        #expect(Door.refusal(done(on: -3), on: notMet())?.contains("before the action was named") == true)
        #expect(Door.refusal(done(note: "  "), on: notMet())?.contains("say what was done") == true)
        let once = try #require(Door.after(done(), on: notMet()))
        #expect(Door.refusal(done(), on: once)?.contains("already marked done") == true)
    }

    @Test("re-running the condition clears the prompt and ticks the re-run step on the day it happened")
    func rerunCloses() throws {
        let waiting = try #require(Door.after(done(on: -1), on: notMet()))
        let evidence = Evidence(summary: "Competence check with two planners", date: d(-1), providedBy: "Tom Reeves",
                                observedBy: "Tom Reeves", demonstrated: "Built next week's rota with no prompts")
        let met = try #require(Door.after(.readiness(.markMet(.trainingCapability, evidence)), on: waiting))
        #expect(!Attention.reasons(for: met, today: today).contains(.rerunCondition(.trainingCapability)))
        let step = try #require(met.timeline.first { $0.templateKey == ReadinessRerun.templateKey(.trainingCapability) })
        #expect(step.doneOn == today)
        // Re-run and still Not Met, with a new action: that is a re-run too.
        let again = GapAction(what: "A second observed session", owner: "Tom Reeves", deadline: d(5))
        let notMetAgain = try #require(Door.after(.readiness(.markNotMet(.trainingCapability, again)), on: waiting))
        #expect(ReadinessRerun.waiting(in: notMetAgain).isEmpty)
        #expect(notMetAgain.readiness[.trainingCapability].action?.doneOn == nil)
    }

    @Test("the re-run step survives a T-day move while the condition waits, and is not added twice")
    func rerunFollowsTheTimeline() throws {
        let waiting = try #require(Door.after(done(on: -1), on: notMet()))
        var moved = waiting
        moved.tDay = d(12)
        moved.timeline = TimelineChange.rebuilt(moved)
        #expect(moved.timeline.filter { $0.templateKey == ReadinessRerun.templateKey(.trainingCapability) }.count == 1)
        var followed = moved
        ReadinessRerun.follow(&followed)
        #expect(followed.timeline == moved.timeline)
    }

    // MARK: Telling of the delay (000:144–146)

    func afterRun(_ account: Account) throws -> Account {
        try #require(Door.after(.readiness(.recordRun(attendees: ["Sarah Khan"], startedAt: Fixture.noon)), on: account))
    }

    func tell(_ audience: DelayNotice.Audience, told: Interaction.Kind? = .email, with: String? = "Daniel Ortiz",
              note: String = "Condition 4 is Not Met: the transition waits on an observed competence check") -> AccountChange {
        .readiness(.recordDelayNotice(DelayNotice(audience: audience, told: told, with: with, on: today, note: note), at: Fixture.noon))
    }

    @Test("telling the account-management team of the delay is kept on the run and logged as an interaction")
    func tellAccountManagement() throws {
        let run = try afterRun(notMet())
        let outcome = try Door.apply(tell(.accountManagement), to: run).get()
        #expect(outcome.account.readiness.runs.last?.notice(to: .accountManagement)?.with == "Daniel Ortiz")
        let logged = try #require(outcome.account.interactions.last)
        #expect(logged.kind == .email && logged.with == "Daniel Ortiz" && logged.summary.contains("readiness delay"))
        #expect(outcome.summary.contains("the account-management team told of the delay"))
    }

    @Test("the account-management team always needs to know; the customer only if the delay affects them, else the reason")
    func notNeeded() throws {
        let run = try afterRun(notMet())
        #expect(Door.refusal(tell(.accountManagement, told: nil, with: nil, note: "internal"), on: run)?
            .contains("always needs to know there is a delay") == true)
        #expect(Door.refusal(tell(.customer, told: nil, with: nil, note: " "), on: run)?.contains("say why the customer need not be told") == true)
        let outcome = try Door.apply(tell(.customer, told: nil, with: nil, note: "Internal only: T-day is three weeks away"), to: run).get()
        #expect(outcome.account.readiness.runs.last?.notice(to: .customer)?.isNotNeeded == true)
        #expect(outcome.account.interactions == run.interactions)
    }

    @Test("a delay is told after a run that did not clear: not before any run, not after a clearing one")
    func noticeNeedsADelay() throws {
        #expect(Door.refusal(tell(.accountManagement), on: notMet())?.contains("no assessment run is recorded") == true)
        let cleared = try afterRun(Fixture.account())
        #expect(Door.refusal(tell(.accountManagement), on: cleared)?.contains("there is no delay") == true)
        #expect(Door.refusal(tell(.accountManagement, with: " "), on: try afterRun(notMet()))?.contains("say who") == true)
    }

    @Test("a run recorded before delay notices existed reads with none, and one without notices writes none")
    func oldRuns() throws {
        let json = #"{"id":"r","on":"2026-05-01","attendees":["Sarah Khan"],"results":[],"cleared":false,"score":3}"#
        let run = try JSONDecoder().decode(AssessmentRun.self, from: Data(json.utf8))
        #expect(run.notices.isEmpty)
        let written = String(decoding: try JSONEncoder().encode(run), as: UTF8.self)
        #expect(!written.contains("notices"))
    }
}
