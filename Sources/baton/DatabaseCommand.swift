#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import BatonCore
import BatonShared
import Foundation

/// `baton db`: the shared portfolio in PostgreSQL — prepare it, copy a local store into it, copy it out.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "A shared portfolio in PostgreSQL: init (create or migrate the tables), push a local store, pull a copy.",
        discussion: """
        The database is --database URL, else $BATON_DATABASE_URL, else `database = URL` in the settings file. \
        The password comes from the URL, PGPASSWORD or ~/.pgpass; it is never printed.
        Examples:
          baton db init --database postgres://lead@db.example:5432/baton
          baton db push                   your local store into the shared one (a second push changes nothing)
          baton db pull --store copy.json a local copy of the shared portfolio
        """,
        subcommands: [Init.self, Push.self, Pull.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init", abstract: "Create Baton's tables, or migrate them to this Baton's schema version.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            let settings = SharedShell.required(store)
            let today = try store.resolvedToday()
            let (from, to) = SharedShell.run(settings) { try await $0.migrate(today: today) }
            if from == to {
                Shell.say("\(settings.described) is at schema version \(to): nothing to do.")
            } else {
                Shell.say("\(settings.described): schema version \(from) → \(to).")
            }
        }
    }

    struct Push: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "push",
            abstract: "Copy the local store (--store, or your portfolio) into the shared database.",
            discussion: "New accounts are added, changed ones replaced (each logged), the rest left alone: pushing twice changes nothing.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var write: WriteOptions

        func run() throws {
            let today = try store.resolvedToday()
            if store.demo {
                pushDemo(today: today)
                return
            }
            let settings = SharedShell.required(store)
            let portfolio: Portfolio
            do {
                portfolio = try StoreReader.read(path: store.path)
            } catch StoreReader.Failure.missing {
                Shell.fail(OpenedStore.noPortfolioYet(at: store.path))
            } catch {
                Shell.fail("\(error)", code: 2)
            }
            let by = SharedShell.by(write, owner: portfolio.owner)
            let report = SharedShell.run(settings) { try await $0.push(portfolio, by: by, today: today) }
            Shell.say("Pushed \(OpenedStore.abbreviate(store.path)) to \(settings.described): \(report.added) added, "
                      + "\(report.updated) updated, \(report.unchanged) unchanged.")
        }

        /// `--demo`: the demo's invented accounts, to try the shared dashboard together — only into a
        /// database that holds no account yet, so they never mix with a team's real ones.
        private func pushDemo(today: CalendarDate) {
            var named = store
            named.demo = false
            let settings = SharedShell.required(named)
            let portfolio = DemoPortfolio.make(today: today, now: Date().wholeSeconds)
            let by = SharedShell.by(write, owner: portfolio.owner)
            let held = SharedShell.run(settings) { try await $0.portfolio().accounts.count }
            guard held == 0 else {
                Shell.fail("the demo goes only into an empty database, and \(settings.described) holds \(held) account"
                           + "\(held == 1 ? "" : "s"): push your own store (leave out --demo).")
            }
            let report = SharedShell.run(settings) { try await $0.push(portfolio, by: by, today: today) }
            Shell.say("Pushed the demo portfolio to \(settings.described): \(report.added) invented accounts to try together.")
        }
    }

    struct Pull: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pull",
            abstract: "Write the shared portfolio to a local store file (--store), replacing it only with --force.")

        @OptionGroup var store: StoreOptions

        @Flag(name: .long, help: "Replace the file if it exists (its journal and backup are removed).")
        var force = false

        func run() throws {
            let settings = SharedShell.required(store)
            let path = store.path
            if !force, OpenedStore.portfolioExists(at: path) {
                Shell.fail("\(OpenedStore.abbreviate(path)) exists: give --force to replace it, or --store PATH for another file.")
            }
            let portfolio = SharedShell.portfolio(settings)
            do {
                let data = try StoreDocument.encode(portfolio, savedAt: Date(), storeID: UUID().uuidString.lowercased())
                try Self.writeAtomically(data, to: path)
                // A journal beside the old file belongs to it, not to this one.
                for leftover in [path + ".journal", path + ".bak"] { try? FileManager.default.removeItem(atPath: leftover) }
            } catch {
                Shell.fail("not written: \(error)", code: 2)
            }
            Shell.say("Pulled \(portfolio.accounts.count) account(s) from \(settings.described) into \(OpenedStore.abbreviate(path)).")
        }

        /// The whole file or nothing, through the one atomic write (its folder made, 0700, when missing).
        static func writeAtomically(_ data: Data, to path: String) throws {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            }
            try AtomicFile.write(data, to: path)
        }
    }
}

/// `baton history ACCOUNT`: the shared portfolio's change log for one account, oldest first.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "What happened to an account in the shared database: when, by whom, what (the change log).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "The account's id or name.")
    var account: String

    @Flag(name: .long, help: "Print JSON: {account, entries: [{seq, at, by, summary}]}.")
    var json = false

    func run() throws {
        let settings = SharedShell.required(store)
        let portfolio = SharedShell.portfolio(settings)
        let found: Account
        switch portfolio.find(account) {
        case .failure(let refusal): Shell.fail(refusal.reason)
        case .success(let match): found = match
        }
        let id = found.id
        let entries = SharedShell.run(settings) { try await $0.history(accountID: id) }
        if json {
            struct Entry: Encodable { let seq: Int64; let at: Date; let by: String; let summary: String }
            struct Output: Encodable { let account: String; let entries: [Entry] }
            let output = Output(account: id, entries: entries.map { Entry(seq: $0.seq, at: $0.at, by: $0.by, summary: $0.summary) })
            FileHandle.standardOutput.write(try JSONOutput.encode(output))
            return
        }
        if entries.isEmpty { Shell.say("\(found.name): no changes logged yet."); return }
        Shell.say("\(found.name) (\(id)): \(entries.count) change(s)")
        for entry in entries {
            Shell.say("\(Timestamps.local(entry.at))  \(entry.by.isEmpty ? "—" : entry.by)  \(entry.summary)")
        }
    }
}
