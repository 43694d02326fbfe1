import BatonCore
import BatonShared
import Foundation
import Testing

/// Issue 25, finding 1: shell writers on a shared portfolio while PostgreSQL restarts under them
/// (`pg_ctl restart -m fast`: every connection dropped with 57P01). On a cluster of the test's
/// own (never the shared one the other tests use). Before, some writers waited forever on a
/// semaphore with no socket open, and one exited on "terminating connection due to administrator
/// command" without trying again. Now each ends: its change applied exactly once, or a clear
/// refusal after its deadline, never applied twice.
@Suite("A team on one portfolio: shell writers while the server restarts", .serialized,
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL here (CI starts one; this test starts a cluster of its own with initdb)"))
struct ServerRestartWritersEndToEndTests {
    static let account = "northwind"

    /// A cluster of the test's own holding the demo portfolio.
    static func cluster(_ sandbox: Sandbox) throws -> (PostgresCluster, String) {
        let cluster = PostgresCluster()
        let url = try cluster.start()
        #expect(try sandbox.runBaton(["db", "init", "--database", url], timeout: 120).status == 0)
        let pushed = try sandbox.runBaton(["db", "push", "--demo", "--database", url], timeout: 120)
        try #require(pushed.status == 0, "\(pushed)")
        return (cluster, url)
    }

    /// How many risks on the account have this statement.
    static func risks(_ statement: String, in portfolio: Portfolio) -> Int {
        portfolio.accounts.filter { $0.id.contains(account) }.flatMap(\.risks).filter { $0.statement == statement }.count
    }

    @Test("twelve writers, the server restarted a moment in: every one ends, and each change is in the database exactly once")
    func restartMidChange() async throws {
        let sandbox = try Sandbox()
        let (cluster, url) = try Self.cluster(sandbox)
        defer { cluster.remove() }
        let statements = (1...12).map { String(format: "Restart risk %02d", $0) }
        async let results: [CommandResult] = withThrowingTaskGroup(of: CommandResult.self) { group in
            for statement in statements {
                group.addTask {
                    try await sandbox.runBatonAwaiting(["risk", "add", Self.account, statement, "--likelihood", "medium", "--impact", "high", "--mitigation", "none yet",
                                                        "--trigger", "none yet", "--review", "+14", "--owner", "Daniel Ortiz",
                                                        "--database", url, "--as", "Writer"],
                                                       extraEnvironment: ["BATON_DATABASE_DEADLINE": "90"], timeout: 200)
                }
            }
            var all: [CommandResult] = []
            for try await result in group { all.append(result) }
            return all
        }
        // Some writers are mid-change now (a database command takes a few hundred milliseconds).
        try await Task.sleep(for: .milliseconds(700))
        try cluster.restart()
        let ended = try await results
        let settings = try DatabaseSettings.resolve(url)
        let portfolio = try await SharedDatabase.with(settings, timeout: .seconds(120)) { try await $0.portfolio() }
        for result in ended {
            // Never killed by the test's timeout: each ended by itself, and said why.
            #expect(!result.signalled, "\(result)")
            #expect(result.status == 0, "the restart is over in seconds, well within the deadline: \(result)")
        }
        for statement in statements {
            #expect(Self.risks(statement, in: portfolio) == 1, "\(statement) is in the database exactly once")
        }
    }

    @Test("the server stops mid-change and stays down: each writer gives up at its deadline, non-zero, saying so, and nothing is applied twice")
    func stopsForGood() async throws {
        let sandbox = try Sandbox()
        let (cluster, url) = try Self.cluster(sandbox)
        defer { cluster.remove() }
        let statements = (1...4).map { "Stopped risk \($0)" }
        async let results: [(String, CommandResult)] = withThrowingTaskGroup(of: (String, CommandResult).self) { group in
            for statement in statements {
                group.addTask {
                    (statement, try await sandbox.runBatonAwaiting(["risk", "add", Self.account, statement, "--likelihood", "medium", "--impact", "high", "--mitigation", "none yet",
                                                        "--trigger", "none yet", "--review", "+14", "--owner", "Daniel Ortiz",
                                                                    "--database", url],
                                                                   extraEnvironment: ["BATON_DATABASE_DEADLINE": "8"], timeout: 120))
                }
            }
            var all: [(String, CommandResult)] = []
            for try await result in group { all.append(result) }
            return all
        }
        try await Task.sleep(for: .milliseconds(500))
        try cluster.stop()
        let ended = try await results
        for (_, result) in ended {
            #expect(!result.signalled, "ended by itself, not by the test's timeout: \(result)")
            if result.status != 0 {
                // Either it never reached the server (said at once), or it lost it and gave up at the deadline.
                #expect(result.status == 2, "\(result)")
                #expect(result.standardError.contains("gave up after 8 s") || result.standardError.contains("cannot reach"), "\(result)")
            }
        }
        try cluster.start()
        let settings = try DatabaseSettings.resolve(url)
        let portfolio = try await SharedDatabase.with(settings, timeout: .seconds(120)) { try await $0.portfolio() }
        for (statement, result) in ended where result.status == 0 {
            #expect(Self.risks(statement, in: portfolio) == 1, "\(statement)")
        }
        for statement in statements {
            #expect(Self.risks(statement, in: portfolio) <= 1, "\(statement) never twice")
        }
    }
}
