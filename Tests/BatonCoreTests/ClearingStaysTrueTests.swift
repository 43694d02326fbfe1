import Foundation
import Testing
@testable import BatonCore

/// The verdict is judged continuously, not only at the run: freshness is judged at the run that
/// assessed the evidence, and a run more than seven days old before the joint meeting must be
/// re-run (000:126; DOMAIN.md "Read closer"). The schedule never silently overrides it.
@Suite("A clearing that stays true")
struct ClearingStaysTrueTests {
    let today = Fixture.today
    func d(_ n: Int) -> CalendarDate { Fixture.day(n) }

    /// Cleared at a run `daysAgo` days ago, on evidence fresh that day; nothing marked since.
    func clearedAtRun(daysAgo: Int, stage: Stage = .handoverPreparation) -> Account {
        var account = Fixture.account(today: d(-daysAgo), stage: stage, tDayIn: 10 + daysAgo)
        account.readiness.runs = [AssessmentRun(id: "run-1", on: d(-daysAgo), attendees: ["Sarah Khan"],
                                                results: account.readiness.conditions, cleared: true, score: 6)]
        return account
    }

    @Test("a clearing run 7 days old still stands; 8 days old, before the joint meeting, it is stale until re-run")
    func runAge() {
        #expect(Readiness.verdict(for: clearedAtRun(daysAgo: 7), today: today).isCleared)
        let verdict = Readiness.verdict(for: clearedAtRun(daysAgo: 8), today: today)
        #expect(!verdict.isCleared && verdict.isStale && verdict.title == "Stale")
        #expect(verdict.gaps.map(\.condition) == [.activeUsage, .customerConfidence])
        #expect(verdict.gaps.allSatisfy { $0.kind == .stale && $0.reason.contains("must be re-run") })
        #expect(Attention.reasons(for: clearedAtRun(daysAgo: 8), today: today).contains(.staleVerdict))
    }

    @Test("once past the joint meeting the run it passed on stands: an old run is not stale in stage 5")
    func pastTheJointMeeting() {
        #expect(Readiness.verdict(for: clearedAtRun(daysAgo: 12, stage: .jointTransitionMeeting), today: today).isCleared)
    }

    @Test("a stale clearing is refused at the stage gate, and goes through only on a recorded reason, flagged schedule-driven")
    func gate() throws {
        let stale = clearedAtRun(daysAgo: 8)
        let forward = AccountChange.stage(.forward(to: .jointTransitionMeeting))
        #expect(Door.refusal(forward, on: stale)?.hasPrefix("Stale (4 of 6 still valid): re-run the assessment") == true)
        #expect(!StageGate.gaps(for: stale, movingTo: .jointTransitionMeeting, today: today).isEmpty)
        let overridden = try #require(Door.after(.stage(.forward(to: .jointTransitionMeeting,
                                                                overrideReason: "The customer's board meets on Friday")),
                                                 on: stale))
        #expect(overridden.stage == .jointTransitionMeeting && overridden.isScheduleDrivenTransition)
    }

    @Test("re-running judges the evidence afresh: words 10 days old no longer clear; fresh words and a new run do")
    func rerun() throws {
        let stale = clearedAtRun(daysAgo: 8)
        let rerun = AccountChange.readiness(.recordRun(attendees: ["Sarah Khan"], startedAt: Fixture.noon))
        let judged = try #require(Door.after(rerun, on: stale))
        let verdict = Readiness.verdict(for: judged, today: today)
        // The report and the words themselves are now more than 7 days old at this run: still stale.
        #expect(verdict.isStale && verdict.gaps.map(\.condition) == [.activeUsage, .customerConfidence])
        #expect(verdict.gaps.allSatisfy { !$0.reason.contains("must be re-run") })
        // Fresh facts for 2 and 6, then the run: Cleared, and the gate lets it through.
        let usage = Evidence(summary: "Usage report: 47 of 47 at baseline", date: d(-1), providedBy: "Tom Reeves",
                             periodStart: d(-22), periodEnd: d(-1), expectedUsers: 47, baselineUsers: 47)
        let words = Evidence(summary: "Sponsor on the weekly call", date: today, providedBy: Fixture.sponsorName,
                             capturedIn: "Call notes in the CRM", sponsorWords: "We would not go back to spreadsheets.", tone: .positive)
        var fresh = try #require(Door.after(.readiness(.markMet(.activeUsage, usage)), on: judged))
        fresh = try #require(Door.after(.readiness(.markMet(.customerConfidence, words)), on: fresh))
        fresh = try #require(Door.after(rerun, on: fresh))
        #expect(fresh.readiness.runs.last?.cleared == true)
        #expect(Door.refusal(.stage(.forward(to: .jointTransitionMeeting)), on: fresh) == nil)
    }

    @Test("“sentiment stale” does not show on the day condition 6 is marked Met with the sponsor's words")
    func sentimentFreshOnTheDay() throws {
        var account = Fixture.account()
        account.sentiment = []
        account.readiness[.customerConfidence] = ConditionAssessment(condition: .customerConfidence)
        #expect(account.isSentimentStale(today: today))
        let words = Evidence(summary: "Sponsor on the weekly call", date: today, providedBy: "amira haddad ",
                             capturedIn: "Call notes in the CRM", sponsorWords: "We're seeing exactly what was promised.", tone: .positive)
        let outcome = try Door.apply(.readiness(.markMet(.customerConfidence, words)), to: account).get()
        #expect(!outcome.account.isSentimentStale(today: today))
        #expect(!Attention.reasons(for: outcome.account, today: today).contains(.staleSentiment))
        #expect(outcome.account.sentiment.map(\.contact) == [Fixture.sponsorName])
        #expect(outcome.summary.contains("kept in the sentiment history"))
        // Marking it again on the same words adds no second note.
        let again = try #require(Door.after(.readiness(.markMet(.customerConfidence, words)), on: outcome.account))
        #expect(again.sentiment.count == 1)
    }
}
