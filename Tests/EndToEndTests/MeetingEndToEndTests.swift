import BatonCore
import Foundation
import Testing

/// The two live meetings driven by keystrokes in the real binary, and what is on disk afterwards.
@Suite("Meetings in a terminal")
struct MeetingEndToEndTests {
    static let today = "2026-11-23"

    /// The account as stored, journal included: `baton show --json` replays the journal in memory
    /// (reading commands fold nothing into the file).
    static func storedAccount(_ id: String, store: String, sandbox: Sandbox) throws -> [String: Any] {
        let shown = try sandbox.runBaton(["show", id, "--json", "--store", store, "--today", today])
        #expect(shown.status == 0, "\(shown)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
        return try #require(document["account"] as? [String: Any])
    }

    static func listedRow(_ id: String, store: String, sandbox: Sandbox) throws -> [String: Any] {
        let listed = try sandbox.runBaton(["list", "--json", "--store", store, "--today", today])
        #expect(listed.status == 0, "\(listed)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(document["accounts"] as? [[String: Any]])
        return try #require(rows.first { $0["id"] as? String == id })
    }

    /// A demo store on disk, baton on it in tmux, and the portfolio filtered down to one account.
    static func openDemoStore(selecting name: String, height: Int) throws -> (Sandbox, String, TmuxSession) {
        let sandbox = try Sandbox()
        let store = sandbox.path("portfolio.json")
        try StoreFixture.writeDemo(to: store, today: today)
        let tmux = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox, width: 100, height: height)
        try tmux.waitFor("[4] Timeline")
        try select(name, in: tmux)
        return (sandbox, store, tmux)
    }

    /// Filters the portfolio down to one account, so the right panes and meetings are about it.
    static func select(_ name: String, in tmux: TmuxSession) throws {
        try tmux.press("/")
        try tmux.type(name)
        try tmux.press("Enter")
        try tmux.waitFor("1 of 12")
    }

    @Test("a whole readiness meeting by keystrokes is there after quitting and reopening: the run, the evidence, the verdict")
    func readinessMeeting() throws {
        let (sandbox, store, tmux) = try Self.openDemoStore(selecting: "coral", height: 30)

        try tmux.press("r")
        try tmux.waitFor("Who is in the room")
        try tmux.press("Enter")                                  // the suggested attendees
        try tmux.waitFor("Condition 1 of 6")
        try tmux.press("Enter")
        try tmux.waitFor("Condition 2 of 6")
        try tmux.press("Enter")
        try tmux.waitFor("Condition 3 of 6")
        try tmux.press("Enter")
        try tmux.waitFor("Condition 4 of 6")
        try tmux.press("m")                                      // 4: Met, observed
        try tmux.waitFor("Met: the evidence")
        try tmux.type("Six planners built next week's rota unaided in 40 minutes")
        try tmux.press("Tab")
        try tmux.type("Building next week's roster end to end")
        try tmux.press("C-s")
        try tmux.waitFor("Condition 5 of 6")
        try tmux.press("n")                                      // 5: Not Met, with its action
        try tmux.waitFor("Not Met: the action")
        try tmux.type("Walk the sponsor through escalation and billing")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("fri")
        try tmux.press("C-s")
        try tmux.waitFor("Condition 6 of 6")
        try tmux.press("m")                                      // 6: Met, in the sponsor's words
        try tmux.waitFor("Sponsor's words")
        try tmux.type("Our clinics already plan around it.")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.press("p")                                      // the tone: positive
        try tmux.press("Tab")
        try tmux.type("Call notes in the CRM")                   // where the words were captured
        try tmux.press("C-s")
        try tmux.waitFor("Close: NOT CLEARED")
        try tmux.press("Enter")
        try tmux.waitFor("Step 3")                               // who is told of the delay: left for later
        try tmux.press("Enter")
        try tmux.waitFor("has not been told")
        try tmux.press("Enter")
        try tmux.waitFor("readiness run recorded")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        let row = try Self.listedRow("acct-coralcoast", store: store, sandbox: sandbox)
        #expect(row["verdict"] as? String == "not cleared")
        #expect(row["readiness"] as? Int == 5)
        #expect(row["gaps"] as? [Int] == [5])

        let account = try Self.storedAccount("acct-coralcoast", store: store, sandbox: sandbox)
        let readiness = try #require(account["readiness"] as? [String: Any])
        let run = try #require((readiness["runs"] as? [[String: Any]])?.last)
        #expect(run["on"] as? String == Self.today)
        #expect((run["attendees"] as? [String])?.count == 3)
        #expect(run["cleared"] as? Bool == false)
        #expect(run["score"] as? Int == 5)
        let conditions = try #require(readiness["conditions"] as? [[String: Any]])
        #expect(conditions[3]["status"] as? String == "met")
        #expect(conditions[4]["status"] as? String == "notMet")
        #expect(((conditions[4]["action"] as? [String: Any])?["what"] as? String)?.hasPrefix("Walk the sponsor") == true)
        #expect((conditions[5]["evidence"] as? [String: Any])?["sponsorWords"] as? String == "Our clinics already plan around it.")
    }

    @Test("a T-day walkthrough by keystrokes moves the account to Continuity")
    func walkthroughToContinuity() throws {
        let (sandbox, store, tmux) = try Self.openDemoStore(selecting: "alpen", height: 34)
        try tmux.press("t")
        try tmux.waitFor("The five T-day changes")
        // Past the nine areas, the library's eight documents and changes 1–3 (2 and 3 made this morning).
        for _ in 0..<20 { try tmux.press("j") }
        // As a person would, each tick is watched land before the next key.
        try tmux.press("Space")
        try tmux.waitFor("Reporting reflects the new owner: done at")
        try tmux.press("j")
        try tmux.press("Space")
        try tmux.waitFor("T-day change 5")
        try tmux.type("fri")
        try tmux.press("Tab")
        try tmux.type("First one-to-one with the sponsor")
        try tmux.press("C-s")
        try tmux.waitFor("First touchpoint:")
        for _ in 0..<4 { try tmux.press("k") }                // change 1, the stage: the transfer itself
        try tmux.press("Space")
        try tmux.waitFor("transferred")
        try tmux.press("Escape")
        try tmux.waitFor("[4] Timeline")                          // Esc then q at once would read as Alt-q
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        let row = try Self.listedRow("acct-alpenblick", store: store, sandbox: sandbox)
        #expect(row["stage"] as? Int == Stage.continuity.rawValue)
        let account = try Self.storedAccount("acct-alpenblick", store: store, sandbox: sandbox)
        let people = try #require(account["people"] as? [String: Any])
        #expect(people["primaryOwner"] as? String == people["accountManager"] as? String)
        #expect(people["leadSecondaryContactUntil"] as? String == "2026-12-23")
        #expect(account["stageOverride"] == nil)
    }

    @Test("a mark is there after a SIGKILL the moment the title bar said saved")
    func markSurvivesSIGKILL() throws {
        let (sandbox, store, tmux) = try Self.openDemoStore(selecting: "coral", height: 30)
        try tmux.press("2")
        for _ in 0..<3 { try tmux.press("j") }                 // condition 4
        try tmux.press("m")
        try tmux.waitFor("Met: the evidence")
        try tmux.type("Front-desk leads ran a full day's recalls unaided")
        try tmux.press("Tab")
        try tmux.type("A full day's recalls")
        try tmux.press("C-s")
        try tmux.waitFor("condition 4 Met")
        #expect(Foundation.kill(try tmux.batonPID(), SIGKILL) == 0)
        #expect(try tmux.exitStatus() == 128 + SIGKILL)

        let account = try Self.storedAccount("acct-coralcoast", store: store, sandbox: sandbox)
        let conditions = try #require((account["readiness"] as? [String: Any])?["conditions"] as? [[String: Any]])
        #expect(conditions[3]["status"] as? String == "met")
        #expect((conditions[3]["evidence"] as? [String: Any])?["summary"] as? String == "Front-desk leads ran a full day's recalls unaided")
    }

    @Test("a paste is text, however fast it arrives: pasted into a form it fills the field; on the dashboard it runs no command")
    func pasteIsText() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(["--demo", "--today", Self.today], in: sandbox, width: 100, height: 30)
        try tmux.waitFor("[4] Timeline")
        try tmux.paste("quit? q then j j k and ?")                   // letters that are all commands
        try tmux.press("2")
        try tmux.waitFor("┏━ [2] Readiness")
        try tmux.press("m")
        try tmux.waitFor("Met: the evidence")
        try tmux.press("C-u")
        try tmux.paste("Signed by\nAnna Weber, q and all")
        try tmux.press("Tab")                                      // straight after: a key, not more paste
        try tmux.type("XYZ")
        let screen = try tmux.waitFor("XYZ")
        #expect(screen.contains("Signed by Anna Weber, q and all"))
        #expect(ScreenText.rows(screen).contains { $0.contains("XYZ") && !$0.contains("Signed by") })
        try tmux.press("Escape")                                   // typed text: Esc asks first
        try tmux.waitFor("Discard what you typed?")
        try tmux.press("y")
        try tmux.waitFor("Cancelled")
        try tmux.waitFor("[4] Timeline")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }

    @Test("SIGTERM or SIGHUP in the middle of a form keeps every change already confirmed", arguments: [SIGTERM, SIGHUP])
    func signalInAForm(signal: Int32) throws {
        let (sandbox, store, tmux) = try Self.openDemoStore(selecting: "coral", height: 30)
        try tmux.press("2")
        for _ in 0..<4 { try tmux.press("j") }                 // condition 5
        try tmux.press("n")
        try tmux.waitFor("Not Met: the action")
        try tmux.type("Walk the sponsor through escalation")
        try tmux.press("Tab")
        try tmux.press("Tab")
        try tmux.type("fri")
        try tmux.press("C-s")
        try tmux.waitFor("condition 5 Not Met")
        try tmux.press("k")                                      // condition 4, and a form half typed
        try tmux.press("m")
        try tmux.waitFor("Met: the evidence")
        try tmux.type("half a sentence")
        #expect(Foundation.kill(try tmux.batonPID(), signal) == 0)
        #expect(try tmux.exitStatus() == 128 + signal)

        let account = try Self.storedAccount("acct-coralcoast", store: store, sandbox: sandbox)
        let conditions = try #require((account["readiness"] as? [String: Any])?["conditions"] as? [[String: Any]])
        #expect(conditions[4]["status"] as? String == "notMet")
        #expect(conditions[3]["status"] as? String != "met")    // the unconfirmed form is not a change
    }

    @Test("the standard's non-evidence is refused on the form: “they haven't complained” and “they attended the sessions”")
    func nonEvidenceRefused() throws {
        let (sandbox, store, tmux) = try Self.openDemoStore(selecting: "coral", height: 34)
        try tmux.press("2")
        for _ in 0..<5 { try tmux.press("j") }                 // condition 6
        try tmux.press("m")
        try tmux.waitFor("Sponsor's words")
        try tmux.type("We haven't had any complaints.")
        for _ in 0..<3 { try tmux.press("Tab") }
        try tmux.press("p")
        try tmux.press("C-s")
        try tmux.waitFor("absence of a negative signal")
        try tmux.press("Escape")
        try tmux.waitFor("Discard what you typed?")
        try tmux.press("y")
        try tmux.waitFor("Cancelled")
        for _ in 0..<2 { try tmux.press("k") }                 // condition 4
        try tmux.press("m")
        try tmux.waitFor("What was checked")
        try tmux.type("they attended the sessions")
        try tmux.press("Tab")
        try tmux.type("the sessions")
        try tmux.press("C-s")
        try tmux.waitFor("is activity, not an outcome")
        try tmux.press("Escape")
        try tmux.waitFor("Discard what you typed?")
        try tmux.press("y")
        try tmux.waitFor("Cancelled")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        let account = try Self.storedAccount("acct-coralcoast", store: store, sandbox: sandbox)
        let conditions = try #require((account["readiness"] as? [String: Any])?["conditions"] as? [[String: Any]])
        #expect(conditions[3]["status"] as? String != "met")
        #expect(conditions[5]["status"] as? String != "met")
    }

    @Test("a walkthrough on an account that is not cleared records nothing when the lead backs out of the transfer's reason")
    func walkthroughBacksOut() throws {
        let (sandbox, store, tmux) = try Self.openDemoStore(selecting: "blue fin", height: 34)
        try tmux.press("t")
        try tmux.waitFor("The five T-day changes")
        for _ in 0..<17 { try tmux.press("j") }                // change 1: the transfer, with what is missing listed
        try tmux.press("Space")
        try tmux.waitFor("Not ready to transfer")
        try tmux.press("Escape")
        try tmux.waitFor("Not transferred")
        try tmux.press("Escape")
        try tmux.waitFor("[4] Timeline")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)

        let account = try Self.storedAccount("acct-bluefin", store: store, sandbox: sandbox)
        let transfer = try #require(account["crmTransfer"] as? [String: Any])
        let changes = try #require(transfer["changes"] as? [[String: Any]])
        #expect(changes.allSatisfy { $0["doneAt"] == nil })
        #expect((account["stageOverride"] as? [String: Any])?["toStage"] as? Int != Stage.continuity.rawValue)
        #expect(account["stage"] as? Int == Stage.jointTransitionMeeting.rawValue || (account["stage"] as? Int ?? 9) < Stage.continuity.rawValue)
    }
}
