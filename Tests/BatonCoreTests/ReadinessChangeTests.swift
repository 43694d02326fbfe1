import Foundation
import Testing
@testable import BatonCore

@Suite("Readiness changes through the one door")
struct ReadinessChangeTests {
    let today = Fixture.today

    func unassessed(_ condition: ReadinessCondition) -> Account {
        var account = Fixture.account()
        account.readiness[condition] = ConditionAssessment(condition: condition)
        return account
    }

    @Test("a condition marked Met without evidence is refused")
    func metWithoutEvidence() {
        let account = unassessed(.processUnderstanding)
        let empty = Evidence(summary: "", date: today, providedBy: "Sarah Khan")
        let reason = Door.refusal(.readiness(.markMet(.processUnderstanding, empty)), on: account)
        #expect(reason == "Refused: The evidence has no summary.")
    }

    @Test("Met on a competence check nobody observed is refused as self-reported")
    func trainingSelfReported() {
        let account = unassessed(.trainingCapability)
        let said = Evidence(summary: "Lisa Chen told us the planners can build a rota", date: today, providedBy: "Lisa Chen")
        let reason = Door.refusal(.readiness(.markMet(.trainingCapability, said)), on: account)
        #expect(reason?.contains("self-reported") == true)
    }

    @Test("sponsor words captured eight days ago cannot mark condition 6 Met")
    func staleSentiment() {
        let account = unassessed(.customerConfidence)
        let old = Evidence(summary: "Sponsor on the call", date: Fixture.day(-8), providedBy: Fixture.sponsorName,
                           sponsorWords: "We're seeing exactly what was promised.")
        #expect(Door.refusal(.readiness(.markMet(.customerConfidence, old)), on: account)?.hasPrefix("Refused:") == true)
    }

    @Test("Met on evidence that meets the standard is kept, dated today, with the summary the hint bar shows")
    func metAccepted() throws {
        let account = unassessed(.processUnderstanding)
        let evidence = Evidence(summary: "Walked the sponsor through tickets and billing", date: Fixture.day(-1),
                                providedBy: Fixture.sponsorName, topics: Set(ProcessTopic.allCases),
                                capturedIn: "Call notes emailed to the sponsor")
        let outcome = try Door.apply(.readiness(.markMet(.processUnderstanding, evidence)), to: account).get()
        #expect(outcome.account.readiness[.processUnderstanding].status == .met)
        #expect(outcome.account.readiness[.processUnderstanding].evidence == evidence)
        #expect(outcome.account.readiness[.processUnderstanding].markedOn == today)
        #expect(outcome.summary == "Northwind Logistics: condition 5 Met")
    }

    @Test("Not Met with a deadline in the past is refused: it closes nothing")
    func notMetPastDeadline() {
        let action = GapAction(what: "Observed check with two planners", owner: "Tom Reeves", deadline: Fixture.day(-1))
        let reason = Door.refusal(.readiness(.markNotMet(.trainingCapability, action)), on: Fixture.account())
        #expect(reason?.contains("a deadline in the past (\(Fixture.day(-1).iso)) closes nothing") == true)
    }

    @Test("Not Met keeps its named action and drops the old evidence")
    func notMetKeepsAction() throws {
        let action = GapAction(what: "Observed check with two planners", owner: "Tom Reeves", deadline: Fixture.day(4))
        let outcome = try Door.apply(.readiness(.markNotMet(.trainingCapability, action)), to: Fixture.account()).get()
        let mark = outcome.account.readiness[.trainingCapability]
        #expect(mark.status == .notMet && mark.action == action && mark.evidence == nil)
        #expect(outcome.summary == "Northwind Logistics: condition 4 Not Met — Tom Reeves by \(Fixture.day(4).iso)")
    }

    @Test("Not Met without a named owner is refused")
    func notMetNeedsOwner() {
        let action = GapAction(what: "Observed check", owner: " ", deadline: Fixture.day(4))
        #expect(Door.refusal(.readiness(.markNotMet(.trainingCapability, action)), on: Fixture.account()) != nil)
    }

    @Test("clearing a mark puts the condition back to Unassessed")
    func clearMark() {
        let after = Door.after(.readiness(.clearMark(.setupComplete)), on: Fixture.account())
        #expect(after?.readiness[.setupComplete] == ConditionAssessment(condition: .setupComplete))
    }

    @Test("a recorded run keeps today, who was there, the six results and the verdict, with its meeting")
    func recordRun() throws {
        let account = Fixture.account()
        let started = Fixture.noon.addingTimeInterval(-1800)
        let outcome = try Door.apply(.readiness(.recordRun(attendees: ["Tom Reeves", "Sarah Khan", " "], startedAt: started)),
                                     to: account).get()
        let run = try #require(outcome.account.readiness.runs.last)
        #expect(run.on == today && run.attendees == ["Tom Reeves", "Sarah Khan"])
        #expect(run.results == account.readiness.conditions)
        #expect(run.cleared && run.score == 6)
        let meeting = try #require(outcome.account.meetings.last)
        #expect(meeting.kind == .readinessAssessment && meeting.startedAt == started && meeting.endedAt == Fixture.noon)
        #expect(outcome.summary == "Northwind Logistics: readiness run recorded — CLEARED, 6/6")
    }

    @Test("a second run on the same day gets an id of its own")
    func secondRunOwnID() throws {
        let once = try #require(Door.after(.readiness(.recordRun(attendees: ["Sarah Khan"], startedAt: Fixture.noon)),
                                           on: Fixture.account()))
        let twice = try #require(Door.after(.readiness(.recordRun(attendees: ["Sarah Khan"], startedAt: Fixture.noon)), on: once))
        #expect(Set(twice.readiness.runs.map(\.id)).count == 2)
        #expect(Set(twice.meetings.map(\.id)).count == twice.meetings.count)
    }

    @Test("a run with nobody in the room is refused")
    func runNeedsAttendees() {
        #expect(Door.refusal(.readiness(.recordRun(attendees: [], startedAt: Fixture.noon)), on: Fixture.account())
            == "Name who is in the room first.")
    }
}
