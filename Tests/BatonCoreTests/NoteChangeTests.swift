import Foundation
import Testing
@testable import BatonCore

@Suite("Health, sentiment and interactions through the one door")
struct NoteChangeTests {
    let today = Fixture.today

    @Test("setting health keeps the old rating in the history")
    func healthHistory() throws {
        let account = Fixture.account()
        let outcome = try Door.apply(.notes(.setHealth(.amber, rationale: "Admin moving role in Q3")), to: account).get()
        #expect(outcome.account.health == Health(rating: .amber, rationale: "Admin moving role in Q3", setOn: today))
        #expect(outcome.account.healthHistory == [account.health])
        #expect(outcome.summary == "Northwind Logistics: health Amber (\(today.iso))")
    }

    @Test("health without a rationale is refused")
    func healthNeedsRationale() {
        #expect(Door.refusal(.notes(.setHealth(.red, rationale: "  ")), on: Fixture.account()) == "Rationale is needed.")
    }

    @Test("a sponsor's note says how long sentiment stays fresh")
    func sponsorNote() throws {
        let outcome = try Door.apply(.notes(.addSentimentNote(contact: Fixture.sponsorName, on: today, words: "Good decision.",
                                                              isVerbatim: true, tone: .positive)), to: Fixture.account()).get()
        let note = try #require(outcome.account.sentiment.last)
        #expect(note.contact == Fixture.sponsorName && note.capturedOn == today && note.tone == .positive)
        #expect(note.id == "northwind-sentiment-2")
        #expect(outcome.summary.hasSuffix("sponsor sentiment fresh until \(today.adding(days: 7).iso)"))
    }

    @Test("a note from someone who is not a contact on the account is refused")
    func strangerRefused() {
        let reason = Door.refusal(.notes(.addSentimentNote(contact: "Nobody", on: today, words: "Hi", isVerbatim: true,
                                                           tone: .neutral)), on: Fixture.account())
        #expect(reason?.contains("is not a contact on the account") == true)
    }

    @Test("a sentiment note dated tomorrow is refused: it has not happened yet")
    func futureNote() {
        let reason = Door.refusal(.notes(.addSentimentNote(contact: Fixture.sponsorName, on: Fixture.day(1), words: "Hi",
                                                           isVerbatim: true, tone: .neutral)), on: Fixture.account())
        #expect(reason == "Refused: \(Fixture.day(1).iso) has not happened yet.")
    }

    @Test("an interaction three days old is logged now and flagged late")
    func lateInteraction() throws {
        let threeDaysAgo = Fixture.noon.addingTimeInterval(-3 * 86_400)
        let outcome = try Door.apply(.notes(.logInteraction(.call, on: Fixture.day(-3), at: threeDaysAgo, with: "Lisa Chen",
                                                            summary: "Rota questions")), to: Fixture.account()).get()
        let logged = try #require(outcome.account.interactions.last)
        #expect(logged.loggedAt == Fixture.noon && logged.happenedAt == threeDaysAgo && logged.isLateLogged)
        #expect(outcome.summary.hasSuffix("logged 3 days late — flagged"))
    }

    @Test("an interaction is never counted as happening after it was logged")
    func neverAfterLogging() throws {
        let later = Fixture.noon.addingTimeInterval(3600)
        let after = try #require(Door.after(.notes(.logInteraction(.email, on: today, at: later, with: "Lisa Chen",
                                                                   summary: "Agenda")), on: Fixture.account()))
        #expect(after.interactions.last?.happenedAt == Fixture.noon)
        #expect(after.interactions.last?.isLateLogged == false)
    }
}
