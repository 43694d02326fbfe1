import BatonCore
import Foundation
import Testing

/// The real `baton` in a real terminal (tmux), driven with keys the way a lead would.
@Suite("The dashboard in a terminal")
struct DashboardEndToEndTests {
    static let today = "2026-11-23"
    static let demo = ["--demo", "--today", today]

    @Test("the demo opens on four panes with the hint bar and says it is a throwaway copy")
    func demoShowsFourPanes() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox)
        // The whole first frame: tmux can show its top rows before it has read the bottom ones.
        let screen = try tmux.waitUntil("the first frame, down to its last row") { screen in
            let rows = ScreenText.rows(screen)
            return screen.contains("[4] Timeline") && rows.count > 23 && !rows[23].isEmpty
        }
        let rows = ScreenText.rows(screen)
        #expect(rows[0].contains("Baton · Sarah Khan"))
        #expect(rows[0].contains("throwaway copy"))
        #expect(rows[0].contains("Mon 2026-11-23"))
        for title in ["[1] Portfolio", "[2] Readiness · ", "[3] Risk register", "[4] Timeline"] {
            #expect(screen.contains(title), "no pane titled \(title)")
        }
        for name in ["Northwind Logistics", "Müller & Söhne Logistik", "Blue Fin Seafood 🐟", "北斗精密工業", "한빛 바이오메디컬"] {
            #expect(screen.contains(name), "\(name) is not in the portfolio pane")
        }
        let hintBar = rows[23]
        #expect(hintBar.contains("? help") && hintBar.contains("q quit"), "hint bar: \(hintBar)")
        // The throwaway demo never creates the user's store.
        #expect(!FileManager.default.fileExists(atPath: sandbox.defaultStorePath))
    }

    @Test("j moves to the next account and Tab, Shift-Tab and 1–4 move the heavy border between panes")
    func movingBetweenAccountsAndPanes() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox)
        // Sorted by T-day: Alpenblick Hotels (T-day) first, then Blue Fin Seafood (T−1).
        try tmux.waitFor("[2] Readiness · Alpenblick Hotels")
        try tmux.press("j")
        try tmux.waitFor("[2] Readiness · Blue Fin Seafood")
        try tmux.press("j")
        try tmux.waitFor("[2] Readiness · Müller & Söhne")
        try tmux.press("k")
        try tmux.waitFor("[2] Readiness · Blue Fin Seafood")

        try tmux.waitFor("┏━ [1] Portfolio")
        try tmux.press("Tab")
        try waitForFocus(on: "[2] Readiness", in: tmux)
        try tmux.press("Tab")
        try waitForFocus(on: "[3] Risk register", in: tmux)
        try tmux.press("BTab")
        try waitForFocus(on: "[2] Readiness", in: tmux)
        try tmux.press("4")
        try waitForFocus(on: "[4] Timeline", in: tmux)
        try tmux.press("3")
        try waitForFocus(on: "[3] Risk register", in: tmux)
        try tmux.press("1")
        try waitForFocus(on: "[1] Portfolio", in: tmux)
    }

    /// Exactly one pane has the heavy border, and it is this one.
    private func waitForFocus(on title: String, in tmux: TmuxSession) throws {
        let titles = ["[1] Portfolio", "[2] Readiness", "[3] Risk register", "[4] Timeline"]
        try tmux.waitUntil("only \(title) framed with ┏━") { screen in
            titles.allSatisfy { other in
                other == title ? screen.contains("┏━ \(other)") : screen.contains("┌─ \(other)")
            }
        }
    }

    @Test("typing a filter leaves only the matching accounts, accents ignored, and Esc brings all back")
    func filteringByName() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox)
        try tmux.waitFor("Northwind Logistics")
        try tmux.press("/")
        try tmux.type("north")
        var screen = try tmux.waitFor("Filter: north")
        screen = try tmux.waitUntil("only Northwind left in the list") { screen in
            screen.contains("Northwind Logistics") && !screen.contains("Alpenblick Hotels")
        }
        for other in ["Alpenblick Hotels", "Müller & Söhne", "Blue Fin Seafood", "Pinecrest Dental Group", "北斗精密工業"] {
            #expect(!portfolioPane(screen).contains(other), "\(other) still listed under the filter \"north\"")
        }

        try tmux.press("Escape")
        screen = try tmux.waitUntil("every account back after Esc") { screen in
            !screen.contains("Filter:") && screen.contains("Alpenblick Hotels") && screen.contains("Pinecrest Dental Group")
        }
        #expect(screen.contains("12 of 12"))

        try tmux.press("/")
        try tmux.type("societe")
        screen = try tmux.waitUntil("only Société left in the list") { screen in
            screen.contains("Filter: societe") && screen.contains("Société des Eaux") && !screen.contains("Northwind Logistics")
        }
        #expect(!portfolioPane(screen).contains("Alpenblick Hotels"))
    }

    /// The left half of the screen: the portfolio pane at 80 columns.
    private func portfolioPane(_ screen: String) -> String {
        ScreenText.rows(screen).dropFirst().map { ScreenText.prefix($0, cells: 40) }.joined(separator: "\n")
    }

    @Test("? shows what the symbols mean first, / finds any key in it, and Esc closes it")
    func helpOverlay() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox)
        try tmux.waitFor("[4] Timeline")
        try tmux.press("?")
        let screen = try tmux.waitFor("What the symbols mean")
        #expect(screen.contains("Needs attention") && screen.contains("Esc close"))
        try tmux.press("/")
        try tmux.type("move")
        let found = try tmux.waitFor("Move down")
        for description in ["Move down", "Move up"] {
            #expect(found.contains(description), "the help does not list \"\(description)\"")
        }
        try tmux.press("Escape")                                   // the whole help again
        try tmux.waitFor("What the symbols mean")
        try tmux.press("Escape")
        try tmux.waitUntil("the help closed and the panes back") { screen in
            !screen.contains("Move down") && screen.contains("┏━ [1] Portfolio") && screen.contains("q quit")
        }
    }

    @Test("resizing to 100×30 shows more, 60×20 says the terminal is too small, and 80×24 brings the panes back")
    func resizing() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox)
        var screen = try tmux.waitFor("[4] Timeline")
        // At 80 columns the longer names are cut short.
        #expect(!screen.contains("Coral Coast Health Network"))

        try tmux.resize(width: 100, height: 30)
        screen = try tmux.waitFor("Coral Coast Health Network")
        #expect(screen.contains("Société des Eaux de Rhône-Saône"))
        let rows = ScreenText.rows(screen)
        #expect(rows.count >= 30)
        // The panes' bottom borders run the full width: the right one ends in the last column.
        #expect(ScreenText.displayWidth(rows[28]) == 100 && rows[28].hasSuffix("┘"), "bottom borders: \(rows[28])")
        #expect(rows[29].contains("q quit"), "the hint bar is not on the last row of 30")

        try tmux.resize(width: 60, height: 20)
        screen = try tmux.waitFor("terminal too small: need 80×24, have 60×20")
        #expect(!screen.contains("[1] Portfolio"))

        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitUntil("the panes back at 80×24") { screen in
            screen.contains("[1] Portfolio") && screen.contains("[4] Timeline") && screen.contains("q quit")
        }
        #expect(!screen.contains("too small"), "leftover of the too-small message:\n\(screen)")
        #expect(!screen.contains("make the window larger"), "leftover of the too-small message:\n\(screen)")
        #expect(!screen.contains("Coral Coast Health Network"), "leftover of the 100-column layout:\n\(screen)")
    }

    @Test("it starts with TERM=xterm-256color in colour, with TERM=vt100, and with NO_COLOR=1 in no colour",
          arguments: [
              ("xterm-256color", false),
              ("vt100", false),
              ("tmux-256color", true),
          ])
    func terminalsAndNoColor(term: String, noColor: Bool) throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox, term: term,
                                         extraEnvironment: noColor ? ["NO_COLOR": "1"] : [:])
        let screen = try tmux.waitFor("[4] Timeline")
        for title in ["[1] Portfolio", "[2] Readiness", "[3] Risk register"] {
            #expect(screen.contains(title))
        }
        #expect(screen.contains("Northwind Logistics"))
        let colours = ScreenText.sgrSequences(try tmux.screen(escapes: true)).filter(ScreenText.setsColour)
        if term == "xterm-256color" {
            #expect(!colours.isEmpty, "no colour at all with TERM=xterm-256color")
        }
        if noColor {
            #expect(colours.isEmpty, "NO_COLOR=1 but the screen has colour: \(Set(colours).sorted())")
        }
    }

    @Test("CJK and emoji names keep the portfolio columns and the pane border aligned")
    func wideCharactersStayAligned() throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.baton(Self.demo, in: sandbox)
        let screen = try tmux.waitFor("[4] Timeline")
        guard let reference = ScreenText.row(containing: "Northwind Logistics", in: screen),
              let readyColumn = ScreenText.column(of: "/6", in: reference),
              let borderColumn = ScreenText.column(of: "┃", in: reference, after: "┃") else {
            Issue.record("no Northwind row with n/6 and a right border:\n\(screen)")
            return
        }
        #expect(borderColumn == 39)
        for name in ["北斗精密工業", "한빛 바이오메디컬", "Blue Fin Seafood 🐟", "Müller & Söhne Logistik"] {
            guard let row = ScreenText.row(containing: name, in: screen) else {
                Issue.record("\(name) is not on the screen:\n\(screen)")
                continue
            }
            #expect(ScreenText.column(of: "/6", in: row) == readyColumn, "readiness misaligned: \(row)")
            #expect(ScreenText.column(of: "┃", in: row, after: "┃") == borderColumn, "right border misaligned: \(row)")
            #expect(ScreenText.displayWidth(row) == 80, "row is not 80 cells wide: \(row)")
        }
    }

    @Test("an account name holding escape sequences is shown inert: no colour, no window title, layout intact")
    func escapeSequencesInANameAreInert() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("evil.json")
        let evilName = "Evil\u{1B}[31mCorp\u{1B}]0;pwned\u{07} Ltd"
        try StoreFixture.writeDemo(to: store, today: Self.today) { portfolio in
            let index = try #require(portfolio.accounts.firstIndex { $0.identity.name == "Northwind Logistics" })
            portfolio.accounts[index].identity.name = evilName
        }
        let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox)
        var screen = try tmux.waitFor("[4] Timeline")
        #expect(screen.contains("EvilCorp Ltd"))
        #expect(!screen.contains("pwned"))
        #expect(!screen.contains("[31m"))
        let title = try tmux.display("#{pane_title}")
        #expect(!title.contains("pwned"), "the window title was changed to \(title)")

        // Nothing reached the terminal between "Evil" and "Corp": no SGR 31 was interpreted.
        let coloured = try tmux.screen(escapes: true)
        #expect(coloured.contains("EvilCorp Ltd"), "an escape sequence sits inside the name:\n\(coloured)")

        let row = try #require(ScreenText.row(containing: "EvilCorp Ltd", in: screen))
        #expect(ScreenText.column(of: "┃", in: row, after: "┃") == 39, "right border moved: \(row)")
        #expect(ScreenText.displayWidth(row) == 80, "row is not 80 cells wide: \(row)")

        // Selecting it puts the name in the readiness pane's title, still inert.
        try tmux.press("g", "j", "j", "j")
        screen = try tmux.waitFor("[2] Readiness · EvilCorp Ltd")
        #expect(!screen.contains("pwned"))
        #expect(try !tmux.display("#{pane_title}").contains("pwned"))
    }

    @Test("quitting with q or Ctrl-C leaves a sane terminal and exits 0", arguments: ["q", "C-c"])
    func quittingLeavesASaneTerminal(key: String) throws {
        let sandbox = try Sandbox()
        let tmux = try TmuxSession.shell(in: sandbox)
        try tmux.waitFor("$")
        try tmux.startBatonFromShell(Self.demo)
        try tmux.waitFor("[4] Timeline")
        try tmux.press(key)
        #expect(try tmux.exitStatus() == 0)
        try expectSaneTerminal(tmux)
    }

    @Test("SIGTERM and SIGHUP end it with 128 + the signal and leave a sane terminal",
          arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func signalsLeaveASaneTerminal(signal: Int32, expectedStatus: Int32) throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("signalled.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        let tmux = try TmuxSession.shell(in: sandbox)
        try tmux.waitFor("$")
        try tmux.startBatonFromShell(["--store", store, "--today", Self.today])
        try tmux.waitFor("[4] Timeline")
        let pid = try tmux.batonPID()
        #expect(Foundation.kill(pid, signal) == 0)
        #expect(try tmux.exitStatus() == expectedStatus)
        try expectSaneTerminal(tmux)
        // Stopped between frames, the store is whole.
        let validated = try sandbox.runBaton(["validate", store])
        #expect(validated.status == 0, "\(validated)")
    }

    @Test("a crash (SIGSEGV, SIGABRT) or SIGQUIT still puts the terminal back and says where the log is",
          arguments: [SIGSEGV, SIGABRT, SIGQUIT])
    func crashLeavesASaneTerminal(signal: Int32) throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("crashed.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        let tmux = try TmuxSession.shell(in: sandbox)
        try tmux.waitFor("$")
        try tmux.startBatonFromShell(["--store", store, "--today", Self.today])
        try tmux.waitFor("[4] Timeline")
        let pid = try tmux.batonPID()
        #expect(Foundation.kill(pid, signal) == 0)
        // The shell reports a death by signal as 128 + the signal.
        #expect(try tmux.exitStatus() == 128 + signal)
        let screen = try tmux.screen()
        #expect(screen.contains("baton crashed; details are in \(sandbox.path("state"))/baton/baton.log"),
                "no word of the crash:\n\(screen)")
        // The Swift runtime's crash report goes to the log, never over the screen.
        #expect(!screen.contains("Program crashed") && !screen.contains("Press space"), "\(screen)")
        try expectSaneTerminal(tmux)
        let validated = try sandbox.runBaton(["validate", store])
        #expect(validated.status == 0, "\(validated)")
    }

    /// Types `stty -a` at the shell baton returned to: echo and canonical input must be back on.
    private func expectSaneTerminal(_ tmux: TmuxSession) throws {
        try tmux.type("clear; stty -a; echo \"STTY\"-\"DONE\"")
        try tmux.press("Enter")
        let screen = try tmux.waitUntil("stty -a has printed") { screen in
            ScreenText.rows(screen).contains { $0.trimmingCharacters(in: .whitespaces) == "STTY-DONE" }
        }
        // stty -a starts with "speed 38400 baud;": read from there on.
        guard let output = screen.range(of: "speed ", options: .backwards) else {
            Issue.record("no stty output on the screen:\n\(screen)")
            return
        }
        let words = Set(screen[output.lowerBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(words.contains("echo") && !words.contains("-echo"), "echo is off after baton:\n\(screen)")
        #expect(words.contains("icanon") && !words.contains("-icanon"), "canonical input is off after baton:\n\(screen)")
        #expect(words.contains("isig") && !words.contains("-isig"), "signals from keys are off after baton:\n\(screen)")
        #expect(words.contains("icrnl") && !words.contains("-icrnl"), "CR→NL is off after baton:\n\(screen)")
    }

    @Test("a second baton on the same store opens read-only, names the first, and list still works")
    func secondBatonIsReadOnly() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("shared.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        let arguments = ["--store", store, "--today", Self.today]
        let first = try TmuxSession.baton(arguments, in: sandbox)
        let firstScreen = try first.waitFor("[4] Timeline")
        #expect(ScreenText.rows(firstScreen)[0].contains("saved"))
        let firstPID = try first.batonPID()

        let second = try TmuxSession.baton(arguments, in: sandbox)
        let screen = try second.waitFor("[4] Timeline")
        let rows = ScreenText.rows(screen)
        #expect(rows[0].contains("read-only"), "title bar: \(rows[0])")
        #expect(screen.contains("another Baton (pid \(firstPID)) has this store"), "the message does not name the first baton:\n\(screen)")

        let listed = try sandbox.runBaton(["list"] + arguments)
        #expect(listed.status == 0, "\(listed)")
        #expect(listed.standardOutput.contains("Northwind Logistics"), "\(listed)")

        // The first is still the writer.
        #expect(ScreenText.rows(try first.screen())[0].contains("saved"))
        try second.press("q")
        #expect(try second.exitStatus() == 0)
        try first.press("q")
        #expect(try first.exitStatus() == 0)
    }
}
