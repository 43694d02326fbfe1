import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// `baton remove-demo`: takes the demo's invented accounts out of a store an earlier build seeded
/// with them. They are not customers, so they are removed, not archived; every real account stays.
struct RemoveDemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove-demo",
        abstract: "Remove the demo's invented accounts from your store (an earlier build put them there).")

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Print what would be removed and change nothing.")
    var dryRun = false

    func run() throws {
        guard !store.demo else { throw ValidationError("remove-demo works on your store, not on --demo.") }
        let path = store.path
        guard OpenedStore.portfolioExists(at: path) else {
            FileHandle.standardError.write(Data(("baton: " + OpenedStore.noPortfolioYet(at: path) + "\n").utf8))
            throw ExitCode(1)
        }
        let today = try store.resolvedToday()
        let opened = try OpenedStore(options: store, today: today)
        defer { opened.close() }
        let demo = opened.store.portfolio.accounts.filter(DemoPortfolio.isDemoAccount)
        let where_ = OpenedStore.abbreviate(opened.store.path)
        guard !demo.isEmpty else {
            print("No demo accounts in \(where_): nothing to remove.")
            return
        }
        if !dryRun, !opened.store.access.isWritable {
            let reason = opened.store.access.reasonText
            FileHandle.standardError.write(Data("baton: \(where_) is read-only (\(reason)); nothing was removed.\n".utf8))
            throw ExitCode(1)
        }
        let verb = dryRun ? "Would remove" : "Removed"
        if !dryRun {
            try opened.store.remove(accountIDs: Set(demo.map(\.id)))
        }
        print("\(verb) \(demo.count) demo account\(demo.count == 1 ? "" : "s") from \(where_):")
        for account in demo {
            print("  \(account.id)  \(DisplayText.sanitize(account.name))")
        }
        let left = opened.store.portfolio.accounts.count - (dryRun ? demo.count : 0)
        print("\(left) account\(left == 1 ? "" : "s") \(dryRun ? "would stay" : "left").")
    }
}
