import Foundation
import Testing
@testable import BatonCore

@Suite("The risk register and the open issues log through the one door")
struct RegisterChangeTests {
    let today = Fixture.today

    func withRegister() -> Account {
        var account = Fixture.account()
        account.risks = [Fixture.risk("nw-risk-1"), Fixture.risk("nw-risk-2", likelihood: .high, impact: .high)]
        account.openIssues = [Fixture.openIssue("nw-issue-1")]
        return account
    }

    func draft(review: CalendarDate = Fixture.day(14)) -> RiskDraft {
        RiskDraft(statement: "Phase 2 expansion not yet contracted", likelihood: .medium, impact: .high,
                  mitigation: "Proposal with the sponsor", owner: "Daniel Ortiz", escalationTrigger: "No answer by QBR",
                  nextReview: review)
    }

    @Test("closing a risk without a note is refused")
    func closeNeedsNote() {
        let reason = Door.refusal(.register(.closeRisk(id: "nw-risk-1", note: "  ")), on: withRegister())
        #expect(reason == "Refused: \(TidyPictureError.resolutionNoteRequired.message)")
    }

    @Test("a closed risk stays on the account with its note: nothing is deleted")
    func closedRiskKept() throws {
        let outcome = try Door.apply(.register(.closeRisk(id: "nw-risk-1", note: "Successor trained")), to: withRegister()).get()
        let risk = try #require(outcome.account.risks.first { $0.id == "nw-risk-1" })
        #expect(outcome.account.risks.count == 2)
        #expect(risk.status == .closed && risk.resolution == "Successor trained" && risk.resolvedOn == today)
        #expect(outcome.summary == "Northwind Logistics: risk closed — kept in the history (H)")
    }

    @Test("a risk already materialised cannot be materialised again")
    func materialiseTwice() throws {
        let once = try #require(Door.after(.register(.materialiseRisk(id: "nw-risk-1", note: "Lisa left")), on: withRegister()))
        #expect(once.risks[0].status == .materialised)
        #expect(Door.refusal(.register(.materialiseRisk(id: "nw-risk-1", note: "Again")), on: once)
            == "Refused: \(TidyPictureError.alreadyMaterialised.message)")
    }

    @Test("an added risk gets the next id of the register, made in the core, and is raised today")
    func addRisk() throws {
        let outcome = try Door.apply(.register(.addRisk(draft())), to: withRegister()).get()
        let risk = try #require(outcome.account.risks.last)
        #expect(risk.id == "nw-risk-3" && risk.raisedOn == today && risk.severity == 6)
        #expect(outcome.summary == "Northwind Logistics: risk added, severity 6")
    }

    @Test("adding the same risk to the same account twice gives two ids, never one reused")
    func idsNeverReused() throws {
        let once = try #require(Door.after(.register(.addRisk(draft())), on: withRegister()))
        let twice = try #require(Door.after(.register(.addRisk(draft())), on: once))
        #expect(Set(twice.risks.map(\.id)).count == 4)
    }

    @Test("a risk whose next review is already overdue is refused")
    func overdueReviewRefused() {
        let reason = Door.refusal(.register(.addRisk(draft(review: Fixture.day(-1)))), on: withRegister())
        #expect(reason?.hasPrefix("Refused: a next review on \(Fixture.day(-1).iso) is already overdue") == true)
    }

    @Test("a risk without a named owner is refused")
    func riskNeedsOwner() {
        var nobody = draft()
        nobody.owner = ""
        #expect(Door.refusal(.register(.addRisk(nobody)), on: withRegister()) != nil)
    }

    @Test("editing a risk's wording leaves an overdue review as it was: editing is not a review")
    func editKeepsOverdueReview() throws {
        var account = withRegister()
        account.risks[0].nextReview = Fixture.day(-3)
        var edited = draft(review: Fixture.day(-3))
        edited.statement = "Admin Lisa Chen moves role in Q4"
        edited.impact = .medium  // as the risk is: only the wording changes
        let after = try #require(Door.after(.register(.editRisk(id: "nw-risk-1", edited)), on: account))
        #expect(after.risks[0].statement == "Admin Lisa Chen moves role in Q4")
        #expect(after.risks[0].nextReview == Fixture.day(-3))
    }

    @Test("a review moved to a day already past is refused")
    func moveReviewPast() {
        let reason = Door.refusal(.register(.moveReview(id: "nw-risk-1", to: Fixture.day(-1), note: "Sponsor away")), on: withRegister())
        #expect(reason?.hasPrefix("Refused: a review on \(Fixture.day(-1).iso) is already overdue") == true)
    }

    @Test("a new likelihood with its note gives the new severity and is kept, dated, in the risk's history")
    func changeLikelihood() throws {
        let outcome = try Door.apply(.register(.changeLikelihood(id: "nw-risk-1", to: .high, note: "Lisa has applied internally")),
                                     to: withRegister()).get()
        let risk = outcome.account.risks[0]
        #expect(risk.likelihood == .high)
        #expect(outcome.summary == "Northwind Logistics: risk likelihood Medium → High (severity 6) — kept in the risk's history")
        #expect(risk.history == [RiskChangeRecord(on: today, note: "Lisa has applied internally",
                                                  likelihood: .init(from: .medium, to: .high))])
    }

    @Test("an open issue with a deadline in the past is refused: it commits to nothing")
    func issuePastDeadline() {
        let reason = Door.refusal(.register(.addIssue(.ourCommitment, description: "Send the forecast", owner: "Daniel Ortiz",
                                                      deadline: Fixture.day(-2))), on: withRegister())
        #expect(reason?.contains("commits to nothing") == true)
    }

    @Test("an added open issue gets the log's next id")
    func addIssue() throws {
        let after = try #require(Door.after(.register(.addIssue(.technical, description: "Report export is slow",
                                                                 owner: "Daniel Ortiz", deadline: Fixture.day(5))),
                                            on: withRegister()))
        #expect(after.openIssues.last?.id == "nw-issue-2")
        #expect(after.openIssues.last?.raisedOn == today)
    }

    @Test("rewording an open issue after the day it was logged is refused: that is a re-scope")
    func editAfterLoggedDay() {
        let reason = Door.refusal(.register(.editIssue(id: "nw-issue-1", .ourCommitment, description: "Something else",
                                                       owner: "Daniel Ortiz")), on: withRegister())
        #expect(reason == "Refused: a new description is a re-scope (s), which keeps the old one in the record.")
    }

    @Test("re-committing keeps the old deadline in the record")
    func recommitKeepsOld() throws {
        let after = try #require(Door.after(.register(.recommitIssue(id: "nw-issue-1", deadline: Fixture.day(40),
                                                                      note: "Agreed with the sponsor")), on: withRegister()))
        #expect(after.openIssues[0].deadline == Fixture.day(40))
        #expect(after.openIssues[0].dispositions.last?.previousDeadline == Fixture.day(20))
    }

    @Test("re-committing to a deadline already past is refused")
    func recommitPast() {
        let reason = Door.refusal(.register(.recommitIssue(id: "nw-issue-1", deadline: Fixture.day(-1), note: "Late")),
                                  on: withRegister())
        #expect(reason == "Refused: \(TidyPictureError.deadlineInThePast.message)")
    }

    @Test("re-scoping keeps the old description; closing needs its note and keeps the item")
    func rescopeAndClose() throws {
        let rescoped = try #require(Door.after(.register(.rescopeIssue(id: "nw-issue-1", description: "Forecasting in month 4",
                                                                        note: "Sponsor agreed")), on: withRegister()))
        #expect(rescoped.openIssues[0].dispositions.last?.previousDescription == "Forecasting module deferred to month 3")
        #expect(Door.refusal(.register(.closeIssue(id: "nw-issue-1", note: "")), on: rescoped) != nil)
        let closed = try #require(Door.after(.register(.closeIssue(id: "nw-issue-1", note: "Shipped")), on: rescoped))
        #expect(closed.openIssues.count == 1 && closed.openIssues[0].isClosed)
    }

    @Test("a change to an item that is not on the account is refused, naming it")
    func noSuchItem() {
        #expect(Door.refusal(.register(.closeRisk(id: "nw-risk-9", note: "x")), on: withRegister())
            == "Refused: \(TidyPictureError.noSuchItem("nw-risk-9").message)")
    }
}
