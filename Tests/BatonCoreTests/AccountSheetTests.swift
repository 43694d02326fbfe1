import Foundation
import Testing
@testable import BatonCore

@Suite("baton show: every part of the account as text")
struct AccountSheetTests {
    static let today = CalendarDate(iso: "2026-12-07")!

    @Test("every stored property of an account has a part of the sheet that shows it (a new property fails until it is shown)")
    func everyPropertyShown() throws {
        let account = try #require(DemoPortfolio.make(today: Self.today, now: Date()).accounts.first)
        let headings = Set(AccountSheet.parts(account, today: Self.today, timeZone: .utc).map(\.heading))
        for child in Mirror(reflecting: account).children {
            let label = try #require(child.label)
            let part = AccountSheet.partOfProperty[label]
            #expect(part != nil, "Account.\(label) has no part in `baton show`")
            if let part { #expect(headings.contains(part), "the sheet has no part “\(part)” for Account.\(label)") }
        }
    }

    @Test("the sheet carries the milestones, the contract, the identity and the exit that `show` used to leave to --json")
    func partsOnceMissing() throws {
        let northwind = try #require(DemoPortfolio.make(today: Self.today, now: Date()).accounts.first { $0.id == "northwind" })
        let text = AccountSheet.text(northwind, today: Self.today, timeZone: .utc)
        #expect(text.contains("Milestones\n  1. All 3 sites provisioned, 47 named users with access"))
        #expect(text.contains("Annual value: 84,000 GBP"))
        #expect(text.contains("Legal entity: Northwind Logistics Ltd"))
        #expect(text.contains("Completion report: done"))
        #expect(text.contains("7. The unwritten briefing (internal only)"))
        #expect(text.contains("mitigation: "))
    }
}
