import Testing
@testable import BatonCore

@Suite("Needs attention: the portfolio's reasons for one account")
struct AttentionTests {
    let today = Fixture.today

    func reasons(_ account: Account) -> [AttentionReason] { Attention.reasons(for: account, today: today) }

    func notCleared(tDayIn: Int, stage: Stage = .handoverPreparation) -> Account {
        var account = Fixture.account(stage: stage, tDayIn: tDayIn)
        account.readiness[.setupComplete].evidence?.signatory = nil
        return account
    }

    @Test("a Cleared account with nothing overdue needs no attention")
    func nothing() {
        #expect(reasons(Fixture.account()) == [])
    }

    @Test("T-day 14 days away and not cleared needs attention; 15 days away does not")
    func horizon() {
        #expect(reasons(notCleared(tDayIn: 14)) == [.tDaySoonNotCleared(daysLeft: 14)])
        #expect(reasons(notCleared(tDayIn: 15)) == [])
    }

    @Test("T-day today and not cleared needs attention, labelled T-day")
    func tDayToday() {
        #expect(reasons(notCleared(tDayIn: 0)) == [.tDaySoonNotCleared(daysLeft: 0)])
        #expect(AttentionReason.tDaySoonNotCleared(daysLeft: 0).label == "T-day not cleared")
    }

    @Test("a T-day that passed without transfer, not cleared, still needs attention")
    func tDayPassed() {
        #expect(reasons(notCleared(tDayIn: -2)) == [.tDaySoonNotCleared(daysLeft: -2)])
        #expect(AttentionReason.tDaySoonNotCleared(daysLeft: -2).label == "T+2 not cleared")
    }

    @Test("T-day soon and Cleared needs no attention")
    func soonButCleared() {
        #expect(reasons(Fixture.account(tDayIn: 2)) == [])
    }

    @Test("from transfer day on, readiness no longer raises attention")
    func afterTransfer() {
        #expect(reasons(notCleared(tDayIn: 0, stage: .transferDay)) == [])
    }

    @Test("overdue gap actions, open issues and timeline items add up to one count")
    func overdueActions() {
        var account = Fixture.account(tDayIn: 30)
        account.readiness[.trainingCapability] = ConditionAssessment(
            condition: .trainingCapability, status: .notMet,
            action: GapAction(what: "Observe a check", owner: "Tom Reeves", deadline: Fixture.day(-1)), markedOn: today)
        account.readiness[.processUnderstanding] = ConditionAssessment(
            condition: .processUnderstanding, status: .notMet,
            action: GapAction(what: "Talk to sponsor", owner: "Sarah Khan", deadline: Fixture.day(-1),
                              doneOn: Fixture.day(-2)), markedOn: today)
        account.readiness[.customerConfidence].action =
            GapAction(what: "Left over from an earlier run", owner: "Sarah Khan", deadline: Fixture.day(-9))
        account.openIssues = [Fixture.openIssue("late", deadline: Fixture.day(-1)), Fixture.openIssue("fine", deadline: today)]
        account.timeline = [TimelineItem(id: "t", title: "Quality check", offsetDays: 0, due: Fixture.day(-1))]
        #expect(reasons(account) == [.overdueActions(3)])
        #expect(AttentionReason.overdueActions(3).label == "3 overdue")
    }

    @Test("overdue risk reviews are counted; closed risks are not")
    func riskReviews() {
        var account = Fixture.account()
        account.risks = [Fixture.risk("a", nextReview: Fixture.day(-1)), Fixture.risk("b", nextReview: Fixture.day(-1), status: .closed),
                         Fixture.risk("c", nextReview: today)]
        #expect(reasons(account) == [.overdueRiskReviews(1)])
        #expect(AttentionReason.overdueRiskReviews(1).label == "1 risk review overdue")
        #expect(AttentionReason.overdueRiskReviews(2).label == "2 risk reviews overdue")
    }

    @Test("stale sentiment needs attention from onboarding active through continuity, not before or after")
    func staleSentiment() {
        for stage in Stage.allCases {
            var account = Fixture.account(stage: stage, tDayIn: 30)
            account.sentiment = []
            account.readiness[.customerConfidence].evidence?.date = Fixture.day(-1) // keep the verdict out of it
            let expected: [AttentionReason] = (2...7).contains(stage.rawValue) ? [.staleSentiment] : []
            #expect(reasons(account) == expected, "stage \(stage.rawValue)")
        }
    }

    @Test("a schedule-driven transition is flagged")
    func scheduleDriven() {
        var account = Fixture.account(stage: .jointTransitionMeeting)
        account.stageOverride = StageOverride(reason: "Board date", by: "Sarah Khan", on: today, toStage: .jointTransitionMeeting)
        #expect(reasons(account) == [.scheduleDrivenTransition])
        #expect(AttentionReason.scheduleDrivenTransition.label == "schedule-driven transition")
    }

    @Test("late-logged interactions are counted")
    func lateLogged() {
        var account = Fixture.account()
        account.interactions = [Fixture.interaction("a", loggedHoursLater: 30), Fixture.interaction("b", loggedHoursLater: 2)]
        #expect(reasons(account) == [.lateLoggedInteractions(1)])
        #expect(AttentionReason.lateLoggedInteractions(1).label == "1 logged late")
    }

    @Test("open issues not dispositioned by T+30 are flagged from T+31, after transfer only")
    func dispositionOverdue() {
        var account = Fixture.account(stage: .continuity, tDayIn: -31)
        account.openIssues = [Fixture.openIssue("a", deadline: Fixture.day(60))]
        #expect(reasons(account) == [.dispositionOverdue(1)])
        account.tDay = Fixture.day(-30)
        #expect(reasons(account) == [])
        account.tDay = Fixture.day(-31)
        account.stage = .handoverPreparation
        #expect(!reasons(account).contains(.dispositionOverdue(1)))
        #expect(AttentionReason.dispositionOverdue(2).label == "2 not dispositioned")
    }

    @Test("several reasons come in a fixed order, most time-critical first")
    func order() {
        var account = notCleared(tDayIn: 3)
        account.risks = [Fixture.risk(nextReview: Fixture.day(-1))]
        account.sentiment = []
        account.interactions = [Fixture.interaction(loggedHoursLater: 48)]
        account.openIssues = [Fixture.openIssue(deadline: Fixture.day(-2))]
        #expect(reasons(account) == [.tDaySoonNotCleared(daysLeft: 3), .overdueActions(1), .overdueRiskReviews(1),
                                     .staleSentiment, .lateLoggedInteractions(1)])
    }

    @Test("the T-day label uses the real minus sign and says T-day on the day")
    func tDayLabel() {
        #expect(Fixture.account(tDayIn: 2).tDayLabel(today: today) == "T\u{2212}2")
        #expect(Fixture.account(tDayIn: 0).tDayLabel(today: today) == "T-day")
        #expect(Fixture.account(tDayIn: -12).tDayLabel(today: today) == "T+12")
        #expect(AttentionReason.tDaySoonNotCleared(daysLeft: 2).label == "T−2 not cleared")
    }
}
