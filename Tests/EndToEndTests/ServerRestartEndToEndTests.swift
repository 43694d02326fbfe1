import BatonCore
import BatonShared
import Foundation
import Testing

/// Two leads run a readiness meeting together on one PostgreSQL database, and the server restarts
/// under them: a REAL server of the test's own (a throwaway cluster, never the shared one the
/// other tests use), stopped while Sarah marks, started again, and restarted once more. Nothing
/// typed is lost, her change arrives once, and listening resumes.
@Suite("A team on one portfolio: a server restart mid-meeting",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL here (CI starts one; this test starts a cluster of its own with initdb)"))
struct ServerRestartEndToEndTests {
    static let account = "Blue Fin Seafood"

    /// The readiness row of `condition` on the meeting screen reads Unassessed.
    static func unassessed(_ condition: Int, _ screen: String) -> Bool {
        ScreenText.rows(screen).contains { $0.contains("· \(condition) ") && $0.contains("Unassessed") && !$0.contains("Condition") }
    }

    @Test("two leads in a readiness meeting: the server stops and starts mid-meeting, a change made meanwhile arrives once, and live updates resume")
    func restartMidMeeting() async throws {
        let cluster = PostgresCluster()
        defer { cluster.remove() }
        let url = try cluster.start()
        let settings = try DatabaseSettings.resolve(url)
        let sandbox = try Sandbox()

        let initialised = try sandbox.runBaton(["db", "init", "--database", url], timeout: 60)
        #expect(initialised.status == 0, "\(initialised)")
        let pushed = try sandbox.runBaton(["db", "push", "--demo", "--database", url], timeout: 60)
        try #require(pushed.status == 0, "\(pushed)")

        func dashboard(as name: String, state: String) throws -> TmuxSession {
            try TmuxSession.baton(["--database", url, "--as", name], in: sandbox,
                                  extraEnvironment: ["XDG_STATE_HOME": sandbox.path(state)])
        }
        let sarah = try dashboard(as: "Sarah Khan", state: "state-sarah")
        let daniel = try dashboard(as: "Daniel Ortiz", state: "state-daniel")
        try sarah.waitFor("synced", timeout: 30)
        try daniel.waitFor("synced", timeout: 30)

        // Sarah opens the readiness meeting on Blue Fin Seafood (Daniel's first account: he is its
        // incoming account manager) and begins it.
        for _ in 0..<12 where !(try sarah.screen()).contains("Readiness · \(Self.account)") {
            let before = try sarah.screen()
            try sarah.press("j")
            try sarah.waitUntil("the cursor moved", timeout: 10) { $0 != before }
        }
        try sarah.waitFor("Readiness · \(Self.account)", timeout: 5)
        try sarah.press("r")
        try sarah.waitFor("Readiness assessment · \(Self.account)", timeout: 10)
        try sarah.press("Enter")
        try sarah.waitFor("Condition 1 of 6", timeout: 10)
        try daniel.waitFor("Readiness · \(Self.account)", timeout: 5)

        // 1. Live: Daniel clears condition 1; Sarah's meeting shows it, naming him.
        // Timed from Daniel's key press to Sarah's screen.
        try daniel.press("2")
        var started = Date()
        try daniel.press("c")
        try daniel.waitFor("\(Self.account) 🐟: condition 1 back to Unassessed", timeout: 10)
        var seen = try sarah.waitUntil("Daniel's clear of condition 1 in Sarah's meeting", timeout: 20) {
            $0.contains("Daniel Ortiz · \(Self.account) 🐟: condition 1 back to Unassessed") && Self.unassessed(1, $0)
        }
        let firstDelay = Date().timeIntervalSince(started)
        #expect(seen.contains("Readiness assessment · \(Self.account)") && seen.contains("Condition 1 of 6"), "\(seen)")

        // 2. The server stops mid-meeting. Sarah keeps going: keeps 1 and 2, clears 3.
        try cluster.stop()
        try sarah.waitFor("offline", timeout: 30)
        try daniel.waitFor("offline", timeout: 30)
        try sarah.press("Enter")
        try sarah.waitFor("Condition 2 of 6", timeout: 10)
        try sarah.press("Enter")
        try sarah.waitFor("Condition 3 of 6", timeout: 10)
        try sarah.press("c")
        let waiting = try sarah.waitUntil("Sarah's clear of condition 3 waiting in the outbox", timeout: 10) {
            $0.contains("offline · 1 change waiting") && Self.unassessed(3, $0)
        }
        #expect(waiting.contains("Readiness assessment · \(Self.account)"), "\(waiting)")

        // 3. It starts again: the waiting change is sent once and reaches Daniel.
        try cluster.start()
        started = Date()
        try sarah.waitUntil("Sarah synced again", timeout: 60) { ScreenText.rows($0)[0].contains("synced") }
        let resent = Date().timeIntervalSince(started)
        try daniel.waitUntil("Sarah's change on Daniel's screen", timeout: 60) {
            $0.contains("Sarah Khan · \(Self.account) 🐟: condition 3 back to Unassessed") && ScreenText.rows($0)[0].contains("synced")
        }
        let reachedDaniel = Date().timeIntervalSince(started)

        // 4. A real restart (pg_ctl restart -m fast: every connection dropped), then Daniel clears
        //    condition 2: it reaches Sarah's meeting live, so listening resumed after both.
        try cluster.restart()
        try sarah.waitUntil("Sarah synced after the restart", timeout: 60) { ScreenText.rows($0)[0].contains("synced") }
        try daniel.waitUntil("Daniel synced after the restart", timeout: 60) { ScreenText.rows($0)[0].contains("synced") }
        // Both listen again on the restarted server (each session there started after the restart).
        try cluster.waitUntil("two dashboards listening on the restarted server", url: url,
                              "SELECT count(*) >= 2 FROM pg_stat_activity WHERE query LIKE 'LISTEN%'")
        try daniel.press("j")
        started = Date()
        try daniel.press("c")
        try daniel.waitFor("\(Self.account) 🐟: condition 2 back to Unassessed", timeout: 10)
        seen = try sarah.waitUntil("Daniel's clear of condition 2 in Sarah's meeting", timeout: 30) {
            $0.contains("Daniel Ortiz · \(Self.account) 🐟: condition 2 back to Unassessed") && Self.unassessed(2, $0)
        }
        let afterRestartDelay = Date().timeIntervalSince(started)

        // Sarah's meeting is still open where she was, with all three changes on it.
        #expect(seen.contains("Readiness assessment · \(Self.account)") && seen.contains("Condition 3 of 6"), "\(seen)")
        #expect(Self.unassessed(1, seen) && Self.unassessed(2, seen) && Self.unassessed(3, seen), "\(seen)")
        #expect(ScreenText.rows(seen)[0].contains("synced"), "\(seen)")

        // Each change is in the database exactly once, by the person who made it.
        let changes = try await LiveDashboardEndToEndTests.changesBy(settings)
        #expect(changes.map(\.by) == ["Daniel Ortiz", "Sarah Khan", "Daniel Ortiz"], "\(changes)")
        #expect(changes.map(\.summary) == [1, 3, 2].map { "\(Self.account) 🐟: condition \($0) back to Unassessed" }, "\(changes)")
        let history = try sandbox.runBaton(["history", "blue fin", "--database", url], timeout: 60)
        #expect(history.status == 0, "\(history)")
        #expect(history.standardOutput.components(separatedBy: "Sarah Khan  \(Self.account) 🐟: condition 3 back to Unassessed").count == 2,
                "\(history)")
        let listed = try sandbox.runBaton(["list", "--json", "--database", url], timeout: 60)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any], "\(listed)")
        let blueFin = try #require((document["accounts"] as? [[String: Any]])?.first { ($0["name"] as? String)?.hasPrefix(Self.account) == true })
        #expect(blueFin["readiness"] as? Int == 2, "5 of 6 Met in the demo, three cleared: \(blueFin)")

        print("server restart mid-meeting: Daniel's mark (key press) seen by Sarah in \(Self.seconds(firstDelay)) s;"
              + " Sarah's offline change sent \(Self.seconds(resent)) s and on Daniel's screen \(Self.seconds(reachedDaniel)) s after the server started;"
              + " after pg_ctl restart, Daniel's mark seen by Sarah in \(Self.seconds(afterRestartDelay)) s")
        // Within a second when the machine is quiet (the figures above); the bound is generous so a
        // full parallel run on two loaded cores cannot break it by accident (baton-live-bench measures).
        #expect(firstDelay < 15, "\(firstDelay) s")
        #expect(afterRestartDelay < 15, "\(afterRestartDelay) s")
    }

    static func seconds(_ interval: TimeInterval) -> String { String(format: "%.2f", interval) }
}

/// A PostgreSQL cluster of the test's own, made, started, stopped and removed by
/// `.ci/pg-cluster.sh` (the script CI's cluster comes from): initdb into a folder under /tmp, a
/// free port on 127.0.0.1, a random password, run as `baton-ci` when the test runs as root.
final class PostgresCluster {
    let folder = "/tmp/baton-pg-restart-" + UUID().uuidString.prefix(12).lowercased()
    private var removed = false

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".ci/pg-cluster.sh").path
    }

    /// Starts it (made on the first start, whose URL, with its password, is returned).
    @discardableResult
    func start() throws -> String { try run("start").trimmingCharacters(in: .whitespacesAndNewlines) }
    func stop() throws { try run("stop") }
    func restart() throws { try run("restart") }

    /// Stops it and removes its folder. Safe to call twice.
    func remove() {
        guard !removed else { return }
        removed = true
        _ = try? run("remove")
    }

    deinit { remove() }

    /// Polls the server with psql until `query` (one boolean) answers true.
    func waitUntil(_ what: String, url: String, timeout: TimeInterval = 60, _ query: String) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last: CommandResult?
        repeat {
            let result = try run(["-c", "source \"$1\"; \"$(pg_cluster_find psql)\" \"$2\" -Atc \"$3\"", "psql", Self.script, url, query])
            if result.status == 0, result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "t" { return }
            last = result
            usleep(100_000)
        } while Date() < deadline
        throw Failed(command: "waited \(timeout) s for \(what) (\(query)); psql", result: last!)
    }

    @discardableResult
    private func run(_ command: String) throws -> String {
        let result = try run([Self.script, command, folder])
        guard result.status == 0 else { throw Failed(command: ".ci/pg-cluster.sh " + command, result: result) }
        return result.standardOutput
    }

    private func run(_ bashArguments: [String]) throws -> CommandResult {
        var environment = ["PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8"]
        if let path = ProcessInfo.processInfo.environment["PATH"] { environment["PATH"] = path + ":" + environment["PATH"]! }
        return try Subprocess.run("/bin/bash", bashArguments, environment: environment, outputFolder: "/tmp", timeout: 120)
    }

    struct Failed: Error, CustomStringConvertible {
        let command: String
        let result: CommandResult
        var description: String { "\(command) said (it needs PostgreSQL's initdb, pg_ctl and psql; Debian: postgresql):\n\(result)" }
    }
}
