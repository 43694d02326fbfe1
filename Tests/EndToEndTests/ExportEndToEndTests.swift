import BatonCore
import Foundation
import Testing

/// Exporting as a lead does it: from the shell with `baton export`, and with `E` in the dashboard;
/// the file is where the screen says, and what is meant for the customer holds nothing internal.
@Suite("Exporting documents")
struct ExportEndToEndTests {
    static let today = "2026-11-23"
    /// A line of Northwind's unwritten briefing: it belongs in the handover document only.
    static let unwritten = "Graham goes quiet in the fortnight before Northwind's quarterly board"

    /// The path a "Wrote ~/…" or "Exported NAME to ~/…/" line names, in the sandbox's home.
    static func path(_ shown: String, in sandbox: Sandbox) -> String {
        shown.hasPrefix("~/") ? sandbox.path("home") + shown.dropFirst(1) : shown
    }

    @Test("baton export writes the handover document, the summary and the follow-up note where it says, and only the handover holds the unwritten briefing")
    func documentsFromTheShell() throws {
        let sandbox = try Sandbox()
        var written: [String: String] = [:]
        for kind in ["handover", "summary", "email-follow-up"] {
            let result = try sandbox.runBaton(["--demo", "export", kind, "Northwind", "--today", Self.today])
            #expect(result.status == 0, "\(result)")
            let expected = "~/Documents/baton/northwind-\(kind)-\(Self.today).md"
            #expect(result.standardOutput.contains("Wrote \(expected)"), "\(result)")
            let text = try #require(sandbox.contents(of: Self.path(expected, in: sandbox)), "no file at \(expected)")
            written[kind] = String(decoding: text, as: UTF8.self)
        }
        #expect(written["handover"]?.contains(Self.unwritten) == true)
        #expect(written["summary"]?.contains("# Northwind Logistics · Onboarding Success Summary") == true)
        #expect(written["email-follow-up"]?.contains("Our first one-to-one call is on") == true)
        for kind in ["summary", "email-follow-up"] {
            let text = try #require(written[kind])
            #expect(!text.contains(Self.unwritten) && !text.contains("Risk register") && !text.contains("Sceptic"),
                    "\(kind) holds something internal")
        }
        let mode = { (path: String) in (try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1 }
        #expect(mode(Self.path("~/Documents/baton/northwind-handover-\(Self.today).md", in: sandbox)) == 0o600)
        #expect(mode(Self.path("~/Documents/baton/northwind-summary-\(Self.today).md", in: sandbox)) == 0o644)
    }

    @Test("a second export never replaces the first; -o refuses an existing file unless --force; an ambiguous name lists the matches")
    func nothingReplaced() throws {
        let sandbox = try Sandbox()
        let first = try sandbox.runBaton(["--demo", "export", "calendar", "--today", Self.today])
        #expect(first.standardOutput.contains("Wrote ~/Documents/baton/portfolio-calendar-\(Self.today).ics"), "\(first)")
        let second = try sandbox.runBaton(["--demo", "export", "calendar", "--today", Self.today])
        #expect(second.standardOutput.contains("Wrote ~/Documents/baton/portfolio-calendar-\(Self.today)-2.ics"), "\(second)")
        let one = try #require(sandbox.contents(of: Self.path("~/Documents/baton/portfolio-calendar-\(Self.today).ics", in: sandbox)))
        #expect(String(decoding: one, as: UTF8.self).hasPrefix("BEGIN:VCALENDAR\r\n"))

        let target = sandbox.path("mine.md")
        try Data("my own notes\n".utf8).write(to: URL(fileURLWithPath: target))
        let refused = try sandbox.runBaton(["--demo", "export", "summary", "northwind", "-o", target, "--today", Self.today])
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("already exists") && refused.standardError.contains("--force"), "\(refused)")
        #expect(sandbox.contents(of: target) == Data("my own notes\n".utf8))
        let forced = try sandbox.runBaton(["--demo", "export", "summary", "northwind", "-o", target, "--force", "--today", Self.today])
        #expect(forced.status == 0, "\(forced)")
        #expect(String(decoding: sandbox.contents(of: target) ?? Data(), as: UTF8.self).contains("Onboarding Success Summary"))

        let ambiguous = try sandbox.runBaton(["--demo", "export", "handover", "logisti", "--today", Self.today])
        #expect(ambiguous.status != 0)
        #expect(ambiguous.standardError.contains("matches 2 accounts"), "\(ambiguous)")
        #expect(ambiguous.standardError.contains("acct-mueller") && ambiguous.standardError.contains("northwind"), "\(ambiguous)")
    }

    @Test("E in the dashboard exports the customer success summary and the hint line names the file that is there")
    func exportFromTheDashboard() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(["--demo", "--today", Self.today], in: sandbox, width: 120, height: 30)
        try tmux.waitFor("Northwind Logistics")
        try tmux.press("/")
        try tmux.type("northwind")
        try tmux.press("Enter")
        try tmux.waitFor("[2] Readiness · Northwind Logistics")
        try tmux.press("E")
        try tmux.waitFor("Export · Northwind Logistics")
        let steps = DocumentKind.allCases.firstIndex(of: .summary)!
        for _ in 0..<steps { try tmux.press("j") }
        try tmux.waitFor("▶ Customer success summary")
        try tmux.press("Enter")
        let name = "northwind-summary-\(Self.today).md"
        let screen = try tmux.waitFor("Exported \(name) to ~/Documents/baton/")
        #expect(screen.contains("(for the customer)"))
        let text = try #require(sandbox.contents(of: Self.path("~/Documents/baton/\(name)", in: sandbox)))
        #expect(String(decoding: text, as: UTF8.self).contains("Who takes care of you from here"))
        #expect(!String(decoding: text, as: UTF8.self).contains(Self.unwritten))

        // The portfolio's calendar from the menu's last line.
        try tmux.press("E")
        try tmux.waitFor("Export · Northwind Logistics")
        try tmux.press("G")
        try tmux.press("Enter")
        try tmux.waitFor("Exported portfolio-calendar-\(Self.today).ics to ~/Documents/baton/")
        #expect(sandbox.contents(of: Self.path("~/Documents/baton/portfolio-calendar-\(Self.today).ics", in: sandbox)) != nil)
    }
}
