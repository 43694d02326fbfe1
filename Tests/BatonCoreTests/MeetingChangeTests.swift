import Foundation
import Testing
@testable import BatonCore

@Suite("Meetings and the 30-day review through the one door")
struct MeetingChangeTests {
    let today = Fixture.today
    let started = Fixture.noon.addingTimeInterval(-3600)

    /// Every section visited, none written: the handover's rules on commitments apply on their own.
    func handover(commitments: [String]) -> AccountChange {
        .meeting(.record(.internalHandover, attendees: ["Sarah Khan", "Daniel Ortiz"],
                         sections: MeetingAgenda.sections(for: .internalHandover).map { var s = $0; s.visited = true; return s },
                         commitments: commitments, startedAt: started))
    }

    @Test("the internal handover is refused with fewer than two commitments or more than three")
    func handoverCommitments() {
        #expect(Door.refusal(handover(commitments: ["One"]), on: Fixture.account())?
            .hasPrefix("Refused: the account manager commits to two or three actions") == true)
        #expect(Door.refusal(handover(commitments: ["One", "Two", "Three", "Four"]), on: Fixture.account())?
            .hasPrefix("Refused: at most three commitments") == true)
    }

    @Test("a recorded meeting keeps who was there, the commitments, today and when it began and ended")
    func recorded() throws {
        let outcome = try Door.apply(handover(commitments: ["Usage review at day 21", "First one-to-one"]), to: Fixture.account()).get()
        let meeting = try #require(outcome.account.meetings.last)
        #expect(meeting.kind == .internalHandover && meeting.on == today)
        #expect(meeting.attendees == ["Sarah Khan", "Daniel Ortiz"])
        #expect(meeting.commitments == ["Usage review at day 21", "First one-to-one"])
        #expect(meeting.startedAt == started && meeting.endedAt == Fixture.noon)
        #expect(outcome.summary == "Northwind Logistics: internal handover meeting recorded — 2 commitments for the first 30 days; 7 sections without notes")
    }

    @Test("a meeting with nobody in the room is refused")
    func nobodyThere() {
        let change = AccountChange.meeting(.record(.postTransitionReview, attendees: [],
                                                   sections: MeetingAgenda.sections(for: .postTransitionReview), startedAt: started))
        #expect(Door.refusal(change, on: Fixture.account()) == "Refused: name who is in the room first (a).")
    }

    @Test("a joint transition meeting held without the sponsor says so in its record and its summary")
    func heldWithout() throws {
        let change = AccountChange.meeting(.record(.jointTransition, attendees: ["Lisa Chen", "Sarah Khan"],
                                                   sections: MeetingAgenda.sections(for: .jointTransition),
                                                   heldWithout: ["Customer sponsor"], startedAt: started))
        let outcome = try Door.apply(change, to: Fixture.account()).get()
        #expect(outcome.account.meetings.last?.sections.last?.notes.contains("Held without the mandatory customer sponsor") == true)
        #expect(outcome.summary.contains("0 of 3 success signals; held without the customer sponsor"))
    }

    @Test("the review's close of a risk without a note is refused by the tidy-picture rule")
    func reviewCloseNeedsNote() {
        var account = Fixture.account(stage: .continuity)
        account.risks = [Fixture.risk("nw-risk-1")]
        #expect(Door.refusal(.meeting(.review(.closeRisk(id: "nw-risk-1", note: ""))), on: account)
            == TidyPictureError.resolutionNoteRequired.message)
    }

    @Test("the review keeps a risk open with a new review date, never one already past")
    func reviewKeepRisk() throws {
        var account = Fixture.account(stage: .continuity)
        account.risks = [Fixture.risk("nw-risk-1")]
        #expect(Door.refusal(.meeting(.review(.keepRisk(id: "nw-risk-1", nextReview: Fixture.day(-1), note: "Still watching"))), on: account)
            == TidyPictureError.reviewInThePast(Fixture.day(-1)).message)
        let after = try #require(Door.after(.meeting(.review(.keepRisk(id: "nw-risk-1", nextReview: Fixture.day(14),
                                                                       note: "Still watching"))), on: account))
        #expect(after.risks[0].nextReview == Fixture.day(14) && after.risks[0].status == .open)
    }

    @Test("the review re-commits an open issue and keeps the old deadline")
    func reviewRecommit() throws {
        var account = Fixture.account(stage: .continuity)
        account.openIssues = [Fixture.openIssue("nw-issue-1")]
        let outcome = try Door.apply(.meeting(.review(.recommitIssue(id: "nw-issue-1", deadline: Fixture.day(30),
                                                                     note: "Sponsor agreed"))), to: account).get()
        #expect(outcome.account.openIssues[0].dispositions.last?.previousDeadline == Fixture.day(20))
        #expect(outcome.summary == "Re-committed to \(Fixture.day(30).iso): Forecasting module deferred to month 3")
    }
}

@Suite("Customer satisfaction with the transition")
struct SatisfactionTests {
    private let context = ChangeContext(today: Fixture.today, now: Fixture.noon, by: "Sarah Khan", timeZone: .utc)

    @Test("satisfaction outside 1–5 is refused; it is asked in the 30-day review only")
    func range() {
        let account = Fixture.account(stage: .continuity)
        let six = AccountChange.meeting(.record(.postTransitionReview, attendees: ["Sarah Khan"], sections: [],
                                                startedAt: Fixture.noon, customerSatisfaction: 6))
        guard case .failure(let r6) = six.apply(to: account, context: context) else { Issue.record("accepted 6"); return }
        #expect(r6.reason.contains("1 (rough) to 5 (seamless)"))
        let joint = AccountChange.meeting(.record(.jointTransition, attendees: ["Sarah Khan"], sections: [],
                                                  startedAt: Fixture.noon, customerSatisfaction: 5))
        guard case .failure = joint.apply(to: account, context: context) else { Issue.record("accepted on a joint meeting"); return }
        let five = AccountChange.meeting(.record(.postTransitionReview, attendees: ["Sarah Khan"], sections: [],
                                                 startedAt: Fixture.noon, customerSatisfaction: 5))
        let recorded = try? five.apply(to: account, context: context).get()
        #expect(recorded?.account.meetings.last?.customerSatisfaction == 5)
    }
}
