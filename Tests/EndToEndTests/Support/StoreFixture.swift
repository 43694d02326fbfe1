import BatonCore
import Testing
import Foundation

/// Stores built the way Baton builds them, for tests that need a particular portfolio on disk.
enum StoreFixture {
    /// Writes the demo portfolio for `today` (changed by `edit`) as a store at `path`.
    static func writeDemo(to path: String, today: String, edit: (inout Portfolio) throws -> Void = { _ in }) throws {
        let day = try #require(CalendarDate(iso: today))
        var portfolio = DemoPortfolio.make(today: day, now: Date())
        try edit(&portfolio)
        let store = try PortfolioStore.open(path: path, creatingWith: { portfolio })
        try store.close()
    }
}
