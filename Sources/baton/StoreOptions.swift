import ArgumentParser
import BatonCore
import Foundation

/// Where the portfolio lives, for every subcommand: written before or after the subcommand's name.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store to use (default: $XDG_DATA_HOME/baton/portfolio.json).", valueName: "path"))
    var store: String?

    @Flag(name: .long, help: "Use a throwaway copy of the demo portfolio; your store is never touched.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Pretend today is this date (YYYY-MM-DD), to plan ahead or look back.", valueName: "date"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("A shared portfolio in PostgreSQL, postgres://USER@HOST:PORT/DB[?sslmode=…] (also $BATON_DATABASE_URL or `database =` in the settings); the password from PGPASSWORD or ~/.pgpass.",
                                            valueName: "url"))
    var database: String?

    /// The store's path: --store, else the default location.
    var path: String {
        if let store { return (store as NSString).expandingTildeInPath }
        return StoreLocation.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    /// Today in the user's time zone, or the --today date.
    func resolvedToday() throws -> CalendarDate {
        guard let today else { return CalendarDate(Date(), in: .current) }
        guard let date = CalendarDate(iso: today) else {
            throw ValidationError("--today \"\(SafeText.sanitize(today))\" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-21.")
        }
        return date
    }
}
