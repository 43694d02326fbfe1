#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What a person sees of `baton` on a store, measured on the real binary in a pseudo-terminal
/// (script(1), 80×24): the first frame, quitting after a confirmed change, the peak memory, and
/// what a burst of 200 moves costs the terminal (bytes written, frames drawn).
enum TerminalBench {
    struct Figures {
        /// The first open of a store without its summary index (it is made once the store is open).
        var firstFrameWithoutIndexMs: Double
        var firstFrameMs: Double
        var quitMs: Double
        var peakMiB: Double
        /// Each session's own peak, when time(1) measured it.
        var peaks: [(String, Double)]
        var burstBytes: Int
        var burstFrames: Int
    }

    /// One `baton` in a pseudo-terminal, its output counted as it arrives.
    final class Session: @unchecked Sendable {
        let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        private let lock = NSLock()
        private var bytes = 0
        private var lastOutput = DispatchTime.now().uptimeNanoseconds
        /// Where time(1) writes this baton's own peak resident size, when the machine has it.
        let peakFile = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-peak-\(UUID().uuidString)").path

        init(baton: String, store: String, environment extra: [String: String]) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            let timed = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time -f %M -o \(peakFile) " : ""
            process.arguments = ["-qec", "\(timed)\(baton) --store \(store)", "/dev/null"]
            var env = ProcessInfo.processInfo.environment
            env["TERM"] = "xterm-256color"
            env["COLUMNS"] = "80"
            env["LINES"] = "24"
            for (k, v) in extra { env[k] = v }
            process.environment = env
            process.standardInput = input
            process.standardOutput = output
            output.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let n = handle.availableData.count
                guard let self, n > 0 else { return }
                self.lock.lock()
                self.bytes += n
                self.lastOutput = DispatchTime.now().uptimeNanoseconds
                self.lock.unlock()
            }
            try process.run()
        }

        var outputBytes: Int {
            lock.lock()
            defer { lock.unlock() }
            return bytes
        }

        /// Waits until something was drawn (more than `after` bytes in all) and nothing more came
        /// for `quietMs`: keys sent next arrive after the last ones were answered.
        func waitQuiet(after: Int = 0, quietMs: Double = 300, timeoutSeconds: Double = 120) {
            let end = Date().addingTimeInterval(timeoutSeconds)
            while Date() < end {
                usleep(20_000)
                lock.lock()
                let idle = Double(DispatchTime.now().uptimeNanoseconds - lastOutput) / 1e6
                let any = bytes > after
                lock.unlock()
                if any && idle >= quietMs { return }
            }
        }

        func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

        /// This baton's peak resident size in MiB once it has ended (nil without time(1)).
        var peakMiB: Double? {
            defer { try? FileManager.default.removeItem(atPath: peakFile) }
            guard let text = try? String(contentsOfFile: peakFile, encoding: .utf8),
                  let kb = Double(text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") else { return nil }
            return kb / 1024
        }

        /// Milliseconds from now until the process has exited.
        func waitForExit() -> Double {
            Timing.milliseconds { process.waitUntilExit() }
        }
    }

    static func run(baton: String, store: String) throws -> Figures {
        // The first open, without an index: the store is read whole before the first frame.
        try? FileManager.default.removeItem(atPath: store + ".index")
        var peaks: [(String, Double)] = []
        func note(_ what: String, _ s: Session) { if let peak = s.peakMiB { peaks.append((what, peak)) } }
        let withoutIndex = try Timing.milliseconds {
            let s = try Session(baton: baton, store: store, environment: ["BATON_EXIT_AFTER_FIRST_FRAME": "1"])
            s.process.waitUntilExit()
            note("first frame, no index", s)
        }
        // Once open, the dashboard writes the index beside the store: wait for it, as the next open would find it.
        do {
            let s = try Session(baton: baton, store: store, environment: [:])
            s.waitQuiet()
            let deadline = Date().addingTimeInterval(300)
            while Date() < deadline, !FileManager.default.fileExists(atPath: store + ".index") { usleep(100_000) }
            s.send("q")
            _ = s.waitForExit()
            note("open and index", s)
        }
        // First frame: from process start until the first frame is drawn (it then exits).
        var firstFrames: [Double] = []
        for _ in 0..<5 {
            let ms = try Timing.milliseconds {
                let s = try Session(baton: baton, store: store, environment: ["BATON_EXIT_AFTER_FIRST_FRAME": "1"])
                s.process.waitUntilExit()
            }
            firstFrames.append(ms)
        }
        firstFrames.sort()

        // Quit after a confirmed change: the timeline pane (4), tick its step (space), then q.
        var quits: [Double] = []
        for _ in 0..<3 {
            let s = try Session(baton: baton, store: store, environment: [:])
            s.waitQuiet()
            let drawn = s.outputBytes
            s.send("4 ")
            s.waitQuiet(after: drawn)
            s.send("q")
            quits.append(s.waitForExit())
            note("change and quit", s)
        }
        quits.sort()

        // A burst of 200 moves, written at once.
        let counter = FileManager.default.temporaryDirectory.appendingPathComponent("baton-bench-frames-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: counter) }
        let s = try Session(baton: baton, store: store, environment: ["BATON_FRAME_COUNT_FILE": counter])
        s.waitQuiet()
        let before = s.outputBytes
        s.send(String(repeating: "j", count: 200))
        s.waitQuiet(after: before)
        let burstBytes = s.outputBytes - before
        s.send("q")
        _ = s.waitForExit()
        note("burst", s)
        let frames = Int((try? String(contentsOfFile: counter, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? -1

        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return Figures(firstFrameWithoutIndexMs: withoutIndex, firstFrameMs: firstFrames[firstFrames.count / 2], quitMs: quits[quits.count / 2],
                       peakMiB: peaks.map(\.1).max() ?? Double(usage.ru_maxrss) / 1024, peaks: peaks, burstBytes: burstBytes, burstFrames: frames)
    }
}
