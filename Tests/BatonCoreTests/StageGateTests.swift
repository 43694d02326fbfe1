import Testing
@testable import BatonCore

@Suite("The stage gate: no joint transition meeting without Cleared")
struct StageGateTests {
    let today = Fixture.today

    func notCleared() -> Account {
        var account = Fixture.account()
        account.readiness[.customerConfidence].evidence?.date = Fixture.day(-8)
        return account
    }

    @Test("stages 5 to 8 need clearance; stages 1 to 4 do not")
    func requiresClearance() {
        #expect(Stage.allCases.filter(StageGate.requiresClearance)
            == [.jointTransitionMeeting, .transferDay, .continuity, .accountManagement])
    }

    @Test("a Cleared account moves into the joint transition meeting with no flag")
    func clearedMoves() throws {
        var account = Fixture.account()
        try StageGate.advance(&account, to: .jointTransitionMeeting, today: today, overrideReason: nil, by: "Sarah Khan")
        #expect(account.stage == .jointTransitionMeeting)
        #expect(account.stageOverride == nil)
        #expect(!account.isScheduleDrivenTransition)
    }

    @Test("a Not cleared account is refused stage 5 with its gaps, and stays where it was")
    func refused() {
        var account = notCleared()
        let gaps = Readiness.verdict(for: account, today: today).gaps
        #expect(gaps.count == 1)
        #expect(throws: StageGateError.notCleared(gaps: gaps)) {
            try StageGate.advance(&account, to: .jointTransitionMeeting, today: today, overrideReason: nil, by: "Sarah Khan")
        }
        #expect(account.stage == .handoverPreparation)
        #expect(account.stageOverride == nil)
    }

    @Test("an override with a blank reason is refused")
    func blankReason() {
        var account = notCleared()
        #expect(throws: StageGateError.overrideReasonRequired) {
            try StageGate.advance(&account, to: .transferDay, today: today, overrideReason: "  ", by: "Sarah Khan")
        }
        #expect(account.stage == .handoverPreparation)
    }

    @Test("an override with a reason moves the account, records who, why and when, and flags it")
    func overrideRecorded() throws {
        var account = notCleared()
        try StageGate.advance(&account, to: .jointTransitionMeeting, today: today,
                              overrideReason: " Renewal board on Friday; sponsor quote due Monday ", by: "Sarah Khan")
        #expect(account.stage == .jointTransitionMeeting)
        #expect(account.stageOverride == StageOverride(reason: "Renewal board on Friday; sponsor quote due Monday",
                                                       by: "Sarah Khan", on: today, toStage: .jointTransitionMeeting))
        #expect(account.isScheduleDrivenTransition)
    }

    @Test("the flag stays when a flagged account later moves on cleared")
    func flagStays() throws {
        var account = notCleared()
        try StageGate.advance(&account, to: .jointTransitionMeeting, today: today, overrideReason: "Board date", by: "Sarah Khan")
        account.readiness[.customerConfidence].evidence?.date = today
        try StageGate.advance(&account, to: .transferDay, today: today, overrideReason: nil, by: "Sarah Khan")
        #expect(account.stage == .transferDay)
        #expect(account.isScheduleDrivenTransition)
    }

    @Test("moving within stages 1 to 4 or backwards is always allowed, cleared or not")
    func freeMoves() throws {
        var account = notCleared()
        account.stage = .salesHandover
        try StageGate.advance(&account, to: .handoverPreparation, today: today, overrideReason: nil, by: "Sarah Khan")
        #expect(account.stage == .handoverPreparation)
        account.stage = .continuity
        try StageGate.advance(&account, to: .transferDay, today: today, overrideReason: nil, by: "Sarah Khan")
        #expect(account.stage == .transferDay)
        try StageGate.advance(&account, to: .readinessReview, today: today, overrideReason: nil, by: "Sarah Khan")
        #expect(account.stage == .readinessReview)
        #expect(account.stageOverride == nil)
    }

    @Test("each further uncleared move past the gate needs its own reason")
    func eachMoveNeedsReason() throws {
        var account = notCleared()
        try StageGate.advance(&account, to: .jointTransitionMeeting, today: today, overrideReason: "Board date", by: "Sarah Khan")
        #expect(throws: StageGateError.self) {
            try StageGate.advance(&account, to: .transferDay, today: today, overrideReason: nil, by: "Sarah Khan")
        }
        #expect(account.stage == .jointTransitionMeeting)
    }
}
