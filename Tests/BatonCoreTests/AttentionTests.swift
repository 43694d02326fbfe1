import Testing
@testable import BatonCore

@Suite("Needs attention: the portfolio's reasons for one account")
struct AttentionTests {
    let today = Fixture.today

    func reasons(_ account: Account) -> [AttentionReason] { Attention.reasons(for: account, today: today) }

    /// The fixture with one open risk on its register: a register that names nothing is itself a reason.
    static func base(stage: Stage = .handoverPreparation, tDayIn: Int = 10) -> Account {
        var account = Fixture.account(stage: stage, tDayIn: tDayIn)
        account.risks = [Fixture.risk()]
        return account
    }

    func notCleared(tDayIn: Int, stage: Stage = .handoverPreparation) -> Account {
        var account = Self.base(stage: stage, tDayIn: tDayIn)
        account.readiness[.setupComplete].evidence?.signatory = nil
        return account
    }

    @Test("a Cleared account with nothing overdue needs no attention")
    func nothing() {
        #expect(reasons(Self.base()) == [])
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
        #expect(reasons(notCleared(tDayIn: -3)) == [.tDaySoonNotCleared(daysLeft: -3)])
        // Two days back is a Saturday: a T-day to avoid is named as well (000:57).
        #expect(reasons(notCleared(tDayIn: -2)) == [.tDaySoonNotCleared(daysLeft: -2), .tDayToAvoid(weekday: 6)])
        #expect(AttentionReason.tDaySoonNotCleared(daysLeft: -2).label == "T+2 not cleared")
    }

    @Test("T-day soon and Cleared needs no attention")
    func soonButCleared() {
        #expect(reasons(Self.base(tDayIn: 2)) == [])
    }

    @Test("from transfer day on, readiness no longer raises attention")
    func afterTransfer() {
        #expect(reasons(notCleared(tDayIn: 0, stage: .transferDay)) == [])
    }

    @Test("an overdue Not Met action is named; open issues and timeline items add up to one count")
    func overdueActions() {
        var account = Self.base(tDayIn: 30)
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
        // The done action is not overdue: its condition waits to be re-run instead.
        #expect(reasons(account) == [.rerunCondition(.processUnderstanding), .overdueGapAction(what: "Observe a check", daysOverdue: 1),
                                     .overdueActions(2)])
        #expect(AttentionReason.overdueActions(2).label == "2 overdue")
    }

    @Test("overdue risk reviews are counted; closed risks are not")
    func riskReviews() {
        var account = Self.base()
        account.risks = [Fixture.risk("a", nextReview: Fixture.day(-1)), Fixture.risk("b", nextReview: Fixture.day(-1), status: .closed),
                         Fixture.risk("c", nextReview: today)]
        #expect(reasons(account) == [.overdueRiskReviews(1)])
        #expect(AttentionReason.overdueRiskReviews(1).label == "1 risk review overdue")
        #expect(AttentionReason.overdueRiskReviews(2).label == "2 risk reviews overdue")
    }

    @Test("stale sentiment needs attention from onboarding active through continuity, not before or after")
    func staleSentiment() {
        for stage in Stage.allCases {
            var account = Self.base(stage: stage, tDayIn: 30)
            account.sentiment = []
            account.readiness[.customerConfidence].evidence?.date = Fixture.day(-1) // keep the verdict out of it
            let expected: [AttentionReason] = (2...7).contains(stage.rawValue) ? [.staleSentiment] : []
            #expect(reasons(account) == expected, "stage \(stage.rawValue)")
        }
    }

    @Test("a schedule-driven transition is flagged")
    func scheduleDriven() {
        var account = Self.base(stage: .jointTransitionMeeting)
        account.stageOverride = StageOverride(reason: "Board date", by: "Sarah Khan", on: today, toStage: .jointTransitionMeeting)
        #expect(reasons(account) == [.scheduleDrivenTransition])
        #expect(AttentionReason.scheduleDrivenTransition.label == "schedule-driven transition")
    }

    @Test("late-logged interactions are counted")
    func lateLogged() {
        var account = Self.base()
        account.interactions = [Fixture.interaction("a", loggedHoursLater: 30), Fixture.interaction("b", loggedHoursLater: 2)]
        #expect(reasons(account) == [.lateLoggedInteractions(1)])
        #expect(AttentionReason.lateLoggedInteractions(1).label == "1 logged late")
    }

    @Test("open issues not dispositioned by T+30 are flagged from T+31, after transfer only")
    func dispositionOverdue() {
        var account = Self.base(stage: .continuity, tDayIn: -31)
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
        #expect(Self.base(tDayIn: 2).tDayLabel(today: today) == "T\u{2212}2")
        #expect(Self.base(tDayIn: 0).tDayLabel(today: today) == "T-day")
        #expect(Self.base(tDayIn: -12).tDayLabel(today: today) == "T+12")
        #expect(AttentionReason.tDaySoonNotCleared(daysLeft: 2).label == "T−2 not cleared")
    }

    @Test("a Not Met action past its deadline is named with how late it is, never only counted")
    func namedGapAction() {
        var account = Self.base(tDayIn: 30)
        account.readiness[.setupComplete] = ConditionAssessment(
            condition: .setupComplete, status: .notMet,
            action: GapAction(what: "chase sign-off", owner: "Tom Reeves", deadline: Fixture.day(-3)), markedOn: Fixture.day(-5))
        let reason = reasons(account).first { if case .overdueGapAction = $0 { return true }; return false }
        #expect(reason?.label == "action 'chase sign-off' 3 days overdue")
    }

    @Test("Red health needs attention")
    func redHealth() {
        var account = Self.base()
        account.health = Health(rating: .red, rationale: "Sponsor escalated twice", setOn: today)
        #expect(reasons(account) == [.redHealth])
        #expect(AttentionReason.redHealth.label == "health Red")
    }

    @Test("a negative sponsor note needs attention, leaves sentiment stale, and undoes the clearing it came after")
    func negativeSponsor() {
        var account = Self.base()
        account.sentiment = [SentimentNote(id: "n", capturedOn: today, contact: Fixture.sponsorName,
                                           words: "I was told five weeks. We're at eight.", tone: .negative)]
        #expect(reasons(account) == [.tDaySoonNotCleared(daysLeft: 10), .staleSentiment, .negativeSponsorSentiment])
    }

    @Test("a materialised risk neither closed nor turned into an open issue needs attention")
    func materialisedRisk() {
        var account = Self.base()
        var risk = Fixture.risk()
        risk.status = .materialised
        risk.resolvedOn = Fixture.day(-2)
        account.risks = [risk]
        #expect(reasons(account) == [.materialisedRisksNotFollowedUp(1)])
        account.openIssues = [Fixture.openIssue(raisedOn: Fixture.day(-1))]
        #expect(reasons(account) == [])
    }

    @Test("within 30 days of T-day a register with nothing at risk needs attention; 31 days away it does not")
    func nothingAtRisk() {
        var account = Self.base(tDayIn: 30)
        account.risks = [Fixture.risk(status: .closed)]
        #expect(reasons(account) == [.nothingAtRisk])
        account.tDay = today.adding(days: 31)
        #expect(reasons(account) == [])
    }

    @Test("within 7 days of T-day a missing exit component needs attention; 8 days away it does not")
    func exitWithinAWeek() {
        var account = Self.base(tDayIn: 7)
        account.exit[1].doneOn = nil
        #expect(reasons(account) == [.exitIncomplete([.customerSignOff])])
        account.tDay = today.adding(days: 8)
        #expect(reasons(account) == [])
    }
}
