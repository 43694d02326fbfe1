import BatonCore
import BatonShared
import Foundation
import Testing

/// The shared portfolio from the shell: `db init`, `db push`, a change with `--database`,
/// `history`, `list` and `db pull`, each a child process against a real PostgreSQL server.
@Suite("A team on one portfolio: the shell against PostgreSQL",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"))
struct SharedDatabaseEndToEndTests {
    static let today = "2026-11-20"

    /// A fresh database's URL, with the password in it (as a user might paste it).
    static func freshDatabase() async throws -> (url: String, password: String) {
        let url = try #require(ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"])
        let admin = try DatabaseSettings.resolve(url)
        let name = "baton_e2e_\(UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: ""))"
        try await Admin.createDatabase(named: name, on: admin, timeout: .seconds(120))
        var parts = try #require(URLComponents(string: url))
        parts.path = "/" + name
        return (try #require(parts.string), admin.password ?? "")
    }

    func baton(_ sandbox: Sandbox, _ arguments: [String], env: [String: String] = [:], secret: String) async throws -> CommandResult {
        let result = try await sandbox.runBatonAwaiting(arguments + ["--today", Self.today], extraEnvironment: env, timeout: 60)
        if !secret.isEmpty {
            #expect(!result.standardOutput.contains(secret) && !result.standardError.contains(secret),
                    "the password was printed by baton \(arguments.joined(separator: " "))")
        }
        return result
    }

    @Test("init, push twice, a change by Priya, her entry in history, list from the database, pull to a file")
    func wholeRound() async throws {
        let (url, secret) = try await Self.freshDatabase()
        let sandbox = try Sandbox()
        let db = ["--database", url]
        #expect(try await baton(sandbox, ["add", "Acme Freight", "--t-day", "2027-01-15", "--owner", "Sarah Khan"], secret: secret).status == 0)
        #expect(try await baton(sandbox, ["add", "Zephyr Logistics", "--t-day", "2027-02-01"], secret: secret).status == 0)

        let initialised = try await baton(sandbox, ["db", "init"] + db, secret: secret)
        #expect(initialised.status == 0, "\(initialised)")
        #expect(initialised.standardOutput.contains("schema version 0 → \(SharedSchema.latest)"), "\(initialised)")
        let again = try await baton(sandbox, ["db", "init"] + db, secret: secret)
        #expect(again.standardOutput.contains("nothing to do"), "\(again)")

        let pushed = try await baton(sandbox, ["db", "push"] + db, secret: secret)
        #expect(pushed.standardOutput.contains("2 added, 0 updated, 0 unchanged"), "\(pushed)")
        let pushedAgain = try await baton(sandbox, ["db", "push"] + db, secret: secret)
        #expect(pushedAgain.standardOutput.contains("0 added, 0 updated, 2 unchanged"), "\(pushedAgain)")

        let changed = try await baton(sandbox, ["health", "acme", "amber", "--why", "Sponsor on leave", "--as", "Priya"] + db, secret: secret)
        #expect(changed.status == 0, "\(changed)")
        #expect(changed.standardOutput.contains("Acme Freight: health Amber"), "\(changed)")
        let refused = try await baton(sandbox, ["health", "acme", "red"] + db, secret: secret)
        #expect(refused.status == 1, "\(refused)")

        // The variable works as --database does.
        let history = try await baton(sandbox, ["history", "acme"], env: ["BATON_DATABASE_URL": url], secret: secret)
        #expect(history.status == 0, "\(history)")
        #expect(history.standardOutput.contains("Priya  Acme Freight: health Amber"), "\(history)")
        #expect(history.standardOutput.contains("2 change(s)"), "\(history)")

        let listed = try await baton(sandbox, ["list", "--json"] + db, secret: secret)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any], "\(listed)")
        let acme = try #require((document["accounts"] as? [[String: Any]])?.first { ($0["name"] as? String) == "Acme Freight" })
        #expect(acme["health"] as? String == "amber", "\(acme)")

        // The local store is untouched by a change made on the database.
        let local = try await baton(sandbox, ["show", "acme", "--json"], secret: secret)
        #expect(!local.standardOutput.contains("Sponsor on leave"), "\(local)")

        let copy = sandbox.path("copy.json")
        let pulled = try await baton(sandbox, ["db", "pull", "--store", copy] + db, secret: secret)
        #expect(pulled.status == 0, "\(pulled)")
        let fromCopy = try await baton(sandbox, ["show", "acme", "--json", "--store", copy], secret: secret)
        #expect(fromCopy.standardOutput.contains("Sponsor on leave"), "\(fromCopy)")
        let overwrite = try await baton(sandbox, ["db", "pull", "--store", copy] + db, secret: secret)
        #expect(overwrite.status == 1 && overwrite.standardError.contains("--force"), "\(overwrite)")
        #expect(try await baton(sandbox, ["db", "pull", "--store", copy, "--force"] + db, secret: secret).status == 0)
    }

    @Test("a team tries Baton on the demo: db push --demo fills an empty database, and only an empty one")
    func demoIntoEmptyDatabase() async throws {
        let (url, secret) = try await Self.freshDatabase()
        let sandbox = try Sandbox()
        let db = ["--database", url]
        #expect(try await baton(sandbox, ["db", "init"] + db, secret: secret).status == 0)
        let pushed = try await baton(sandbox, ["db", "push", "--demo"] + db, secret: secret)
        #expect(pushed.status == 0, "\(pushed)")
        #expect(pushed.standardOutput.contains("12 invented accounts"), "\(pushed)")
        let listed = try await baton(sandbox, ["list"] + db, secret: secret)
        #expect(listed.standardOutput.contains("Northwind Logistics"), "\(listed)")
        let again = try await baton(sandbox, ["db", "push", "--demo"] + db, secret: secret)
        #expect(again.status == 1 && again.standardError.contains("only into an empty database"), "\(again)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath), "the demo never goes into a local store")
    }

    @Test("a command that cannot work on the database refuses rather than writing the local store")
    func localOnlyRefused() async throws {
        let (url, secret) = try await Self.freshDatabase()
        let sandbox = try Sandbox()
        #expect(try await baton(sandbox, ["add", "Acme Freight", "--t-day", "2027-01-15", "--owner", "Sarah Khan"], secret: secret).status == 0)
        let before = sandbox.contents(of: sandbox.defaultStorePath)
        let refused = try await baton(sandbox, ["remove-demo", "--database", url], secret: secret)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.standardError.contains("does not work on a shared database"), "\(refused)")
        #expect(sandbox.contents(of: sandbox.defaultStorePath) == before)
    }

    @Test("a wrong password or an uninitialised database: exit 2, what to do, and no password in sight")
    func failures() async throws {
        let (url, secret) = try await Self.freshDatabase()
        let sandbox = try Sandbox()
        let notReady = try await baton(sandbox, ["list", "--database", url], secret: secret)
        #expect(notReady.status == 2 && notReady.standardError.contains("baton db init"), "\(notReady)")

        var parts = try #require(URLComponents(string: url))
        parts.password = "Wr0ngPassw0rd-e2e"
        let wrong = try await baton(sandbox, ["db", "init", "--database", try #require(parts.string)], secret: "Wr0ngPassw0rd-e2e")
        #expect(wrong.status == 2, "\(wrong)")
        #expect(wrong.standardError.contains("password"), "\(wrong)")
    }
}
