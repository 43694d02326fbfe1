import Foundation
import Testing
@testable import BatonCore

@Suite("The tidy picture without loopholes: ratings, review dates and the T-day move only with a note, dated")
struct TidyPictureRatingTests {
    let today = Fixture.today

    func withRisk(review: CalendarDate = Fixture.day(30)) -> Account {
        var account = Fixture.account()
        account.risks = [Fixture.risk("nw-risk-1", nextReview: review)]
        return account
    }

    func edit(_ risk: Risk, likelihood: Level? = nil, impact: Level? = nil, review: CalendarDate? = nil, note: String = "") -> RiskDraft {
        RiskDraft(statement: risk.statement, likelihood: likelihood ?? risk.likelihood, impact: impact ?? risk.impact,
                  mitigation: risk.mitigation, owner: risk.owner, escalationTrigger: risk.escalationTrigger,
                  nextReview: review ?? risk.nextReview, note: note)
    }

    @Test("a change of likelihood without a note is refused")
    func likelihoodNeedsNote() {
        let reason = Door.refusal(.register(.changeLikelihood(id: "nw-risk-1", to: .low, note: "  ")), on: withRisk())
        #expect(reason == "Refused: \(TidyPictureError.changeNoteRequired.message)")
    }

    @Test("a change of impact without a note is refused")
    func impactNeedsNote() {
        #expect(Door.refusal(.register(.changeImpact(id: "nw-risk-1", to: .high, note: "")), on: withRisk())
            == "Refused: \(TidyPictureError.changeNoteRequired.message)")
    }

    @Test("a kinder impact with its note is kept in the risk's history, old and new level, dated")
    func kinderImpactKept() throws {
        let after = try #require(Door.after(.register(.changeImpact(id: "nw-risk-1", to: .low, note: "Successor named: Ana")),
                                            on: withRisk()))
        #expect(after.risks[0].impact == .low)
        let record = try #require(after.risks[0].history.last)
        #expect(record.on == today && record.note == "Successor named: Ana")
        #expect(record.impact == .init(from: .medium, to: .low) && record.likelihood == nil && record.review == nil)
    }

    @Test("the same level again changes nothing and is said")
    func sameLevel() {
        #expect(Door.refusal(.register(.changeLikelihood(id: "nw-risk-1", to: .medium, note: "x")), on: withRisk())
            == "Refused: the likelihood is already Medium.")
    }

    @Test("moving a risk's review date without a note is refused")
    func moveReviewNeedsNote() {
        #expect(Door.refusal(.register(.moveReview(id: "nw-risk-1", to: Fixture.day(40), note: "")), on: withRisk())
            == "Refused: \(TidyPictureError.changeNoteRequired.message)")
    }

    @Test("a moved review date keeps the old one in the risk's history with the note")
    func moveReviewKept() throws {
        let after = try #require(Door.after(.register(.moveReview(id: "nw-risk-1", to: Fixture.day(40), note: "After the QBR")),
                                            on: withRisk()))
        #expect(after.risks[0].nextReview == Fixture.day(40))
        #expect(after.risks[0].history == [RiskChangeRecord(on: today, note: "After the QBR",
                                                            review: .init(from: Fixture.day(30), to: Fixture.day(40)))])
    }

    @Test("editing a risk cannot change its rating without a note: the edit form is no way round")
    func editIsNoLoophole() {
        let account = withRisk()
        let kinder = edit(account.risks[0], likelihood: .low)
        #expect(Door.refusal(.register(.editRisk(id: "nw-risk-1", kinder)), on: account)
            == "Refused: \(TidyPictureError.changeNoteRequired.message)")
        let later = edit(account.risks[0], review: Fixture.day(60))
        #expect(Door.refusal(.register(.editRisk(id: "nw-risk-1", later)), on: account) != nil)
    }

    @Test("an edit that changes the rating with a note keeps a dated record of every level that moved")
    func editWithNoteKept() throws {
        let account = withRisk()
        let draft = edit(account.risks[0], likelihood: .high, impact: .high, note: "Lisa resigned today")
        let after = try #require(Door.after(.register(.editRisk(id: "nw-risk-1", draft)), on: account))
        let record = try #require(after.risks[0].history.last)
        #expect(record.likelihood == .init(from: .medium, to: .high) && record.impact == .init(from: .medium, to: .high))
        #expect(record.what == "likelihood Medium → High, impact Medium → High")
    }

    @Test("editing only the wording needs no note and leaves no rating record")
    func wordingOnly() throws {
        let account = withRisk()
        var draft = edit(account.risks[0])
        draft.mitigation = "Ana shadows Lisa from June"
        let after = try #require(Door.after(.register(.editRisk(id: "nw-risk-1", draft)), on: account))
        #expect(after.risks[0].mitigation == "Ana shadows Lisa from June" && after.risks[0].history.isEmpty)
    }

    @Test("keeping a risk open at the 30-day review needs a note")
    func keepOpenNeedsNote() {
        #expect(Door.refusal(.meeting(.review(.keepRisk(id: "nw-risk-1", nextReview: Fixture.day(14), note: ""))), on: withRisk())
            == TidyPictureError.changeNoteRequired.message)
    }

    @Test("keeping a risk open whose review date has already passed is refused")
    func keepOpenOverdue() {
        let account = withRisk(review: Fixture.day(-2))
        #expect(Door.refusal(.meeting(.review(.keepRisk(id: "nw-risk-1", nextReview: Fixture.day(-2), note: "Still watching"))),
                             on: account) == TidyPictureError.reviewInThePast(Fixture.day(-2)).message)
    }

    @Test("keeping a risk open leaves a dated entry in its history, even on the same review date")
    func keepOpenRecorded() throws {
        let after = try #require(Door.after(.meeting(.review(.keepRisk(id: "nw-risk-1", nextReview: Fixture.day(30),
                                                                       note: "Still likely in Q3"))), on: withRisk()))
        let record = try #require(after.risks[0].history.last)
        #expect(record.keptOpenAtReview == true && record.review == nil && record.note == "Still likely in Q3")
        #expect(record.what == "kept open at the 30-day review")
    }

    @Test("moving the T-day without a note is refused")
    func tDayNeedsNote() {
        let account = Fixture.account()
        #expect(Door.refusal(.timeline(.changeTDay(account.tDay.adding(days: 7), note: " ")), on: account)
            == "Refused: write a note saying why the T-day moves; it is kept, dated, in the account's history.")
    }

    @Test("a moved T-day keeps the old date, the new one, the day it moved and why")
    func tDayMoveKept() throws {
        let account = Fixture.account()
        let after = try #require(Door.after(.timeline(.changeTDay(account.tDay.adding(days: 7), note: "Sponsor on leave")), on: account))
        #expect(after.tDayHistory == [TDayMove(from: account.tDay, to: account.tDay.adding(days: 7), on: today, note: "Sponsor on leave")])
    }

    @Test("a risk and an account stored before histories were kept read with empty histories")
    func olderStoresRead() throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        var object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(withRisk())) as? [String: Any])
        object["tDayHistory"] = nil
        var risks = try #require(object["risks"] as? [[String: Any]])
        risks[0]["history"] = nil
        object["risks"] = risks
        let older = try JSONSerialization.data(withJSONObject: object)
        let account = try decoder.decode(Account.self, from: older)
        #expect(account.tDayHistory.isEmpty && account.risks[0].history.isEmpty)
    }
}
