import Foundation
import Testing

/// Nothing typed is lost, in a real terminal: notes typed into a meeting and never saved are
/// kept beside the store as they are typed, and offered back when Baton opens again — after a
/// Ctrl-C (asked, then confirmed) and after a SIGKILL that gives Baton no chance to say goodbye.
@Suite("Drafts in a terminal")
struct DraftEndToEndTests {
    static let today = MeetingEndToEndTests.today
    static let notes = "Graham Holt decides; Lisa Chen does the work"

    /// The internal handover meeting on Northwind, with notes typed into its first section and not saved.
    static func meetingWithNotes() throws -> (Sandbox, String, TmuxSession) {
        let (sandbox, store, tmux) = try MeetingEndToEndTests.openDemoStore(selecting: "northwind", height: 30)
        try tmux.press("M")
        try tmux.waitFor("Internal handover meeting")
        try tmux.press("1")
        try tmux.waitFor("Section 1 of 7")
        try tmux.press("Enter")
        try tmux.type(notes)
        try tmux.waitFor(notes)
        return (sandbox, store, tmux)
    }

    /// Baton opened again on the store: the draft is offered, U brings the meeting back with the notes.
    static func offeredBack(store: String, sandbox: Sandbox) throws {
        let again = try TmuxSession.baton(["--store", store, "--today", today], in: sandbox, width: 100, height: 30)
        try again.waitFor("U reopens your unsaved draft: the internal handover meeting")
        try again.press("U")
        try again.waitFor("Your draft is back")
        let screen = try again.waitFor(notes)
        #expect(screen.contains("Section 1 of 7"))
        try again.press("C-c")
        try again.press("C-c")
        #expect(try again.exitStatus() == 0)
    }

    @Test("notes typed in a meeting and killed with SIGKILL a second later are offered back on reopening")
    func sigkillInAMeeting() throws {
        let (sandbox, store, tmux) = try Self.meetingWithNotes()
        // At most a second behind: wait until the draft is on disk, as a person would wait a second.
        let drafts = store + ".drafts"
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, !((try? String(contentsOfFile: drafts, encoding: .utf8))?.contains(Self.notes) ?? false) {
            usleep(50_000)
        }
        #expect((try? String(contentsOfFile: drafts, encoding: .utf8))?.contains(Self.notes) == true)
        let attributes = try FileManager.default.attributesOfItem(atPath: drafts)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(Foundation.kill(try tmux.batonPID(), SIGKILL) == 0)
        // Killed, the terminal is not put back: the shell's line lands wherever the cursor was.
        try tmux.waitFor("EXITED \(128 + SIGKILL)")
        try Self.offeredBack(store: store, sandbox: sandbox)
    }

    @Test("SIGTERM or SIGHUP the moment the notes are typed writes the draft at once", arguments: [SIGTERM, SIGHUP])
    func signalInAMeeting(signal: Int32) throws {
        let (sandbox, store, tmux) = try Self.meetingWithNotes()
        #expect(Foundation.kill(try tmux.batonPID(), signal) == 0)
        #expect(try tmux.exitStatus() == 128 + signal)
        #expect((try? String(contentsOfFile: store + ".drafts", encoding: .utf8))?.contains(Self.notes) == true)
        try Self.offeredBack(store: store, sandbox: sandbox)
    }

    @Test("Ctrl-C in a meeting asks, a second Ctrl-C quits, and the notes are offered back on reopening")
    func ctrlCInAMeeting() throws {
        let (sandbox, store, tmux) = try Self.meetingWithNotes()
        try tmux.press("C-c")
        try tmux.waitFor("Ctrl-C again quits")
        try tmux.press("C-c")
        #expect(try tmux.exitStatus() == 0)
        try Self.offeredBack(store: store, sandbox: sandbox)
    }

    @Test("a meeting left on purpose keeps no draft: nothing is offered next time")
    func leftOnPurpose() throws {
        let (sandbox, store, tmux) = try Self.meetingWithNotes()
        try tmux.press("Escape")                                  // stop typing
        try tmux.press("Escape")                                  // leave?
        try tmux.waitFor("Leave the meeting without recording it?")
        try tmux.press("y")
        try tmux.waitFor("nothing was recorded")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(!FileManager.default.fileExists(atPath: store + ".drafts"))
        let again = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 100, height: 30)
        let screen = try again.waitFor("[4] Timeline")
        #expect(!screen.contains("unsaved draft"))
        try again.press("q")
        #expect(try again.exitStatus() == 0)
    }
}
