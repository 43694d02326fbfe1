import Foundation
import Testing
@testable import BatonCore

@Suite("Archiving an account")
struct ArchiveChangeTests {
    static let today = CalendarDate(iso: "2026-11-23")!
    static let context = ChangeContext(today: today, now: Date(timeIntervalSince1970: 1_795_426_200), by: "Sarah Khan", timeZone: .utc)

    static var northwind: Account {
        DemoPortfolio.make(today: today, now: context.now).account(id: "northwind")!
    }

    @Test("archiving keeps the account and its history")
    func keepsHistory() throws {
        let before = Self.northwind
        let outcome = try AccountChange.archive(.archive(reason: .churned, note: "  budget cut in Q1 ")).apply(to: before, context: Self.context).get()
        let after = outcome.account
        #expect(after.archived == Archival(reason: .churned, note: "budget cut in Q1", on: Self.today))
        #expect(!after.isActive)
        var unarchived = after
        unarchived.archived = nil
        #expect(unarchived == before, "archiving changed something other than the archival")
        #expect(!after.risks.isEmpty && !after.timeline.isEmpty && !after.sentiment.isEmpty)
        #expect(outcome.summary.contains("archived"))
    }

    @Test("restoring brings it back")
    func restore() throws {
        let before = Self.northwind
        let archived = try AccountChange.archive(.archive(reason: .movedToAnotherLead, note: "")).apply(to: before, context: Self.context).get().account
        let restored = try AccountChange.archive(.restore).apply(to: archived, context: Self.context).get().account
        #expect(restored == before)
        #expect(restored.isActive)
    }

    @Test("archiving an archived account or restoring an active one is refused")
    func refusals() throws {
        let active = Self.northwind
        let restoreActive = AccountChange.archive(.restore).apply(to: active, context: Self.context)
        guard case .failure(let notArchived) = restoreActive else { Issue.record("restored an active account"); return }
        #expect(notArchived.reason.contains("is not archived"))
        let archived = try AccountChange.archive(.archive(reason: .done, note: "")).apply(to: active, context: Self.context).get().account
        let twice = AccountChange.archive(.archive(reason: .churned, note: "")).apply(to: archived, context: Self.context)
        guard case .failure(let already) = twice else { Issue.record("archived twice"); return }
        #expect(already.reason.contains("already archived"))
    }
}
