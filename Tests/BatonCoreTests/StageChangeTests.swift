import Foundation
import Testing
@testable import BatonCore

@Suite("Stage moves through the one door")
struct StageChangeTests {
    let today = Fixture.today

    func notCleared(stage: Stage = .handoverPreparation, tDayIn: Int = 10) -> Account {
        var account = Fixture.account(stage: stage, tDayIn: tDayIn)
        // Neutral words: Not cleared, not merely stale (a stale account is refused as "Stale", see ClearingStaysTrueTests).
        account.readiness[.customerConfidence].evidence?.tone = .neutral
        return account
    }

    @Test("every stage move is dated in the stage history")
    func everyMoveDated() throws {
        let forward = try #require(Door.after(.stage(.forward(to: .jointTransitionMeeting)), on: Fixture.account()))
        #expect(forward.stage == .jointTransitionMeeting)
        #expect(forward.stageHistory == [StageEntry(stage: .jointTransitionMeeting, on: today)])
        let back = try #require(Door.after(.stage(.back(to: .handoverPreparation)), on: forward))
        #expect(back.stageHistory.map(\.stage) == [.jointTransitionMeeting, .handoverPreparation])
        #expect(back.stageHistory.allSatisfy { $0.on == today })
    }

    @Test("a Not cleared account is refused stage 5 without a reason, and stays where it was")
    func gateRefuses() {
        let reason = Door.refusal(.stage(.forward(to: .jointTransitionMeeting)), on: notCleared())
        #expect(reason?.hasPrefix("Not cleared (5 of 6)") == true)
    }

    @Test("a blank override reason is refused")
    func blankOverride() {
        let reason = Door.refusal(.stage(.forward(to: .jointTransitionMeeting, overrideReason: "  ")), on: notCleared())
        #expect(reason == StageGateError.overrideReasonRequired.message)
    }

    @Test("an override moves the account, flags it, and keeps the reason in the stage history")
    func overrideRecorded() throws {
        let outcome = try Door.apply(.stage(.forward(to: .jointTransitionMeeting, overrideReason: "Customer's board date")),
                                     to: notCleared()).get()
        #expect(outcome.account.isScheduleDrivenTransition)
        #expect(outcome.account.stageOverride?.by == "Sarah Khan")
        #expect(outcome.account.stageHistory.last == StageEntry(stage: .jointTransitionMeeting, on: today,
                                                                 overrideReason: "Customer's board date"))
        #expect(outcome.summary == "Northwind Logistics: Joint transition meeting by override — flagged schedule-driven transition")
    }

    @Test("a Cleared account moving on its verdict records no override reason, even if one was given")
    func clearedNeedsNoReason() throws {
        let after = try #require(Door.after(.stage(.forward(to: .jointTransitionMeeting, overrideReason: "Just in case")),
                                            on: Fixture.account()))
        #expect(after.stageOverride == nil)
        #expect(after.stageHistory.last?.overrideReason == nil)
    }

    @Test("forward to the stage the account is already in is refused")
    func forwardNowhere() {
        #expect(Door.refusal(.stage(.forward(to: .handoverPreparation)), on: Fixture.account()) != nil)
        #expect(Door.refusal(.stage(.back(to: .transferDay)), on: Fixture.account()) != nil)
    }

    @Test("the transfer moves to Continuity, makes the account manager primary owner and keeps the lead 30 days")
    func transfer() throws {
        var ready = Fixture.readyToTransfer()
        ready.people.primaryOwner = "Tom Reeves"
        ready.people.leadSecondaryContactUntil = nil
        let outcome = try Door.apply(.stage(.transfer()), to: ready).get()
        let after = outcome.account
        #expect(after.stage == .continuity)
        #expect(after.people.primaryOwner == "Daniel Ortiz")
        #expect(after.people.leadSecondaryContactUntil == today.adding(days: 30))
        #expect(after.stageHistory == [StageEntry(stage: .continuity, on: today)])
        #expect(outcome.summary == "Northwind Logistics transferred: Continuity, Daniel Ortiz primary owner; Sarah Khan secondary contact for 30 days")
    }

    @Test("a transfer of an account that is not Cleared needs an override reason, and keeps it")
    func transferNeedsOverride() throws {
        var account = Fixture.readyToTransfer()
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        #expect(Door.refusal(.stage(.transfer()), on: account)?.contains("Readiness is NOT CLEARED") == true)
        let after = try #require(Door.after(.stage(.transfer(overrideReason: "Contract renewal date")), on: account))
        #expect(after.stage == .continuity && after.isScheduleDrivenTransition)
        #expect(after.stageHistory.last?.overrideReason == "Contract renewal date")
    }

    @Test("forward into Continuity is the transfer, with its owner change")
    func forwardIntoContinuity() throws {
        var ready = Fixture.readyToTransfer()
        ready.people.primaryOwner = "Tom Reeves"
        let after = try #require(Door.after(.stage(.forward(to: .continuity)), on: ready))
        #expect(after.people.primaryOwner == "Daniel Ortiz")
    }

    @Test("an account already transferred cannot be transferred again")
    func transferTwice() {
        #expect(Door.refusal(.stage(.transfer()), on: Fixture.account(stage: .continuity)) == "Already transferred: Continuity.")
    }

    @Test("the gate names the gaps a screen must ask an override for, and none for a Cleared account")
    func gaps() {
        #expect(StageGate.gaps(for: Fixture.account(), movingTo: .jointTransitionMeeting, today: today).isEmpty)
        #expect(StageGate.gaps(for: notCleared(), movingTo: .jointTransitionMeeting, today: today).map(\.condition)
            == [.customerConfidence])
        #expect(StageGate.gaps(for: notCleared(), movingTo: .readinessReview, today: today).isEmpty)
    }
}
