#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// How a command that changes the store opens it: with the lock, waiting for it a little while
/// (another `baton` command finishing), then refusing with who holds it — never writing beside a
/// dashboard that has the store open, so no update is lost.
struct WriteOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Seconds to wait for a dashboard or another command that has the store open (default 2).",
                                            valueName: "seconds"))
    var wait: Double = 2

    // Not --by: `mark` has its own --by (who signed or observed).
    @Option(name: .customLong("as"), help: ArgumentHelp("Who makes the change, for a shared portfolio's change log (default: $USER).",
                                                        valueName: "name"))
    var actingAs: String?
}

extension OpenedStore {
    /// The store, writable, or a refusal on stderr and exit 3 when another Baton keeps it.
    /// `createFor`: the owner's name when this command may start a portfolio that does not exist yet.
    static func forWriting(options: StoreOptions, today: CalendarDate, wait: Double, createFor owner: String? = nil) throws -> OpenedStore {
        if options.demo { return try OpenedStore(demoFor: today) }
        SharedShell.refuseLocalWrite(options: options)
        let path = options.path
        if owner == nil, !portfolioExists(at: path) {
            Shell.fail(noPortfolioYet(at: path))
        }
        let deadline = Date().addingTimeInterval(max(0, wait))
        while true {
            let opened: OpenedStore
            do {
                opened = try OpenedStore.own(path: path, owner: owner ?? "")
            } catch {
                Shell.fail("\(error)", code: 2)
            }
            guard case .readOnly(let reasons) = opened.store.access else { return opened }
            opened.close()
            if Date() >= deadline {
                Shell.fail("not changed: \(reasons.map(\.description).joined(separator: "; ")). Close the dashboard "
                           + "there (or let the other command finish), or give --wait SECONDS.", code: 3)
            }
            usleep(100_000)
        }
    }
}

/// What every shell command shares: printing safely, failing with a reason and an exit code.
enum Shell {
    /// The terminal's width when standard output is one, else nil (a pipe or a file: no width to fit).
    static func terminalWidth() -> Int? {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// Prints text that may hold a customer's words: control characters and escape sequences stay
    /// inert, line by line.
    static func say(_ text: String) {
        print(text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayText.sanitize(String($0)) }
            .joined(separator: "\n"))
    }

    static func warn(_ text: String) {
        let clean = text.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayText.sanitize(String($0)) }
            .joined(separator: "\n")
        FileHandle.standardError.write(Data("baton: \(clean)\n".utf8))
    }

    /// The reason on stderr, then exit: 1 for a refusal (the domain's rules), 2 for a store that
    /// cannot be read, 3 for a store another Baton has open.
    static func fail(_ reason: String, code: Int32 = 1) -> Never {
        warn(reason)
        exit(code)
    }

    /// A date option: YYYY-MM-DD, or "today", "tomorrow", "+N" days from today.
    static func date(_ text: String?, option: String, today: CalendarDate) -> CalendarDate? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        switch text.lowercased() {
        case "today": return today
        case "tomorrow": return today.adding(days: 1)
        case "yesterday": return today.adding(days: -1)
        default: break
        }
        if text.hasPrefix("+") || text.hasPrefix("-"), let n = Int(text) { return today.adding(days: n) }
        guard let day = CalendarDate(iso: text) else {
            fail("--\(option) \"\(text)\" is not a date: write it as YYYY-MM-DD (or today, tomorrow, +7).")
        }
        return day
    }

    /// The name of the person running the command, for a portfolio it starts: the account's full
    /// name from the system, else the login name.
    static func ownerName() -> String {
        if let entry = getpwuid(getuid()), let gecos = entry.pointee.pw_gecos {
            let full = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
            if !full.trimmingCharacters(in: .whitespaces).isEmpty { return full }
        }
        return ProcessInfo.processInfo.environment["USER"] ?? ""
    }
}

/// One change to one account from the shell, through the core's one door: found by id or name,
/// built, applied under the same rules as the dashboard, made durable, and its summary printed —
/// or the core's refusal on stderr with exit 1.
enum ShellChange {
    static func run(store options: StoreOptions, write: WriteOptions, account query: String,
                    _ build: (Account, ChangeContext) -> Result<AccountChange, ChangeRefusal>) throws {
        let today = try options.resolvedToday()
        if let settings = SharedShell.settings(options) {
            return SharedShell.change(settings, today: today, write: write, account: query, build)
        }
        let opened = try OpenedStore.forWriting(options: options, today: today, wait: write.wait)
        defer { opened.close() }
        let portfolio = opened.store.portfolio
        let account: Account
        switch portfolio.find(query) {
        case .failure(let refusal): opened.close(); Shell.fail(refusal.reason)
        case .success(let found): account = found
        }
        let context = ChangeContext(today: today, now: Date().wholeSeconds, by: portfolio.owner, timeZone: .current)
        let change: AccountChange
        switch build(account, context) {
        case .failure(let refusal): opened.close(); Shell.fail(refusal.reason)
        case .success(let built): change = built
        }
        switch change.apply(to: account, context: context) {
        case .failure(let refusal):
            opened.close()
            Shell.fail(refusal.reason)
        case .success(let outcome):
            do {
                try opened.store.commit(outcome.account)
            } catch {
                opened.close()
                Shell.fail("not changed: \(error)", code: 2)
            }
            Shell.say(outcome.summary + (opened.isDemo ? " (demo: a throwaway copy, not kept)" : ""))
        }
    }
}
