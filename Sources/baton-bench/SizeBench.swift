import BatonCore
import BatonUI
import Foundation

/// The figures for one portfolio size, measured on a synthetic portfolio in a throwaway folder.
enum SizeBench {
    static let header = "accounts      open  full save  durable change  RSS after open   frame (80×24)  frame (200×60)  keystroke+frame"
        + "   first frame     change  filter key      quit  peak memory  200-key burst            first frame, no index"

    /// The figures issue 14 measured before this work, printed under each size for comparison.
    static let before: [Int: String] = [
        200: "   0.145 s",
        2_000: "   1.40 s",
        10_000: "   6.5 s     30–42 ms   14–38 ms   4.7–5.7 s   ~600 MiB   200 frames, 337 KB (VisiData ~6 KB)",
    ]

    /// Issue 14's goals, under the figures.
    static let goals: [Int: String] = [
        200: "        –   ≤ 2× 200's  ≤ 2× 200's    ≤ 0.2 s",
        2_000: "   ≤ 0.3 s   ≤ 2× 200's  ≤ 2× 200's    ≤ 0.2 s",
        10_000: "   ≤ 0.5 s      ≤ 3 ms      ≤ 3 ms    ≤ 0.2 s  ≤ 1.2× file   ≤ 1 frame/16 ms, < 6 KB",
    ]

    /// The baton binary beside this benchmark, when it was built.
    nonisolated(unsafe) static var baton: String?

    static func col(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }

    /// Generating 10,000 accounts takes minutes on two cores: the store made for a size and a
    /// day is kept (BATON_BENCH_CACHE, else the temporary folder) and copied for each run.
    static func cachedStore(accounts n: Int, today: CalendarDate) -> (folder: String, path: String) {
        let folder = ProcessInfo.processInfo.environment["BATON_BENCH_CACHE"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-cache").path
        return (folder, (folder as NSString).appendingPathComponent("portfolio-\(n)-\(today.iso).json"))
    }

    static func run(accounts n: Int) throws {
        let today = CalendarDate(Date(), in: .current)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portfolio.json").path
        let (cacheFolder, cached) = cachedStore(accounts: n, today: today)
        let portfolio: Portfolio
        if FileManager.default.fileExists(atPath: cached) {
            try FileManager.default.copyItem(atPath: cached, toPath: path)
            portfolio = try StoreReader.read(path: path)
        } else {
            portfolio = SyntheticPortfolio.make(accounts: n, seed: 42, today: today, now: Date())
            // Create the store once, so "open" below reads an existing document.
            let store = try PortfolioStore.open(path: path, creatingWith: { portfolio })
            try store.checkpoint()
            try store.close()
            try? FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: path, toPath: cached)
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
        // A confirmed change: tick the selected account's next timeline step, and untick it.
        var changing = state
        _ = Update.apply(.key(.char("4")), to: &changing)
        let changeMs = Timing.median(runs: 51) {
            _ = Update.apply(.key(.char(" ")), to: &changing)
            _ = AppView.render(changing)
        }
        // Filter keys: typing a name and taking it back, one key and one frame at a time.
        var filtering = state
        _ = Update.apply(.key(.char("/")), to: &filtering)
        var filterSamples: [Double] = []
        for _ in 0..<5 {
            for key in Array("syn 00").map({ KeyEvent.char($0) }) + Array(repeating: KeyEvent.backspace, count: 6) {
                filterSamples.append(Timing.milliseconds {
                    _ = Update.apply(.key(key), to: &filtering)
                    _ = AppView.render(filtering)
                })
            }
        }
        filterSamples.sort()
        let filterMs = filterSamples[filterSamples.count / 2]
        var terminal = ""
        if let baton = Self.baton {
            let t = try TerminalBench.run(baton: baton, store: path)
            let fileMiB = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
            terminal = col(Timing.format(t.firstFrameMs), 14) + col(Timing.format(changeMs), 11) + col(Timing.format(filterMs), 12)
                + col(Timing.format(t.quitMs), 10) + col(String(format: "%.0f MiB", t.peakMiB), 13)
                + col("\(t.burstFrames) frames, \(String(format: "%.1f", Double(t.burstBytes) / 1024)) KB", 25)
                + col(Timing.format(t.firstFrameWithoutIndexMs), 23)
                + String(format: "   (peak %.2f× the %.0f MiB file)", t.peakMiB / max(1, fileMiB), fileMiB)
                + " · peaks: " + t.peaks.map { "\($0.0) " + String(format: "%.0f MiB", $0.1) }.joined(separator: ", ")
        } else {
            terminal = col("–", 14) + col(Timing.format(changeMs), 11) + col(Timing.format(filterMs), 12)
        }
        print(col("\(n)", 8), col(Timing.format(openMs), 9), col(Timing.format(saveMs), 10),
              col(Timing.format(durableMs), 15), col(String(format: "%.0f MiB", rss), 15),
              col(Timing.format(frameSmall), 15), col(Timing.format(frameLarge), 15), col(Timing.format(keyMs), 16) + terminal)
        if let before = Self.before[n] {
            print(col("before", 8) + String(repeating: " ", count: 102) + before)
        }
        if let goal = Self.goals[n] {
            print(col("goal", 8) + String(repeating: " ", count: 102) + goal)
        }
    }
}
