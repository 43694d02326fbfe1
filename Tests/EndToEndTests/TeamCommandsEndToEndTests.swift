import BatonCore
import Foundation
import Testing

/// A team's views from a shell: `list --mine`, `--lead`, `--manager` and `baton load`, on a store
/// where Marc Dubois leads four of the demo's twelve accounts and Sarah Khan (the owner) the rest.
@Suite("Team views from the command line", .serialized)
struct TeamCommandsEndToEndTests {
    static let today = "2026-11-23"

    func teamStore(_ sandbox: Sandbox) throws -> String {
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: Self.today) { portfolio in
            for i in portfolio.accounts.indices where i % 3 == 0 { portfolio.accounts[i].people.onboardingLead = "Marc Dubois" }
        }
        return store
    }

    func names(_ sandbox: Sandbox, _ arguments: [String]) throws -> [String] {
        let result = try sandbox.runBaton(["list", "--json", "--today", Self.today] + arguments)
        #expect(result.status == 0, "\(result)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        return (document["accounts"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test("--mine, --lead and --manager list only that person's accounts, and combine")
    func listFlags() throws {
        let sandbox = try Sandbox()
        let store = try teamStore(sandbox)
        let all = try names(sandbox, ["--store", store])
        #expect(all.count == 12)
        let mine = try names(sandbox, ["--store", store, "--mine"])
        let marc = try names(sandbox, ["--store", store, "--lead", "marc dubois"])
        #expect(mine.count == 8)
        #expect(marc.count == 4)
        #expect(Set(mine).isDisjoint(with: marc))
        #expect(Set(mine + marc) == Set(all))
        let daniel = try names(sandbox, ["--store", store, "--manager", "Daniel Ortiz"])
        #expect(daniel.contains("Northwind Logistics"))
        let both = try names(sandbox, ["--store", store, "--manager", "Daniel Ortiz", "--lead", "Marc Dubois"])
        #expect(both == daniel.filter(marc.contains))
        #expect(try names(sandbox, ["--store", store, "--lead", "Nobody Here"]).isEmpty)
        let blank = try sandbox.runBaton(["list", "--store", store, "--lead", " "])
        #expect(blank.status != 0)
        #expect(blank.standardError.contains("--lead needs a name"))
    }

    @Test("baton load prints each person's accounts per stage and the T-days in the next 14 days")
    func load() throws {
        let sandbox = try Sandbox()
        let store = try teamStore(sandbox)
        let table = try sandbox.runBaton(["load", "--store", store, "--today", Self.today])
        #expect(table.status == 0, "\(table)")
        let lines = table.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Person") == true)
        // Transferred accounts have left the leads' load (T-day change 4): Sarah keeps 6 of her 8, Marc 3 of his 4.
        #expect(lines.contains { $0.hasPrefix("Sarah Khan") && $0.contains("onboarding lead") && $0.contains(" 6 ") })
        #expect(lines.contains { $0.hasPrefix("Marc Dubois") && $0.contains(" 3 ") })
        #expect(table.standardOutput.contains("T-days in the next 14 days (to 2026-12-07):"))
        #expect(lines.contains { $0.contains("Northwind Logistics") && $0.contains("lead Marc Dubois") && $0.contains("manager Daniel Ortiz") })

        let json = try sandbox.runBaton(["load", "--json", "--store", store, "--today", Self.today, "--days", "2"])
        #expect(json.status == 0, "\(json)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["horizon"] as? Int == 2)
        let people = try #require(document["people"] as? [[String: Any]])
        let sarah = try #require(people.first { $0["name"] as? String == "Sarah Khan" && $0["role"] as? String == "onboardingLead" })
        #expect((sarah["stages"] as? [Int])?.reduce(0, +) == 6)
        let days = (sarah["transferDays"] as? [[String: Any]] ?? []).compactMap { $0["daysAway"] as? Int }
        #expect(!days.isEmpty)
        #expect(days.allSatisfy { (0...2).contains($0) })
    }

    @Test("load --json matches the checked-in JSON Schema")
    func loadMatchesSchema() throws {
        let sandbox = try Sandbox()
        let store = try teamStore(sandbox)
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/load.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        for arguments in [["--store", store], ["--demo"]] {
            let result = try sandbox.runBaton(["load", "--json", "--today", Self.today] + arguments)
            #expect(result.status == 0, "\(result)")
            let value = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
            let problems = JSONSchemaCheck.violations(of: value, against: schema)
            #expect(problems.isEmpty, "\(arguments): \(problems.joined(separator: "\n"))")
        }
        // The checker can fail: a person without a role is caught.
        #expect(!JSONSchemaCheck.violations(of: ["schemaVersion": 1, "today": "2026-11-23", "horizon": 14,
                                                 "people": [["name": "X", "accounts": 1, "stages": [], "accountIDs": [],
                                                             "transferDays": []]]], against: schema).isEmpty)
    }
}
