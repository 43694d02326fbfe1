import BatonCore
import BatonUI
import Foundation

/// The figures for one portfolio size, measured on a synthetic portfolio in a throwaway folder.
enum SizeBench {
    static let header = "accounts      open  full save  durable change  RSS after open   frame (80×24)  frame (200×60)  keystroke+frame"

    static func run(accounts n: Int) throws {
        let today = CalendarDate(Date())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portfolio.json").path
        let portfolio = SyntheticPortfolio.make(accounts: n, seed: 42, today: today, now: Date())

        // Create the store once, so "open" below reads an existing document.
        do {
            let store = try PortfolioStore.open(path: path, creatingWith: { portfolio })
            try store.checkpoint()
            try store.close()
        }
        let runs = n >= 5_000 ? 3 : 9
        let openMs = try Timing.median(runs: runs) {
            let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
            try store.close()
        }
        let store = try PortfolioStore.open(path: path, creatingWith: { Portfolio() })
        let rss = Timing.residentMiB()
        let saveMs = try Timing.median(runs: runs) { try store.checkpoint() }
        var account = store.portfolio.accounts[n / 2]
        var k = 0
        let durableMs = try Timing.median(runs: 51) {
            k += 1
            account.health.rationale = "benchmark change \(k)"
            try store.commit(account)
        }
        try store.close()

        var state = AppState(portfolio: portfolio, today: today, now: Date(), width: 80, height: 24,
                             storePath: path, saveStatus: .saved)
        let frameSmall = Timing.median(runs: 51) { _ = AppView.render(state) }
        var large = state
        _ = Update.apply(.resize(width: 200, height: 60), to: &large)
        let frameLarge = Timing.median(runs: 51) { _ = AppView.render(large) }
        let keyMs = Timing.median(runs: 101) {
            _ = Update.apply(.key(.char("j")), to: &state)
            _ = AppView.render(state)
        }
        func col(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        print(col("\(n)", 8), col(Timing.format(openMs), 9), col(Timing.format(saveMs), 10),
              col(Timing.format(durableMs), 15), col(String(format: "%.0f MiB", rss), 15),
              col(Timing.format(frameSmall), 15), col(Timing.format(frameLarge), 15), col(Timing.format(keyMs), 16))
    }
}
