import ArgumentParser
import BatonCore
import BatonUI
import Foundation

/// `baton load`: each onboarding lead's and account manager's load. Read-only, as `list`.
struct LoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Each lead's and account manager's load: accounts per stage, and the T-days in the next 14 days.",
        discussion: """
        Archived accounts are nobody's load. A T-day counts while the account has not reached
        transfer day (stage 6), as the dashboard's "T-day≤14d" counts it. The dashboard shows the
        same table on P (the load tab of the measures, %).
        Examples:
          baton load                                   the team's table and the coming T-days
          baton load --days 7                          only the next week's T-days
          baton load --json | jq '.people[] | select(.role == "accountManager") | {name, soon: (.transferDays | length)}'
        """)

    @OptionGroup var store: StoreOptions

    @Flag(name: .long, help: "Print JSON for scripts: {schemaVersion, today, horizon, people: […]} (see docs/commands.md and docs/load.schema.json).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("How many days ahead a T-day counts as coming (default 14).", valueName: "n"))
    var days: Int = 14

    func run() throws {
        guard (0...366).contains(days) else { throw ValidationError("--days \(days): from 0 (today only) to 366.") }
        let today = try store.resolvedToday()
        let portfolio = StoreLook.portfolio(options: store, today: today)
        let listing = TeamLoadListing(portfolio: portfolio, today: today, horizon: days)
        if json {
            FileHandle.standardOutput.write(try listing.json())
        } else {
            print(listing.table(), terminator: "")
        }
    }
}
