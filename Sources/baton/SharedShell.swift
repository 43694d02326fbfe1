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
    static func run<T: Sendable>(_ settings: DatabaseSettings, _ body: @escaping @Sendable (SharedDatabase) async throws -> T) -> T {
        do {
            return try Blocking.run { try await SharedDatabase.with(settings, body) }
        } catch {
            Shell.fail(Redaction.scrub("\(error)", secrets: settings.secrets), code: 2)
        }
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
        switch run(settings, { try await $0.apply(change, toAccount: id, context: context) }) {
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
