import Testing
@testable import BatonCore

@Suite("Condition validity: Met needs evidence that holds up today")
struct ConditionValidityTests {
    let today = Fixture.today

    func validity(_ condition: ReadinessCondition, _ account: Account) -> ConditionValidity {
        Readiness.validity(of: condition, in: account, today: today)
    }

    func isMissingEvidence(_ v: ConditionValidity) -> Bool {
        if case .missingEvidence = v { return true }
        return false
    }

    func isStale(_ v: ConditionValidity) -> Bool {
        if case .stale = v { return true }
        return false
    }

    @Test("every condition of the fixture is valid")
    func fixtureIsValid() {
        let account = Fixture.account()
        for condition in ReadinessCondition.allCases {
            #expect(validity(condition, account) == .valid, "condition \(condition.number)")
        }
    }

    @Test("an unassessed condition is unassessed, not valid")
    func unassessed() {
        var account = Fixture.account()
        account.readiness[.setupComplete] = ConditionAssessment(condition: .setupComplete)
        #expect(validity(.setupComplete, account) == .unassessed)
        #expect(!validity(.setupComplete, account).isValid)
    }

    @Test("a Not Met condition carries its named action")
    func notMetCarriesAction() {
        var account = Fixture.account()
        let action = GapAction(what: "Run the competence check", owner: "Tom Reeves", deadline: Fixture.day(3))
        account.readiness[.trainingCapability] = ConditionAssessment(condition: .trainingCapability, status: .notMet,
                                                                     action: action, markedOn: today)
        #expect(validity(.trainingCapability, account) == .notMet(action: action))
        account.readiness[.trainingCapability].action = nil
        #expect(validity(.trainingCapability, account) == .notMet(action: nil))
        #expect(ConditionValidity.notMet(action: nil).reason == "Not Met, and no action named to close the gap.")
    }

    @Test("a condition marked Met without evidence is not valid", arguments: [
        ReadinessCondition.setupComplete, .activeUsage, .trainingCapability, .processUnderstanding, .customerConfidence,
    ])
    func metWithoutEvidence(condition: ReadinessCondition) {
        var account = Fixture.account()
        account.readiness[condition].evidence = nil
        #expect(validity(condition, account) == .missingEvidence("Marked Met with no evidence recorded."))
    }

    @Test("evidence with a blank summary is not evidence", arguments: [
        ReadinessCondition.setupComplete, .activeUsage, .trainingCapability, .processUnderstanding, .customerConfidence,
    ])
    func blankSummary(condition: ReadinessCondition) {
        var account = Fixture.account()
        account.readiness[condition].evidence?.summary = "   "
        #expect(validity(condition, account) == .missingEvidence("The evidence has no summary."))
    }

    @Test("evidence that does not say who provided it is not evidence", arguments: [
        ReadinessCondition.setupComplete, .activeUsage, .processUnderstanding, .customerConfidence,
    ])
    func blankProvider(condition: ReadinessCondition) {
        var account = Fixture.account()
        account.readiness[condition].evidence?.providedBy = ""
        #expect(validity(condition, account) == .missingEvidence("The evidence does not say who provided it."))
    }

    @Test("evidence dated tomorrow is refused; dated today it stands")
    func futureEvidence() {
        var account = Fixture.account()
        account.readiness[.processUnderstanding].evidence?.date = Fixture.day(1)
        #expect(validity(.processUnderstanding, account)
            == .missingEvidence("The evidence is dated in the future (2026-05-12)."))
        account.readiness[.processUnderstanding].evidence?.date = today
        #expect(validity(.processUnderstanding, account) == .valid)
    }

    @Test("condition 1: a sign-off with no signatory is not evidence")
    func noSignatory() {
        var account = Fixture.account()
        account.readiness[.setupComplete].evidence?.signatory = nil
        #expect(validity(.setupComplete, account) == .missingEvidence("The implementation sign-off has no signatory."))
        account.readiness[.setupComplete].evidence?.signatory = " "
        #expect(isMissingEvidence(validity(.setupComplete, account)))
    }

    @Test("condition 1 never goes stale: a sign-off from a year ago still stands")
    func signOffNeverStale() {
        var account = Fixture.account()
        account.readiness[.setupComplete].evidence?.date = Fixture.day(-365)
        #expect(validity(.setupComplete, account) == .valid)
    }

    @Test("condition 2: a usage report with no period is not evidence")
    func usageNoPeriod() {
        var account = Fixture.account()
        account.readiness[.activeUsage].evidence?.periodStart = nil
        #expect(validity(.activeUsage, account)
            == .missingEvidence("The usage report does not say which period it covers."))
    }

    @Test("condition 2: 21 days counted inclusively is enough, 20 is not")
    func usageCoverage() {
        var account = Fixture.account()
        account.readiness[.activeUsage].evidence?.periodEnd = Fixture.day(-1)
        account.readiness[.activeUsage].evidence?.periodStart = Fixture.day(-21)
        #expect(validity(.activeUsage, account) == .valid)
        account.readiness[.activeUsage].evidence?.periodStart = Fixture.day(-20)
        #expect(validity(.activeUsage, account)
            == .missingEvidence("The usage report covers 20 days; it needs at least 21."))
    }

    @Test("condition 2: a report whose period ends before it starts is refused")
    func usageBackwards() {
        var account = Fixture.account()
        account.readiness[.activeUsage].evidence?.periodStart = Fixture.day(-1)
        account.readiness[.activeUsage].evidence?.periodEnd = Fixture.day(-30)
        #expect(validity(.activeUsage, account)
            == .missingEvidence("The usage report's period ends before it starts."))
    }

    @Test("condition 2: a report ending 7 days ago stands; ending 8 days ago it is stale")
    func usageStaleness() {
        var account = Fixture.account()
        account.readiness[.activeUsage].evidence?.periodStart = Fixture.day(-40)
        account.readiness[.activeUsage].evidence?.periodEnd = Fixture.day(-7)
        #expect(validity(.activeUsage, account) == .valid)
        account.readiness[.activeUsage].evidence?.periodEnd = Fixture.day(-8)
        #expect(validity(.activeUsage, account)
            == .stale("The usage report ends 2026-05-03, more than 7 days before the assessment of 2026-05-11."))
    }

    @Test("condition 2: a report whose period ends in the future is refused")
    func usageFuture() {
        var account = Fixture.account()
        account.readiness[.activeUsage].evidence?.periodEnd = Fixture.day(2)
        #expect(isMissingEvidence(validity(.activeUsage, account)))
    }

    @Test("condition 3 is derived from the milestones: one incomplete milestone is named")
    func milestoneIncomplete() {
        var account = Fixture.account()
        account.milestones[1].completedOn = nil
        #expect(validity(.milestonesAchieved, account)
            == .missingEvidence("Milestone “Rota planning under two hours” is not completed with a date and evidence."))
    }

    @Test("condition 3: a milestone completed without evidence does not count")
    func milestoneWithoutEvidence() {
        var account = Fixture.account()
        account.milestones[0].evidence = "  "
        #expect(validity(.milestonesAchieved, account)
            == .missingEvidence("Milestone “ERP integration live” is not completed with a date and evidence."))
    }

    @Test("condition 3: no milestones at all is not valid")
    func noMilestones() {
        var account = Fixture.account()
        account.milestones = []
        #expect(validity(.milestonesAchieved, account) == .missingEvidence("No kick-off milestones are recorded."))
    }

    @Test("condition 3: a milestone added after the mark makes it stale, even once completed")
    func milestoneAdded() {
        var account = Fixture.account()
        account.milestones.append(Milestone(id: "m3", name: "Second site live", targetDate: Fixture.day(-1),
                                            completedOn: Fixture.day(-1), evidence: "Site B rota live",
                                            addedOn: Fixture.day(-1)))
        #expect(validity(.milestonesAchieved, account)
            == .stale("Milestone “Second site live” was added on 2026-05-10, after the mark on 2026-05-09."))
    }

    @Test("condition 3: a milestone added on the day of the mark does not make it stale")
    func milestoneAddedSameDay() {
        var account = Fixture.account()
        account.milestones[1].addedOn = Fixture.day(-2)
        #expect(validity(.milestonesAchieved, account) == .valid)
    }

    @Test("condition 3: a milestone reopened after the mark makes it stale")
    func milestoneReopened() {
        var account = Fixture.account()
        account.milestones[0].reopenedOn = Fixture.day(-1)
        #expect(validity(.milestonesAchieved, account)
            == .stale("Milestone “ERP integration live” was reopened on 2026-05-10, after the mark on 2026-05-09."))
        account.readiness[.milestonesAchieved].markedOn = today
        #expect(validity(.milestonesAchieved, account) == .valid)
    }

    @Test("condition 3 marked Not Met stays Not Met even with every milestone complete")
    func milestonesNotMet() {
        var account = Fixture.account()
        account.readiness[.milestonesAchieved].status = .notMet
        #expect(validity(.milestonesAchieved, account) == .notMet(action: nil))
    }

    @Test("condition 4: a competence check nobody observed is self-reported, not evidence")
    func notObserved() {
        var account = Fixture.account()
        account.readiness[.trainingCapability].evidence?.observedBy = nil
        #expect(validity(.trainingCapability, account)
            == .missingEvidence("Nobody observed the competence check: self-reported is not evidence."))
    }

    @Test("condition 4: the observer is the 'who'; a blank provider does not matter")
    func observerIsWho() {
        var account = Fixture.account()
        account.readiness[.trainingCapability].evidence?.providedBy = ""
        #expect(validity(.trainingCapability, account) == .valid)
    }

    @Test("condition 5 never goes stale: a conversation from two months ago still stands")
    func processNeverStale() {
        var account = Fixture.account()
        account.readiness[.processUnderstanding].evidence?.date = Fixture.day(-60)
        #expect(validity(.processUnderstanding, account) == .valid)
    }

    @Test("condition 6: sentiment without the sponsor's words is not evidence")
    func noSponsorWords() {
        var account = Fixture.account()
        account.readiness[.customerConfidence].evidence?.sponsorWords = ""
        #expect(validity(.customerConfidence, account) == .missingEvidence("No sponsor sentiment recorded."))
    }

    @Test("sentiment captured seven days ago still makes condition 6 valid")
    func sentimentSevenDays() {
        var account = Fixture.account()
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-7)
        #expect(validity(.customerConfidence, account) == .valid)
    }

    @Test("sentiment captured eight days ago makes condition 6 stale")
    func sentimentEightDays() {
        var account = Fixture.account()
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        #expect(validity(.customerConfidence, account)
            == .stale("Sponsor sentiment captured 2026-05-03, more than 7 days before the assessment of 2026-05-11."))
        #expect(isStale(validity(.customerConfidence, account)))
    }
}
