import BatonCore
import Foundation

/// `baton`'s first frame on a large store: from process start until the dashboard has drawn
/// once (BATON_EXIT_AFTER_FIRST_FRAME makes it quit right after), in a pseudo-terminal made by
/// script(1), so the whole path — open, replay, index, render, ncurses — is in the figure.
enum FirstFrameBench {
    static func run(baton: String, accounts n: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-ff-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("portfolio.json").path
        let today = CalendarDate(Date())
        let store = try PortfolioStore.open(path: path, creatingWith: {
            SyntheticPortfolio.make(accounts: n, seed: 42, today: today, now: Date())
        })
        try store.close()
        var samples: [Double] = []
        for _ in 0..<3 {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            p.arguments = ["-qec", "\(baton) --store \(path)", "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["BATON_EXIT_AFTER_FIRST_FRAME"] = "1"
            env["TERM"] = env["TERM"] ?? "xterm-256color"
            env["COLUMNS"] = "80"
            env["LINES"] = "24"
            p.environment = env
            p.standardOutput = FileHandle.nullDevice
            p.standardInput = FileHandle.nullDevice
            let ms = try Timing.milliseconds {
                try p.run()
                p.waitUntilExit()
            }
            samples.append(ms)
        }
        samples.sort()
        print("first frame of baton on a \(n)-account store: \(Timing.format(samples[1])) (median of 3, whole process)")
    }
}
