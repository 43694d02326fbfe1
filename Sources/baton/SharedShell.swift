import BatonCore
import BatonShared
import Foundation

/// How the shell commands reach a shared portfolio in PostgreSQL: where it is (`--database`,
/// `$BATON_DATABASE_URL`, `database =` in the settings), reading it, and changing one account
/// through the core's door with no lost update. Every message is scrubbed of credentials.
enum SharedShell {
    /// The URL in force: `--database`, else `$BATON_DATABASE_URL`, else the settings file; none with `--demo`.
    static func url(_ options: StoreOptions) -> String? {
        if options.demo { return nil }
        if let given = options.database { return given }
        if let env = ProcessInfo.processInfo.environment["BATON_DATABASE_URL"], !env.isEmpty { return env }
        return Settings.load().database
    }

    /// The connection settings, or nil when no database is named; a setting that cannot be used fails with exit 2.
    static func settings(_ options: StoreOptions) -> DatabaseSettings? {
        guard let url = url(options) else { return nil }
        do {
            return try DatabaseSettings.resolve(url)
        } catch {
            Shell.fail(Redaction.scrub("\(error)"), code: 2)
        }
    }

    static func required(_ options: StoreOptions) -> DatabaseSettings {
        guard let settings = settings(options) else {
            Shell.fail("which database? Give --database postgres://USER@HOST:PORT/DB, or set BATON_DATABASE_URL.", code: 2)
        }
        return settings
    }

    /// Runs database work, failing with exit 2 and a scrubbed reason when it cannot be done.
    ///
    /// Nothing waits forever: the work has until `settings.deadline` (`BATON_DATABASE_DEADLINE`).
    /// A connection lost once the server had answered (an admin shutdown, a restart, a reset) is
    /// tried again from the start, with a growing pause, until then — `body` is run again whole,
    /// so a write must carry its exactly-once key (`exactlyOnceKey()`, made once per command) and
    /// is never applied twice. A server that has not answered yet is tried for `firstReachGrace`
    /// (a restart's seconds), or until the deadline when it said it is shutting down or starting
    /// up (57P01–57P03); a wrong host or port then fails with its reason.
    static func run<T: Sendable>(_ settings: DatabaseSettings, _ body: @escaping @Sendable (SharedDatabase) async throws -> T) -> T {
        let seconds = settings.deadline.components.seconds
        let deadline = Date().addingTimeInterval(TimeInterval(seconds))
        let reached = Reached()
        let started = Date()
        var tries = 0
        while true {
            tries += 1
            do {
                return try Blocking.run(until: deadline) {
                    try await SharedDatabase.with(settings) { database in
                        reached.set()
                        return try await body(database)
                    }
                }
            } catch is Blocking.DeadlinePassed {
                Shell.fail(gaveUp(settings, seconds: seconds, tries: tries, reason: "it stopped answering"), code: 2)
            } catch {
                let shared = error as? SharedDatabaseError
                let lost = shared?.isConnectionLost == true
                // Never reached: a server restarting is back within seconds, a wrong host or port never is.
                let worthIt = reached.isSet || shared?.isServerRestarting == true || Date() < started.addingTimeInterval(Self.firstReachGrace)
                guard lost, worthIt else {
                    let tried = tries > 1 ? " (tried for \(Int(Date().timeIntervalSince(started))) s)" : ""
                    Shell.fail(Redaction.scrub("\(error)", secrets: settings.secrets) + tried, code: 2)
                }
                let pause = min(2.0, 0.1 * Double(1 << min(tries, 5)))
                guard Date().addingTimeInterval(pause) < deadline else {
                    Shell.fail(gaveUp(settings, seconds: seconds, tries: tries,
                                      reason: Redaction.scrub("\(error)", secrets: settings.secrets)), code: 2)
                }
                if tries == 1 { Shell.warn("lost the connection to \(settings.described); trying again for up to \(seconds) s") }
                usleep(useconds_t(pause * 1_000_000))
            }
        }
    }

    /// How long a server that has not answered yet is tried again (refused, reset): a restart's seconds.
    static let firstReachGrace: TimeInterval = 10

    /// The message after the deadline: what happened, that nothing was confirmed, and what to do.
    static func gaveUp(_ settings: DatabaseSettings, seconds: Int64, tries: Int, reason: String) -> String {
        "gave up after \(seconds) s and \(tries) tr\(tries == 1 ? "y" : "ies"): \(settings.described) — \(reason). "
            + "Nothing was confirmed: `baton history ACCOUNT` shows whether a change arrived before you run it again; "
            + "BATON_DATABASE_DEADLINE sets how long to keep trying."
    }

    /// A write's exactly-once key: the same on every try of one command, never on another's.
    static func exactlyOnceKey() -> String { "shell-" + UUID().uuidString.lowercased() }

    /// Set once the server has answered (the work began): only then is a lost connection worth trying again.
    private final class Reached: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    static func portfolio(_ settings: DatabaseSettings) -> Portfolio {
        run(settings) { try await $0.portfolio() }
    }

    /// Who a change is by in the change log: --as, else the login name, else the portfolio's owner.
    static func by(_ write: WriteOptions, owner: String) -> String {
        if let by = write.actingAs?.trimmingCharacters(in: .whitespaces), !by.isEmpty { return by }
        if let user = ProcessInfo.processInfo.environment["USER"], !user.isEmpty { return user }
        return owner
    }

    /// One change from the shell to the shared portfolio: the account found, the change built on
    /// it, then applied through the door and written only over the version it was applied to.
    static func change(_ settings: DatabaseSettings, today: CalendarDate, write: WriteOptions, account query: String,
                       _ build: (Account, ChangeContext) -> Result<AccountChange, ChangeRefusal>) {
        let portfolio = self.portfolio(settings)
        let account: Account
        switch portfolio.find(query) {
        case .failure(let refusal): Shell.fail(refusal.reason)
        case .success(let found): account = found
        }
        let context = ChangeContext(today: today, now: Date().wholeSeconds, by: by(write, owner: portfolio.owner), timeZone: .current)
        let change: AccountChange
        switch build(account, context) {
        case .failure(let refusal): Shell.fail(refusal.reason)
        case .success(let built): change = built
        }
        let id = account.id
        let key = exactlyOnceKey()
        switch run(settings, { try await $0.apply(change, toAccount: id, context: context, key: key) }) {
        case .alreadyApplied(let summary):
            // A try whose answer was lost with the connection had got through: said once, applied once.
            Shell.say(summary)
        case .applied(let summary, _, let attempts):
            Shell.say(summary)
            if attempts > 1 {
                Shell.warn("\(account.name) changed meanwhile: your change was applied again, through the same rules, "
                           + "to the newer account (\(attempts) tries).")
            }
        case .refused(let reason, let by, let at):
            var text = reason
            if let by, let at {
                text += "\n(\(by.isEmpty ? "someone" : by) changed \(account.name) at \(Timestamps.local(at)) since you looked.)"
            }
            Shell.fail(text)
        }
    }

    /// A command that writes the local store while a shared database is configured would write beside it:
    /// refuse rather than lose the change.
    static func refuseLocalWrite(options: StoreOptions) {
        guard url(options) != nil else { return }
        Shell.fail("this command does not change a shared database yet: leave out --database (and BATON_DATABASE_URL) "
                   + "to change your local store, then `baton db push`.")
    }
}

enum Timestamps {
    static func local(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: date)
    }
}
