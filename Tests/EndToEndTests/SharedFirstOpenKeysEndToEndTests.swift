import BatonCore
import BatonShared
import Foundation
import Testing

/// Issue 24, part 3, as a person meets it: a shared portfolio opened on a new machine, in tmux at
/// 80×24. The first frame comes from the database's summaries and keys act at it while the local
/// copy fills (held here with BATON_TEST_HOLD, so the keys are surely typed during the fill):
/// moving fetches the selected account, the help opens, a change acts at once and goes to the
/// outbox, reaching the database exactly once when the copy is filled; what needs every account
/// waits, counted, for the copy.
@Suite("A shared portfolio's first open: keys act while the copy fills",
       .enabled(if: ProcessInfo.processInfo.environment["BATON_TEST_DATABASE_URL"].map { !$0.isEmpty } ?? false,
                "BATON_TEST_DATABASE_URL is not set: no PostgreSQL server to test against (.ci/postgres.sh starts one)"))
struct SharedFirstOpenKeysEndToEndTests {
    static let today = LiveDashboardEndToEndTests.today

    /// The account named in the readiness pane's title.
    static func readinessTitle(_ screen: String) -> String? {
        ScreenText.rows(screen).first { $0.contains("[2] Readiness · ") }
            .map { String($0[$0.range(of: "[2] Readiness · ")!.upperBound...]).components(separatedBy: " ─").first ?? "" }
    }

    @Test("moving, the help, the panes and a change act while the copy fills; the change is shared once, when it is filled")
    func keysActWhileTheCopyFills() async throws {
        let sandbox = try Sandbox()
        let (url, settings) = try await LiveDashboardEndToEndTests.sharedDemo(sandbox)
        let hold = sandbox.path("hold-the-fill")
        #expect(FileManager.default.createFile(atPath: hold, contents: Data()))
        let sarah = try TmuxSession.baton(["--database", url, "--as", "Sarah Khan", "--today", Self.today], in: sandbox,
                                          extraEnvironment: ["XDG_STATE_HOME": sandbox.path("state"), "BATON_TEST_HOLD": hold])
        let first = try sarah.waitFor("copying…", timeout: 30)
        let firstName = try #require(Self.readinessTitle(first), "\(first)")
        try sarah.press("j")
        let moved = try sarah.waitUntil("the next account's readiness", timeout: 10) { Self.readinessTitle($0) != firstName }
        #expect(moved.contains("copying…"), "the copy was still filling: \(moved)")
        try sarah.press("?")
        try sarah.waitFor("searches", timeout: 10)
        try sarah.press("Escape")
        try sarah.waitUntil("the help closed", timeout: 10) { !$0.contains("What the symbols mean") && $0.contains("[1] Portfolio") }
        // Condition 1 of that account, cleared: a change, made at once and put in the outbox.
        try sarah.press("2")
        try sarah.press("c")
        try sarah.waitFor("condition 1 back to Unassessed", timeout: 10)
        try sarah.press("1")
        let copying = try sarah.waitFor("copying…", timeout: 10)
        #expect(!copying.contains("key waiting"), "\(copying)")
        #expect(try await LiveDashboardEndToEndTests.changesBy(settings).isEmpty, "sent once the copy is filled, not before")
        // What needs every account still waits for the copy.
        try sarah.press("%")
        try sarah.waitFor("1 key waiting", timeout: 10)

        try FileManager.default.removeItem(atPath: hold)
        let done = try sarah.waitUntil("the copy filled, the change shared and the measures open", timeout: 60) {
            $0.contains("synced") && !$0.contains("key waiting") && !$0.contains("copying…")
        }
        #expect(!done.contains("NOT"), "\(done)")
        let deadline = Date().addingTimeInterval(20)
        var changes = try await LiveDashboardEndToEndTests.changesBy(settings)
        while changes.isEmpty, Date() < deadline {
            try await Task.sleep(for: .milliseconds(200))
            changes = try await LiveDashboardEndToEndTests.changesBy(settings)
        }
        #expect(changes.count == 1 && changes.first?.by == "Sarah Khan", "exactly once: \(changes)")
        #expect(changes.first?.summary.contains("condition 1") == true, "\(changes)")
        try sarah.press("Escape")
        // Opened again: the copy holds the change as the database does.
        try sarah.waitUntil("the measures closed", timeout: 10) { $0.contains("[1] Portfolio") }
        try sarah.press("q")
    }
}
