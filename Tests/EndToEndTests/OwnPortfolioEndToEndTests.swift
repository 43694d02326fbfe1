import BatonCore
import Foundation
import Testing

/// A lead's first morning with their own customers: an empty portfolio, an account with its
/// people and milestones entered on the account card, and all of it there after reopening.
@Suite("Your own portfolio in a terminal")
struct OwnPortfolioEndToEndTests {
    static let today = "2026-11-23"

    @Test("start your own portfolio, add an account with two contacts and two milestones, complete both; quit, reopen, find it all")
    func accountWithContactsAndMilestones() throws {
        let sandbox = try Sandbox()
        let store = sandbox.defaultStorePath
        var tmux = try TmuxSession.baton(["--today", Self.today], in: sandbox)
        try tmux.waitFor("[4] Timeline")
        try tmux.press("S")
        try tmux.waitFor("Start your own portfolio")
        try tmux.type("Ana Lima")
        try tmux.press("Enter")
        try tmux.waitFor("New account")
        try tmux.type("Acme Freight")
        try tmux.press("C-s")
        try tmux.waitFor("Acme Freight added")

        try tmux.press("Enter")                                 // the account card
        try tmux.waitFor("Account card · Acme Freight")
        try tmux.press("2")
        for (name, role, sponsor) in [("Dana Whitfield", "COO", true), ("Lars Berg", "Planning lead", false)] {
            try tmux.press("a")
            try tmux.waitFor("Add contact")
            try tmux.type(name)
            try tmux.press("Tab")
            try tmux.type(role)
            try tmux.press("Tab")
            if sponsor { try tmux.press("y") }                   // the picker's letter for Yes
            try tmux.press("C-s")
            try tmux.waitFor("\(name) added")
        }
        try tmux.press("3")
        for (name, target) in [("ERP integration live", "2026-11-10"), ("Rota planning under two hours", "2026-11-18")] {
            try tmux.press("a")
            try tmux.waitFor("Milestone (an outcome named at kick-off)")
            try tmux.type(name)
            try tmux.press("Tab")
            try tmux.type(target)
            try tmux.press("C-s")
            try tmux.waitUntil("the milestone form closed with \(name) on the card") { !$0.contains("Add milestone") && $0.contains(name) }
        }
        for (i, evidence) in ["1,200 transactions a day through the ERP", "Weekly rota cut from 6 hours to 90 minutes"].enumerated() {
            try tmux.press(i == 0 ? "g" : "j")
            try tmux.press("c")
            try tmux.waitFor("Complete milestone")
            try tmux.press("Tab")
            try tmux.type(evidence)
            try tmux.press("C-s")
            try tmux.waitFor(i == 0 ? "live” completed" : "hours” completed")
        }
        try tmux.press("Escape")
        try tmux.waitFor("[4] Timeline")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        // On disk: the account, its people and milestones; no demo account anywhere.
        let data = try #require(FileManager.default.contents(atPath: store))
        let portfolio = try StoreDocument.decode(data, path: store)
        #expect(portfolio.owner == "Ana Lima")
        #expect(!portfolio.accounts.contains(where: DemoPortfolio.isDemoAccount))
        let account = try #require(portfolio.accounts.first { $0.name == "Acme Freight" })
        #expect(portfolio.accounts.count == 1)
        #expect(account.contacts.map(\.name) == ["Dana Whitfield", "Lars Berg"])
        #expect(account.sponsor?.name == "Dana Whitfield")
        #expect(account.contacts.last?.role == "Planning lead")
        #expect(account.milestones.count == 2)
        #expect(account.milestones.filter(\.isCompletedWithEvidence).count == 2)
        #expect(account.milestones.map(\.completedOn?.iso) == [Self.today, Self.today])

        // And as a script reads it.
        let listed = try sandbox.runBaton(["list", "--json", "--today", Self.today])
        #expect(listed.status == 0, "\(listed)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(document["accounts"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["name"] as? String == "Acme Freight")

        // Reopened: the card shows them again.
        tmux = try TmuxSession.baton(["--today", Self.today], in: sandbox)
        try tmux.waitFor("[2] Readiness · Acme Freight")
        try tmux.press("Enter")
        try tmux.waitFor("Account card · Acme Freight")
        try tmux.press("2")
        let contacts = try tmux.waitFor("Lars Berg")
        #expect(contacts.contains("Dana Whitfield"))
        try tmux.press("3")
        try tmux.waitFor("Rota planning under two hours")
        try tmux.press("Escape")
        try tmux.waitFor("[4] Timeline")                         // Esc and q at once would read as Alt-q
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
