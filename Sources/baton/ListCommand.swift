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

    @Flag(name: .long, help: "List archived accounts too, flagged \"archived\".")
    var archived = false

    func run() throws {
        let today = try store.resolvedToday()
        guard store.demo || OpenedStore.portfolioExists(at: store.path) else {
            // Listing never creates a store: say how to start one instead.
            FileHandle.standardError.write(Data((OpenedStore.noPortfolioYet(at: store.path) + "\n").utf8))
            if json { FileHandle.standardOutput.write(Data("[]\n".utf8)) }
            return
        }
        let opened = try OpenedStore(options: store, today: today)
        defer { opened.close() }
        let listing = PortfolioListing(portfolio: opened.store.portfolio, today: today, includeArchived: archived)
        if json {
            FileHandle.standardOutput.write(try listing.json())
        } else {
            print(listing.table(), terminator: "")
        }
    }
}
