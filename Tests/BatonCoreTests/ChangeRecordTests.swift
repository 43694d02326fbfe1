import Foundation
import Testing
@testable import BatonCore

/// A change written down (the shared store's outbox and change log) must come back as the same
/// change: a mark made offline is re-applied through the door when the server is back.
@Suite("A change written down and read back")
struct ChangeRecordTests {
    private func roundTrip(_ change: AccountChange) throws -> AccountChange {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(AccountChange.self, from: encoder.encode(change))
    }

    @Test("a Met mark with its evidence comes back whole and applies the same")
    func markMet() throws {
        let evidence = Evidence(summary: "Sponsor said the rollout is working", date: Fixture.today,
                                providedBy: Fixture.sponsorName, sponsorWords: "The team relies on it every day",
                                tone: .positive)
        let change = AccountChange.readiness(.markMet(.customerConfidence, evidence))
        let back = try roundTrip(change)
        #expect(back == change)
        let account = Fixture.account()
        #expect(Door.after(back, on: account) == Door.after(change, on: account))
    }

    @Test("register, note and timeline changes keep their ids, dates and words")
    func others() throws {
        let changes: [AccountChange] = [
            .register(.closeRisk(id: "r1", note: "Sponsor confirmed budget")),
            .register(.moveReview(id: "r1", to: Fixture.day(7), note: "waiting on legal")),
            .register(.addIssue(.technical, description: "Export drops accents", owner: "Sarah Khan", deadline: Fixture.day(5))),
            .notes(.setHealth(.amber, rationale: "Adoption dipped after the reorg")),
            .readiness(.recordRun(attendees: ["Sarah Khan", "Daniel Ortiz"], startedAt: Fixture.noon)),
        ]
        for change in changes { #expect(try roundTrip(change) == change) }
    }
}
