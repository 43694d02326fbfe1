import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// `baton list`: the portfolio, one account per line.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line per account: stage, readiness n/6, verdict, T-day, health, high risks, overdue items, flags.")

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Print JSON (an array of objects, keys sorted) for scripts.")
    var json = false

    func run() throws {
        let today = try store.resolvedToday()
        let opened = try OpenedStore(options: store, today: today)
        defer { opened.close() }
        let listing = PortfolioListing(portfolio: opened.store.portfolio, today: today)
        if json {
            FileHandle.standardOutput.write(try listing.json())
        } else {
            print(listing.table(), terminator: "")
        }
    }
}
