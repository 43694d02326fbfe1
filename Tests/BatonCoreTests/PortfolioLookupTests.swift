import Foundation
import Testing
@testable import BatonCore

/// A change finds its account where the screen's index says it sits; a place that is out of date
/// must never make it read or overwrite another account.
@Suite("Finding an account by where it sits")
struct PortfolioLookupTests {
    static func portfolio() -> Portfolio {
        SyntheticPortfolio.make(accounts: 5, seed: 3, today: Fixture.today, now: Date(timeIntervalSince1970: 1_790_000_000))
    }

    @Test("the right place finds the account, and a wrong or missing place still finds it by its id")
    func lookup() {
        let portfolio = Self.portfolio()
        let third = portfolio.accounts[2]
        #expect(portfolio.account(id: third.id, hint: 2) == third)
        #expect(portfolio.account(id: third.id, hint: 0) == third)
        #expect(portfolio.account(id: third.id, hint: 99) == third)
        #expect(portfolio.account(id: third.id, hint: nil) == third)
        #expect(portfolio.account(id: "no-such-account", hint: 2) == nil)
    }

    @Test("an upsert given the wrong place changes the account with its id, not the one at that place")
    func upsert() {
        var portfolio = Self.portfolio()
        let before = portfolio.accounts
        var third = before[2]
        third.health.rationale = "Sponsor confirmed the rollout plan in writing"
        portfolio.upsert(third, hint: 0)
        #expect(portfolio.accounts[0] == before[0])
        #expect(portfolio.accounts[2] == third)
        var added = before[1]
        added.id = "new-account"
        portfolio.upsert(added, hint: 1)
        #expect(portfolio.accounts[1] == before[1])
        #expect(portfolio.accounts.last == added)
        #expect(portfolio.accounts.count == before.count + 1)
    }
}
