#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BatonCore
import Foundation

/// Issue 24, parts 1 and 2, on the real `baton` in a pseudo-terminal (80×24): the first frame of
/// a large store from its index, a key (`?`, `j`) typed at that frame and answered, and a store
/// python's `json.dump` wrote — its first open (read, then rewritten once in Baton's layout) and
/// the open after (from the index made then) — beside the figures the issue measured before.
/// `baton-bench --first-keys [SIZES…]`.
enum FirstKeysBench {
    static let header = "accounts   file  first frame  `?` answered  `j` answered   python json.load   python-written: 1st open (rewrite)"
        + "  then 1st frame  then `?` answered"

    /// Issue 24's table (medians of 5, the same machine): first frame, a key answered at it, no-index open, python's json.load.
    static let before: [Int: String] = [
        200: "   0.14 s        0.14 s        –              0.17 s             0.14 s (no index, every open)",
        2_000: "   0.07–0.13 s   1.04–1.16 s   –              1.00 s             1.10 s (no index, every open)",
        10_000: "   0.13 s        5.4 s         –              5.5 s              5.4 s (no index, every open)",
    ]
    static let goals: [Int: String] = [
        2_000: "                 ≤ 0.3× json.load                                  the same figures from the 2nd open",
        10_000: "                 ≤ 0.5 s                                           the same figures from the 2nd open",
    ]

    static func run(sizes: [Int], baton: String) throws {
        print("Keys at the first frame, and stores another tool wrote (issue 24) · pty 80×24 · medians of 5 (rewrite: 1 run)")
        print(header)
        for n in sizes { try one(accounts: n, baton: baton) }
        print("first frame: process start to the first frame drawn (it then exits); answered: process start to the frame drawn "
              + "after the key, sent as soon as the first frame arrived; python-written: the store passed through "
              + "json.load/json.dump, opened once (read whole, rewritten in Baton's layout, first frame), then again")
    }

    static func one(accounts n: Int, baton: String) throws {
        let today = CalendarDate(Date(), in: .current)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("baton-first-keys-\(getpid())-\(n)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("portfolio.json").path
        let (cacheFolder, cached) = SizeBench.cachedStore(accounts: n, today: today)
        if !FileManager.default.fileExists(atPath: cached) {
            let portfolio = SyntheticPortfolio.make(accounts: n, seed: 42, today: today, now: Date())
            let made = try PortfolioStore.open(path: store, creatingWith: { portfolio })
            try made.checkpoint()
            try made.close()
            try? FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: store, toPath: cached)
        } else {
            try FileManager.default.copyItem(atPath: cached, toPath: store)
        }
        let mib = Double((try? FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0) / 1_048_576
        try makeIndex(baton: baton, store: store)
        let frame = try median(5) { try firstFrame(baton: baton, store: store) }
        let question = try median(5) { try answered("?", baton: baton, store: store) }
        let move = try median(5) { try answered("j", baton: baton, store: store) }
        let python = pythonLoad(store)

        // The same store as python writes it: no index can describe it until it is rewritten.
        let foreign = folder.appendingPathComponent("python.json").path
        var rewrite = "–", after = "–", afterKey = "–"
        if pythonDump(store, to: foreign) {
            rewrite = Timing.format(try firstFrame(baton: baton, store: foreign))
            try makeIndex(baton: baton, store: foreign)
            after = Timing.format(try median(5) { try firstFrame(baton: baton, store: foreign) })
            afterKey = Timing.format(try median(5) { try answered("?", baton: baton, store: foreign) })
        }
        let c = SizeBench.col
        print(c("\(n)", 8) + c(String(format: "%.0f MB", mib), 7) + c(Timing.format(frame), 13) + c(Timing.format(question), 14)
              + c(Timing.format(move), 14) + c(python.map(Timing.format) ?? "–", 19) + c(rewrite, 36) + c(after, 17) + c(afterKey, 19))
        if let before = before[n] { print(c("before", 8) + "       " + before) }
        if let goal = goals[n] { print(c("goal", 8) + "       " + goal) }
        fflush(nil)
    }

    static func median(_ runs: Int, _ body: () throws -> Double) rethrows -> Double {
        var samples: [Double] = []
        for _ in 0..<runs { samples.append(try body()) }
        samples.sort()
        return samples[samples.count / 2]
    }

    /// Opens the dashboard until the index beside the store is written (the store rewritten first when it must be).
    static func makeIndex(baton: String, store: String) throws {
        let s = try TerminalBench.Session(baton: baton, store: store, environment: [:])
        let deadline = Date().addingTimeInterval(600)
        while Date() < deadline, !FileManager.default.fileExists(atPath: store + ".index") { usleep(100_000) }
        s.waitQuiet()
        s.send("q")
        _ = s.waitForExit()
    }

    /// Milliseconds from the process's start to its first frame.
    static func firstFrame(baton: String, store: String) throws -> Double {
        try Timing.milliseconds {
            let s = try TerminalBench.Session(baton: baton, store: store, environment: ["BATON_EXIT_AFTER_FIRST_FRAME": "1"])
            s.process.waitUntilExit()
        }
    }

    /// Milliseconds from the process's start to the frame drawn after `key`, sent as soon as the first frame arrived.
    static func answered(_ key: String, baton: String, store: String) throws -> Double {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("baton-answered-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let started = Date().timeIntervalSince1970
        let s = try TerminalBench.Session(baton: baton, store: store, environment: ["BATON_KEY_ANSWERED_FILE": file])
        while s.outputBytes == 0 { usleep(1_000) }
        s.send(key)
        let deadline = Date().addingTimeInterval(300)
        var at: Double?
        while Date() < deadline, at == nil {
            at = (try? String(contentsOfFile: file, encoding: .utf8)).flatMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if at == nil { usleep(2_000) }
        }
        // Out of the help (Esc), then quit; a store still being read ends at once on q.
        s.send("\u{1B}")
        usleep(100_000)
        s.send("q")
        _ = s.waitForExit()
        return ((at ?? .nan) - started) * 1000
    }

    /// python3's `json.load` of the store, in milliseconds (nil without python3).
    static func pythonLoad(_ path: String) -> Double? {
        let script = "import json,sys,time\nt=time.time()\njson.load(open(sys.argv[1]))\nprint((time.time()-t)*1000)"
        guard let out = python(["-c", script, path]) else { return nil }
        return Double(out.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The store passed through python's `json.load` and `json.dump`, as the issue made it.
    static func pythonDump(_ path: String, to target: String) -> Bool {
        python(["-c", "import json,sys;json.dump(json.load(open(sys.argv[1])),open(sys.argv[2],'w'))", path, target]) != nil
    }

    private static func python(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? String(decoding: data, as: UTF8.self) : nil
    }
}
