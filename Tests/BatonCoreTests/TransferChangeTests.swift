import Foundation
import Testing
@testable import BatonCore

@Suite("The T-day walkthrough through the one door")
struct TransferChangeTests {
    func incomplete() -> Account {
        var account = Fixture.account(stage: .transferDay)
        account.crmTransfer.areas[2].complete = false
        return account
    }

    @Test("an area marked complete or incomplete moves knowledge-transfer completeness")
    func markArea() throws {
        let outcome = try Door.apply(.transfer(.markArea(.productAndContract, complete: true)), to: incomplete()).get()
        #expect(KnowledgeTransfer.meetsTarget(outcome.account.crmTransfer))
        #expect(outcome.summary == "Product and contract detail: Complete — knowledge transfer 100%")
    }

    @Test("an area's note is kept")
    func areaNote() {
        let after = Door.after(.transfer(.areaNote(.risks, "Three risks, all owned")), on: incomplete())
        #expect(after?.crmTransfer.areas.first { $0.area == .risks }?.note == "Three risks, all owned")
    }

    @Test("a T-day change is refused until all nine CRM areas are complete")
    func areasFirst() {
        let reason = Door.refusal(.transfer(.tick(.stageAdvanced)), on: incomplete())
        #expect(reason?.hasPrefix("Complete the nine CRM areas first: 8 of 9 (Product and contract detail)") == true)
    }

    @Test("a T-day change is ticked with the time it was done, and un-ticked")
    func tickWithTime() throws {
        let account = Fixture.account(stage: .transferDay)
        let ticked = try #require(Door.after(.transfer(.tick(.reportingUpdated)), on: account))
        #expect(ticked.crmTransfer.changes.first { $0.change == .reportingUpdated }?.doneAt == Fixture.noon)
        let unticked = try #require(Door.after(.transfer(.untick(.reportingUpdated)), on: ticked))
        #expect(unticked.crmTransfer.changes.first { $0.change == .reportingUpdated }?.doneAt == nil)
    }

    @Test("the first touchpoint is ticked by scheduling it, never by a bare tick")
    func firstTouchpoint() throws {
        let account = Fixture.account(stage: .transferDay)
        #expect(Door.refusal(.transfer(.tick(.firstTouchpointScheduled)), on: account) != nil)
        let outcome = try Door.apply(.transfer(.scheduleFirstTouchpoint(on: Fixture.day(4), agenda: "First one-to-one",
                                                                       owner: "Daniel Ortiz")), to: account).get()
        #expect(outcome.account.crmTransfer.firstTouchpoint == Touchpoint(on: Fixture.day(4), agenda: "First one-to-one",
                                                                          owner: "Daniel Ortiz"))
        #expect(outcome.account.crmTransfer.changes.first { $0.change == .firstTouchpointScheduled }?.doneAt == Fixture.noon)
        #expect(outcome.summary == "First touchpoint: \(Fixture.day(4).iso) with Daniel Ortiz")
    }

    @Test("a first touchpoint in the past is refused")
    func touchpointInThePast() {
        let reason = Door.refusal(.transfer(.scheduleFirstTouchpoint(on: Fixture.day(-1), agenda: "Intro", owner: "Daniel Ortiz")),
                                  on: Fixture.account(stage: .transferDay))
        #expect(reason == "Refused: the first touchpoint is in the past (\(Fixture.day(-1).iso)).")
    }
}
