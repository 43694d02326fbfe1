import Foundation
import Testing
@testable import BatonCore

@Suite("Gates that hold on T-day")
struct TransferGateTests {
    let today = Fixture.today

    func notCleared(tDayIn: Int = 0) -> Account {
        var account = Fixture.account(stage: .transferDay, tDayIn: tDayIn)
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        return account
    }

    func exitNotDone(_ component: ExitComponent, tDayIn: Int = 0) -> Account {
        var account = Fixture.account(stage: .transferDay, tDayIn: tDayIn)
        let i = account.exit.firstIndex { $0.component == component }!
        account.exit[i].doneOn = nil
        return account
    }

    @Test("a T-day change on an account that is not Cleared is refused until the override reason is given first")
    func notClearedNeedsReasonFirst() throws {
        let account = notCleared()
        #expect(Door.refusal(.transfer(.tick(.stageAdvanced)), on: account)?.hasPrefix("Not recorded: Readiness is NOT CLEARED (5 of 6)") == true)
        #expect(Door.refusal(.transfer(.overrideForTransfer(reason: "  ")), on: account) != nil)
        let overridden = try #require(Door.after(.transfer(.overrideForTransfer(reason: "Fiscal year starts Monday")), on: account))
        #expect(overridden.isScheduleDrivenTransition)
        #expect(overridden.stageOverride?.toStage == .continuity)
        let ticked = try #require(Door.after(.transfer(.tick(.stageAdvanced)), on: overridden))
        #expect(ticked.crmTransfer.changes.first { $0.change == .stageAdvanced }?.doneAt == Fixture.noon)
    }

    @Test("scheduling the first touchpoint on an account the gate stops does not tick change 5")
    func touchpointDoesNotTickPastTheGate() throws {
        let after = try #require(Door.after(.transfer(.scheduleFirstTouchpoint(on: Fixture.day(3), agenda: "Intro", owner: "Daniel Ortiz")),
                                            on: notCleared()))
        #expect(after.crmTransfer.changes.first { $0.change == .firstTouchpointScheduled }?.doneAt == nil)
    }

    @Test("a Cleared account with its exit done needs no override, and one is refused as overriding nothing")
    func clearedNeedsNoOverride() {
        #expect(Door.refusal(.transfer(.tick(.stageAdvanced)), on: Fixture.account(stage: .transferDay)) == nil)
        #expect(Door.refusal(.transfer(.overrideForTransfer(reason: "Just in case")), on: Fixture.account(stage: .transferDay))?
            .hasPrefix("Nothing to override") == true)
    }

    @Test("without the completion report or the customer's signed sign-off the T-day changes wait for a reason",
          arguments: [ExitComponent.completionReport, .customerSignOff])
    func exitBeforeChanges(_ missing: ExitComponent) throws {
        let account = exitNotDone(missing)
        let reason = Door.refusal(.transfer(.tick(.stageAdvanced)), on: account)
        #expect(reason?.contains("Exit: \(missing.title) not done") == true)
        let overridden = try #require(Door.after(.transfer(.overrideForTransfer(reason: "Sign-off is with their legal team")), on: account))
        #expect(Door.refusal(.transfer(.tick(.stageAdvanced)), on: overridden) == nil)
    }

    @Test("a transfer without the exit done is refused; with a reason it goes ahead, flagged")
    func transferNeedsExit() throws {
        let account = exitNotDone(.customerSignOff)
        #expect(Door.refusal(.stage(.transfer()), on: account)?.hasPrefix("Onboarding has not ended: Customer sign-off (signed) not done") == true)
        let after = try #require(Door.after(.stage(.transfer(overrideReason: "Signed copy in the post")), on: account))
        #expect(after.stage == .continuity)
        #expect(after.isScheduleDrivenTransition)
        #expect(after.stageHistory.last?.overrideReason == "Signed copy in the post")
    }

    @Test("the reason given before the T-day changes carries the transfer")
    func reasonGivenFirstCarries() throws {
        let overridden = try #require(Door.after(.transfer(.overrideForTransfer(reason: "Fiscal year starts Monday")), on: notCleared()))
        let after = try #require(Door.after(.stage(.transfer()), on: overridden))
        #expect(after.stage == .continuity)
        #expect(after.stageOverride?.reason == "Fiscal year starts Monday")
    }

    @Test("transferring before T-day is refused until confirmed; then the T-day is today and the timeline follows")
    func earlyTransfer() throws {
        var account = Fixture.account(stage: .transferDay, tDayIn: 3)
        account.timeline = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: account.tDay)
        #expect(Door.refusal(.stage(.transfer()), on: account)?.hasPrefix("T-day is \(Fixture.day(3).iso), 3 days away") == true)
        let after = try #require(Door.after(.stage(.transfer(early: true)), on: account))
        #expect(after.stage == .continuity)
        #expect(after.tDay == today)
        #expect(after.timeline.first { $0.templateKey == "thirty-day-review" }?.due == today.adding(days: 30))
    }

    @Test("a transfer after the planned T-day makes the T-day the day it happened")
    func lateTransfer() throws {
        let after = try #require(Door.after(.stage(.transfer()), on: Fixture.account(stage: .transferDay, tDayIn: -2)))
        #expect(after.tDay == today)
    }
}
