#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation
import Testing

/// The real binary against what a hostile file, a full disk or a mistake puts in its way.
@Suite("Hostile input and faults, end to end")
struct HardeningEndToEndTests {
    static let today = "2026-11-23"

    @Test("validate refuses a field written twice and names its path:line:column")
    func duplicateKeyRefused() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("twice.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        var text = String(decoding: try #require(sandbox.contents(of: store)), as: UTF8.self)
        let owner = try #require(text.range(of: "\"owner\" :", options: .backwards))
        text.insert(contentsOf: "\"accounts\" : [],\n    ", at: owner.lowerBound)
        try text.write(toFile: store, atomically: false, encoding: .utf8)
        let line = text[..<owner.lowerBound].filter { $0 == "\n" }.count + 1

        let result = try sandbox.runBaton(["validate", store])
        #expect(result.status == 1, "\(result)")
        #expect(result.standardOutput.contains("\(store):\(line):5: portfolio.accounts: is written twice"), "\(result)")
        let opened = try sandbox.runBaton(["list", "--store", store, "--today", Self.today])
        #expect(opened.status == 2 && opened.standardError.contains("written twice"), "\(opened)")
    }

    @Test("an escape sequence in a date field reaches neither the pane's title nor the screen through validate")
    func escapeInDateField() throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("hostile.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        var hostile = String(decoding: try #require(sandbox.contents(of: store)), as: UTF8.self)
        let tDay = try #require(hostile.range(of: "\"tDay\" : \"2026-"))
        hostile.replaceSubrange(tDay, with: "\"tDay\" : \"\\u001b]0;PWNED\\u0007\\u001b[2J2026-")
        try hostile.write(toFile: store, atomically: false, encoding: .utf8)

        let tmux = try TmuxSession.shell(in: sandbox, width: 200, height: 30)
        try tmux.waitFor("$")
        let titleBefore = try tmux.display("#{pane_title}")
        try tmux.type("echo MARKER-BEFORE; " + BatonLaunch.quote(try BatonBinary.path()) + " validate " + BatonLaunch.quote(store) + "; echo \"VALIDATE\"-\"DONE\"")
        try tmux.press("Enter")
        let screen = try tmux.waitFor("VALIDATE-DONE")
        #expect(screen.contains("MARKER-BEFORE"), "the screen was cleared:\n\(screen)")
        #expect(screen.contains("tDay: expected a calendar date"), "\(screen)")
        let title = try tmux.display("#{pane_title}")
        #expect(!title.contains("PWNED") && title == titleBefore, "the title became \(title)")
    }

    @Test("a FIFO as the store is refused within a second, by list and by the dashboard")
    func fifoStore() throws {
        let sandbox = try Sandbox()
        let fifo = sandbox.path("pipe.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        for arguments in [["list", "--store", fifo], ["--store", fifo], ["validate", fifo]] {
            let started = Date()
            let result = try sandbox.runBaton(arguments, timeout: 10)
            #expect(Date().timeIntervalSince(started) < 1, "\(arguments) took \(Date().timeIntervalSince(started)) s")
            #expect(!result.signalled && result.status != 0, "\(result)")
            // validate reports on stdout (it is its output); the others say why on stderr.
            #expect((result.standardError + result.standardOutput).contains("named pipe"), "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: fifo + ".lock"))
    }

    @Test("a journal from another store is refused, not replayed, and left untouched")
    func foreignJournal() throws {
        let sandbox = try Sandbox()
        let other = sandbox.path("other.json")
        try StoreFixture.writeDemo(to: other, today: Self.today)
        do {
            let store = try PortfolioStore.open(path: other, creatingWith: { Portfolio() })
            var account = try #require(store.portfolio.accounts.first)
            account.health.rationale = "FROM THE OTHER STORE"
            try store.commit(account)
        }
        let journal = try #require(sandbox.contents(of: other + ".journal"))
        let store = sandbox.path("mine.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        try journal.write(to: URL(fileURLWithPath: store + ".journal"))

        let tmux = try TmuxSession.baton(["--store", store, "--today", Self.today], in: sandbox, width: 160, height: 40)
        let screen = try tmux.waitFor("[4] Timeline")
        #expect(ScreenText.rows(screen)[0].contains("read-only"), "\(screen)")
        #expect(screen.contains("belongs to another store"), "\(screen)")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
        #expect(sandbox.contents(of: store + ".journal") == journal)
        #expect(!String(decoding: sandbox.contents(of: store) ?? Data(), as: UTF8.self).contains("FROM THE OTHER STORE"))
        let validated = try sandbox.runBaton(["validate", store])
        #expect(validated.status == 1 && validated.standardOutput.contains("belongs to another store"), "\(validated)")
    }

    @Test("q with a change the full disk would not take asks first, then keeps it nowhere silently and exits non-zero")
    func quitOnFullDisk() async throws {
        let sandbox = try Sandbox()
        let store = sandbox.path("full.json")
        try StoreFixture.writeDemo(to: store, today: Self.today)
        // The terminal is driven on a thread of its own: waiting on it for up to two minutes on
        // one of the two shared threads starved the tests running beside it on a loaded machine.
        let (asked, status, last) = try await OffThePool.run { () -> (String, Int32, String) in
            let tmux = try TmuxSession.shell(in: sandbox, width: 120, height: 30)
            try tmux.waitFor("$", timeout: 30)
            // Files may grow to 1 KB: the store and its journal's first line exist; one change is bigger.
            try tmux.type("ulimit -f 1")
            try tmux.press("Enter")
            try tmux.startBatonFromShell(["--store", store, "--today", Self.today])
            try tmux.waitFor("[4] Timeline", timeout: 30)
            try tmux.press("2")
            try tmux.press("c")
            try tmux.waitFor("NOT SAVED", timeout: 30)
            try tmux.press("q")
            let asked = try tmux.waitFor("press q again", timeout: 30)
            try tmux.press("q")
            // A loaded machine (CI runs every suite at once on two cores) can take its time here.
            let status = try tmux.exitStatus(timeout: 30)
            return (asked, status, try tmux.screen())
        }
        #expect(TmuxSession.exitedLine(in: asked) == nil, "q quit without asking")
        #expect(status != 0)
        #expect(last.contains("could not be saved"), "\(last)")
    }
}

extension HardeningEndToEndTests {
    @Test("a dashboard that found the store held by another process becomes writable once that process lets go")
    func lockRetried() throws {
        let sandbox = try Sandbox()
        let path = sandbox.path("held.json")
        try StoreFixture.writeDemo(to: path, today: Self.today)
        var holder: PortfolioStore? = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        let tmux = try TmuxSession.baton(["--store", path, "--today", Self.today], in: sandbox)
        let screen = try tmux.waitFor("[4] Timeline")
        #expect(ScreenText.rows(screen)[0].contains("read-only"), "\(screen)")
        try holder?.close()
        holder = nil
        let writable = try tmux.waitFor("Writable again")
        #expect(ScreenText.rows(writable)[0].contains("saved"), "\(writable)")
        try tmux.press("q")
        #expect(try tmux.exitStatus() == 0)
    }
}
