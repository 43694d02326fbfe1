@testable import BatonCore
import Foundation
import Testing
@testable import BatonUI

@Suite("baton list is inert")
struct SafeListingTests {
    @Test("list --json escapes C1 and bidirectional controls as \\u escapes; the table drops them")
    func listing() throws {
        var portfolio = DemoPortfolio.make(today: DemoState.today, now: DemoState.now)
        portfolio.accounts[0].identity.name = "Evil\u{9B}2J\u{9D}0;t\u{07}\u{202E}Corp\u{1B}[2J"
        let listing = PortfolioListing(portfolio: portfolio, today: DemoState.today)
        let json = String(decoding: try listing.json(), as: UTF8.self)
        #expect(!json.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x9D || $0.value == 0x202E || $0.value == 0x1B })
        #expect(json.contains("\\u009b2J\\u009d0;t\\u0007\\u202eCorp\\u001b[2J"))
        let table = listing.table()
        #expect(!table.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x9D || $0.value == 0x202E || $0.value == 0x1B })
    }
}
