import Foundation
import Testing
@testable import BatonCore

/// Seed 000:438–458: what must be true before the CRM record changes hands, whatever asks for
/// the move (`>`, the walkthrough's change 1, "transfer today", the shell).
@Suite("A transfer that cannot skip a step")
struct TransferGateTests {
    let today = Fixture.today

    func notCleared(tDayIn: Int = 0) -> Account {
        var account = Fixture.readyToTransfer(tDayIn: tDayIn)
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        return account
    }

    func without(_ kind: Meeting.Kind, tDayIn: Int = 0) -> Account {
        var account = Fixture.readyToTransfer(tDayIn: tDayIn)
        account.meetings.removeAll { $0.kind == kind }
        return account
    }

    func exitNotDone(_ component: ExitComponent) -> Account {
        var account = Fixture.readyToTransfer()
        let i = account.exit.firstIndex { $0.component == component }!
        account.exit[i].doneOn = nil
        return account
    }

    // MARK: Each step, refused with the list

    @Test("a ready account transfers with no reason asked: change 1 ticked, the CRM exit confirmation done, the record kept (000:452, 189)")
    func readyTransfers() throws {
        let after = try #require(Door.after(.stage(.transfer()), on: Fixture.readyToTransfer()))
        #expect(after.stage == .continuity)
        #expect(!after.isScheduleDrivenTransition)
        #expect(after.crmTransfer.changes.first { $0.change == .stageAdvanced }?.doneAt == Fixture.noon)
        #expect(after.exit.first { $0.component == .crmExitConfirmation }?.doneOn != nil)
        #expect(after.crmTransfer.atTransfer == CRMSnapshot(on: today, incomplete: []))
    }

    @Test("moving to Continuity with 0 of 9 CRM areas is refused, listing what is incomplete (000:438)")
    func noAreas() {
        var account = Fixture.readyToTransfer()
        account.crmTransfer.areas = CRMArea.allCases.map { CRMAreaCheck(area: $0) }
        account.crmTransfer.filed = []
        account.identity.registeredAddress = ""
        account.contract.deliverables = ""
        account.contacts[1].communicationPreference = ""
        let reason = Door.refusal(.stage(.transfer()), on: account)
        #expect(reason?.hasPrefix("Not transferred: 1 step missing.\nCRM record: 0 of 9 areas complete.") == true, "\(reason ?? "")")
        #expect(reason?.contains("Incomplete: Contact records (sponsor tagged)") == true)
        #expect(reason?.contains("Incomplete: Sentiment history") == true)
        #expect(Door.refusal(.stage(.forward(to: .continuity)), on: account) == reason, "> goes through the same gate")
    }

    @Test("a transfer with T-day changes 2–5 not made is refused, naming each (000:452)")
    func changesNotMade() {
        let reason = Door.refusal(.stage(.transfer()), on: Fixture.account(stage: .transferDay, tDayIn: 0))
        #expect(reason?.contains("T-day changes: 0 of 4 made before the stage advances.") == true)
        #expect(reason?.contains("Not done: 2. \(TDayChange.primaryOwnerChanged.title)") == true)
        #expect(reason?.contains("Not done: 5. \(TDayChange.firstTouchpointScheduled.title)") == true)
        #expect(reason?.contains("Not done: 1.") == false, "change 1 is the transfer itself")
    }

    @Test("an early transfer without the joint transition meeting is refused (000:457)")
    func earlyWithoutJointMeeting() {
        let reason = Door.refusal(.stage(.transfer(early: true)), on: without(.jointTransition, tDayIn: 3))
        #expect(reason?.contains("The joint transition meeting has not been held.") == true, "\(reason ?? "")")
        #expect(Door.refusal(.stage(.transfer(early: true)), on: Fixture.readyToTransfer(tDayIn: 3)) == nil, "near miss: with it, it goes")
    }

    @Test("a transfer without the internal handover meeting is refused (000:456)")
    func withoutInternalHandover() {
        #expect(Door.refusal(.stage(.transfer()), on: without(.internalHandover))?
            .contains("The internal handover meeting has not been held.") == true)
    }

    @Test("a meeting planned but not yet held does not count")
    func meetingStillToCome() {
        var account = without(.jointTransition)
        account.meetings.append(Meeting(id: "later", kind: .jointTransition, on: Fixture.day(2)))
        #expect(Door.refusal(.stage(.transfer()), on: account)?.contains("joint transition meeting has not been held") == true)
    }

    @Test("without the completion report or the customer's signed sign-off the transfer is refused (000:186, 179)",
          arguments: [ExitComponent.completionReport, .customerSignOff])
    func exitBeforeTransfer(_ missing: ExitComponent) {
        let reason = Door.refusal(.stage(.transfer()), on: exitNotDone(missing))
        #expect(reason?.contains("Exit: \(missing.title) not done — onboarding has not ended.") == true)
    }

    @Test("an account that is not Cleared is refused, with its gaps")
    func notClearedRefused() {
        let reason = Door.refusal(.stage(.transfer()), on: notCleared())
        #expect(reason?.contains("Readiness is NOT CLEARED (5 of 6).") == true)
        #expect(reason?.contains("Gap 6:") == true)
    }

    @Test("several steps missing are all listed in one refusal, and nothing changes")
    func allListed() {
        var account = without(.internalHandover)
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        let check = TransferGate.check(account, today: today)
        #expect(check.blockers.map(\.step) == [.readinessCleared, .internalHandoverMeeting])
        #expect(Door.refusal(.stage(.transfer()), on: account)?.hasPrefix("Not transferred: 2 steps missing.") == true)
    }

    // MARK: The override

    @Test("a reason lets the transfer through: recorded with what was missing, flagged schedule-driven, in the audit")
    func overrideRecorded() throws {
        let after = try #require(Door.after(.stage(.transfer(overrideReason: "Board date fixed by the customer")),
                                            on: without(.jointTransition)))
        #expect(after.stage == .continuity)
        #expect(after.isScheduleDrivenTransition)
        #expect(after.stageOverride?.missing == [.jointTransitionMeeting])
        #expect(after.stageHistory.last?.overrideReason == "Board date fixed by the customer")
        #expect(Attention.reasons(for: after, today: today).contains(.scheduleDrivenTransition))
        let audit = try #require(TransitionAudit(account: after, today: today))
        #expect(audit.override?.reason == "Board date fixed by the customer")
    }

    @Test("a blank reason is no reason: refused, the stage unchanged")
    func blankReason() {
        #expect(Door.refusal(.stage(.transfer(overrideReason: "  ")), on: without(.jointTransition)) != nil)
    }

    @Test("a reason given on a ready account is not recorded: it moves on its own record")
    func reasonNotNeeded() throws {
        let after = try #require(Door.after(.stage(.transfer(overrideReason: "Just in case")), on: Fixture.readyToTransfer()))
        #expect(after.stageOverride == nil && after.stageHistory.last?.overrideReason == nil)
    }

    @Test("the reason given before the T-day changes covers readiness, not the CRM areas it did not see")
    func earlierReasonCoversOnlyWhatItSaw() throws {
        let overridden = try #require(Door.after(.transfer(.overrideForTransfer(reason: "Fiscal year starts Monday")), on: notCleared()))
        #expect(overridden.stageOverride?.missing == [.readinessCleared])
        let after = try #require(Door.after(.stage(.transfer()), on: overridden))
        #expect(after.stage == .continuity)
        #expect(after.stageHistory.last?.overrideReason == "Fiscal year starts Monday")
        // A step missing later that the reason never covered asks again.
        var gap = overridden
        gap.crmTransfer.areas[3].complete = false
        #expect(Door.refusal(.stage(.transfer()), on: gap)?.contains("Incomplete: Milestone history") == true)
    }

    @Test("a T-day change on an account that is not Cleared is refused until the override reason is given first")
    func notClearedNeedsReasonFirst() throws {
        var account = notCleared()
        account.crmTransfer.changes = TDayChange.allCases.map { TDayChangeCheck(change: $0) }
        #expect(Door.refusal(.transfer(.tick(.reportingUpdated)), on: account)?.hasPrefix("Not recorded: Readiness is NOT CLEARED (5 of 6)") == true)
        let overridden = try #require(Door.after(.transfer(.overrideForTransfer(reason: "Fiscal year starts Monday")), on: account))
        #expect(overridden.isScheduleDrivenTransition)
        #expect(Door.refusal(.transfer(.tick(.reportingUpdated)), on: overridden) == nil)
    }

    @Test("a Cleared account with its meetings held and exit done needs no override, and one is refused as overriding nothing")
    func clearedNeedsNoOverride() {
        #expect(Door.refusal(.transfer(.overrideForTransfer(reason: "Just in case")), on: Fixture.readyToTransfer())?
            .hasPrefix("Nothing to override") == true)
    }

    // MARK: Change 1, the T-day and the way back

    @Test("ticking change 1 is the transfer, through the same gate")
    func changeOneIsTheTransfer() throws {
        #expect(Door.refusal(.transfer(.tick(.stageAdvanced)), on: without(.jointTransition))?.hasPrefix("Not transferred") == true)
        let after = try #require(Door.after(.transfer(.tick(.stageAdvanced)), on: Fixture.readyToTransfer()))
        #expect(after.stage == .continuity)
    }

    @Test("forward past Continuity from T-day is refused: the transfer comes first")
    func noSkippingContinuity() {
        #expect(Door.refusal(.stage(.forward(to: .accountManagement)), on: Fixture.readyToTransfer())?
            .hasPrefix("Account management comes after Continuity") == true)
    }

    @Test("transferring before T-day is refused until confirmed; then the T-day is today and the timeline follows")
    func earlyTransfer() throws {
        var account = Fixture.readyToTransfer(tDayIn: 3)
        account.timeline = TimelineTemplate.items(kind: .onboardingToAccountManagement, planning: .planned, tDay: account.tDay)
        #expect(TransferGate.check(account, today: today).daysEarly == 3)
        #expect(Door.refusal(.stage(.transfer()), on: account)?.hasPrefix("T-day is \(Fixture.day(3).iso), 3 days away") == true)
        let after = try #require(Door.after(.stage(.transfer(early: true)), on: account))
        #expect(after.stage == .continuity)
        #expect(after.tDay == today)
        #expect(after.timeline.first { $0.templateKey == "thirty-day-review" }?.due == today.adding(days: 30))
    }

    @Test("a transfer after the planned T-day makes the T-day the day it happened")
    func lateTransfer() throws {
        let after = try #require(Door.after(.stage(.transfer()), on: Fixture.readyToTransfer(tDayIn: -2)))
        #expect(after.tDay == today)
    }

    @Test("a transfer made on a weekend goes ahead, warned of as it happens (000:57, 457)")
    func weekendTransferWarns() throws {
        let saturday = Fixture.day(5)
        var account = Fixture.account(today: saturday, stage: .transferDay, tDayIn: 0)
        for i in account.crmTransfer.changes.indices where account.crmTransfer.changes[i].change != .stageAdvanced {
            account.crmTransfer.changes[i].doneAt = Fixture.noon
        }
        account.crmTransfer.firstTouchpoint = Touchpoint(on: saturday.adding(days: 2), agenda: "Intro", owner: "Daniel Ortiz")
        let context = ChangeContext(today: saturday, now: Fixture.noon, by: "Sarah Khan", timeZone: .utc)
        let outcome = try Door.apply(.stage(.transfer()), to: account, context: context).get()
        #expect(outcome.account.stage == .continuity)
        #expect(outcome.summary.hasPrefix("Warning: T-day \(saturday.iso) is a Saturday: the CRM transfer happens on a business day."))
        #expect(try Door.apply(.stage(.transfer()), to: Fixture.readyToTransfer()).get().summary.contains("warning") == false,
                "near miss: a Monday transfer is not warned of")
    }

    @Test("moving back out of Continuity undoes change 1 and the exit confirmation the move made")
    func backUndoes() throws {
        var account = Fixture.readyToTransfer()
        let i = account.exit.firstIndex { $0.component == .crmExitConfirmation }!
        account.exit[i].doneOn = nil
        let transferred = try #require(Door.after(.stage(.transfer()), on: account))
        let back = try #require(Door.after(.stage(.back(to: .transferDay)), on: transferred))
        #expect(back.crmTransfer.changes.first { $0.change == .stageAdvanced }?.doneAt == nil)
        #expect(back.exit.first { $0.component == .crmExitConfirmation }?.doneOn == nil)
        #expect(back.crmTransfer.atTransfer == nil)
    }

    // MARK: Kinds of transition

    @Test("an unplanned transition transfers before its meetings, on a finalised handover document instead (002:70–77)")
    func unplanned() throws {
        var account = Fixture.readyToTransfer()
        account.planning = .unplanned
        account.meetings = []
        account.handover.finalisedOn = nil
        let reason = Door.refusal(.stage(.transfer()), on: account)
        #expect(reason?.contains("The handover document is not finalised") == true)
        #expect(reason?.contains("meeting has not been held") == false)
        account.handover.finalisedOn = Fixture.day(-1)
        #expect(Door.refusal(.stage(.transfer()), on: account) == nil)
    }

    @Test("a change of rep has no onboarding to exit: the customer's sign-off is not asked for (000:179)")
    func repToRepNeedsNoExit() {
        var account = exitNotDone(.customerSignOff)
        #expect(Door.refusal(.stage(.transfer()), on: account) != nil, "near miss: onboarding → account management asks for it")
        account.transitionKind = .repToRep
        #expect(Door.refusal(.stage(.transfer()), on: account) == nil)
    }
}
