import BatonCore
import Foundation
import Testing

/// The 30-day post-transition review driven by keystrokes in the real binary, and what is on
/// disk after quitting and opening the store again.
@Suite("The 30-day review in a terminal")
struct ReviewEndToEndTests {
    static let today = MeetingEndToEndTests.today

    @Test("a 30-day review that closes a risk with a note and re-commits an open issue: all of it is there after quitting and reopening")
    func reviewDecisionsSurvive() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        let before = try MeetingEndToEndTests.listedRow("acct-hokuto", store: store, sandbox: sandbox)
        #expect((before["flags"] as? [[String: Any]])?.contains { $0["text"] as? String == "1 risk review overdue" && $0["code"] as? String == "overdue-risk-reviews" } == true)
        #expect(before["overdueItems"] as? Int == 2)

        let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30)
        try tmux.waitFor("[4] Timeline")
        try MeetingEndToEndTests.select("北斗", in: tmux)

        try tmux.press("M")
        try tmux.waitFor("every risk and open issue decided")
        try tmux.press("3")
        try tmux.waitFor("Section 1 of 4")
        try tmux.press("Tab")
        try tmux.waitFor("Section 2 of 4: Risk register revisited")
        try tmux.press("c")                                          // the QA manager's paper charts
        try tmux.waitFor("Close the risk")
        try tmux.press("C-s")                                        // no note: refused
        try tmux.waitFor("Write a note saying why")
        try tmux.type("山本 retired the paper charts on line 1 after the audit")
        try tmux.press("C-s")
        try tmux.waitFor("Risk closed with its note")
        try tmux.waitFor("1 of 2 risks")

        try tmux.press("Tab")
        try tmux.waitFor("Section 3 of 4: Open issues revisited")
        try tmux.press("j")                                          // the calibration certificates, overdue
        try tmux.press("r")
        try tmux.waitFor("Open issue: Hokuto to send calibration certificates")
        try tmux.type("2026-12-18")
        try tmux.press("Tab")
        try tmux.type("山本 asked for two more weeks: the CMM supplier is re-issuing them")
        try tmux.press("C-s")
        try tmux.waitFor("Re-committed to 2026-12-18")

        try tmux.press("C-s")                                        // close the review: it goes on the account
        try tmux.waitFor("30-day post-transition review recorded")
        try tmux.waitFor("[4] Timeline")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        let row = try MeetingEndToEndTests.listedRow("acct-hokuto", store: store, sandbox: sandbox)
        #expect((row["flags"] as? [[String: Any]])?.contains { $0["code"] as? String == "overdue-risk-reviews" } == false)
        #expect(row["overdueItems"] as? Int == 1)

        let account = try MeetingEndToEndTests.storedAccount("acct-hokuto", store: store, sandbox: sandbox)
        let risks = try #require(account["risks"] as? [[String: Any]])
        #expect(risks.count == 2)                                    // closed, never deleted
        let closed = try #require(risks.first { $0["id"] as? String == "hok-risk-1" })
        #expect(closed["status"] as? String == "closed")
        #expect(closed["resolution"] as? String == "山本 retired the paper charts on line 1 after the audit")
        #expect(closed["resolvedOn"] as? String == Self.today)

        let issues = try #require(account["openIssues"] as? [[String: Any]])
        let recommitted = try #require(issues.first { $0["id"] as? String == "hok-issue-2" })
        #expect(recommitted["deadline"] as? String == "2026-12-18")
        #expect(recommitted["isClosed"] as? Bool == false)
        let record = try #require((recommitted["dispositions"] as? [[String: Any]])?.last)
        #expect(record["disposition"] as? String == "recommitted")
        #expect(record["previousDeadline"] as? String == "2026-11-21")
        #expect(record["on"] as? String == Self.today)
        #expect(record["note"] as? String == "山本 asked for two more weeks: the CMM supplier is re-issuing them")

        let meeting = try #require((account["meetings"] as? [[String: Any]])?.last)
        #expect(meeting["kind"] as? String == "postTransitionReview")
        let sections = try #require(meeting["sections"] as? [[String: Any]])
        #expect(sections.count == 4)
        #expect((sections[1]["notes"] as? String)?.contains("closed: 山本 retired the paper charts") == true)
        #expect((sections[2]["notes"] as? String)?.contains("re-committed to 2026-12-18") == true)
    }
}
