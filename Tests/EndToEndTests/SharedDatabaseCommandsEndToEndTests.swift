import BatonCore
import Foundation
import PostgresNIO
import Testing
@testable import BatonShared

/// Every shell command run as a child process against a real PostgreSQL database, and the
/// database read afterwards: what a command said it did is there, logged once; what it refused
/// is not; the local store is never written.
@Suite("Every command on a shared database",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"))
struct SharedDatabaseCommandsEndToEndTests {
    /// The database as the test sees it, beside the commands.
    struct Look {
        let settings: DatabaseSettings
        /// Generous: beside a full parallel test run on two cores a connection can wait its turn a while.
        static let patience: Duration = .seconds(120)

        func account(_ id: String) async throws -> SharedDatabase.StoredAccount? {
            let id = id
            return try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.account(id: id) }
        }

        func history(_ id: String) async throws -> [SharedDatabase.LogEntry] {
            let id = id
            return try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.history(accountID: id) }
        }

        func portfolio() async throws -> Portfolio { try await SharedDatabase.with(settings, timeout: Self.patience) { try await $0.portfolio() } }

        func logSize() async throws -> Int {
            try await SharedDatabase.with(settings, timeout: Self.patience) { db in
                for try await n in try await db.client.query("SELECT count(*)::bigint FROM change_log", logger: db.logger)
                    .decode(Int64.self) { return Int(n) }
                return 0
            }
        }

        func sql(_ statement: String) async throws {
            try await SharedDatabase.with(settings, timeout: Self.patience) { db in
                try await db.client.query(PostgresQuery(unsafeSQL: statement), logger: db.logger)
                return true
            }
        }
    }

    @Test("every command works on the database: each change is in the database and logged once, each refusal changes nothing")
    func everyCommand() async throws {
        let (url, secret) = try await SharedDatabaseEndToEndTests.freshDatabase()
        let look = Look(settings: try DatabaseSettings.resolve(url))
        let sandbox = try Sandbox()
        let shell = SharedDatabaseEndToEndTests()
        func run(_ arguments: [String]) async throws -> CommandResult {
            try await shell.baton(sandbox, arguments + ["--database", url], secret: secret)
        }
        /// A change the command reports applied: the last log entry is its summary, by Priya, and the log grew by one.
        func applied(_ arguments: [String], on id: String) async throws -> CommandResult {
            let before = try await look.logSize()
            let result = try await run(arguments + ["--as", "Priya"])
            #expect(result.status == 0, "\(arguments): \(result)")
            let last = try await look.history(id).last
            #expect(last?.summary == result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines), "\(arguments): \(result)")
            #expect(last?.by == "Priya")
            #expect(try await look.logSize() == before + 1, "\(arguments)")
            return result
        }
        /// A refusal: exit 1, the reason on stderr, the account and the log as they were.
        func refused(_ arguments: [String], on id: String, saying reason: String) async throws {
            let before = try await look.account(id)
            let logged = try await look.logSize()
            let result = try await run(arguments + ["--as", "Priya"])
            #expect(result.status == 1 && result.standardError.contains(reason), "\(arguments): \(result)")
            #expect(try await look.account(id)?.version == before?.version, "\(arguments)")
            #expect(try await look.logSize() == logged, "\(arguments)")
        }

        // db init: the schema made, and a second init does nothing.
        let initialised = try await run(["db", "init"])
        #expect(initialised.status == 0, "\(initialised)")
        #expect(try await SharedDatabase.with(look.settings, timeout: Look.patience) { try await $0.schemaVersion() } == SharedSchema.latest)
        #expect(try await run(["db", "init"]).standardOutput.contains("nothing to do"))

        // add: on the database, never on a local store.
        let added = try await run(["add", "Zephyr Ötztal", "--t-day", "2027-02-01", "--coordinator", "Tom Reeves", "--as", "Priya",
                             "--owner", "Sarah Khan"])
        #expect(added.status == 0 && added.standardOutput.contains("Zephyr Ötztal added") && added.standardOutput.contains("id zephyr-otztal"),
                "\(added)")
        let zephyr = try #require(try await look.account("zephyr-otztal"))
        #expect(zephyr.version == 1 && zephyr.account.people.onboardingCoordinator == "Tom Reeves" && zephyr.account.tDay.iso == "2027-02-01")
        #expect(zephyr.account.people.onboardingLead == "Priya")
        #expect(try await look.history("zephyr-otztal").map(\.by) == ["Priya"])
        #expect(try await look.portfolio().owner == "Sarah Khan")
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath), "add on the database wrote a local store")
        try await refused(["add", "zephyr otztal"], on: "zephyr-otztal", saying: "already in the portfolio")

        // The one-account changes, each through the core's rules.
        let id = "zephyr-otztal"
        try await refused(["mark", "zephyr", "1", "met", "--evidence", "Sign-off"], on: id, saying: "--signatory: needed")
        _ = try await applied(["contact", "zephyr", "Ana Ruiz", "--role", "COO", "--sponsor"], on: id)
        try await refused(["contact", "zephyr", "Bo Lind", "--sponsor"], on: id, saying: "already the sponsor")
        _ = try await applied(["mark", "zephyr", "setup", "met", "--evidence", "Sign-off PDF", "--signatory", "Ana Ruiz",
                               "--date", "2026-11-18", "--filed-in", "CRM › Documents", "--by", "Tom Reeves"], on: id)
        try await refused(["mark", "zephyr", "4", "not-met", "--action", "Observed check", "--owner", "Tom", "--deadline", "2026-11-01"],
                          on: id, saying: "deadline in the past")
        _ = try await applied(["mark", "zephyr", "4", "not-met", "--action", "Observed check", "--owner", "Tom", "--deadline", "+7"], on: id)
        try await refused(["risk", "add", "zephyr", "Admin moving role"], on: id, saying: "--likelihood: needed")
        _ = try await applied(["risk", "add", "zephyr", "Admin moving role", "--likelihood", "high", "--impact", "medium",
                               "--mitigation", "none yet", "--trigger", "none yet", "--owner", "Daniel", "--new-person", "Daniel"], on: id)
        _ = try await applied(["risk", "rate", "zephyr", "1", "--impact", "high", "--note", "Only admin on site"], on: id)
        try await refused(["risk", "rate", "zephyr", "1", "--impact", "high", "--note", "again"], on: id, saying: "already High")
        _ = try await applied(["risk", "materialise", "zephyr", "admin", "--note", "She moved"], on: id)
        _ = try await applied(["risk", "close", "zephyr", "1", "--note", "Replacement trained"], on: id)
        try await refused(["risk", "close", "zephyr", "1", "--note", "twice"], on: id, saying: "closed")
        _ = try await applied(["issue", "add", "zephyr", "SSO for the second site", "--kind", "ours", "--owner", "Priya", "--new-person", "Priya",
                               "--deadline", "+10"], on: id)
        _ = try await applied(["issue", "recommit", "zephyr", "1", "--deadline", "+20", "--note", "Vendor delay"], on: id)
        _ = try await applied(["issue", "rescope", "zephyr", "SSO", "SSO for both sites", "--note", "Second site joined"], on: id)
        _ = try await applied(["issue", "close", "zephyr", "1", "--note", "Live"], on: id)
        try await refused(["health", "zephyr", "amber"], on: id, saying: "--why: needed")
        _ = try await applied(["health", "zephyr", "amber", "--why", "Slow adoption at site 2"], on: id)
        try await refused(["note", "zephyr", "Nobody", "Great", "--tone", "positive"], on: id, saying: "not a contact")
        _ = try await applied(["note", "zephyr", "Ana Ruiz", "We are nearly there", "--tone", "positive"], on: id)
        try await refused(["log", "zephyr", "call", "Kick-off", "--with", "Ana", "--on", "2026-12-01"], on: id, saying: "has not happened yet")
        _ = try await applied(["log", "zephyr", "call", "Kick-off", "--with", "Ana"], on: id)
        _ = try await applied(["tick", "zephyr", "Internal handover meeting"], on: id)
        try await refused(["tick", "zephyr", "Internal handover meeting"], on: id, saying: "Done on")
        let missing = try await run(["health", "nosuch", "red", "--why", "x"])
        #expect(missing.status == 1 && missing.standardError.contains("nosuch"), "\(missing)")

        // What the database holds now is what the commands said.
        let after = try #require(try await look.account(id)).account
        #expect(after.contacts.contains { $0.name == "Ana Ruiz" })
        #expect(after.readiness[.setupComplete].status == .met)
        #expect(after.risks.first?.status == .closed && after.risks.first?.impact == .high)
        #expect(after.risks.first?.history.map(\.note) == ["Only admin on site"])
        #expect(after.openIssues.first?.isClosed == true && after.openIssues.first?.description == "SSO for both sites")
        #expect(after.health.rating == .amber && after.health.rationale == "Slow adoption at site 2")
        #expect(after.sentiment.contains { $0.words == "We are nearly there" })
        #expect(after.interactions.map(\.summary) == ["Kick-off"])
        #expect(after.timeline.contains { $0.title == "Internal handover meeting" && $0.doneOn != nil })
        let entries = try await look.history(id)
        #expect(entries.count == 16, "\(entries.map(\.summary))")
        #expect(try await look.account(id)?.version == 16)

        // Readers: list (text and JSON), show (text and JSON), history, validate, export.
        let listed = try await run(["list"])
        #expect(listed.status == 0 && listed.standardOutput.contains("Zephyr Ötztal"), "\(listed)")
        let listedJSON = try await run(["list", "--json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(listedJSON.standardOutput.utf8)) as? [String: Any],
                                    "\(listedJSON)")
        #expect((document["accounts"] as? [[String: Any]])?.first?["health"] as? String == "amber", "\(listedJSON)")
        let shown = try await run(["show", "zephyr"])
        #expect(shown.status == 0 && shown.standardOutput.contains("1 Setup is complete: Met"), "\(shown)")
        let shownJSON = try await run(["show", "zephyr", "--json"])
        let account = try #require((try JSONSerialization.jsonObject(with: Data(shownJSON.standardOutput.utf8)) as? [String: Any])?["account"]
                                   as? [String: Any], "\(shownJSON)")
        #expect((account["risks"] as? [[String: Any]])?.first?["status"] as? String == "closed")
        let history = try await run(["history", "zephyr"])
        #expect(history.status == 0 && history.standardOutput.contains("16 change(s)") && history.standardOutput.contains("Priya"),
                "\(history)")
        let historyJSON = try await run(["history", "zephyr", "--json"])
        let logged = try #require(try JSONSerialization.jsonObject(with: Data(historyJSON.standardOutput.utf8)) as? [String: Any])
        #expect((logged["entries"] as? [Any])?.count == 16)
        let valid = try await run(["validate"])
        #expect(valid.status == 0 && valid.standardOutput.contains("valid (1 account)"), "\(valid)")
        let exported = try await run(["export", "handover", "zephyr", "-o", "-"])
        #expect(exported.status == 0 && exported.standardOutput.contains("Zephyr Ötztal") && exported.standardOutput.contains("Ana Ruiz"),
                "\(exported)")
        let exportedFile = try await run(["export", "handover", "zephyr"])
        #expect(exportedFile.status == 0 && exportedFile.standardOutput.hasPrefix("Wrote "), "\(exportedFile)")

        // import: a dry run changes nothing; the import writes five accounts, one log entry each; again, nothing.
        let csv = sandbox.path("accounts.csv")
        try ScriptingEndToEndTests.salesforceExport(count: 5).write(to: URL(fileURLWithPath: csv))
        let logBefore = try await look.logSize()
        let dryRun = try await run(["import", csv, "--dry-run", "--as", "Priya"])
        #expect(dryRun.status == 0 && dryRun.standardOutput.contains("5 to add") && dryRun.standardOutput.contains("nothing was changed"),
                "\(dryRun)")
        #expect(try await look.portfolio().accounts.count == 1)
        #expect(try await look.logSize() == logBefore)
        let imported = try await run(["import", csv, "--as", "Priya"])
        #expect(imported.status == 0 && imported.standardOutput.contains("5 added"), "\(imported)")
        let withImport = try await look.portfolio()
        #expect(withImport.accounts.count == 6)
        #expect(try await look.logSize() == logBefore + 5)
        let importedOne = try #require(withImport.accounts.first { $0.id != id })
        #expect(try await look.history(importedOne.id).map(\.by) == ["Priya"])
        #expect(importedOne.crmRecord?.source == "Salesforce")
        let again = try await run(["import", csv, "--as", "Priya"])
        #expect(again.status == 0 && again.standardOutput.contains("5 unchanged"), "\(again)")
        #expect(try await look.logSize() == logBefore + 5)
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath), "a command on the database wrote a local store")

        // db push: a local store's accounts into the database; db pull: the database into a file, equal.
        let local = try await shell.baton(sandbox, ["add", "Local Only Ltd", "--t-day", "2027-03-01", "--owner", "Sarah Khan"], secret: secret)
        #expect(local.status == 0, "\(local)")
        let pushed = try await run(["db", "push"])
        #expect(pushed.status == 0 && pushed.standardOutput.contains("1 added, 0 updated, 0 unchanged"), "\(pushed)")
        #expect(try await look.account("local-only-ltd")?.version == 1)
        let copy = sandbox.path("copy.json")
        let pulled = try await run(["db", "pull", "--store", copy])
        #expect(pulled.status == 0 && pulled.standardOutput.contains("Pulled 7 account(s)"), "\(pulled)")
        let fromFile = try StoreReader.read(path: copy)
        let fromDatabase = try await look.portfolio()
        #expect(fromFile.accounts == fromDatabase.accounts)
        #expect(fromFile.owner == fromDatabase.owner)

        // remove-demo and the dashboard's local-store commands say they do not work here, and change nothing.
        let removeDemo = try await run(["remove-demo", "--dry-run"])
        #expect(removeDemo.status != 0 && removeDemo.standardError.contains("shared database"), "\(removeDemo)")

        // validate names a document this Baton cannot read; list then says which account, with exit 2.
        try await look.sql("UPDATE accounts SET document = '{\"broken\": true}'::jsonb WHERE id = 'local-only-ltd'")
        let invalid = try await run(["validate"])
        #expect(invalid.status == 1 && invalid.standardOutput.contains("local-only-ltd") && invalid.standardOutput.contains("1 problem"),
                "\(invalid)")
        let unreadable = try await run(["list"])
        #expect(unreadable.status == 2 && unreadable.standardError.contains("local-only-ltd"), "\(unreadable)")
    }

    @Test("an import with a refused row writes nothing to the database; --skip-bad-rows imports the rest as one step")
    func importRefusedRow() async throws {
        let (url, secret) = try await SharedDatabaseEndToEndTests.freshDatabase()
        let look = Look(settings: try DatabaseSettings.resolve(url))
        let sandbox = try Sandbox()
        let shell = SharedDatabaseEndToEndTests()
        func run(_ arguments: [String]) async throws -> CommandResult {
            try await shell.baton(sandbox, arguments + ["--database", url], secret: secret)
        }
        #expect(try await run(["db", "init"]).status == 0)
        let csv = sandbox.path("accounts.csv")
        try ScriptingEndToEndTests.salesforceExport(count: 3, bad: [2]).write(to: URL(fileURLWithPath: csv))
        // A refused row: nothing imported, exit 1, the line named.
        let refused = try await run(["import", csv])
        #expect(refused.status == 1 && refused.standardError.contains("nothing was imported"), "\(refused)")
        #expect(try await look.portfolio().accounts.isEmpty)
        #expect(try await look.logSize() == 0)
        // --skip-bad-rows imports the rest as one transaction.
        let rest = try await run(["import", csv, "--skip-bad-rows"])
        #expect(rest.status == 0 && rest.standardOutput.contains("2 added"), "\(rest)")
        #expect(try await look.portfolio().accounts.count == 2)
        #expect(try await look.logSize() == 2)
    }
}
