@testable import BatonCore
import Foundation
import Testing

/// The summary index proves each entry by a checksum of the summary itself (issue 25, finding 2).
/// The checksum is written field by field, so a field added to `AccountSummary` and left out of
/// it would be served from a damaged index unchecked: these tests change every field in turn.
@Suite("Every part of an account's summary is covered by its checksum")
struct SummaryChecksumTests {
    static let today = CalendarDate(iso: "2026-11-23")!

    /// The stored properties of `AccountSummary` this test knows how to change.
    static let fields = ["id", "name", "searchKey", "stage", "verdict", "verdictAtTransfer", "health", "tDay", "tDayLabel",
                         "daysToTDay", "highRisks", "overdueItems", "knowledgeTransfer", "owner", "onboardingLead",
                         "accountManager", "scheduleDriven", "attention", "archived"]

    /// One change to the field of that name.
    static func change(_ field: String, of s: inout AccountSummary) {
        switch field {
        case "id": s.id += "x"
        case "name": s.name = String(s.name.dropLast()) + "Ö"
        case "searchKey": s.searchKey += "x"
        case "stage": s.stage = s.stage == .salesHandover ? .onboardingActive : .salesHandover
        case "verdict": s.verdict.score += 1
        case "verdictAtTransfer": s.verdictAtTransfer = s.verdictAtTransfer == nil ? today : nil
        case "health": s.health = s.health == .red ? .green : .red
        case "tDay": s.tDay = s.tDay.adding(days: 1)
        case "tDayLabel": s.tDayLabel += "x"
        case "daysToTDay": s.daysToTDay += 1
        case "highRisks": s.highRisks += 7
        case "overdueItems": s.overdueItems += 1
        case "knowledgeTransfer": s.knowledgeTransfer += 1
        case "owner": s.owner += "x"
        case "onboardingLead": s.onboardingLead += "x"
        case "accountManager": s.accountManager += "x"
        case "scheduleDriven": s.scheduleDriven.toggle()
        case "attention": s.attention.append(.staleVerdict)
        case "archived": s.archived = s.archived == nil ? Archival(reason: .churned, note: "left", on: today) : nil
        default: break
        }
    }

    static func summary() -> AccountSummary {
        let account = DemoPortfolio.make(today: today, now: Date()).accounts[0]
        return AccountSummary(account: account, today: today)
    }

    @Test("the table of changes names every field a summary stores: a new field must join the checksum")
    func everyFieldIsNamed() {
        let stored = Set(Mirror(reflecting: Self.summary()).children.compactMap(\.label))
        #expect(stored == Set(Self.fields), "fields not in the checksum's test: \(stored.subtracting(Self.fields))")
    }

    @Test("changing any one field of a summary changes its checksum", arguments: fields)
    func eachFieldChangesTheChecksum(field: String) throws {
        let original = Self.summary()
        var changed = original
        Self.change(field, of: &changed)
        try #require(changed != original, "the test's change to \(field) changed nothing")
        #expect(changed.checksum != original.checksum)
    }

    @Test("the checksum depends on the values only: the same summary decoded from its JSON has the same checksum")
    func valuesOnly() throws {
        let original = Self.summary()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        let again = try JSONDecoder().decode(AccountSummary.self, from: encoder.encode(original))
        #expect(again.checksum == original.checksum)
    }
}
