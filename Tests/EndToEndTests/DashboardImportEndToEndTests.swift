import BatonCore
import Foundation
import Testing

/// `:import` in a real terminal: the dry run, Enter, and `u` taking the whole import back, each
/// checked in the store after quitting.
@Suite("Importing a CRM export from the dashboard")
struct DashboardImportEndToEndTests {
    static let today = "2026-11-23"
    static let csv = """
        Account ID,Account Name,Account Owner,Industry,Employees,Billing City,Billing Country
        0015X0001,Quillon Freight,Tom Reeves,Transportation,1200,Leeds,United Kingdom
        0015X0002,Brightwater Clinics,Anna Berger,Healthcare,340,Innsbruck,Austria
        0015X0003,Marlow Textiles,Lee Park,Retail,85,Seoul,South Korea

        """
    static let imported: Set<String> = ["Quillon Freight", "Brightwater Clinics", "Marlow Textiles"]

    /// Opens the dashboard on `store`, imports ~/accounts.csv through the palette, and waits for it to be done.
    static func importThroughPalette(_ sandbox: Sandbox, store: String) throws -> TmuxSession {
        let tmux = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox)
        try tmux.waitFor("[4] Timeline")
        try tmux.press(":")
        try tmux.type("import")
        try tmux.press("Enter")
        try tmux.waitFor("Import a CRM export (CSV)")
        try tmux.type("~/accounts.csv")
        try tmux.press("C-s")
        let dryRun = try tmux.waitFor("Import accounts.csv · dry run")
        #expect(dryRun.contains("3 to add"), "\(dryRun)")
        #expect(dryRun.contains("line 2  add       Quillon Freight (0015X0001)"), "\(dryRun)")
        #expect(dryRun.contains("line 4  add       Marlow Textiles (0015X0003)"), "\(dryRun)")
        #expect(dryRun.contains("Enter imports 3 accounts as one change"), "\(dryRun)")
        // Nothing is in the store before Enter.
        #expect(try StoreReader.read(path: store).accounts.filter { imported.contains($0.name) }.isEmpty)
        try tmux.press("Enter")
        try tmux.waitFor("Imported accounts.csv: 3 added, 0 updated")
        // Durable before the screen says so: in the document itself, read without the dashboard's help.
        let written = try StoreDocument.decode(try #require(sandbox.contents(of: store)), path: store)
        #expect(Set(written.accounts.map(\.name)).isSuperset(of: imported))
        return tmux
    }

    @Test("import three accounts from the palette, see the dry run, apply, u: after quitting the store holds none of them")
    func importThenUndo() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        let before = try StoreReader.read(path: store)
        try Self.csv.write(toFile: sandbox.path("home/accounts.csv"), atomically: true, encoding: .utf8)

        let tmux = try Self.importThroughPalette(sandbox, store: store)
        try tmux.press("u")
        try tmux.waitFor("Undone: Imported accounts.csv")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        let after = try StoreReader.read(path: store)
        #expect(after.accounts.filter { Self.imported.contains($0.name) }.isEmpty)
        #expect(after.accounts.map(\.id) == before.accounts.map(\.id))
    }

    @Test("the same import without u: after quitting the store holds all three")
    func importKept() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        let before = try StoreReader.read(path: store)
        try Self.csv.write(toFile: sandbox.path("home/accounts.csv"), atomically: true, encoding: .utf8)

        let tmux = try Self.importThroughPalette(sandbox, store: store)
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        let after = try StoreReader.read(path: store)
        let added = after.accounts.filter { Self.imported.contains($0.name) }
        #expect(Set(added.map(\.name)) == Self.imported)
        #expect(added.allSatisfy { $0.crmRecord?.source == "Salesforce" })
        #expect(after.accounts.count == before.accounts.count + 3)
    }
}
