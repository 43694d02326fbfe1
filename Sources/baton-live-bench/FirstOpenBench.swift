#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import BatonShared
import Foundation

/// The shared portfolio opened on a new machine (issue 24, part 3), measured on the real `baton`
/// binary in a pseudo-terminal at 80×24 (script(1)), each run with a fresh local folder
/// (XDG_STATE_HOME): the first frame, a key (`?`) typed at that frame answered, the local copy
/// filled (its index written and its fill marker gone); then the later open from that copy.
///
///     swift run -c release baton-live-bench first-open postgres://USER@HOST:PORT/postgres [2000 10000 ...]
enum FirstOpenBench {
    static let before: [Int: (firstFrame: String, key: String, later: String)] = [
        2_000: ("2.8 s", "2.8 s", "1.2 s"),
    ]

    static func run(url: String, sizes: [Int]) throws {
        let baton = ProcessInfo.processInfo.environment["BATON"]
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baton").path
        guard FileManager.default.isExecutableFile(atPath: baton) else {
            throw SharedDatabaseError("no baton binary at \(baton) (build it, or set BATON)")
        }
        let admin = try DatabaseSettings.resolve(url)
        let today = CalendarDate(Date(), in: .current)
        // BATON_BENCH_RUNS: how many runs each figure is the median of (3 unless told).
        let runs = max(1, ProcessInfo.processInfo.environment["BATON_BENCH_RUNS"].flatMap(Int.init) ?? 3)
        print("shared portfolio, first open on a new machine (PostgreSQL on loopback, 80×24 pty, medians of \(runs))")
        print("accounts   first frame   key answered   copy filled   later open: frame / key   (issue 24 before: frame / key / later)")
        for n in sizes {
            var named = admin
            named.database = "baton_bench_\(UUID().uuidString.prefix(8).lowercased())"
            let settings = named
            try Blocking.run { try await Admin.createDatabase(named: settings.database, on: admin) }
            defer { try? Blocking.run { try await Admin.dropDatabase(named: settings.database, on: admin) } }
            let portfolio = try accounts(n, today: today)
            let pushStarted = Date()
            _ = try Blocking.run {
                try await SharedDatabase.with(settings, timeout: .seconds(3600)) { db in
                    try await db.migrate(today: today)
                    return try await db.push(portfolio, by: "bench", today: today)
                }
            }
            FileHandle.standardError.write(Data(String(format: "  (%d accounts pushed in %.1f s)\n", n, Date().timeIntervalSince(pushStarted)).utf8))
            let dbURL = settings.urlForBench(admin: url)
            var frames: [Double] = [], keys: [Double] = [], fills: [Double] = [], laterFrames: [Double] = [], laterKeys: [Double] = []
            for _ in 0..<runs {
                let home = FileManager.default.temporaryDirectory.appendingPathComponent("baton-first-open-\(UUID().uuidString.prefix(8))").path
                defer { try? FileManager.default.removeItem(atPath: home) }
                // The first frame alone: the process ends once it is drawn.
                frames.append(try Screen.timeToExit(baton, dbURL, home: home, extra: ["BATON_EXIT_AFTER_FIRST_FRAME": "1"]))
                try? FileManager.default.removeItem(atPath: home)
                // `?` typed as soon as the first frame shows, the help drawn; then the copy filled.
                let session = try Screen(baton, dbURL, home: home)
                session.waitForOutput()
                session.send("?")
                keys.append(session.waitFor("searches"))
                fills.append(session.waitUntil { Self.filled(home) })
                session.quit()
                // The later open, from the filled copy.
                laterFrames.append(try Screen.timeToExit(baton, dbURL, home: home, extra: ["BATON_EXIT_AFTER_FIRST_FRAME": "1"]))
                let later = try Screen(baton, dbURL, home: home)
                later.waitForOutput()
                later.send("?")
                laterKeys.append(later.waitFor("searches"))
                later.quit()
            }
            let was = before[n].map { "\($0.firstFrame) / \($0.key) / \($0.later)" } ?? "not measured"
            print(String(format: "%8d   %9.2f s   %10.2f s   %9.2f s   %8.2f s / %.2f s        %@", n, median(frames), median(keys),
                         median(fills), median(laterFrames), median(laterKeys), was))
        }
        print("goal (issue 24): first frame and a key answered within 1 s at 2,000 accounts, 2 s at 10,000")
    }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    /// The copy under `home` has its index and no fill marker.
    static func filled(_ home: String) -> Bool {
        let base = home + "/baton/shared"
        guard let folders = try? FileManager.default.contentsOfDirectory(atPath: base) else { return false }
        return folders.contains { folder in
            let path = base + "/" + folder
            return FileManager.default.fileExists(atPath: path + "/portfolio.json.index")
                && !FileManager.default.fileExists(atPath: CopyFill.markerPath(folder: path))
        }
    }

    /// Synthetic accounts (~30 KB each), from baton-bench's cache when it has this size for today.
    static func accounts(_ n: Int, today: CalendarDate) throws -> Portfolio {
        let folder = ProcessInfo.processInfo.environment["BATON_BENCH_CACHE"]
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-cache").path
        let cached = (folder as NSString).appendingPathComponent("portfolio-\(n)-\(today.iso).json")
        if FileManager.default.fileExists(atPath: cached) { return try StoreReader.read(path: cached) }
        return SyntheticPortfolio.make(accounts: n, seed: 42, today: today, now: Date())
    }

    /// One `baton --database` in a pseudo-terminal at 80×24, its output kept to look for what it drew.
    final class Screen: @unchecked Sendable {
        let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        private let lock = NSLock()
        private var text = Data()
        let started = Date()

        init(_ baton: String, _ url: String, home: String, extra: [String: String] = [:]) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qec", "\(baton) --database '\(url)'", "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["TERM"] = "xterm-256color"
            env["COLUMNS"] = "80"
            env["LINES"] = "24"
            env["XDG_STATE_HOME"] = home
            for (k, v) in extra { env[k] = v }
            process.environment = env
            process.standardInput = input
            process.standardOutput = output
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard let self, !data.isEmpty else { return }
                self.lock.lock()
                self.text.append(data)
                self.lock.unlock()
            }
            try process.run()
        }

        static func timeToExit(_ baton: String, _ url: String, home: String, extra: [String: String]) throws -> Double {
            let screen = try Screen(baton, url, home: home, extra: extra)
            screen.process.waitUntilExit()
            return Date().timeIntervalSince(screen.started)
        }

        func send(_ keys: String) { input.fileHandleForWriting.write(Data(keys.utf8)) }

        /// Seconds from the start until `body` holds (at most five minutes).
        func waitUntil(_ body: () -> Bool) -> Double {
            let end = Date().addingTimeInterval(300)
            while Date() < end, !body() { usleep(5_000) }
            return Date().timeIntervalSince(started)
        }

        /// Until a frame was drawn (80×24 takes some thousand bytes; setting the terminal up, a few dozen).
        func waitForOutput() { _ = waitUntil { locked { text.count > 1_000 } } }

        /// Seconds from the start until `marker` was drawn.
        func waitFor(_ marker: String) -> Double {
            let bytes = Data(marker.utf8)
            return waitUntil { locked { text.range(of: bytes) != nil } }
        }

        /// Esc (closing the help), a pause so it is not read as Alt-q, then q.
        func quit() {
            send("\u{1b}")
            usleep(300_000)
            send("q")
            waitForExit()
        }

        func waitForExit() {
            let end = Date().addingTimeInterval(60)
            while process.isRunning, Date() < end { usleep(10_000) }
            if process.isRunning { process.terminate() }
        }

        private func locked<T>(_ body: () -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body()
        }
    }
}

extension DatabaseSettings {
    /// The admin URL with this database's name in its path (the bench's own database).
    func urlForBench(admin url: String) -> String {
        guard var parts = URLComponents(string: url) else { return url }
        parts.path = "/" + database
        return parts.string ?? url
    }
}
