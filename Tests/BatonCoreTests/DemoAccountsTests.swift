import Foundation
import Testing
@testable import BatonCore

@Suite("Recognising the demo's invented accounts")
struct DemoAccountsTests {
    @Test("every demo account is recognised, on any day; a real account sharing only a name or an id is not")
    func recognised() {
        let day = CalendarDate(iso: "2027-05-04")!
        let demo = DemoPortfolio.make(today: day, now: Date(timeIntervalSince1970: TimeInterval(day.dayNumber) * 86_400))
        #expect(demo.accounts.count == 12)
        #expect(demo.accounts.allSatisfy(DemoPortfolio.isDemoAccount))
        var sameName = StoreFixture.account(1)
        sameName.identity.name = "Northwind Logistics"
        #expect(!DemoPortfolio.isDemoAccount(sameName))
        var sameID = StoreFixture.account(2)
        sameID.id = "northwind"
        #expect(!DemoPortfolio.isDemoAccount(sameID))
    }
}
