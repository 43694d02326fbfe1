import ArgumentParser
import BatonCore
import Foundation

/// How the reading commands (`list`, `show`) see the portfolio: read as it is on disk, without
/// the lock, creating, repairing or folding nothing — safe beside a running dashboard. A missing
/// store is said so on stderr with exit 1; an unreadable one with exit 2.
enum StoreLook {
    static func portfolio(options: StoreOptions, today: CalendarDate) -> Portfolio {
        if options.demo { return DemoPortfolio.make(today: today, now: Date()) }
        if let settings = SharedShell.settings(options) { return SharedShell.portfolio(settings) }
        do {
            return try StoreReader.read(path: options.path)
        } catch StoreReader.Failure.missing {
            Shell.fail(OpenedStore.noPortfolioYet(at: options.path))
        } catch {
            Shell.fail("\(error)", code: 2)
        }
    }
}
