import BatonCore
import BatonImport
import BatonShared
import Foundation

/// `baton add`, `baton import` and `baton validate` on a shared portfolio in PostgreSQL: the same
/// core doors as on the local store (`NewAccount.make`, `ImportPlan`), written so that nobody's
/// change is overwritten, and every message scrubbed of credentials.
extension SharedShell {
    /// The person doing it, as a lead's name: --as, else the system account's full name.
    static func person(_ write: WriteOptions) -> String {
        if let name = write.actingAs?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        return Shell.ownerName()
    }

    /// A new account into the shared portfolio: made by the core against the accounts there now,
    /// inserted only under a free id (made again on a fresh id, or refused, when someone else took it).
    static func add(_ new: NewAccount, settings: DatabaseSettings, today: CalendarDate, write: WriteOptions, owner: String?,
                    tDayGiven: Bool) {
        var new = new
        // Blank lead: the person adding it, as on a lead's own store (where that is the portfolio's owner).
        if new.onboardingLead.trimmingCharacters(in: .whitespaces).isEmpty { new.onboardingLead = person(write) }
        let context = ChangeContext(today: today, now: Date().wholeSeconds, by: by(write, owner: owner ?? person(write)), timeZone: .current)
        let owner = owner ?? person(write)
        let made = new
        let key = exactlyOnceKey()
        switch run(settings, { try await $0.add(made, context: context, owner: owner, key: key) }) {
        case .refused(let reason):
            Shell.fail(reason)
        case .added(let id, let summary, _):
            Shell.say(summary + " (id \(id))" + (tDayGiven ? "" : "; T-day eight weeks from today on a business day, --t-day sets it"))
        }
    }

    /// `baton validate --database URL`: every stored document read as every command reads it;
    /// exit 0 when all are readable, otherwise each problem and exit 1. Nothing is changed.
    static func validate(_ settings: DatabaseSettings) {
        let result = run(settings) { try await $0.validate() }
        let name = settings.described
        if result.problems.isEmpty {
            Shell.say("\(name): valid (\(result.accounts) account\(result.accounts == 1 ? "" : "s"))")
            return
        }
        for problem in result.problems { Shell.say(Redaction.scrub(problem, secrets: settings.secrets)) }
        let total = result.problems.count
        Shell.say("\(name): \(total) problem\(total == 1 ? "" : "s") in \(result.accounts) account(s); nothing was changed.")
        exit(1)
    }
}

extension ImportCommand {
    /// The import on a shared portfolio: planned against the accounts there now (with the version
    /// of each), shown, then written as one transaction that refuses — writing nothing — when any
    /// account it touches changed since the plan was made.
    func runOnDatabase(_ settings: DatabaseSettings, file: String, table: CSVTable, mapping: ColumnMapping,
                       options: ImportPlan.Options, today: CalendarDate) {
        let now = Date().wholeSeconds
        let versioned = SharedShell.run(settings) { try await $0.versionedPortfolio() }
        var current = versioned.portfolio
        let person = SharedShell.person(write)
        if current.owner.isEmpty { current.owner = owner ?? person }
        let plan = ImportPlan(table: table, mapping: mapping, portfolio: current,
                              context: ChangeContext(today: today, now: now, by: person, timeZone: .current), options: options)
        if stopsAtDryRun(plan, file: file) { return }
        let name = (file as NSString).lastPathComponent
        var items: [SharedDatabase.ImportedAccount] = []
        for row in plan.rows {
            switch row.outcome {
            case .add(let account, _):
                items.append(.init(account: account, readAtVersion: nil,
                                   summary: "\(account.name) added by import (\(name)): stage \(account.stage.rawValue), T-day \(account.tDay.iso)"))
            case .update(let account, let updates, _):
                let fields = updates.isEmpty ? "linked to the CRM record" : updates.map(\.field.rawValue).joined(separator: ", ") + " updated"
                items.append(.init(account: account, readAtVersion: versioned.versions[account.id],
                                   summary: "\(account.name): \(fields) by import (\(name))"))
            case .unchanged, .refused: break
            }
        }
        let by = SharedShell.by(write, owner: current.owner)
        let owner = current.owner
        let written = items
        let key = SharedShell.exactlyOnceKey()
        switch SharedShell.run(settings, { try await $0.importAccounts(written, source: name, by: by, owner: owner, key: key) }) {
        case .refused(let reason):
            Shell.fail(reason)
        case .written:
            Shell.say("\(file): \(plan.headline(done: true))")
            Shell.say(plan.report().map { "  " + $0 }.joined(separator: "\n"))
            if !plan.refused.isEmpty {
                Shell.say("Skipped \(plan.refused.count) refused row\(plan.refused.count == 1 ? "" : "s") (--skip-bad-rows): lines "
                          + plan.refused.map { "\($0.line)" }.joined(separator: ", ") + ".")
            }
            Shell.say(items.isEmpty ? "Nothing to change in \(settings.described)." : "Saved to \(settings.described).")
        }
    }
}
