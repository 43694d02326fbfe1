import Foundation
import Testing
@testable import BatonCore

/// The account card's changes, through the one door: identity, contract, people, contacts,
/// milestones, the onboarding exit and the handover document.
@Suite("The account card's changes")
struct AccountCardChangeTests {
    let context = ChangeContext(today: Fixture.today, now: Fixture.noon, by: "Sarah Khan", timeZone: .utc)

    func apply(_ change: AccountChange, to account: Account = Fixture.account()) -> Result<ChangeOutcome, ChangeRefusal> {
        change.apply(to: account, context: context)
    }

    func applied(_ change: AccountChange, to account: Account = Fixture.account()) throws -> Account {
        try apply(change, to: account).get().account
    }

    func refusal(_ change: AccountChange, on account: Account = Fixture.account()) -> String? {
        if case .failure(let refusal) = apply(change, to: account) { return refusal.reason }
        return nil
    }

    // MARK: identity, contract, people

    @Test("editing the identity with a blank name is refused")
    func blankName() {
        let reason = refusal(.profile(.editIdentity(Identity(name: "   ", industry: "Logistics"))))
        #expect(reason?.contains("needs a name") == true)
    }

    @Test("editing the identity keeps every field, trimmed, and says which changed")
    func editIdentity() throws {
        let identity = Identity(name: " Northwind Logistics 北風 ", legalEntity: "Northwind Logistics Holdings Ltd",
                                tradingName: " Northwind 北風 ", industry: "Freight", headcount: 1_200, primaryLocation: "Hull",
                                registeredAddress: "2 Dock Road, Hull")
        let outcome = try apply(.profile(.editIdentity(identity))).get()
        #expect(outcome.account.identity.name == "Northwind Logistics 北風")
        #expect(outcome.account.identity.headcount == 1_200)
        #expect(outcome.account.identity.tradingName == "Northwind 北風")
        #expect(outcome.summary.contains("name, legal entity, trading name, industry, headcount, location, registered address"))
    }

    @Test("a contract whose renewal is not after its start is refused")
    func renewalBeforeStart() {
        var contract = Fixture.account().contract
        contract.renewalDate = contract.startDate
        #expect(refusal(.profile(.editContract(contract)))?.contains("must come after the start date") == true)
    }

    @Test("a currency that is not a three-letter code is refused; a lower-case one is upper-cased")
    func currency() throws {
        var contract = Fixture.account().contract
        contract.currency = "pounds"
        #expect(refusal(.profile(.editContract(contract)))?.contains("three-letter ISO code") == true)
        contract.currency = "eur"
        #expect(try applied(.profile(.editContract(contract))).contract.currency == "EUR")
    }

    @Test("our people: a blank account manager is refused; the director is optional")
    func people() throws {
        #expect(refusal(.profile(.editPeople(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan",
                                            accountManager: " ", accountManagementDirector: nil,
                                            primaryOwner: "Tom Reeves")))?.contains("incoming account manager") == true)
        let after = try applied(.profile(.editPeople(onboardingCoordinator: "Tom Reeves", onboardingLead: "Sarah Khan",
                                                     accountManager: "Priya Nair", accountManagementDirector: "  ",
                                                     primaryOwner: "Tom Reeves")))
        #expect(after.people.accountManager == "Priya Nair")
        #expect(after.people.accountManagementDirector == nil)
    }

    // MARK: contacts

    @Test("a second sponsor is refused, naming the current sponsor")
    func secondSponsor() {
        let reason = refusal(.contacts(.add(ContactDetails(name: "Oliver Grant", role: "CFO", isSponsor: true))))
        #expect(reason == "Refused: Amira Haddad is already the sponsor. An account has one sponsor: untag Amira Haddad first.")
    }

    @Test("tagging another contact sponsor is refused too; untagging the first lets it through")
    func moveSponsor() throws {
        let lisa = ContactDetails(name: "Lisa Chen", role: "Admin", isSponsor: true, isDayToDay: true)
        #expect(refusal(.contacts(.edit(id: "c-admin", lisa)))?.contains("Amira Haddad is already the sponsor") == true)
        var account = try applied(.contacts(.edit(id: "c-sponsor", ContactDetails(name: Fixture.sponsorName, role: "COO"))))
        account = try applied(.contacts(.edit(id: "c-admin", lisa)), to: account)
        #expect(account.sponsor?.name == "Lisa Chen")
    }

    @Test("a contact is added with a new id, its tags, stance and strength")
    func addContact() throws {
        let details = ContactDetails(name: "Oliver Grant", role: "CFO", communicationPreference: "Email, mornings",
                                     relationshipStrength: .weak, stance: .sceptic)
        let outcome = try apply(.contacts(.add(details))).get()
        let added = try #require(outcome.account.contacts.last)
        #expect(added.id == "contact-3")
        #expect(added.stance == .sceptic && added.relationshipStrength == .weak)
        #expect(outcome.summary == "Northwind Logistics: contact Oliver Grant added")
    }

    @Test("a contact without a name, or with the name of another, is refused")
    func contactNames() {
        #expect(refusal(.contacts(.add(ContactDetails(name: " ", role: "CFO")))) == "Refused: a contact needs a name.")
        #expect(refusal(.contacts(.add(ContactDetails(name: "lisa chen", role: "CFO"))))?.contains("already a contact") == true)
    }

    @Test("renaming the sponsor carries their sentiment notes, so sentiment stays fresh")
    func renameSponsor() throws {
        let after = try applied(.contacts(.edit(id: "c-sponsor", ContactDetails(name: "Amira Haddad-Khan", role: "COO",
                                                                                  isSponsor: true))))
        #expect(after.sentiment.allSatisfy { $0.contact == "Amira Haddad-Khan" })
        #expect(!after.isSentimentStale(today: Fixture.today))
    }

    // MARK: milestones and condition 3

    func validity3(_ account: Account) -> ConditionValidity {
        Readiness.validity(of: .milestonesAchieved, in: account, today: Fixture.today)
    }

    @Test("completing the last open milestone makes condition 3 valid")
    func completeLast() throws {
        var account = Fixture.account()
        account.milestones[1].completedOn = nil
        account.milestones[1].evidence = nil
        #expect(!validity3(account).isValid)
        account = try applied(.milestones(.complete(id: "m2", on: Fixture.day(-1), evidence: "Rota built in 80 minutes")),
                              to: account)
        #expect(validity3(account) == .valid)
    }

    @Test("reopening a milestone makes a Met condition 3 stale, even once completed again")
    func reopen() throws {
        var account = try applied(.milestones(.reopen(id: "m1")))
        #expect(account.milestones[0].reopenedOn == Fixture.today)
        #expect(account.milestones[0].completedOn == nil)
        account = try applied(.milestones(.complete(id: "m1", on: Fixture.today, evidence: "1,250 transactions a day")),
                              to: account)
        guard case .stale = validity3(account) else {
            Issue.record("condition 3 should be stale, is \(validity3(account))")
            return
        }
    }

    @Test("adding a milestone makes a Met condition 3 stale and dates it today")
    func addMilestone() throws {
        let outcome = try apply(.milestones(.add(name: "Second site live", targetDate: Fixture.day(14)))).get()
        let added = try #require(outcome.account.milestones.last)
        #expect(added.addedOn == Fixture.today && added.id == "milestone-3")
        #expect(outcome.summary.contains("condition 3's Met needs re-judging"))
        guard case .stale = validity3(outcome.account) else {
            Issue.record("condition 3 should be stale, is \(validity3(outcome.account))")
            return
        }
    }

    @Test("a milestone completed without evidence, or in the future, is refused")
    func completeNeedsEvidence() throws {
        let open = try applied(.milestones(.reopen(id: "m1")))
        #expect(refusal(.milestones(.complete(id: "m1", on: Fixture.today, evidence: "  ")), on: open)?
            .contains("completed with evidence") == true)
        #expect(refusal(.milestones(.complete(id: "m1", on: Fixture.day(1), evidence: "Live")), on: open)?
            .contains("is in the future") == true)
    }

    @Test("an open milestone cannot be reopened, nor a completed one completed again")
    func reopenOpen() throws {
        let open = try applied(.milestones(.reopen(id: "m1")))
        #expect(refusal(.milestones(.reopen(id: "m1")), on: open)?.contains("nothing to reopen") == true)
        #expect(refusal(.milestones(.complete(id: "m2", on: Fixture.today, evidence: "x")))?.contains("already completed") == true)
    }

    @Test("editing a milestone keeps its completion and its dates")
    func editMilestone() throws {
        let after = try applied(.milestones(.edit(id: "m1", name: "ERP integration live at 3 sites", targetDate: Fixture.day(-29))))
        #expect(after.milestones[0].name == "ERP integration live at 3 sites")
        #expect(after.milestones[0].completedOn == Fixture.day(-28))
        #expect(validity3(after) == .valid)
    }

    // MARK: the onboarding exit

    @Test("the customer sign-off needs a reference to the signed document")
    func signOffNeedsReference() throws {
        let reason = refusal(.exit(.markDone(.customerSignOff, on: Fixture.today, reference: " ")))
        #expect(reason?.contains("signed acknowledgement, never inferred") == true)
        let after = try applied(.exit(.markDone(.customerSignOff, on: Fixture.day(-1), reference: "DocuSign 4F2-991")))
        let step = try #require(after.exit.first { $0.component == .customerSignOff })
        #expect(step.doneOn == Fixture.day(-1) && step.reference == "DocuSign 4F2-991")
    }

    @Test("other exit components are done without a reference, but never in the future; not done clears both")
    func exitSteps() throws {
        #expect(refusal(.exit(.markDone(.completionReport, on: Fixture.day(2), reference: nil)))?.contains("still to come") == true)
        var after = try applied(.exit(.markDone(.completionReport, on: Fixture.today, reference: "Drive/Northwind/report.pdf")))
        after = try applied(.exit(.markNotDone(.completionReport)), to: after)
        let step = try #require(after.exit.first { $0.component == .completionReport })
        #expect(step.doneOn == nil && step.reference == nil)
    }

    // MARK: the handover document

    @Test("a handover section's text is set, and section 7 is named internal in the summary")
    func handover() throws {
        let outcome = try apply(.handover(.setSection(.unwrittenBriefing, text: "The CFO distrusts dashboards.\n\n"))).get()
        #expect(outcome.account.handover[.unwrittenBriefing] == "The CFO distrusts dashboards.")
        #expect(outcome.summary.contains("(INTERNAL)"))
    }
}
