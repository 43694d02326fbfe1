import BatonCore
import BatonUI
import Foundation

/// `baton-bench --loop change|filter N [SECONDS]`: repeats one in-process step (a confirmed change
/// and its frame, or a filter key and its frame) on a cached store of N accounts for a while, so a
/// profiler (`perf record`) sees where that step's time goes rather than the open's.
enum LoopBench {
    static func run(step: String, accounts n: Int, seconds: Double) throws {
        let today = CalendarDate(Date(), in: .current)
        let cached = SizeBench.cachedStore(accounts: n, today: today).path
        let portfolio = try StoreReader.read(path: cached)
        var state = AppState(portfolio: portfolio, today: today, now: Date(), width: 80, height: 24,
                             storePath: cached, saveStatus: .saved)
        // The account the benchmark's figures are taken on: 101 rows down (its keystroke runs first).
        for _ in 0..<101 { _ = Update.apply(.key(.char("j")), to: &state) }
        let keys: [KeyEvent]
        switch step {
        case "change":
            _ = Update.apply(.key(.char("4")), to: &state)
            keys = [.char(" ")]
        default:
            _ = Update.apply(.key(.char("/")), to: &state)
            keys = Array("syn 00").map { KeyEvent.char($0) } + Array(repeating: KeyEvent.backspace, count: 6)
        }
        let end = Date().addingTimeInterval(seconds)
        var steps = 0
        let ms = Timing.milliseconds {
            while Date() < end {
                for key in keys {
                    _ = Update.apply(.key(key), to: &state)
                    _ = AppView.render(state)
                    steps += 1
                }
            }
        }
        print("\(step) at \(n): \(steps) steps, mean \(Timing.format(ms / Double(steps)))")
    }
}
