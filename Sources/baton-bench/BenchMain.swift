import BatonCore
import BatonUI
import Foundation

/// `swift run -c release baton-bench [--baton PATH] [SIZES…]`: prints, for each portfolio size,
/// open time, full save time, time to make one change durable, resident memory after open, the
/// time to build and draw one portfolio frame and one keystroke; then `baton`'s first frame on
/// the largest store. Each size runs in a child process so its memory figure is its own.
@main
struct BenchMain {
    static func main() throws {
        var args = Array(CommandLine.arguments.dropFirst())
        if args.first == "--profile", args.count >= 2, let n = Int(args[1]) {
            try ProfileBench.run(accounts: n)
            return
        }
        if args.first == "--one", args.count >= 2, let n = Int(args[1]) {
            try SizeBench.run(accounts: n)
            return
        }
        var batonPath: String?
        if let i = args.firstIndex(of: "--baton"), i + 1 < args.count {
            batonPath = args[i + 1]
            args.removeSubrange(i...(i + 1))
        }
        let sizes = args.compactMap(Int.init).isEmpty ? [200, 10_000] : args.compactMap(Int.init)
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        print("Baton benchmark · \(ProcessInfo.processInfo.activeProcessorCount) cores · medians of repeated runs")
        print(SizeBench.header)
        for n in sizes {
            fflush(nil)  // all streams: the header must come out before the children write
            let child = Process()
            child.executableURL = me
            child.arguments = ["--one", String(n)]
            try child.run()
            child.waitUntilExit()
        }
        fflush(nil)  // all streams: the header must come out before the children write
        let baton = batonPath ?? me.deletingLastPathComponent().appendingPathComponent("baton").path
        if FileManager.default.isExecutableFile(atPath: baton), let largest = sizes.max() {
            try FirstFrameBench.run(baton: baton, accounts: largest)
        } else {
            print("first frame: skipped (no baton binary at \(baton); build it or pass --baton PATH)")
        }
    }
}
