import BatonCore
import BatonUI
import Foundation

/// `swift run -c release baton-bench [--baton PATH] [SIZES…]` (200, 2,000 and 10,000 accounts
/// when none are given): prints, for each portfolio size, open time, full save time, time to make
/// one change durable, resident memory after open, the time to build and draw one portfolio
/// frame and one keystroke, a confirmed change and a filter key; then, on the real `baton` in a
/// pseudo-terminal, the first frame, quitting after a change, the peak memory and a 200-key
/// burst — beside the figures issue 14 measured before; then keys at the first frame and stores
/// another tool wrote (`--first-keys` alone: FirstKeysBench). Each size runs in a child process so
/// its memory figures are its own. `--import [ROWS…]`: CSV imports (ImportBench).
@main
struct BenchMain {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.first == "--profile", args.count >= 2, let n = Int(args[1]) {
            try ProfileBench.run(accounts: n)
            return
        }
        if args.first == "--loop", args.count >= 3, let n = Int(args[2]) {
            try LoopBench.run(step: args[1], accounts: n, seconds: args.count >= 4 ? Double(args[3]) ?? 10 : 10)
            return
        }
        if args.first == "--import-one", args.count == 4 {
            try ImportBench.one(mode: args[1], csv: args[2], store: args[3])
            return
        }
        if args.first == "--import" {
            let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            let sizes = args.dropFirst().compactMap(Int.init)
            try ImportBench.run(baton: me.deletingLastPathComponent().appendingPathComponent("baton").path,
                                sizes: sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes)
            return
        }
        if args.first == "--one", args.count >= 2, let n = Int(args[1]) {
            SizeBench.baton = args.count >= 3 ? args[2] : nil
            try SizeBench.run(accounts: n)
            return
        }
        var batonPath: String?
        if let i = args.firstIndex(of: "--baton"), i + 1 < args.count {
            batonPath = args[i + 1]
            args.removeSubrange(i...(i + 1))
        }
        let firstKeys = args.first == "--first-keys"
        if firstKeys { args.removeFirst() }
        let sizes = args.compactMap(Int.init).isEmpty ? [200, 2_000, 10_000] : args.compactMap(Int.init)
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let baton = batonPath ?? me.deletingLastPathComponent().appendingPathComponent("baton").path
        let hasBaton = FileManager.default.isExecutableFile(atPath: baton)
        if firstKeys, hasBaton { return try FirstKeysBench.run(sizes: sizes, baton: baton) }
        print("Baton benchmark · \(ProcessInfo.processInfo.activeProcessorCount) cores · medians of repeated runs")
        print(SizeBench.header)
        for n in sizes {
            fflush(nil)  // all streams: the header must come out before the children write
            let child = Process()
            child.executableURL = me
            child.arguments = ["--one", String(n)] + (hasBaton ? [baton] : [])
            try child.run()
            child.waitUntilExit()
        }
        if !hasBaton { print("first frame, quit, peak memory and the burst: skipped (no baton binary at \(baton); build it or pass --baton PATH)") }
        print("first frame: from process start to the first frame in a pseudo-terminal (80×24), median of 5; change and filter key: "
              + "update and frame, in process; quit: from q after a confirmed change to the process's end; peak memory: baton's largest "
              + "resident size; burst: 200 × j written at once, frames drawn and bytes sent to the terminal")
        if hasBaton { try FirstKeysBench.run(sizes: sizes, baton: baton) }
    }
}
