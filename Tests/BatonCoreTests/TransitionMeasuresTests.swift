import Testing
@testable import BatonCore

/// The source's measures of a transition, worked out from what an account holds.
@Suite("Transition measures")
struct TransitionMeasuresTests {
    /// The fixture, transferred on `tDay` with Green health at T-day, judged on `today`.
    private func transferred(tDayAgo: Int, today: CalendarDate = Fixture.today) -> Account {
        var account = Fixture.account(today: today.adding(days: -tDayAgo - 10), stage: .continuity)
        account.tDay = today.adding(days: -tDayAgo)
        account.health = Health(rating: .green, rationale: "On plan", setOn: account.tDay.adding(days: -7))
        return account
    }

    @Test("health Green at T-day and Amber at T+30 counts as not maintained")
    func healthSlipped() {
        var account = transferred(tDayAgo: 40)
        account.healthHistory = [account.health]
        account.health = Health(rating: .amber, rationale: "Admin left", setOn: account.tDay.adding(days: 25))
        let health = HealthAfterTransfer(account: account, today: Fixture.today)
        #expect(health.atTransfer == .green)
        #expect(health.after.map(\.days) == [30])
        #expect(health.after.first?.rating == .amber)
        #expect(health.maintained == false)
    }

    @Test("health that improved from Amber at T-day to Green at T+60 counts as maintained")
    func healthImproved() {
        var account = transferred(tDayAgo: 70)
        account.health = Health(rating: .amber, rationale: "Slow start", setOn: account.tDay.adding(days: -3))
        account.healthHistory = [account.health]
        account.health = Health(rating: .green, rationale: "Settled", setOn: account.tDay.adding(days: 10))
        let health = HealthAfterTransfer(account: account, today: Fixture.today)
        #expect(health.after.map(\.days) == [30, 60])
        #expect(health.maintained == true)
    }

    @Test("before T+30 health after transfer is not yet measurable")
    func healthTooEarly() {
        let account = transferred(tDayAgo: 10)
        #expect(HealthAfterTransfer(account: account, today: Fixture.today).maintained == nil)
    }

    @Test("time in each stage comes from the dated stage history, the current stage counted to today")
    func timeInStage() {
        var account = Fixture.account()
        account.stageHistory = [StageEntry(stage: .onboardingActive, on: Fixture.day(-60)),
                                StageEntry(stage: .readinessReview, on: Fixture.day(-12)),
                                StageEntry(stage: .handoverPreparation, on: Fixture.day(-5))]
        let days = account.daysInStage(today: Fixture.today)
        #expect(days.map(\.stage) == [.onboardingActive, .readinessReview, .handoverPreparation])
        #expect(days.map(\.days) == [48, 7, 5])
    }

    @Test("time to activation runs from the start of onboarding to the start of the usage period that evidenced condition 2")
    func activation() {
        var account = Fixture.account()
        account.stageHistory = [StageEntry(stage: .onboardingActive, on: Fixture.day(-50))]
        // The fixture's usage report covers day -22 to day -1.
        #expect(account.daysToActivation == 28)
        account.readiness[.activeUsage] = ConditionAssessment(condition: .activeUsage)
        #expect(account.daysToActivation == nil)
    }

    @Test("a joint meeting with two of the three success signals does not count as hitting them")
    func jointSignals() {
        var account = transferred(tDayAgo: 5)
        account.meetings = [Meeting(id: "j", kind: .jointTransition, on: account.tDay.adding(days: -1),
                                    successSignals: [.laughter, .customerAsksAccountManagerAQuestion])]
        #expect(AccountMeasures(account: account, today: Fixture.today).jointMeetingAllSignals == false)
        account.meetings[0].successSignals.append(.sponsorSaysWeAboutNextPhase)
        #expect(AccountMeasures(account: account, today: Fixture.today).jointMeetingAllSignals == true)
    }

    @Test("a 30-day review held at T+33 is on time; none by T+38 is late")
    func reviewOnTime() {
        var account = transferred(tDayAgo: 40)
        #expect(AccountMeasures(account: account, today: Fixture.today).reviewOnTime == false)
        account.meetings = [Meeting(id: "r", kind: .postTransitionReview, on: account.tDay.adding(days: 33),
                                    customerSatisfaction: 4)]
        let measures = AccountMeasures(account: account, today: Fixture.today)
        #expect(measures.reviewOnTime == true)
        #expect(measures.satisfaction == 4)
    }

    @Test("an open issue the account manager never touched after T-day is not dispositioned")
    func issues() {
        var account = transferred(tDayAgo: 40)
        var decided = Fixture.openIssue("i1")
        try? decided.recommit(to: Fixture.today.adding(days: 10), note: "New date agreed", on: account.tDay.adding(days: 5))
        account.openIssues = [decided, Fixture.openIssue("i2")]
        let counted = AccountMeasures(account: account, today: Fixture.today).issuesDispositioned
        #expect(counted?.done == 1 && counted?.of == 2)
    }

    @Test("the portfolio's satisfaction is the mean of the 30-day review answers, against the 4.5 target")
    func portfolioSatisfaction() {
        var a = transferred(tDayAgo: 40)
        a.id = "a"
        a.meetings = [Meeting(id: "r", kind: .postTransitionReview, on: a.tDay.adding(days: 30), customerSatisfaction: 5)]
        var b = transferred(tDayAgo: 40)
        b.id = "b"
        b.meetings = [Meeting(id: "r", kind: .postTransitionReview, on: b.tDay.adding(days: 30), customerSatisfaction: 4)]
        let figure = PortfolioMeasures(accounts: [a, b, Fixture.account()], today: Fixture.today).figure(.satisfaction)
        #expect(figure.value == 4.5)
        #expect(figure.count == 2 && figure.accountIDs == ["a", "b"])
        #expect(figure.meetsTarget == true)
        #expect(figure.definition.contains("How smooth was the account transition?"))
    }

    @Test("twelve months by T-day month, ending with this month")
    func months() {
        let months = PortfolioMeasures.lastTwelveMonths(today: CalendarDate(iso: "2026-02-14")!)
        #expect(months.first?.iso == "2025-03-01" && months.last?.iso == "2026-02-01" && months.count == 12)
        let a = transferred(tDayAgo: 40)
        let series = PortfolioMeasures.byMonth(accounts: [a], today: Fixture.today)
        let hit = series.filter { $0.measures.figure(.readinessScore).count == 1 }
        #expect(hit.count == 1 && hit[0].month.month == a.tDay.month)
    }

    @Test("the audit fails a transfer made without a joint meeting and says why")
    func audit() throws {
        var account = transferred(tDayAgo: 40)
        account.readiness.runs = [AssessmentRun(id: "run", on: account.tDay.adding(days: -3), attendees: [],
                                                results: account.readiness.conditions, cleared: true, score: 6)]
        account.meetings = [Meeting(id: "h", kind: .internalHandover, on: account.tDay.adding(days: -10))]
        account.risks = [Fixture.risk()]
        let audit = try #require(TransitionAudit(account: account, today: Fixture.today))
        let byLetter = Dictionary(uniqueKeysWithValues: audit.results.map { ($0.criterion.letter, $0) })
        #expect(byLetter["a"]?.passed == true)
        #expect(byLetter["b"]?.passed == true)
        #expect(byLetter["c"]?.passed == false && byLetter["c"]?.reason == "no joint transition meeting is recorded")
        #expect(byLetter["d"]?.passed == true)
        #expect(byLetter["e"]?.passed == true)
        #expect(byLetter["f"]?.passed == false)
        #expect(audit.score.passed == 4 && audit.score.judged == 6)
    }

    @Test("an empty risk register at transfer fails the honesty criterion")
    func emptyRegister() throws {
        let audit = try #require(TransitionAudit(account: transferred(tDayAgo: 40), today: Fixture.today))
        #expect(audit.results.first { $0.criterion == .registerTransferredHonestly }?.passed == false)
        #expect(TransitionAudit(account: Fixture.account(), today: Fixture.today) == nil)
    }
}
