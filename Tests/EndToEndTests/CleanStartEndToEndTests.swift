import BatonCore
import Foundation
import Testing

/// The first run on a new machine, adding an account, and tidying a store an earlier build seeded
/// with the demo: the real binary, in tmux and on the command line.
@Suite("A clean start in a terminal")
struct CleanStartEndToEndTests {
    static let today = "2026-11-23"

    private func accounts(in path: String) throws -> [Account] {
        let data = try #require(FileManager.default.contents(atPath: path), "no store at \(path)")
        return try StoreDocument.decode(data, path: path).accounts
    }

    @Test("a fresh machine shows the demo, labelled; S asks the name, creates an empty store and offers the first account; it is there after reopening")
    func freshMachine() throws {
        let sandbox = try Sandbox()
        let store = sandbox.defaultStorePath
        var tmux = try TmuxSession.baton(["--today", Self.today], in: sandbox)
        var screen = try tmux.waitFor("[4] Timeline")
        #expect(ScreenText.rows(screen)[0].contains("DEMO · S starts your own"))
        #expect(screen.contains("Northwind Logistics"))
        #expect(!FileManager.default.fileExists(atPath: store), "the demo created the real store")

        try tmux.press("S")
        try tmux.waitFor("Start your own portfolio")
        try tmux.type("Ana Lima")
        try tmux.press("Enter")
        screen = try tmux.waitFor("New account")
        #expect(ScreenText.rows(screen)[0].contains("Baton · Ana Lima"))
        #expect(try accounts(in: store).isEmpty, "the new store is not empty")
        #expect(try StoreDocument.decode(#require(FileManager.default.contents(atPath: store)), path: store).owner == "Ana Lima")

        try tmux.type("Acme Freight")
        try tmux.press("C-s")
        try tmux.waitFor("Acme Freight added")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        let stored = try accounts(in: store)
        #expect(stored.map(\.id) == ["acme-freight"])
        #expect(!stored.contains(where: DemoPortfolio.isDemoAccount))
        #expect(stored.first?.people.onboardingLead == "Ana Lima")

        tmux = try TmuxSession.baton(["--today", Self.today], in: sandbox)
        screen = try tmux.waitFor("[2] Readiness · Acme Freight")
        #expect(ScreenText.rows(screen)[0].contains("Baton · Ana Lima"))
        #expect(!screen.contains("DEMO"))
        #expect(!screen.contains("Northwind"))
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test("baton list and baton validate on a machine without a store say how to start, and create nothing")
    func listAndValidateCreateNothing() throws {
        let sandbox = try Sandbox()
        let list = try sandbox.runBaton(["list"])
        #expect(list.status == 1, "\(list)")
        #expect(list.standardError.contains("no portfolio yet"), "\(list)")
        #expect(list.standardError.contains("press S"), "\(list)")
        let validate = try sandbox.runBaton(["validate"])
        #expect(validate.status == 1, "\(validate)")
        #expect(validate.standardError.contains("no portfolio yet"), "\(validate)")
        let piped = try sandbox.runBaton([])
        #expect(piped.standardError.contains("no portfolio yet"), "\(piped)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath))
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("data/baton")))
    }

    @Test("baton remove-demo removes exactly the demo's accounts; --dry-run changes nothing; a second run finds none")
    func removeDemo() throws {
        let sandbox = try Sandbox()
        let store = sandbox.defaultStorePath
        try StoreFixture.writeDemo(to: store, today: Self.today) { portfolio in
            var real = portfolio.accounts[0]
            real.id = "acme-freight"
            real.identity.name = "Acme Freight"
            portfolio.accounts.append(real)
            // A real customer that shares a demo account's name but not its id stays.
            var namesake = portfolio.accounts[1]
            namesake.id = "cascadia-real"
            portfolio.accounts.append(namesake)
        }
        let dry = try sandbox.runBaton(["remove-demo", "--dry-run"])
        #expect(dry.status == 0, "\(dry)")
        #expect(dry.standardOutput.contains("Would remove 12 demo accounts"), "\(dry)")
        #expect(dry.standardOutput.contains("northwind  Northwind Logistics"), "\(dry)")
        #expect(try accounts(in: store).count == 14)

        let removed = try sandbox.runBaton(["remove-demo"])
        #expect(removed.status == 0, "\(removed)")
        #expect(removed.standardOutput.contains("Removed 12 demo accounts"), "\(removed)")
        #expect(removed.standardOutput.contains("2 accounts left"), "\(removed)")
        #expect(try accounts(in: store).map(\.id).sorted() == ["acme-freight", "cascadia-real"])

        let again = try sandbox.runBaton(["remove-demo"])
        #expect(again.status == 0 && again.standardOutput.contains("No demo accounts"), "\(again)")
        let list = try sandbox.runBaton(["list"])
        #expect(list.standardOutput.contains("Acme Freight") && !list.standardOutput.contains("Northwind"), "\(list)")
    }

    @Test("an account archived with x leaves baton list, and baton list --archived shows it flagged")
    func archivedInList() throws {
        let sandbox = try Sandbox()
        try StoreFixture.writeDemo(to: sandbox.defaultStorePath, today: Self.today)
        let tmux = try TmuxSession.baton(["--today", Self.today], in: sandbox)
        try tmux.waitFor("[2] Readiness · Alpenblick Hotels")
        try tmux.press("x")
        try tmux.waitFor("Archive Alpenblick Hotels")
        try tmux.press("C-s")
        try tmux.waitFor("Alpenblick Hotels archived")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        let list = try sandbox.runBaton(["list", "--today", Self.today])
        #expect(!list.standardOutput.contains("Alpenblick"), "\(list)")
        let archived = try sandbox.runBaton(["list", "--archived", "--today", Self.today])
        let row = archived.standardOutput.split(separator: "\n").first { $0.contains("Alpenblick") } ?? ""
        #expect(row.contains("archived: churned 2026-11-23"), "\(archived)")
    }
}
