import Foundation
import Testing
@testable import BatonCore

@Suite("The T-day walkthrough through the one door")
struct TransferChangeTests {
    func incomplete() -> Account {
        var account = Fixture.account(stage: .transferDay)
        account.crmTransfer.areas[3].complete = false
        return account
    }

    @Test("an area the record cannot show is ticked by the lead, and moves knowledge-transfer completeness")
    func markArea() throws {
        let outcome = try Door.apply(.transfer(.markArea(.milestoneHistory, complete: true)), to: incomplete()).get()
        #expect(KnowledgeTransfer.incompleteAreas(of: outcome.account).isEmpty)
        #expect(outcome.summary == "Milestone history: Complete — knowledge transfer 100%")
    }

    @Test("an area's note is kept")
    func areaNote() {
        let after = Door.after(.transfer(.areaNote(.risks, "Three risks, all owned")), on: incomplete())
        #expect(after?.crmTransfer.areas.first { $0.area == .risks }?.note == "Three risks, all owned")
    }

    @Test("a T-day change is refused until all nine CRM areas are complete")
    func areasFirst() {
        let reason = Door.refusal(.transfer(.tick(.reportingUpdated)), on: incomplete())
        #expect(reason?.hasPrefix("Complete the nine CRM areas first: 8 of 9 (Milestone history)") == true)
    }

    // MARK: Areas judged against the record (000:440–445)

    @Test("\"Contact records (sponsor tagged)\" cannot be ticked Complete on an account with no sponsor (000:441)")
    func sponsorTagged() {
        var account = Fixture.account(stage: .transferDay)
        account.contacts[0].isSponsor = false
        #expect(KnowledgeTransfer.incompleteAreas(of: account) == [.contactRecords], "the tick does not decide it")
        let reason = Door.refusal(.transfer(.markArea(.contactRecords, complete: true)), on: account)
        #expect(reason == "Contact records (sponsor tagged) is judged against the record: no contact is tagged sponsor. Complete the record first.")
        account.contacts[0].isSponsor = true
        #expect(KnowledgeTransfer.incompleteAreas(of: account).isEmpty, "near miss: with the sponsor tagged it is complete")
    }

    @Test("every contact needs a role and a communication preference (000:441)")
    func contactsFull() {
        var account = Fixture.account()
        account.contacts[1].communicationPreference = " "
        #expect(CRMRecordCheck.gaps(.contactRecords, in: account) == ["Lisa Chen: no communication preference"])
    }

    @Test("identity needs the legal entity, trading name, industry, headcount, location and registered address (000:440)")
    func identityFromRecord() {
        var account = Fixture.account()
        account.identity.tradingName = ""
        account.identity.registeredAddress = ""
        #expect(CRMRecordCheck.gaps(.customerIdentity, in: account) == ["no primary trading name", "no registered address"])
        account.identity.headcount = 0
        #expect(CRMRecordCheck.gaps(.customerIdentity, in: account)?.last == "no headcount")
    }

    @Test("the contract needs what was sold, the deliverables, value, term and renewal (000:442)")
    func contractFromRecord() {
        var account = Fixture.account()
        #expect(CRMRecordCheck.gaps(.productAndContract, in: account) == [])
        account.contract.deliverables = ""
        account.contract.annualValue = 0
        #expect(CRMRecordCheck.gaps(.productAndContract, in: account) == ["no the agreed deliverables in plain English", "no contract value"])
    }

    @Test("the document library lists the eight documents the source names, each present or missing (000:445)")
    func documentLibrary() throws {
        var account = Fixture.account()
        #expect(CRMRecordCheck.documents(of: account).map(\.document) == LibraryDocument.allCases)
        #expect(CRMRecordCheck.documents(of: account).allSatisfy { $0.present })
        account.handover.finalisedOn = nil
        account.crmTransfer.filed = [.signedWelcomePack]
        let missing = CRMRecordCheck.documents(of: account).filter { !$0.present }.map(\.document)
        #expect(missing == [.kickOffMinutes, .customerSuccessSummary, .handoverDocument])
        // The record shows the handover document: a tick cannot file it.
        #expect(Door.refusal(.transfer(.fileDocument(.handoverDocument, filed: true)), on: account)?.contains("shown by the record") == true)
        let filed = try #require(Door.after(.transfer(.fileDocument(.kickOffMinutes, filed: true)), on: account))
        #expect(filed.crmTransfer.filed == [.signedWelcomePack, .kickOffMinutes])
    }

    // MARK: T-day as it happens (000:452)

    @Test("change 2 makes the account manager the primary owner; un-ticked, the coordinator is again")
    func changeTwoSetsOwner() throws {
        let ticked = try #require(Door.after(.transfer(.tick(.primaryOwnerChanged)), on: Fixture.account(stage: .transferDay)))
        #expect(ticked.people.primaryOwner == "Daniel Ortiz")
        #expect(ticked.crmTransfer.changes.first { $0.change == .primaryOwnerChanged }?.doneAt == Fixture.noon)
        let unticked = try #require(Door.after(.transfer(.untick(.primaryOwnerChanged)), on: ticked))
        #expect(unticked.people.primaryOwner == "Tom Reeves")
    }

    @Test("change 3 keeps the onboarding lead as secondary contact for 30 days")
    func changeThreeSetsSecondary() throws {
        let ticked = try #require(Door.after(.transfer(.tick(.leadMovedToSecondary)), on: Fixture.account(stage: .transferDay)))
        #expect(ticked.people.leadSecondaryContactUntil == Fixture.day(30))
    }

    @Test("change 4 takes the account off the onboarding lead's load and onto the account manager's")
    func changeFourMovesLoad() throws {
        let before = Fixture.account(stage: .transferDay)
        let lead = TeamLoad(accounts: [before], today: Fixture.today).people(in: .onboardingLead).first
        #expect(lead?.accountCount == 1)
        let ticked = try #require(Door.after(.transfer(.tick(.reportingUpdated)), on: before))
        let load = TeamLoad(accounts: [ticked], today: Fixture.today)
        #expect(load.people(in: .onboardingLead).first?.accountCount ?? 0 == 0)
        #expect(load.people(in: .accountManager).first?.accountIDs == ["northwind"])
    }

    @Test("after the transfer the T-day changes stand: un-ticking one is refused")
    func noUntickAfterTransfer() throws {
        let after = try #require(Door.after(.stage(.transfer()), on: Fixture.readyToTransfer()))
        #expect(Door.refusal(.transfer(.untick(.reportingUpdated)), on: after)?.contains("has transferred") == true)
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

    @Test("a first touchpoint on a weekend is refused, with the Monday offered: it is a date proposed to the customer")
    func touchpointOnAWeekend() {
        // Fixture.today is a Monday: +5 is the Saturday, +7 the Monday after.
        let reason = Door.refusal(.transfer(.scheduleFirstTouchpoint(on: Fixture.day(5), agenda: "Intro", owner: "Daniel Ortiz")),
                                  on: Fixture.account(stage: .transferDay))
        #expect(reason == "Refused: \(Fixture.day(5).iso) is a Saturday — the first touchpoint is proposed to the customer on a business day (\(Fixture.day(7).iso)?).")
        #expect(Door.refusal(.transfer(.scheduleFirstTouchpoint(on: Fixture.day(4), agenda: "Intro", owner: "Daniel Ortiz")),
                             on: Fixture.account(stage: .transferDay)) == nil, "near miss: the Friday is fine")
    }
}
